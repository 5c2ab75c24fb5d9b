import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createSidebarHost } from './sidebar-host';

// The sidebar's own element in a page: what createShadowRootUi gave it, kept (see sidebar-host.ts).

const STYLESHEET = ':root { --lf-bg: #fff; }\n.lf-sidebar { color: var(--lf-fg); }';

function stylesheetServed(css = STYLESHEET) {
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async () => new Response(css));
}

async function sidebarHost() {
  const ctx = new ContentScriptContext('helpdesk');
  const onMount = vi.fn();
  const onRemove = vi.fn();
  const ui = await createSidebarHost(ctx, { name: 'listen-first-sidebar', onMount, onRemove });
  return { ctx, ui, onMount, onRemove };
}

afterEach(() => document.body.replaceChildren());

describe("the sidebar's host element", () => {
  it("goes at the end of the page's body only when mounted, with an open shadow root the page's tests can reach", async () => {
    stylesheetServed();
    document.body.append(document.createElement('main'));
    const { ui, onMount } = await sidebarHost();
    expect(document.querySelector('listen-first-sidebar')).toBeNull();

    ui.mount();
    expect(ui.mounted).toBe(true);
    expect(document.body.lastElementChild).toBe(ui.host);
    expect(onMount).toHaveBeenCalledWith(ui.host);
    expect(ui.host.shadowRoot?.contains(ui.container)).toBe(true);
  });

  it("holds the content script's stylesheet behind the host reset, with :root read as the host", async () => {
    const fetched = stylesheetServed();
    const { ui } = await sidebarHost();
    expect(String(fetched.mock.calls[0]?.[0])).toMatch(/\/content-scripts\/[\w-]+\.css$/);
    const style = ui.host.shadowRoot!.querySelector('head > style')!.textContent!;
    expect(style.startsWith(':host{all:initial !important;}')).toBe(true);
    expect(style).toContain(':host { --lf-bg: #fff; }');
    expect(style).not.toContain(':root');
  });

  it('still mounts, unstyled, when the stylesheet cannot be fetched', async () => {
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { ui } = await sidebarHost();
    ui.mount();
    expect(ui.host.shadowRoot!.querySelector('style')!.textContent).toBe(':host{all:initial !important;}\n');
  });

  it("keeps keystrokes typed in the sidebar from the helpdesk's shortcuts", async () => {
    stylesheetServed();
    const { ui } = await sidebarHost();
    ui.mount();
    const field = document.createElement('textarea');
    ui.container.append(field);
    const pageHeard = vi.fn();
    for (const type of ['keydown', 'keyup', 'keypress']) document.addEventListener(type, pageHeard);

    for (const type of ['keydown', 'keyup', 'keypress']) field.dispatchEvent(new KeyboardEvent(type, { key: 'j', bubbles: true, composed: true }));
    expect(pageHeard).not.toHaveBeenCalled();
    // Only keys: a click in the sidebar is still the page's to see.
    const clicked = vi.fn();
    document.addEventListener('click', clicked);
    field.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(clicked).toHaveBeenCalled();
  });

  it('leaves the page, emptied, when removed or when the content script is cut off', async () => {
    stylesheetServed();
    const { ctx, ui, onRemove } = await sidebarHost();
    ui.mount();
    ui.container.append(document.createElement('aside'));
    ui.remove();
    expect(onRemove).toHaveBeenCalledWith(ui.container);
    expect(ui.mounted).toBe(false);
    expect(ui.host.isConnected).toBe(false);
    expect(ui.container.childElementCount).toBe(0);

    ui.mount();
    ctx.notifyInvalidated();
    expect(onRemove).toHaveBeenCalledTimes(2);
    expect(document.querySelector('listen-first-sidebar')).toBeNull();
  });
});

// A shadow root's stylesheet ignores @property and @font-face (they only work in the document), and
// the sidebar's host does not move them out as createShadowRootUi did: none may appear.
it('the sidebar stylesheet has no rule that only works in the document', () => {
  const css = readFileSync(join(process.cwd(), 'assets', 'sidebar.css'), 'utf8');
  expect(css).not.toMatch(/@(property|font-face)\b/);
});
