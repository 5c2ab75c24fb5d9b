/**
 * "Turn on ListenFirst for <helpdesk>" in the toolbar popup, on a page of an optional helpdesk the
 * agent has not turned on. The popup asks for the helpdesk's hosts in the click
 * (lib/adapters/helpdesk-permission.ts); once they are granted it sends this message, and the
 * background starts the sidebar in that tab now rather than at its next load: it makes sure the
 * helpdesk's scripts are registered (the sync a granted permission runs anyway, awaited here so the
 * tab's next load has them), then injects into the tab's top frame what a page load would have run:
 * the editor bridge in the page's world, its key handed over late (bridge-key.ts), the helpdesk's
 * adapter script and the sidebar script. A tab already running the sidebar script is left as it is.
 */
import type { Runtime } from 'webextension-polyfill';
import { hostsHeld, optionalHelpdeskAt } from '../adapters/helpdesk-permission';
import { helpdeskLabel, hostMatchPatterns, type HelpdeskId } from '../adapters/registry';
import { LATE_KEY_MARK, markLateKey } from '../editor-bridge/bridge-key';
import { sidebarFiles } from '../lifecycle/extension-update';
import { sidebarScriptRunsIn } from '../lifecycle/sidebar-script-mark';
import { originMatchPattern } from '../playbooks/helpdesk-origin';
import { helpdeskForOrigin, syncOriginContentScripts } from '../playbooks/helpdesk-origins';
import { syncOptionalHelpdeskScripts } from '../playbooks/optional-helpdesks';
import { EDITOR_BRIDGE_SCRIPT, EDITOR_KEY_SCRIPT, type ScriptingApis } from '../playbooks/registered-scripts';
import { sendToBackground } from '../messaging/message-map';
import { failure, ok } from '../result';
import { handleTabStart, type TabInjectionApis, type TabStartMessage, type TabStartResponse } from './tab-start';

export type HelpdeskStartMessage = TabStartMessage<'helpdesk/start'>;

/** `no-helpdesk`: the tab shows no helpdesk turned on from the toolbar; `not-turned-on`: its hosts are not granted yet. */
export type HelpdeskStartResponse = TabStartResponse<'no-helpdesk' | 'not-turned-on'>;

/** The browser APIs a helpdesk start needs (stand-ins in tests). */
export interface HelpdeskStartApis extends TabInjectionApis {
  permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
  /** The helpdesk configured for a team's own domain (by the agent, the team playbook or a policy), or null. */
  configuredHelpdesk(origin: string): Promise<HelpdeskId | null>;
  /** Registers the scripts of the optional helpdesks and configured origins whose permission is held. */
  syncRegistrations(): Promise<unknown>;
}

/** A helpdesk an extension page can turn on for a page, with the host patterns that takes. */
export interface TurnableHelpdesk {
  id: HelpdeskId;
  patterns: string[];
  /** On a team's own domain configured for it, rather than the helpdesk's own. */
  ownDomain: boolean;
}

/**
 * The helpdesk a page shows that an extension page can turn on (the popup's offer, and the
 * background's check of the start it then asks for): an optional helpdesk on its own domain, or the
 * helpdesk `configuredHelpdesk` names for the page's origin (the agent's, the team playbook's or a
 * policy's). Null on any other page.
 */
export async function turnableHelpdeskAt(url: URL, configuredHelpdesk: (origin: string) => Promise<HelpdeskId | null>): Promise<TurnableHelpdesk | null> {
  const optional = optionalHelpdeskAt(url);
  if (optional) return { id: optional.id, patterns: hostMatchPatterns(optional), ownDomain: false };
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const configured = await configuredHelpdesk(url.origin);
  return configured ? { id: configured, patterns: [originMatchPattern(url.origin)], ownDomain: true } : null;
}

/** What starting the sidebar in a helpdesk's open tabs needs from an extension page (stand-ins in tests). */
export interface OpenTabsApis {
  tabs: { query(query: { url: string[] }): Promise<{ id?: number }[]> };
  /** The background starts the sidebar in that tab (the popup's `helpdesk/start`). */
  startHelpdesk(tabId: number): Promise<HelpdeskStartResponse>;
}

