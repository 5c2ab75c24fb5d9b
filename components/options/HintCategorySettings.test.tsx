import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HINT_CATEGORIES, OFF_BY_DEFAULT, type HintCategory } from '@/lib/listening/types';
import type { ResolvedSettings } from '@/lib/playbooks/effective-settings';
import { HintCategorySettings } from './HintCategorySettings';

const container = document.createElement('div');
document.body.append(container);
afterEach(() => render(null, container));

/** Every category as an agent who changed nothing has it: on, with the absence readings off by default off. */
const categories = (off: HintCategory[] = []): ResolvedSettings['hintCategories'] =>
  Object.fromEntries(HINT_CATEGORIES.map((c) => [c, { value: !off.includes(c), origin: 'agent', locked: false }])) as ResolvedSettings['hintCategories'];
const readings = (value = false): ResolvedSettings['absenceReadings'] =>
  Object.fromEntries(OFF_BY_DEFAULT.map((c) => [c, { value, origin: 'agent', locked: false }]));
const box = (category: HintCategory) => container.querySelector<HTMLInputElement>(`[data-category="${category}"]`)!;
const absenceBox = (category: HintCategory) => container.querySelector<HTMLInputElement>(`[data-absence-reading="${category}"]`);

describe('HintCategorySettings', () => {
  it('shows no-next-step on, its absence reading off beneath it with why, and lets the agent turn that on', async () => {
    const onToggle = vi.fn();
    const onToggleAbsence = vi.fn();
    await act(() => render(<HintCategorySettings hintCategories={categories()} absenceReadings={readings()} onToggle={onToggle} onToggleAbsence={onToggleAbsence} />, container));
    expect(box('no-next-step').checked).toBe(true);
    expect(absenceBox('no-next-step')?.checked).toBe(false);
    expect(absenceBox('jargon')).toBeNull();
    const note = container.querySelector('[data-testid="lf-off-by-default"]')!;
    expect(note.textContent).toContain('Off unless turned on');
    expect(absenceBox('no-next-step')?.getAttribute('aria-describedby')).toBe(note.id);
    expect(box('no-next-step').hasAttribute('aria-describedby')).toBe(false);
    await act(() => {
      absenceBox('no-next-step')?.click();
    });
    expect(onToggleAbsence).toHaveBeenCalledWith('no-next-step', true);
    expect(onToggle).not.toHaveBeenCalled();
    await act(() => {
      box('no-next-step').click();
    });
    expect(onToggle).toHaveBeenCalledWith('no-next-step', false);
  });

  it('with its category off, the absence reading shows off and cannot be switched', async () => {
    await act(() =>
      render(<HintCategorySettings hintCategories={categories(['no-next-step'])} absenceReadings={readings(true)} onToggle={vi.fn()} onToggleAbsence={vi.fn()} />, container),
    );
    expect(absenceBox('no-next-step')?.checked).toBe(false);
    expect(absenceBox('no-next-step')?.disabled).toBe(true);
  });
});
