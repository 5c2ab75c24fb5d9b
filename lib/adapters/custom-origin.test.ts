import { describe, expect, it } from 'vitest';
import { atCustomOrigin, adapterForPage } from './custom-origin';
import { adapterById, resolveAdapter } from './index';
import type { HelpdeskId } from './registry';

const adapterForCustomOrigin = (helpdesk: HelpdeskId, origin: string) => atCustomOrigin(adapterById(helpdesk), origin);

describe('helpdesks on a custom origin', () => {
  const zendesk = adapterForCustomOrigin('zendesk', 'https://support.example.com')!;
  const freshdesk = adapterForCustomOrigin('freshdesk', 'http://helpdesk.intranet:8080')!;

  it("reads tickets at the helpdesk's own paths on that origin", () => {
    expect(zendesk.ticketFromUrl(new URL('https://support.example.com/agent/tickets/42'))?.key).toBe('zendesk:https://support.example.com#42');
    expect(freshdesk.ticketFromUrl(new URL('http://helpdesk.intranet:8080/a/tickets/7'))?.key).toBe('freshdesk:http://helpdesk.intranet:8080#7');
  });

  it('owns that origin only', () => {
    expect(zendesk.ownsUrl(new URL('https://support.example.com/agent/dashboard'))).toBe(true);
    expect(zendesk.ticketFromUrl(new URL('https://other.example.com/agent/tickets/42'))).toBeNull();
    expect(zendesk.ticketFromUrl(new URL('http://support.example.com/agent/tickets/42'))).toBeNull();
  });

  it('keeps the helpdesk’s page reading', () => {
    expect(zendesk.id).toBe('zendesk');
    expect(zendesk.editorSelector).toContain('omnicomposer');
  });

  it('keys its tickets by that origin, port and scheme included, never by a name a hosted account could take', () => {
    const onPort = adapterForCustomOrigin('zendesk', 'https://support.example.com:8443')!;
    expect(onPort.ticketFromUrl(new URL('https://support.example.com:8443/agent/tickets/42'))?.key).toBe('zendesk:https://support.example.com:8443#42');
    expect(zendesk.ticketFromUrl(new URL('https://support.example.com/agent/tickets/42'))?.key).not.toBe(
      adapterForCustomOrigin('zendesk', 'https://support-example-com.zendesk.com')!.ticketFromUrl(new URL('https://support-example-com.zendesk.com/agent/tickets/42'))?.key,
    );
  });
});

describe('resolveAdapter', () => {
  const configured = async (origin: string) => (origin === 'https://support.example.com' ? ('freshdesk' as const) : null);

  it('takes a hosted helpdesk by its domain without asking for custom origins', async () => {
    const adapter = await resolveAdapter(new URL('https://acme.zendesk.com/agent/tickets/1'), async () => {
      throw new Error('not asked');
    });
    expect(adapter?.id).toBe('zendesk');
  });

  it('takes a configured custom origin, and nothing for others', async () => {
    expect((await resolveAdapter(new URL('https://support.example.com/a/tickets/7'), configured))?.ticketFromUrl(new URL('https://support.example.com/a/tickets/7'))?.key).toBe(
      'freshdesk:https://support.example.com#7',
    );
    expect(await resolveAdapter(new URL('https://elsewhere.example.com/a/tickets/7'), configured)).toBeNull();
  });
});

describe("adapterForPage: the sidebar script with its page's one adapter", () => {
  const configured = async (origin: string) => (origin === 'https://support.example.com' ? ('freshdesk' as const) : null);

  it('takes its helpdesk on its own domain, and on an origin configured for that helpdesk only', async () => {
    expect((await adapterForPage(adapterById('zendesk'), new URL('https://acme.zendesk.com/agent/tickets/1'), configured))?.id).toBe('zendesk');
    const freshdesk = await adapterForPage(adapterById('freshdesk'), new URL('https://support.example.com/a/tickets/7'), configured);
    expect(freshdesk?.ticketFromUrl(new URL('https://support.example.com/a/tickets/7'))?.key).toBe('freshdesk:https://support.example.com#7');
    // Zendesk's script on an origin configured for Freshdesk (a stale registration) stays away.
    expect(await adapterForPage(adapterById('zendesk'), new URL('https://support.example.com/a/tickets/7'), configured)).toBeNull();
    expect(await adapterForPage(adapterById('freshdesk'), new URL('https://elsewhere.example.com/a/tickets/7'), configured)).toBeNull();
  });
});
