/**
 * How a picked element is found again on a later visit: a CSS selector made from what the page
 * gives it. An id, else a `name` or `aria-label` that only it has, else its path of element types
 * and positions from the nearest ancestor with an id (or the body). Ids with long digit runs are
 * usually generated per page load and are passed over. Values are escaped with CSS.escape, so no
 * page text is ever read as selector syntax.
 */

const GENERATED_ID = /\d{3,}|^[\da-f-]{16,}$/i;

function unique(doc: Document, selector: string, element: Element): boolean {
  try {
    const found = doc.querySelectorAll(selector);
    return found.length === 1 && found[0] === element;
  } catch {
    return false;
  }
}

function stableId(element: Element): string | null {
  return element.id && !GENERATED_ID.test(element.id) ? `#${CSS.escape(element.id)}` : null;
}

/** `tag:nth-of-type(n)` steps from `element` up to (not including) `top`. */
function pathFrom(top: Element, element: Element): string[] {
  const steps: string[] = [];
  for (let node: Element | null = element; node && node !== top; node = node.parentElement) {
    const tag = node.localName;
    const sameType = node.parentElement ? [...node.parentElement.children].filter((child) => child.localName === tag) : [node];
    steps.unshift(sameType.length > 1 ? `${tag}:nth-of-type(${sameType.indexOf(node) + 1})` : tag);
  }
  return steps;
}

/** A selector that finds `element` (and only it) in its document now; null for an element outside the body. */
export function selectorFor(element: Element): string | null {
  const doc = element.ownerDocument;
  if (!doc.body.contains(element) || element === doc.body) return null;
  const id = stableId(element);
  if (id && unique(doc, id, element)) return id;
  for (const attribute of ['name', 'aria-label', 'data-testid']) {
    const value = element.getAttribute(attribute);
    const selector = value ? `${element.localName}[${attribute}="${CSS.escape(value)}"]` : null;
    if (selector && unique(doc, selector, element)) return selector;
  }
  let top: Element = doc.body;
  for (let node = element.parentElement; node && node !== doc.body; node = node.parentElement) {
    if (stableId(node) && unique(doc, stableId(node)!, node)) {
      top = node;
      break;
    }
  }
  const selector = [top === doc.body ? 'body' : stableId(top)!, ...pathFrom(top, element)].join(' > ');
  return unique(doc, selector, element) ? selector : null;
}

/** The element a stored selector names, or null (gone, or a selector this browser can't read). */
export function elementFor(doc: Document, selector: string | null): HTMLElement | null {
  if (!selector) return null;
  try {
    return doc.querySelector<HTMLElement>(selector);
  } catch {
    return null;
  }
}
