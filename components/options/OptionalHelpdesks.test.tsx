import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionalHelpdesks } from './OptionalHelpdesks';

const container = document.createElement('div');
document.body.append(container);
afterEach(() => render(null, container));

const desk = { id: 'examplehelp', label: 'Example Help', hosts: ['*.examplehelp.test'], permission: 'optional' as const };

function fakePermissions(granted: string[] = []) {
  return {
    granted,
    contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.includes(o))),
    request: vi.fn(async ({ origins }: { origins: string[] }) => (granted.push(...origins), true)),
    remove: vi.fn(async ({ origins }: { origins: string[] }) => (granted.splice(0, granted.length, ...granted.filter((o) => !origins.includes(o))), true)),
  };
}

const button = () => container.querySelector<HTMLButtonElement>('[data-helpdesk="examplehelp"] button')!;

describe('OptionalHelpdesks', () => {
  it("asks for the helpdesk's hosts in the click that turns it on, and gives them back when turned off", async () => {
    const permissions = fakePermissions();
    await act(() => render(<OptionalHelpdesks helpdesks={[desk]} permissions={permissions} />, container));
    await vi.waitFor(() => expect(button().textContent).toBe('Turn on'));
    await act(() => button().click());
    expect(permissions.request).toHaveBeenCalledWith({ origins: ['*://*.examplehelp.test/*'] });
    await vi.waitFor(() => expect(button().textContent).toBe('Turn off'));
    await act(() => button().click());
    await vi.waitFor(() => expect(button().textContent).toBe('Turn on'));
    expect(permissions.granted).toEqual([]);
  });

  it('shows nothing while the registry has no optional helpdesk', async () => {
    await act(() => render(<OptionalHelpdesks helpdesks={[]} permissions={fakePermissions()} />, container));
    expect(container.childNodes).toHaveLength(0);
  });
});
