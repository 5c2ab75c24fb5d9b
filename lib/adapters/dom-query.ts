/** Small DOM look-ups shared by the adapters. Selector lists are tried in order; the first hit wins. */

export function queryFirst(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** The first shown match of the earliest selector that matches anything; a hidden match if none is shown. */
export function queryRendered<T extends Element = HTMLElement>(root: ParentNode, selectors: readonly string[]): T | null {
  for (const selector of selectors) {
    const candidates = [...root.querySelectorAll<T>(selector)];
    const found = candidates.find(isRendered) ?? candidates[0];
    if (found) return found;
  }
  return null;
}

/** True when the element is shown (hidden panes and closed editors are not). */
export function isRendered(element: Element): boolean {
  if (element.closest('[hidden]')) return false;
  if (typeof element.checkVisibility === 'function') return element.checkVisibility();
  const win = element.ownerDocument.defaultView;
  for (let el: Element | null = element; el && win; el = el.parentElement) {
    if (win.getComputedStyle(el).display === 'none') return false;
  }
  return true;
}
