/**
 * Spans of a reply that are not the agent's own wording, so no rule reads them:
 * `>` quoted lines, quotations (“…”, "…", «…»), fenced and inline code, and links.
 * Returned as a flat, sorted, non-overlapping list: [start0, end0, start1, end1, …].
 * A quotation must close within its paragraph; an unpaired quote mark hides nothing.
 */
const CANDIDATE = /[`"“”«»]|\b(?:https?:\/\/|www\.)/g;
const CLOSER_OF: Readonly<Record<string, string>> = { '“': '”', '"': '"', '«': '»' };
const URL_STOP = ' \t\r\n<>"“”';

export function findQuotedSpans(text: string): number[] {
  const lines: number[] = [];
  const barriers = quotedLines(text, lines);
  const found: number[] = [...lines];
  let line = 0;
  let barrier = 0;
  let quoteStart = -1;
  let quoteCloser = '';
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
    const at = m.index;
    while (line < lines.length && (lines[line + 1] ?? 0) <= at) line += 2;
    if (line < lines.length && (lines[line] ?? 0) <= at) {
      CANDIDATE.lastIndex = lines[line + 1] ?? text.length;
      continue; // inside a `>` line or a code fence
    }
    // A blank line or a quoted line since the opening mark: that quotation never closed.
    while (barrier < barriers.length && (barriers[barrier] ?? 0) < at) {
      if ((barriers[barrier] ?? 0) > quoteStart) quoteStart = -1;
      barrier++;
    }
    const mark = m[0];
    if (mark === '`') {
      const close = text.indexOf('`', at + 1);
      const lineEnd = endOfLine(text, at);
      if (close > at && close < lineEnd) {
        found.push(at, close + 1);
        CANDIDATE.lastIndex = close + 1;
      }
    } else if (mark.length > 1) {
      const end = urlEnd(text, at);
      found.push(at, end);
      CANDIDATE.lastIndex = end;
    } else if (quoteStart >= 0 && mark === quoteCloser) {
      found.push(quoteStart, at + 1);
      quoteStart = -1;
    } else if (quoteStart < 0 && CLOSER_OF[mark] !== undefined) {
      quoteStart = at;
      quoteCloser = CLOSER_OF[mark] ?? '"';
    }
  }
  return sortAndMerge(found);
}

/**
 * Pushes `>` lines and code fences onto `lines` (in order) and returns the paragraph barriers:
 * offsets of blank lines and of quoted lines, which no quotation may span.
 */
function quotedLines(text: string, lines: number[]): number[] {
  const barriers: number[] = [];
  let fenceStart = -1;
  let lineStart = 0;
  for (;;) {
    const lineEnd = endOfLine(text, lineStart);
    let first = lineStart;
    while (first < lineEnd && ' \t\r\u00a0'.includes(text[first] ?? '')) first++;
    const isFence = text.startsWith('```', first) || text.startsWith('~~~', first);
    if (fenceStart >= 0) {
      if (isFence) {
        lines.push(fenceStart, lineEnd);
        barriers.push(lineEnd);
        fenceStart = -1;
      }
    } else if (isFence) {
      fenceStart = lineStart;
    } else if (first === lineEnd) {
      barriers.push(lineStart);
    } else if (text[first] === '>') {
      lines.push(lineStart, lineEnd);
      barriers.push(lineStart);
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  // An unclosed fence runs to the end: Markdown renders it that way while the agent is typing.
  if (fenceStart >= 0) lines.push(fenceStart, text.length);
  return barriers;
}

function endOfLine(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

function urlEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && !URL_STOP.includes(text[end] ?? ' ')) end++;
  // Sentence punctuation after a link is prose, not part of the address.
  while (end > start && '.,;:!?)'.includes(text[end - 1] ?? '')) end--;
  return end;
}

function sortAndMerge(found: number[]): number[] {
  const pairs: [number, number][] = [];
  for (let k = 0; k < found.length; k += 2) pairs.push([found[k] ?? 0, found[k + 1] ?? 0]);
  pairs.sort((a, b) => a[0] - b[0]);
  const merged: number[] = [];
  for (const [start, end] of pairs) {
    const last = merged.length - 1;
    if (last > 0 && start <= (merged[last] ?? 0)) merged[last] = Math.max(merged[last] ?? 0, end);
    else merged.push(start, end);
  }
  return merged;
}
