/**
 * The helpdesks ListenFirst understands, one row each: the one place that names a helpdesk's id,
 * label, hosts and URL shapes. Schemas, sender checks, ticket links, the options page, the manifest's
 * host permissions and the e2e routes derive from these rows; what a helpdesk's page looks like is
 * its adapter's business (lib/adapters/<id>.ts, mapped to its row in index.ts).
 *
 * Adding a helpdesk: a row here, its adapter file (exporting `<id>Page` and `<id>`: provided-adapter.ts),
 * its entry in index.ts (the compiler asks for it),
 * a fixture page with its tests. No other product file names a helpdesk (helpdesk-names.test.ts).
 * Pure data and URL functions: no DOM, no browser APIs (the background and the options page load it).
 */

/**
 * How a reply editor is driven: which driver writes into the reply editor (lib/editor-bridge/drivers); 'plain' is a textarea or bare
 * editable; 'iframe-contenteditable' the editable body of a same-origin iframe's document (Zoho Desk's editor).
 */
export const EDITOR_KINDS = ['ckeditor5', 'froala', 'prosemirror', 'slate', 'plain', 'contenteditable', 'iframe-contenteditable', 'redactor', 'summernote'] as const;
export type EditorKind = (typeof EDITOR_KINDS)[number];

/** Where a URL names a ticket: the account within its origin ('' where the origin is the account) and the ticket's id. */
export interface TicketLocation {
  account: string;
  ticketId: string;
}

export interface HelpdeskDefinition {
  id: string;
  label: string;
  /**
   * The hosts the helpdesk serves agents from: `*.example.com` for every subdomain (not the bare
   * domain), or an exact host. The content scripts' match patterns come from these.
   */
  hosts: readonly string[];
  /**
   * 'required': in the manifest's host permissions, granted at install. 'optional': asked the moment
   * the agent turns the helpdesk on; while the extension holds it, the helpdesk's scripts are registered.
   * 'self-hosted': software a team runs on its own servers, with no hosts of its own (`hosts` is
   * empty): it runs only at the origins the team adds (the options page, or policy `helpdeskOrigins`),
   * each one's scripts registered while that origin's optional permission is held
   * (lib/playbooks/helpdesk-origins.ts).
   */
  permission: 'required' | 'optional' | 'self-hosted';
  /** The ticket a URL names, whatever its host (a team's own domain serves the same paths); null on other pages. */
  ticketFromUrl(url: URL): TicketLocation | null;
  /** The path (with query or hash, if the helpdesk needs one) of a ticket's page, relative to its origin. */
  ticketPath(ticket: TicketLocation): string;
  /**
   * Attributes whose change means the page switched tickets, opened or hid a reply box (the page
   * watcher observes these, not the page's every style change).
   */
  watchedAttributes: readonly string[];
  /** The editor the reply box uses (the adapter may find a fallback on a given page). */
  editorKind: EditorKind;
}

// Ticket ids as each helpdesk writes them in its paths; capped so no id can be unbounded.
const ZENDESK_TICKET_PATH = /^\/agent\/tickets\/(\d{1,20})(?:\/|$)/;
const FRESHDESK_TICKET_PATH = /^\/(?:a|helpdesk)\/tickets\/(\d{1,20})(?:\/|$)/;
/**
 * Help Scout: `/conversation/ID/NUMBER`, ID the conversation's unique id, NUMBER the one the UI shows
 * (its adapter checks the view against it); `/conversation/ID` and `/conversations/ID` too.
 */
export const HELPSCOUT_CONVERSATION_PATH = /^\/conversations?\/(\d{1,20})(?:\/(\d{1,20}))?(?:\/|$)/;
/** Intercom: `/a/inbox/WS/inbox/<view, up to six segments>/conversation/ID`, WS the workspace (app) id. */
const INTERCOM_CONVERSATION_PATH = /^\/a\/inbox\/([\w-]{1,40})\/inbox\/(?:[\w-]{1,40}\/){0,6}conversation\/(\d{1,30})(?:\/|$)/;
// Zoho Desk: /agent/PORTAL/DEPT/tickets/details/ID. The portal is the account; the department is only
// the view the ticket was opened from (the same ticket opens under several), so it is no part of it.
const ZOHODESK_TICKET_PATH = /^\/agent\/([\w-]{1,100})\/[^/]{1,100}\/tickets\/details\/(\d{1,25})(?:\/|$)/;

