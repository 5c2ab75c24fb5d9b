// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { productFiles, readProductFile } from '../../tests/unit/product-files';
import { HELPDESKS } from './registry';

/** The files that may name a helpdesk: the registry, the adapter map, and each helpdesk's own adapter. */
const ALLOWED = new Set(['lib/adapters/registry.ts', 'lib/adapters/index.ts', ...HELPDESKS.map((row) => `lib/adapters/${row.id}.ts`)]);

/** Every helpdesk's id and label, and its hosts' names (the domain of `*.example.com`). */
const NAMES = [...new Set(HELPDESKS.flatMap((row) => [row.id, row.label, ...row.hosts.map((host) => host.replace(/^\*\./, ''))]))];
const escape = (literal: string) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Built from the registry's literal names, escaped; a name counts as a whole word (".zendesk_quote" counts).
const NAMED = new RegExp(`(?<![a-z0-9])(?:${NAMES.map(escape).join('|')})(?![a-z0-9])`, 'i');

function filesNamingAHelpdesk(files: readonly string[], read: (file: string) => string): string[] {
  return files.filter((file) => !ALLOWED.has(file)).filter((file) => read(file).split('\n').some((line) => NAMED.test(line)));
}

describe('one place knows each helpdesk', () => {
  it('has no product module outside the registry and the adapters that names a helpdesk id, label or host', () => {
    const files = productFiles();
    expect(files.length).toBeGreaterThan(100);
    const read = readProductFile;
    const offenders = filesNamingAHelpdesk(files, read).map((file) => {
      const line = read(file).split('\n').findIndex((text) => NAMED.test(text));
      return `${file}:${line + 1}`;
    });
    expect(offenders).toEqual([]);
  });

  it.each([
    ['an id in a string', "helpdesk: v.picklist(['zendesk', 'freshdesk'])"],
    ['a host suffix', "const SUFFIXES = ['.freshdesk.com'];"],
    ['a label in a comment', '// the Zendesk composer'],
    ['an id inside a selector', "'.freshdesk_quote'"],
  ])('catches %s', (_name, line) => {
    expect(filesNamingAHelpdesk(['lib/page/example.ts'], () => line)).toEqual(['lib/page/example.ts']);
  });

  it.each([
    ['its adapter', 'lib/adapters/zendesk.ts'],
    ['the registry', 'lib/adapters/registry.ts'],
  ])('lets %s name it', (_name, file) => {
    expect(filesNamingAHelpdesk([file], () => "id: 'zendesk'")).toEqual([]);
  });

  it('does not mistake a longer word for a name', () => {
    expect(filesNamingAHelpdesk(['lib/page/example.ts'], () => 'const freshdesks2 = unzendesky;')).toEqual([]);
  });
});
