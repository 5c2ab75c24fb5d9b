import { useState } from 'preact/hooks';
import { browserPermissions, requestHosts, type HelpdeskPermissionApis } from '@/lib/adapters/helpdesk-permission';
import { sendToBackground } from '@/lib/messaging/message-map';
import { failure } from '@/lib/result';
import type { HelpdeskStartResponse } from '@/lib/toolbar/helpdesk-start';

/** The browser calls this needs (stand-ins in tests). */
export interface HelpdeskTurnOnBrowser {
  permissions: HelpdeskPermissionApis;
  /** The background starts the sidebar in that tab now (lib/toolbar/helpdesk-start.ts). */
  startHelpdesk(tabId: number): Promise<HelpdeskStartResponse>;
}

const POPUP_BROWSER = (): HelpdeskTurnOnBrowser => ({ permissions: browserPermissions(), startHelpdesk: (tabId) => sendToBackground('helpdesk/start', { tabId }) });

interface Props {
  tabId: number;
  /** What the agent turns on, by name (a helpdesk's label, or "<label> on <host>" for a team's own domain), and the host patterns it needs. */
  helpdesk: { label: string; patterns: string[] };
  api?: HelpdeskTurnOnBrowser;
}

type State = 'offered' | 'asking' | 'on';

/**
 * In the toolbar popup, on a page of an optional helpdesk the agent has not turned on: "Turn on
 * ListenFirst for <helpdesk>" asks for its hosts in the click, as the options page does; once
 * granted, the background starts the sidebar in this tab (lib/toolbar/helpdesk-start.ts) and the
 * helpdesk's later pages get it on their own.
 */
export function HelpdeskTurnOn({ tabId, helpdesk, api = POPUP_BROWSER() }: Props) {
  const [state, setState] = useState<State>('offered');
  const [problem, setProblem] = useState<string | null>(null);

  const turnOn = () => {
    setState('asking');
    // No await before this call: the permission prompt needs the click's user gesture.
    void requestHosts(helpdesk.patterns, api.permissions).then(async (granted) => {
      if (!granted) {
        setProblem(`${helpdesk.label} stays off: ListenFirst needs permission to run on its site.`);
        return setState('offered');
      }
      const response = await api.startHelpdesk(tabId).catch((error: unknown) => failure('browser', String(error)));
      // Turned on either way: a tab the background could not start in gets the sidebar at its next load.
      setProblem(response.ok ? null : `ListenFirst is on for ${helpdesk.label}; reload this tab to see it here (${response.error}).`);
      setState('on');
    });
  };

  return (
    <div class="lf-page-start" data-testid="lf-helpdesk-turn-on" data-state={state}>
      {state === 'on' ? (
        <p>ListenFirst is on for {helpdesk.label}: the sidebar opens beside its tickets. Turn it off in Settings.</p>
      ) : (
        <>
          <p>ListenFirst is off for {helpdesk.label}. Turn it on to see the sidebar beside its tickets; your browser asks you to allow ListenFirst on its site.</p>
          <button type="button" class="lf-button" data-testid="lf-turn-on-helpdesk" disabled={state === 'asking'} onClick={turnOn}>
            Turn on ListenFirst for {helpdesk.label}
          </button>
        </>
      )}
      {problem && (
        <p class={state === 'on' ? 'lf-muted' : 'lf-warning'} role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
