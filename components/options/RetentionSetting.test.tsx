import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RetentionSetting } from './RetentionSetting';

const container = document.createElement('div');
document.body.append(container);
afterEach(() => render(null, container));

const input = () => container.querySelector<HTMLInputElement>('[data-testid="lf-options-retention-days"]')!;
const show = (value: number, onChange: (days: number) => void) =>
  act(() => render(<RetentionSetting setting={{ value, origin: 'agent', locked: false }} onChange={onChange} />, container));

describe('RetentionSetting', () => {
  it("keeps what the agent is typing when the page re-renders for another setting's change", async () => {
    const onChange = vi.fn();
    await show(30, onChange);
    input().value = '12';
    await act(() => {
      input().dispatchEvent(new Event('input', { bubbles: true }));
    });
    // Another setting was saved: the page renders again with the same stored retention.
    await show(30, onChange);
    expect(input().value).toBe('12');
    await act(() => {
      input().dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onChange).toHaveBeenCalledWith(12);
  });

  it('shows a newly stored value, and refuses one out of range without saving it', async () => {
    const onChange = vi.fn();
    await show(30, onChange);
    await show(14, onChange);
    expect(input().value).toBe('14');
    input().value = '0';
    await act(() => {
      input().dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onChange).not.toHaveBeenCalled();
    expect(container.textContent).toContain('Not saved: expected a whole number from 1 to 3650.');
  });

  it("asks before a team playbook's shorter period applies, and confirms only on the agent's click", async () => {
    const onConfirm = vi.fn();
    await act(() =>
      render(<RetentionSetting setting={{ value: 30, origin: 'agent', locked: false }} onChange={vi.fn()} pendingTeamDays={1} onConfirmTeamDays={onConfirm} />, container),
    );
    const notice = container.querySelector('[data-testid="lf-retention-confirm"]');
    expect(notice?.textContent).toContain('Your team playbook asks to keep drafts for 1 day instead of 30 days.');
    expect(onConfirm).not.toHaveBeenCalled();
    await act(() => container.querySelector<HTMLButtonElement>('[data-testid="lf-retention-confirm-button"]')!.click());
    expect(onConfirm).toHaveBeenCalledWith(1);
  });

  it('asks nothing when no shorter period is waiting', async () => {
    await show(30, vi.fn());
    expect(container.querySelector('[data-testid="lf-retention-confirm"]')).toBeNull();
  });
});
