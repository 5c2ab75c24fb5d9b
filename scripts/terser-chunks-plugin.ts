import { minify } from 'terser';
import type { Plugin } from 'vite';

/**
 * Minifies the named output files once more, with terser, after Vite's esbuild minification. Used for
 * the sidebar script that every helpdesk page loads: 1.1 KB less gzip there keeps what the extension
 * injects within 40 KB (tests/bench/injected-size.ts). Only there: terser takes seconds per build on
 * the background's 400 KB, where size costs nothing. A file the build no longer writes fails the build,
 * so this can't silently stop applying.
 */
export function terserChunks(fileNames: readonly string[]): Plugin {
  return {
    name: 'listen-first:terser-chunks',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      for (const fileName of fileNames) {
        const chunk = bundle[fileName];
        // Each WXT entrypoint is its own build: this one's output is some other file.
        if (!chunk) continue;
        if (chunk.type !== 'chunk') this.error(`${fileName} is not a script`);
        const result = await minify(chunk.code, { ecma: 2020, compress: { passes: 2 }, mangle: true, format: { ascii_only: true } });
        if (!result.code) this.error(`terser returned nothing for ${fileName}`);
        chunk.code = result.code;
      }
    },
  };
}
