import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TeamSettingsEditor } from './TeamSettingsEditor';

const container = document.createElement('div');
document.body.append(container);
afterEach(() => render(null, container));

const PROPS = { settings: {}, problems: [], onChange: vi.fn() };

describe('TeamSettingsEditor', () => {
  it("says that turning no-next-step on for the team turns on its reading of an absence too, and no other category's", async () => {
    await act(() => render(<TeamSettingsEditor {...PROPS} />, container));
    const onText = (category: string) => container.querySelector(`[data-team-category="${category}"] option[value="on"]`)?.textContent;
    expect(onText('no-next-step')).toBe('On for the team, also when nothing in the reply says what happens next');
    expect(onText('jargon')).toBe('On for the team');
  });
});
