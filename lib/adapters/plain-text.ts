/**
 * Turns a rendered message body into plain text, as the customer wrote it this time.
 * Walks the DOM (never serialises HTML) and leaves out quoted email history.
 */

// Where quoted history starts in the helpdesks' rendered emails.
const QUOTE_SELECTORS = [
  'blockquote', // Zendesk .zd-comment and most mail clients (HELPDESKS.md)
  '.freshdesk_quote', // Freshdesk's collapsed "show quoted text" block
  '.gmail_quote', // Gmail replies rendered as-is
  '.zd-quoted', // Zendesk's older rendering of quoted text
].join(',');

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'TR', 'TABLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'SECTION', 'ARTICLE',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

export function plainTextOf(element: Element, options: { keepQuotes?: boolean } = {}): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIPPED_TAGS.has(el.tagName)) return;
    if (!options.keepQuotes && el.matches(QUOTE_SELECTORS)) return;
    if (el.tagName === 'BR') {
      parts.push('\n');
      return;
    }
    const block = BLOCK_TAGS.has(el.tagName);
    if (block) parts.push('\n');
    if (el.tagName === 'LI') parts.push('- ');
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (block) parts.push('\n');
  };
  walk(element);
  return tidy(parts.join(''));
}

/** Collapses runs of spaces and blank lines the markup left behind. */
function tidy(text: string): string {
  return text
    .replace(/[ \t\u00a0]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
