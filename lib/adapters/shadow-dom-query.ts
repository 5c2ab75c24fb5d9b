/**
 * Look-ups that also see inside shadow roots, for helpdesks that render parts of a ticket in web
 * components (one of them since about 2026-04, see its adapter). Open roots are read as they are.
 * A closed root is read only where the browser gives extensions a way in (see shadowRootOf);
 * elsewhere what it holds is simply not found, and the adapter degrades as for a missing part.
 */

/** Every element under `root`, its open shadow roots' elements included, in document order. */
function* elementsWithin(root: Node): Generator<Element> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element;
    yield el;
    const shadow = shadowRootOf(el);
    if (shadow) yield* elementsWithin(shadow);
  }
}

interface ExtensionDom {
  openOrClosedShadowRoot?(element: HTMLElement): ShadowRoot | null;
}

/**
 * An element's shadow root, open or closed. Closed roots: Firefox content scripts see them as
 * `element.openOrClosedShadowRoot`, Chrome's as `chrome.dom.openOrClosedShadowRoot(element)` (Chrome
 * 88+, no permission). Page scripts and unit tests have neither, and get open roots only. Closed
 * roots are looked for on custom elements only (a name with a dash): that is where web components
 * put them, and it keeps the walk from calling the extension API once per element.
 */
export function shadowRootOf(el: Element): ShadowRoot | null {
  if (el.shadowRoot) return el.shadowRoot;
  if (!el.localName.includes('-')) return null;
  const firefoxRoot = (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
  if (firefoxRoot) return firefoxRoot;
  const dom = (globalThis as { chrome?: { dom?: ExtensionDom } }).chrome?.dom;
  return dom?.openOrClosedShadowRoot && isHtmlElement(el) ? dom.openOrClosedShadowRoot(el) : null;
}

function isHtmlElement(el: Element): el is HTMLElement {
  return 'dataset' in el;
}

const SHOW_ELEMENT = 0x1; // NodeFilter.SHOW_ELEMENT
const DOCUMENT_FRAGMENT_NODE = 11; // Node.DOCUMENT_FRAGMENT_NODE: a shadow root is one

/** All matches of `selector` under `root`, looking through open shadow roots. */
export function queryAllDeep(root: Node, selector: string): Element[] {
  const found: Element[] = [];
  for (const el of elementsWithin(root)) if (el.matches(selector)) found.push(el);
  return found;
}

/** The first match of the earliest selector that matches anything under `root`, through open shadow roots. */
export function queryFirstDeep(root: Node, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = queryAllDeep(root, selector)[0];
    if (found) return found;
  }
  return null;
}

/** The element's parent, or the host of the shadow root it is the top of. */
export function parentAcrossShadow(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  // A shadow root's host is where its tree hangs in the page; a document or a detached tree has none.
  const root = element.getRootNode();
  return root.nodeType === DOCUMENT_FRAGMENT_NODE && 'host' in root ? (root as ShadowRoot).host : null;
}

/** Like Element.closest, but climbs out of shadow roots to their hosts. */
export function closestAcrossShadow(element: Element, selector: string): Element | null {
  for (let el: Element | null = element; el; el = parentAcrossShadow(el)) if (el.matches(selector)) return el;
  return null;
}
