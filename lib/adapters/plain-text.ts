/**
 * Turns a rendered message body into plain text, as the customer wrote it this time.
 * Walks the DOM (never serialises HTML) and leaves out quoted email history.
 */

// Where quoted history starts in rendered emails whatever the helpdesk; adapters add their own.
const QUOTE_SELECTORS = [
  'blockquote', // most mail clients, and helpdesks that keep the email's markup (docs/helpdesks.md)
  '.gmail_quote', // Gmail replies rendered as-is
];

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'TR', 'TABLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'SECTION', 'ARTICLE',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

export interface PlainTextOptions {
  keepQuotes?: boolean;
  /** The helpdesk's own markers of quoted history, besides the mail clients' (its adapter knows them). */
  quoteSelectors?: readonly string[];
}

export function plainTextOf(element: Element, options: PlainTextOptions = {}): string {
  const quotes = [...QUOTE_SELECTORS, ...(options.quoteSelectors ?? [])].join(',');
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIPPED_TAGS.has(el.tagName)) return;
    if (!options.keepQuotes && el.matches(quotes)) return;
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
  const text = tidy(parts.join(''));
  return options.keepQuotes ? text : withoutQuotedTail(text);
}

// Lines where a mail client starts the quoted history when it isn't in a <blockquote>: the
// attribution line ("On Tue, 17 Nov 2026, Sam wrote:"), Outlook's separator and header block.
const ATTRIBUTION_START = ['On ', 'Le ', 'Am ', 'El ', 'Op ', 'Il '];
const ATTRIBUTION_END = ['wrote:', 'a écrit :', 'a écrit:', 'schrieb:', 'escribió:', 'schreef:', 'ha scritto:'];
const SEPARATORS = ['-----Original Message-----', '________________________________', '-------- Original message --------'];

/** Cuts plain-text quoted history: from an attribution line, a separator, or a run of "> " lines. */
export function withoutQuotedTail(text: string): string {
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.trim();
    // The attribution may wrap onto a second line ("… <sam@example.com>" / "wrote:").
    const withNext = `${line} ${lines[i + 1]?.trim() ?? ''}`;
    const attribution =
      line.length < 300 &&
      ATTRIBUTION_START.some((start) => line.startsWith(start)) &&
      ATTRIBUTION_END.some((end) => line.endsWith(end) || withNext.endsWith(end));
    const separator = SEPARATORS.some((sep) => line.startsWith(sep));
    const outlookHeader = line.startsWith('From: ') && /^(?:Sent|Date): /.test(lines[i + 1]?.trim() ?? '');
    const quoted = line.startsWith('>') && lines.slice(i).every((rest) => rest.trim() === '' || rest.trim().startsWith('>'));
    if (attribution || separator || outlookHeader || quoted) return lines.slice(0, i).join('\n').trim();
  }
  return text;
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