// Jira Service Management: a request's issue key (a project key, a number) at /browse/KEY-N or in a
// service-desk queue, /jira/servicedesk/projects/KEY/queues/custom/N/KEY-N.
const JIRA_ISSUE_KEY = String.raw`[A-Z][A-Z0-9_]{0,29}-[1-9]\d{0,19}`;
const JIRA_TICKET_PATHS = [
  new RegExp(String.raw`^/browse/(${JIRA_ISSUE_KEY})/?$`),
  new RegExp(String.raw`^/jira/servicedesk/projects/[A-Z][A-Z0-9_]{0,29}/queues/custom/\d{1,20}/(${JIRA_ISSUE_KEY})/?$`),
];
// Zammad's classic UI routes by hash, #ticket/zoom/ID[/ARTICLE_ID | /nav/…] (#ticket/zoom/number/N
// is a redirect by number, not an id); its new desktop UI by path, /desktop/tickets/ID.
const ZAMMAD_TICKET_HASH = /^#ticket\/zoom\/(\d{1,20})(?:\/|$)/;
const ZAMMAD_DESKTOP_TICKET_PATH = /^\/desktop\/tickets\/(\d{1,20})(?:\/|$)/;
// FreeScout: /conversation/ID, often with ?folder_id=N (the folder it was opened from) or #thread-N.
const FREESCOUT_CONVERSATION_PATH = /^\/conversation\/(\d{1,20})(?:\/|$)/;

// osTicket's staff panel: PREFIX/scp/tickets.php?id=ID, PREFIX the folder the team installed it in
// ('' at the web root; up to three plain segments). The ticket is the `id` parameter; a page with an
// action (`a=edit`, `a=print`) is not the ticket's view.
const OSTICKET_STAFF_TICKETS = /^((?:\/[\w.-]{1,40}){0,3})\/scp\/tickets\.php$/;
const OSTICKET_TICKET_ID = /^\d{1,20}$/;

/** For helpdesks whose origin is the account: the ticket id is the path's first group. */
function ticketInPath(pattern: RegExp): (url: URL) => TicketLocation | null {
  return (url) => {
    const ticketId = pattern.exec(url.pathname)?.[1];
    return ticketId ? { account: '', ticketId } : null;
  };
}

/** Attributes every layout uses to show, hide and make editable. */
const COMMON_ATTRIBUTES = ['hidden', 'aria-hidden', 'contenteditable'] as const;

