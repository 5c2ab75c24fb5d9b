/**
 * The reply as plain text, read from the editor's DOM the same way in both worlds: the content
 * script analyses this text, and the page-world bridge maps the hint offsets back to DOM positions
 * (then to the editor's model) with the very same walk, so "these words" are the same words.
 *
 * Blocks become lines; a non-breaking space reads as a space; editors' invisible filler characters
 * and UI elements inside the editable are skipped.
 */

// CKEditor 5 inline filler (U+2060), Froala's markers (U+200B), byte-order marks (U+FEFF).
const INVISIBLE = new Set(['\u2060', '\u200b', '\ufeff']);
const BLOCKS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TR', 'UL', 'OL', 'TABLE', 'FIGURE']);
/** Things inside an editable that aren't the agent's text. */
const NOT_TEXT = [
  'br[data-cke-filler]', // CKEditor's placeholder <br> in empty paragraphs
  '[data-cke-ignore-events]', // CKEditor widget UI
  '.ck-fake-selection-container',
  '.fr-marker', // Froala's selection markers
  '[contenteditable="false"]',
  'script',
  'style',
].join(',');

export interface DomPoint {
  node: Node;
  offset: number;
}

export interface EditorText {
  text: string;
  /** The DOM point just before the character at `offset` (a range start). */
  startPoint(offset: number): DomPoint | null;
  /** The DOM point just after the character at `offset - 1` (a range end). */
  endPoint(offset: number): DomPoint | null;
}

export function readEditorText(root: Element): EditorText {
  // A textarea's text is its value (its child nodes hold only the initial one); offsets are into it.
  if (root.tagName === 'TEXTAREA') return { text: (root as HTMLTextAreaElement).value, startPoint: () => null, endPoint: () => null };
  const chars: string[] = [];
  // Per character: its text node and offset there; null for the newlines between blocks.
  const nodes: (Text | null)[] = [];
  const offsets: number[] = [];
  const newline = () => {
    if (chars.length && chars[chars.length - 1] !== '\n') {
      chars.push('\n');
      nodes.push(null);
      offsets.push(0);
    }
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      for (let i = 0; i < value.length; i++) {
        const ch = value[i]!;
        if (INVISIBLE.has(ch)) continue;
        chars.push(ch === '\u00a0' ? ' ' : ch);
        nodes.push(node as Text);
        offsets.push(i);
      }
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (element.matches(NOT_TEXT)) return;
    if (element.tagName === 'BR') return newline();
    const block = BLOCKS.has(element.tagName);
    if (block) newline();
    for (let child = element.firstChild; child; child = child.nextSibling) walk(child);
    if (block) newline();
  };
  for (let child = root.firstChild; child; child = child.nextSibling) walk(child);
  while (chars.length && chars[chars.length - 1] === '\n') {
    chars.pop();
    nodes.pop();
    offsets.pop();
  }
  const text = chars.join('');

  const startPoint = (offset: number): DomPoint | null => {
    for (let i = Math.max(0, offset); i < nodes.length; i++) {
      const node = nodes[i];
      if (node) return { node, offset: offsets[i]! };
    }
    return endPoint(nodes.length);
  };
  const endPoint = (offset: number): DomPoint | null => {
    for (let i = Math.min(offset, nodes.length) - 1; i >= 0; i--) {
      const node = nodes[i];
      if (node) return { node, offset: offsets[i]! + 1 };
    }
    return null;
  };
  return { text, startPoint, endPoint };
}

/** A DOM Range over [start, end) of the editor text, or null when the text has no such span. */
export function rangeForOffsets(root: Element, start: number, end: number): { range: Range; text: string } | null {
  const read = readEditorText(root);
  if (start < 0 || end < start || end > read.text.length) return null;
  const from = read.startPoint(start);
  const to = start === end ? from : read.endPoint(end);
  if (!from || !to) return null;
  const range = root.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return { range, text: read.text.slice(start, end) };
}
