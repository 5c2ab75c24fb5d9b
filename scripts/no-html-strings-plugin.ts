import type { Plugin } from 'vite';

/** Preact's only innerHTML write from a value: `dom.innerHTML = props.dangerouslySetInnerHTML.__html` (minified). */
const PREACT_HTML_WRITE = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;

/**
 * ListenFirst never renders HTML strings (ESLint forbids innerHTML in our code). This takes the same
 * path out of Preact, so no bundled code assigns page or user text as HTML, and AMO's linter
 * (`web-ext lint`, UNSAFE_VAR_ASSIGNMENT) has nothing to warn about. A `dangerouslySetInnerHTML`
 * prop now throws instead of rendering. The build fails if a Preact upgrade changes that code.
 */
export function noHtmlStrings(): Plugin {
  return {
    name: 'listen-first:no-html-strings',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.(?:module\.js|mjs)$/.test(id)) return null;
      const matches = code.match(PREACT_HTML_WRITE)?.length ?? 0;
      if (matches !== 1) this.error(`expected Preact to write innerHTML from dangerouslySetInnerHTML once, found ${matches} (${id})`);
      return { code: code.replace(PREACT_HTML_WRITE, '(()=>{throw new Error("ListenFirst renders no HTML strings")})()'), map: null };
    },
  };
}
