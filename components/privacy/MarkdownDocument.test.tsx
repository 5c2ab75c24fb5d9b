import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import privacyPolicy from '@/PRIVACY.md?raw';
import { blocksOf, MarkdownDocument } from './MarkdownDocument';

describe('MarkdownDocument', () => {
  it('reads headings, paragraphs over several lines, lists with continuation lines and tables', () => {
    const source = '# Title\n\nOne line\nand the next.\n\n- first\n  continued\n- second\n\n| a | b |\n|---|---|\n| `x` | **y** |\n';
    expect(blocksOf(source)).toEqual([
      { kind: 'h1', text: 'Title' },
      { kind: 'p', text: 'One line and the next.' },
      { kind: 'ul', items: ['first continued', 'second'] },
      { kind: 'table', rows: [['a', 'b'], ['`x`', '**y**']] },
    ]);
  });

  it('renders markup in the text as text, never as HTML', () => {
    const container = document.createElement('div');
    render(<MarkdownDocument source={'A <img src=x onerror=alert(1)> and `<b>code</b>`'} />, container);
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.querySelector('code')?.textContent).toBe('<b>code</b>');
  });

  it('shows every section of PRIVACY.md, and its permission table', () => {
    const container = document.createElement('div');
    render(<MarkdownDocument source={privacyPolicy} />, container);
    expect([...container.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'What it reads',
      'What it stores, and where',
      'What goes over the network',
      'Why it asks for each permission',
      'Store data-use disclosures',
      'Contact',
    ]);
    expect([...container.querySelectorAll('table:nth-of-type(1) th')].length).toBeGreaterThan(0);
    expect(container.textContent).toContain('storage');
    expect(container.textContent).not.toContain('|');
  });
});
