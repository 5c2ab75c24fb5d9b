import { afterEach, describe, expect, it } from 'vitest';
import { adapterScriptSource } from './adapter-scripts';
import { adapterById } from './index';
import { adapterScript, providedAdapter, providePage } from './provided-adapter';
import { HELPDESKS } from './registry';

const PROVIDED = Symbol.for('listenfirst.helpdesk-page');

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[PROVIDED];
});

describe("each page's one adapter", () => {
  it("every helpdesk's adapter file exports the page reader its adapter script provides (`<id>Page`)", async () => {
    for (const row of HELPDESKS) {
      const module = (await import(`./${row.id}.ts`)) as Record<string, unknown>;
      const page = module[`${row.id}Page`] as Record<string, unknown> | undefined;
      expect(page, `lib/adapters/${row.id}.ts exports ${row.id}Page`).toBeTypeOf('object');
      // The adapter the rest of the extension uses is that same reader on the same row.
      expect(adapterById(row.id).readTicket).toBe(page!.readTicket);
      expect(adapterScriptSource(row.id, '/x/lib/adapters')).toContain(`import { ${row.id}Page as page } from "/x/lib/adapters/${row.id}"`);
    }
  });

  it('binds what the adapter script provided to its registry row', () => {
    expect(providedAdapter()).toBeNull();
    const freshdesk = adapterById('freshdesk');
    providePage('freshdesk', freshdesk);
    const adapter = providedAdapter()!;
    expect(adapter.id).toBe('freshdesk');
    expect(adapter.readTicket).toBe(freshdesk.readTicket);
    expect(adapter.ticketFromUrl(new URL('https://acme.freshdesk.com/a/tickets/7'))?.key).toBe('freshdesk:https://acme.freshdesk.com#7');
    expect(adapter.ownsUrl(new URL('https://acme.zendesk.com/agent/tickets/7'))).toBe(false);
  });

  it('takes nothing that names no helpdesk of the registry', () => {
    (globalThis as Record<symbol, unknown>)[PROVIDED] = { helpdesk: 'notadesk', page: adapterById('zendesk') };
    expect(providedAdapter()).toBeNull();
  });

  it('names one file per helpdesk', () => {
    expect(new Set(HELPDESKS.map((row) => adapterScript(row.id))).size).toBe(HELPDESKS.length);
    expect(adapterScript('zendesk')).toBe('adapters/zendesk.js');
  });
});
