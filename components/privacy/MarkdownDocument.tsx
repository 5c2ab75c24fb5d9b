import type { ComponentChildren } from 'preact';

/**
 * Renders one of the repository's own Markdown documents (PRIVACY.md) as Preact elements, never as
 * an HTML string. It knows the subset those documents use: # and ## headings, paragraphs, "- "
 * lists (continuation lines indented), pipe tables, and `code` and **bold** inline.
 */
export function MarkdownDocument({ source }: { source: string }) {
  return <>{blocksOf(source).map(renderBlock)}</>;
}

type Block = { kind: 'h1' | 'h2' | 'p'; text: string } | { kind: 'ul'; items: string[] } | { kind: 'table'; rows: string[][] };

export function blocksOf(source: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of source.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk.split('\n').filter((line) => line.trim() !== '');
    const first = lines[0];
    if (first === undefined) continue;
    if (first.startsWith('## ')) blocks.push({ kind: 'h2', text: first.slice(3) });
    else if (first.startsWith('# ')) blocks.push({ kind: 'h1', text: first.slice(2) });
    else if (first.startsWith('|')) {
      const rows = lines.map((line) => line.trim().replace(/^\||\|$/g, '').split('|').map((cell) => cell.trim()));
      // The second row is the header separator (|---|---|).
      blocks.push({ kind: 'table', rows: rows.filter((cells) => !cells.every((cell) => /^-+$/.test(cell))) });
    } else if (first.startsWith('- ')) {
      const items: string[] = [];
      for (const line of lines) {
        if (line.startsWith('- ')) items.push(line.slice(2));
        else items[items.length - 1] += ` ${line.trim()}`;
      }
      blocks.push({ kind: 'ul', items });
    } else blocks.push({ kind: 'p', text: lines.map((line) => line.trim()).join(' ') });
  }
  return blocks;
}

function renderBlock(block: Block, index: number) {
  switch (block.kind) {
    case 'h1':
      return <h1 key={index} class="lf-page__title">{inline(block.text)}</h1>;
    case 'h2':
      return <h2 key={index}>{inline(block.text)}</h2>;
    case 'p':
      return <p key={index}>{inline(block.text)}</p>;
    case 'ul':
      return <ul key={index}>{block.items.map((item, i) => <li key={i}>{inline(item)}</li>)}</ul>;
    case 'table': {
      const [head = [], ...body] = block.rows;
      return (
        <table key={index}>
          <thead>
            <tr>{head.map((cell, i) => <th key={i} scope="col">{inline(cell)}</th>)}</tr>
          </thead>
          <tbody>
            {body.map((row, r) => (
              <tr key={r}>{row.map((cell, i) => <td key={i}>{inline(cell)}</td>)}</tr>
            ))}
          </tbody>
        </table>
      );
    }
  }
}

/** `code` and **bold** spans; everything else is text. */
function inline(text: string): ComponentChildren[] {
  return text.split(/(`[^`]*`|\*\*[^*]+\*\*)/).map((part, i) => {
    if (part.startsWith('`') && part.endsWith('`') && part.length > 1) return <code key={i}>{part.slice(1, -1)}</code>;
    if (part.startsWith('**') && part.endsWith('**') && part.length > 3) return <strong key={i}>{part.slice(2, -2)}</strong>;
    return part;
  });
}