export const HELPDESKS = [
  {
    id: 'zendesk',
    label: 'Zendesk',
    hosts: ['*.zendesk.com'],
    permission: 'required',
    ticketFromUrl: ticketInPath(ZENDESK_TICKET_PATH),
    ticketPath: ({ ticketId }) => `/agent/tickets/${ticketId}`,
    // Agent Workspace switches panes with data-is-active; each pane names its ticket in an anchor.
    watchedAttributes: [...COMMON_ATTRIBUTES, 'data-is-active', 'data-side-conversations-anchor-id'],
    editorKind: 'ckeditor5',
  },
  {
    id: 'freshdesk',
    label: 'Freshdesk',
    hosts: ['*.freshdesk.com'],
    permission: 'required',
    ticketFromUrl: ticketInPath(FRESHDESK_TICKET_PATH),
    ticketPath: ({ ticketId }) => `/a/tickets/${ticketId}`,
    watchedAttributes: [...COMMON_ATTRIBUTES],
    editorKind: 'froala',
  },
  {
    id: 'helpscout',
    label: 'Help Scout',
    // Every account shares this host: the origin is the account, the conversation id the ticket.
    hosts: ['secure.helpscout.net'],
    permission: 'optional',
    ticketFromUrl: ticketInPath(HELPSCOUT_CONVERSATION_PATH),
    // Help Scout's own links add the conversation's number; the id alone opens it too.
    ticketPath: ({ ticketId }) => `/conversation/${ticketId}`,
    // The conversation view is replaced wholesale on a switch (childList); the reply form opens the same way.
    watchedAttributes: [...COMMON_ATTRIBUTES],
    editorKind: 'slate',
  },
  {
    id: 'intercom',
    label: 'Intercom',
    // Intercom's regional hostings (US, EU, Australia) are separate origins with their own workspaces.
    hosts: ['app.intercom.com', 'app.eu.intercom.com', 'app.au.intercom.com'],
    permission: 'optional',
    ticketFromUrl: (url) => {
      const match = INTERCOM_CONVERSATION_PATH.exec(url.pathname);
      return match ? { account: match[1]!, ticketId: match[2]! } : null;
    },
    ticketPath: ({ account, ticketId }) => `/a/inbox/${account}/inbox/conversation/${ticketId}`,
    // The conversation element names its id (Ember may keep the element and change the attribute);
    // the composer's Reply / Note tabs flip aria-selected when the mode (reply box or note) changes.
    watchedAttributes: [...COMMON_ATTRIBUTES, 'data-conversation-id', 'aria-selected'],
    editorKind: 'prosemirror',
  },
  {
    id: 'freshservice',
    label: 'Freshservice',
    hosts: ['*.freshservice.com'],
    permission: 'optional',
    // Freshworks' agent UIs share Freshdesk's ticket paths (/a/tickets/ID, legacy /helpdesk/tickets/ID).
    ticketFromUrl: ticketInPath(FRESHDESK_TICKET_PATH),
    ticketPath: ({ ticketId }) => `/a/tickets/${ticketId}`,
    watchedAttributes: [...COMMON_ATTRIBUTES],
    // Likely Froala, as in Freshdesk; unverified (see lib/adapters/freshservice.ts).
    editorKind: 'froala',
  },
  {
    id: 'zohodesk',
    label: 'Zoho Desk',
    // Its data centres; none other (e.g. zoho.com.cn) is assumed.
    hosts: ['desk.zoho.com', 'desk.zoho.eu', 'desk.zoho.in', 'desk.zoho.com.au', 'desk.zoho.jp'],
    permission: 'optional',
    ticketFromUrl: (url) => {
      const match = ZOHODESK_TICKET_PATH.exec(url.pathname);
      return match ? { account: match[1]!.toLowerCase(), ticketId: match[2]! } : null;
    },
    // "all": the every-department view, which opens any of the portal's tickets.
    ticketPath: ({ account, ticketId }) => `/agent/${account}/all/tickets/details/${ticketId}`,
    // Open tickets are sub-tabs whose detail views are shown and hidden.
    watchedAttributes: [...COMMON_ATTRIBUTES],
    editorKind: 'iframe-contenteditable',
  },
  {
    id: 'jira',
    label: 'Jira Service Management',
    // Jira Cloud sites; the site (SITE.atlassian.net) is the account.
    hosts: ['*.atlassian.net'],
    permission: 'optional',
    ticketFromUrl: (url) => {
      const ticketId = JIRA_TICKET_PATHS.map((path) => path.exec(url.pathname)?.[1]).find(Boolean);
      return ticketId ? { account: '', ticketId } : null;
    },
    ticketPath: ({ ticketId }) => `/browse/${ticketId}`,
    // The composer's "Reply to customer" / "Add internal note" tabs switch with aria-selected.
    watchedAttributes: [...COMMON_ATTRIBUTES, 'aria-selected'],
    editorKind: 'prosemirror',
  },
  {
    id: 'zammad',
    label: 'Zammad',
    // Hosted Zammad; a self-hosted one is turned on by its origin, like any helpdesk on a team's own domain.
    hosts: ['*.zammad.com'],
    permission: 'optional',
    ticketFromUrl: (url) => {
      const ticketId = ZAMMAD_TICKET_HASH.exec(url.hash)?.[1] ?? ZAMMAD_DESKTOP_TICKET_PATH.exec(url.pathname)?.[1];
      return ticketId ? { account: '', ticketId } : null;
    },
    ticketPath: ({ ticketId }) => `/#ticket/zoom/${ticketId}`,
    // Tasks are shown and hidden, and the reply box switched between internal and public, by class.
    watchedAttributes: [...COMMON_ATTRIBUTES, 'class'],
    editorKind: 'contenteditable',
  },
  {
    id: 'osticket',
    label: 'osTicket',
    // Self-hosted only: every team runs its own, at its own origin.
    hosts: [],
    permission: 'self-hosted',
    ticketFromUrl: (url) => {
      const prefix = OSTICKET_STAFF_TICKETS.exec(url.pathname)?.[1];
      const ticketId = url.searchParams.get('id') ?? '';
      if (prefix === undefined || !OSTICKET_TICKET_ID.test(ticketId) || url.searchParams.has('a')) return null;
      // The folder osTicket lives in names the installation, as an account does: drafts of two installations on one host never meet.
      return { account: prefix.slice(1), ticketId };
    },
    ticketPath: ({ account, ticketId }) => `${account ? `/${account}` : ''}/scp/tickets.php?id=${ticketId}`,
    // pjax swaps the ticket in #pjax-container (childList); the Post Reply / Post Internal Note tabs switch by class.
    watchedAttributes: [...COMMON_ATTRIBUTES, 'class'],
    editorKind: 'redactor',
  },
  {
    id: 'freescout',
    label: 'FreeScout',
    // Self-hosted only: it runs at the origins a team adds.
    hosts: [],
    permission: 'self-hosted',
    ticketFromUrl: ticketInPath(FREESCOUT_CONVERSATION_PATH),
    ticketPath: ({ ticketId }) => `/conversation/${ticketId}`,
    // A full page load per conversation; the reply box is shown and hidden, and turned into a note,
    // by class (hidden, conv-note-block).
    watchedAttributes: [...COMMON_ATTRIBUTES, 'class'],
    editorKind: 'summernote',
  },
] as const satisfies readonly HelpdeskDefinition[];

