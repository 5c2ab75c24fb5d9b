import type { PublicPath } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * The sidebar's element on the page: a custom element at the end of <body> with an open shadow root
 * holding the content script's stylesheet and an <html><head><body> of its own, the same DOM and
 * isolation as WXT's createShadowRootUi (position 'inline', isolateEvents) gives. Not that helper
 * because it brings its autoMount machinery (wait-element, many-keys-map, defu, isolated-element),
 * which the sidebar never uses, into every helpdesk page: 2.9 KB gzip of the 40 KB budget
 * (tests/bench/injected-size.ts, measured 2 Dec 2026 with WXT 0.21).
 */
export interface SidebarHost {
  /** The custom element: the page sees only this, its theme and width are set on it. */
  readonly host: HTMLElement;
  /** Where the sidebar renders, inside the shadow root. */
  readonly container: HTMLElement;
  readonly mounted: boolean;
  mount(): void;
  remove(): void;
}

interface SidebarHostOptions {
  /** The custom element's name: two words, kebab-case (attachShadow refuses others). */
  name: string;
  onMount(host: HTMLElement): void;
  onRemove(container: HTMLElement): void;
}

// WXT's reset, word for word: the page's styles must not reach the host, nor inherit into the sidebar.
const HOST_RESET = ':host{all:initial !important;}';
// Keystrokes typed in the sidebar must not reach the helpdesk's keyboard shortcuts.
const PAGE_KEY_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

export async function createSidebarHost(ctx: ContentScriptContext, options: SidebarHostOptions): Promise<SidebarHost> {
  const css = await loadCss();
  const host = document.createElement(options.name);
  // Open so tests and teams' QA automation can reach it; nothing secret lives in this DOM.
  const shadow = host.attachShadow({ mode: 'open' });
  const html = document.createElement('html');
  const head = document.createElement('head');
  const container = document.createElement('body');
  const style = document.createElement('style');
  // The stylesheet says :root for the sidebar's variables, as a page's stylesheet would; here that is the host.
  style.textContent = `${HOST_RESET}\n${css.replaceAll(':root', ':host')}`;
  head.append(style);
  html.append(head, container);
  shadow.append(html);
  for (const type of PAGE_KEY_EVENTS) container.addEventListener(type, (event) => event.stopPropagation());

  let mounted = false;
  const remove = () => {
    if (mounted) options.onRemove(container);
    mounted = false;
    host.remove();
    container.replaceChildren();
  };
  ctx.onInvalidated(remove);
  return {
    host,
    container,
    get mounted() {
      return mounted;
    },
    mount() {
      document.body.append(host);
      mounted = true;
      options.onMount(host);
    },
    remove,
  };
}

/** The running content script's stylesheet (web-accessible, see wxt.config.ts), as WXT builds it. */
async function loadCss(): Promise<string> {
  // WXT writes each content script's imported CSS beside it; typed paths list only the scripts.
  const url = browser.runtime.getURL(`/content-scripts/${import.meta.env.ENTRYPOINT}.css` as PublicPath);
  try {
    return await (await fetch(url)).text();
  } catch (error) {
    // The sidebar still works unstyled; a build that lost its stylesheet shows here.
    console.warn(`ListenFirst: could not load the sidebar's styles from ${url}`, error);
    return '';
  }
}