/** The browser's own: the options page's tabs, and `helpdesk/start` sent through the message map. */
export function browserOpenTabsApis(): OpenTabsApis {
  return { tabs: browser.tabs as unknown as OpenTabsApis['tabs'], startHelpdesk: (tabId) => sendToBackground('helpdesk/start', { tabId }) };
}

/**
 * Once a helpdesk is turned on from the options page (an optional helpdesk's hosts, or a team's own
 * domain): starts the sidebar in the tabs open now on `patterns`, as the popup does for its one tab
 * (the same message, checked the same way by the background). Their URLs are readable only now that
 * the permission is held. Resolves to how many tabs were open there and how many run the sidebar now.
 */
export async function startInOpenTabs(patterns: string[], apis: OpenTabsApis): Promise<{ open: number; running: number }> {
  const tabs = (await apis.tabs.query({ url: patterns }).catch(() => [])).filter((tab) => tab.id !== undefined);
  const answers = await Promise.all(tabs.map((tab) => apis.startHelpdesk(tab.id!).catch(() => null)));
  return { open: tabs.length, running: answers.filter((answer) => answer?.ok).length };
}

/** What the options page says once a helpdesk or a domain is turned on, after startInOpenTabs. */
export function turnedOnMessage(name: string, tabs: { open: number; running: number }): string {
  if (tabs.open === 0) return `ListenFirst now runs on ${name}.`;
  if (tabs.running === tabs.open) return `ListenFirst now runs on ${name}, and in ${tabs.open === 1 ? 'its open tab' : `its ${tabs.open} open tabs`}.`;
  return `ListenFirst now runs on ${name}. Reload its open tabs to see it there.`;
}

export async function handleHelpdeskStartMessage(
  message: unknown,
  sender: Runtime.MessageSender,
  extensionId: string,
  extensionOrigin: string,
  apis: HelpdeskStartApis,
): Promise<HelpdeskStartResponse> {
  return handleTabStart('helpdesk/start', message, sender, extensionId, extensionOrigin, async (target): Promise<HelpdeskStartResponse> => {
    const { url } = await apis.tabs.get(target.tabId);
    const page = url && URL.canParse(url) ? new URL(url) : null;
    const helpdesk = page && (await turnableHelpdeskAt(page, apis.configuredHelpdesk));
    if (!page || !helpdesk) return failure('no-helpdesk', 'this tab shows no helpdesk that is turned on from the toolbar');
    const name = helpdesk.ownDomain ? page.host : helpdeskLabel(helpdesk.id);
    if (!(await hostsHeld(helpdesk.patterns, apis.permissions))) return failure('not-turned-on', `ListenFirst is not allowed on ${name} yet`);
    await apis.syncRegistrations();
    if (await sidebarScriptRunsIn(apis.scripting, target.tabId)) return ok({ started: false });
    await apis.scripting.executeScript({ target, func: markLateKey, args: [LATE_KEY_MARK] });
    await apis.scripting.executeScript({ target, world: 'MAIN', files: [`/${EDITOR_BRIDGE_SCRIPT}`] });
    await apis.scripting.executeScript({ target, files: [`/${EDITOR_KEY_SCRIPT}`, ...sidebarFiles(helpdesk.id)] });
    return ok({ started: true });
  });
}

/** The browser's own APIs for a helpdesk start, for the background's routing table. */
export function browserHelpdeskStartApis(): HelpdeskStartApis {
  const apis = browser as unknown as Omit<HelpdeskStartApis, 'syncRegistrations'> & ScriptingApis;
  return {
    tabs: apis.tabs,
    permissions: apis.permissions,
    scripting: apis.scripting,
    configuredHelpdesk: helpdeskForOrigin,
    syncRegistrations: () => Promise.all([syncOptionalHelpdeskScripts(apis), syncOriginContentScripts()]),
  };
}
