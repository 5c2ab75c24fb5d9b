import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HINT_CATEGORIES, OFF_BY_DEFAULT, type HintCategory } from '@/lib/listening/types';
import type { ResolvedSettings } from '@/lib/playbooks/effective-settings';
import { HintCategorySettings } from './HintCategorySettings';

const container = document.createElement('div');
document.body.append(container);
afterEach(() => render(null, container));

/** Every category as an agent who changed nothing has it: on, but those off by default. */
const defaults = (): ResolvedSettings['hintCategories'] =>
  Object.fromEntries(HINT_CATEGORIES.map((c) => [c, { value: !OFF_BY_DEFAULT.includes(c), origin: 'agent', locked: false }])) as ResolvedSettings['hintCategories'];
const box = (category: HintCategory) => container.querySelector<HTMLInputElement>(`[data-category="${category}"]`)!;

describe('HintCategorySettings', () => {
  it('shows a category off by default unchecked, says why, and lets the agent turn it on', async () => {
    const onToggle = vi.fn();
    await act(() => render(<HintCategorySettings hintCategories={defaults()} onToggle={onToggle} />, container));
    expect(box('no-next-step').checked).toBe(false);
    expect(box('jargon').checked).toBe(true);
    const note = container.querySelector('[data-testid="lf-off-by-default"]')!;
    expect(note.textContent).toContain('Off unless turned on');
    expect(box('no-next-step').getAttribute('aria-describedby')).toBe(note.id);
    expect(box('jargon').hasAttribute('aria-describedby')).toBe(false);
    await act(() => {
      box('no-next-step').click();
    });
    expect(onToggle).toHaveBeenCalledWith('no-next-step', true);
  });
});
