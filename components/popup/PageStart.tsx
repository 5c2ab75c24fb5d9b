import { useEffect, useState } from 'preact/hooks';
import { pageOffer } from '@/lib/anysite/page-offer';
import { rememberSite, rememberedSitesWithPermission, unrememberSite } from '@/lib/anysite/remembered-sites';
import { failure } from '@/lib/result';
import type { PageStartResponse } from '@/lib/anysite/start-on-page';
import { sendToBackground, sendToTab } from '@/lib/messaging/message-map';
import type { SidebarStatus } from '@/lib/messaging/tab-messages';
import { originMatchPattern } from '@/lib/playbooks/helpdesk-origin';

/** The browser calls this needs (stand-ins in tests). */
export interface PageStartBrowser {
  /** "Use ListenFirst on this page": the background injects the sidebar into that tab. */
  startOnPage(tabId: number): Promise<PageStartResponse>;
  sidebarStatus(tabId: number): Promise<SidebarStatus | null>;
  /** Asked in the agent's click; true when granted. */
  requestOrigin(pattern: string): Promise<boolean>;
  siteRemembered(origin: string): Promise<boolean>;
}

export const POPUP_BROWSER: PageStartBrowser = {
  startOnPage: (tabId) => sendToBackground('page/start', { tabId }),
  sidebarStatus: (tabId) => sendToTab(tabId, 'sidebar/status').catch(() => null),
  requestOrigin: (pattern) => browser.permissions.request({ origins: [pattern] }),
  siteRemembered: async (origin) => (await rememberedSitesWithPermission()).some((site) => site.origin === origin && site.granted),
};

interface Props {
  tabId: number;
  url: string;
  api?: PageStartBrowser;
}

type State = 'reading' | 'offered' | 'starting' | 'running' | 'remembered';

/**
 * In the toolbar popup, on a page no adapter knows: "Use ListenFirst on this page" (the sidebar
 * injected into this tab, on this click's activeTab grant), then "Remember this site" (its host
 * permission asked at that moment). Browser pages and the stores are not offered it.
 */
export function PageStart({ tabId, url, api = POPUP_BROWSER }: Props) {
  const offer = pageOffer(url);
  const [state, setState] = useState<State>('reading');
  const [problem, setProblem] = useState<string | null>(null);
  const origin = offer.ok ? offer.origin : '';

  useEffect(() => {
    if (!offer.ok) return;
    void (async () => {
      const status = await api.sidebarStatus(tabId);
      if (!status?.onPage) return setState('offered');
      setState((await api.siteRemembered(origin)) ? 'remembered' : 'running');
    })();
  }, [tabId, url]);

  if (!offer.ok) return null;

  const start = async () => {
    setState('starting');
    const response = await api.startOnPage(tabId).catch((error: unknown) => failure('browser', String(error)));
    setProblem(response.ok ? null : response.error);
    setState(response.ok ? 'running' : 'offered');
  };

  const remember = async () => {
    // Both in the click's own turn: the permission needs its user gesture, and a browser that closes
    // the popup for its prompt still lists the site, waiting for its permission on the settings page.
    const listed = rememberSite(origin);
    const asked = api.requestOrigin(originMatchPattern(origin)).catch(() => false);
    await listed;
    const granted = await asked;
    if (!granted) await unrememberSite(origin);
    setProblem(granted ? null : 'Not remembered: the browser did not give ListenFirst this site.');
    setState(granted ? 'remembered' : 'running');
  };

  return (
    <div class="lf-page-start" data-testid="lf-page-start" data-state={state}>
      {(state === 'offered' || state === 'starting') && (
        <>
          <p>No helpdesk ListenFirst knows is on this page. You can still use it here: pick the reply box and the customer's message.</p>
          <button type="button" class="lf-button" data-testid="lf-use-on-page" disabled={state === 'starting'} onClick={() => void start()}>
            Use ListenFirst on this page
          </button>
        </>
      )}
      {state === 'running' && (
        <>
          <p>ListenFirst is on this page, with your picks. It stays only until you leave it.</p>
          <button type="button" class="lf-button" data-testid="lf-remember-site" onClick={() => void remember()}>
            Remember this site
          </button>
          <p class="lf-muted">Opens the sidebar on its own on {new URL(origin).host}; your browser asks you to allow it.</p>
        </>
      )}
      {state === 'remembered' && <p>Remembered: the sidebar opens on its own on {new URL(origin).host}. Remove it in Settings.</p>}
      {problem && (
        <p class="lf-warning" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