export type HelpdeskId = (typeof HELPDESKS)[number]['id'];

export const HELPDESK_IDS = /* @__PURE__ */ HELPDESKS.map((row) => row.id) as [HelpdeskId, ...HelpdeskId[]];

export function isHelpdeskId(value: unknown): value is HelpdeskId {
  return (HELPDESK_IDS as readonly unknown[]).includes(value);
}

export function helpdeskDefinition<Id extends HelpdeskId>(id: Id): HelpdeskDefinition & { id: Id } {
  const rows: readonly HelpdeskDefinition[] = HELPDESKS;
  return rows.find((row) => row.id === id) as HelpdeskDefinition & { id: Id };
}

export function helpdeskLabel(id: string): string {
  return HELPDESKS.find((row) => row.id === id)?.label ?? id;
}

/** Self-hosted helpdesks: reached only through the origins a team adds (see `permission`). */
export function isSelfHosted(row: Pick<HelpdeskDefinition, 'permission'>): boolean {
  return row.permission === 'self-hosted';
}

/** Is this host one the helpdesk serves agents from (its own domain, not a team's)? */
export function isHostedBy(row: Pick<HelpdeskDefinition, 'hosts'>, hostname: string): boolean {
  const host = hostname.toLowerCase();
  return row.hosts.some((pattern) => (pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) : host === pattern));
}

/** The helpdesk whose own domain this is, or null (a team's own domain, or no helpdesk). */
export function hostingHelpdesk(hostname: string): HelpdeskDefinition | null {
  return HELPDESKS.find((row) => isHostedBy(row, hostname)) ?? null;
}

/**
 * The match patterns for a helpdesk's hosts: the whole origins, as these apps navigate in-page and
 * match patterns are only checked on full page loads (patterns on ticket paths would miss tickets
 * opened from a list); the scripts detect tickets themselves.
 */
export function hostMatchPatterns(row: Pick<HelpdeskDefinition, 'hosts'>): string[] {
  return row.hosts.map((host) => `*://${host}/*`);
}
