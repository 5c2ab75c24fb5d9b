/** What every helpdesk adapter can tell the sidebar. Adapters read the DOM and return plain data. */
import { isHostedBy, type EditorKind, type HelpdeskDefinition, type HelpdeskId } from './registry';

export { EDITOR_KINDS } from './registry';
export type { EditorKind, HelpdeskId } from './registry';

/**
 * Which ticket is open: everything the extension stores is keyed by `key`. The key names the
 * ticket's origin, so its link can always be rebuilt and two sites never share a key (a team's
 * support.example.com, a hosted support-example-com.<helpdesk>.com, http and https of one host).
 */
export interface TicketRef {
  helpdesk: HelpdeskId;
  /** Where the ticket lives, scheme, host and port: `https://acme.example.com`, or a team's own domain. */
  origin: string;
  /** The account inside that origin where the helpdesk's URLs name one in the path; '' where the origin is the account. */
  account: string;
  ticketId: string;
  /** See {@link ticketKey}. */
  key: string;
}

export type MessageRole = 'customer' | 'agent' | 'internal';

export interface ConversationMessage {
  role: MessageRole;
  author: string;
  /** ISO timestamp where the page gives one. */
  time: string | null;
  /** Plain text, quoted email history left out. Never HTML. */
  text: string;
}

export interface ReplyEditor {
  element: HTMLElement;
  kind: EditorKind;
}

export interface TicketContent {
  subject: string;
  messages: ConversationMessage[];
  /** The ticket's tags, where the adapter can read them (they choose a team's checklist). */
  tags?: string[];
  /** The channel the customer's latest message came by (email, web, chat, …), where readable. */
  channel?: string;
}

/** What an adapter reads from its helpdesk's pages: the DOM half, the registry row being the URL half. */
export interface HelpdeskPageReader {
  /**
   * The part of the page that shows this ticket and only this ticket (some helpdesks mount several
   * tickets' panes at once). Null while it has not rendered, or when the layout is not understood.
   */
  findTicketRoot(doc: Document, ticket: TicketRef): Element | null;
  readTicket(root: Element): TicketContent;
  findActiveReplyEditor(root: Element): ReplyEditor | null;
  /**
   * Where the reply box and an internal note share the composer (tabs, a mode), the note's editable
   * while the agent has the note open instead of the reply. A note is not the reply to the customer:
   * the sidebar says it is following a note, and neither hints nor the mirrored reply read it.
   */
  findOpenNoteEditor?(root: Element): HTMLElement | null;
  /** Where the reply box is closed until the agent asks for it (a "Reply" button), the button that opens it. */
  findReplyOpener?(root: Element): HTMLElement | null;
  /** Matches any of this helpdesk's reply editables, for resolving event targets with closest(). */
  editorSelector: string;
  /** Matches the button that sends the reply (scoped to the ticket root by the caller). */
  submitSelector: string;
}

export interface HelpdeskAdapter extends HelpdeskPageReader {
  id: HelpdeskId;
  label: string;
  /** Its registry row: hosts, URL shapes, watched attributes, editor kind. */
  definition: HelpdeskDefinition & { id: HelpdeskId };
  /** Does this URL belong to this helpdesk at all (any page, ticket or not)? */
  ownsUrl(url: URL): boolean;
  /** The ticket the URL names, or null on lists, dashboards and settings. */
  ticketFromUrl(url: URL): TicketRef | null;
}

/**
 * `helpdesk:origin#ticketId`, or `helpdesk:origin/account#ticketId` where the path names an account:
 * `/` and `#` never occur in an origin after its host, so the parts read back unambiguously, ports included.
 */
export function ticketKey(helpdesk: HelpdeskId, origin: string, account: string, ticketId: string): string {
  return `${helpdesk}:${origin}${account ? `/${account}` : ''}#${ticketId}`;
}

export function ticketRef(helpdesk: HelpdeskId, origin: string, ticketId: string, account = ''): TicketRef {
  return { helpdesk, origin, account, ticketId, key: ticketKey(helpdesk, origin, account, ticketId) };
}

/** The ticket a URL names on this origin, read by the helpdesk's registry row: the row says what, the URL where. */
export function ticketAt(definition: HelpdeskDefinition & { id: HelpdeskId }, url: URL): TicketRef | null {
  const location = definition.ticketFromUrl(url);
  return location ? ticketRef(definition.id, url.origin, location.ticketId, location.account) : null;
}

/** A helpdesk on its own domain: its registry row for URLs, its page reader for the DOM. */
export function hostedAdapter<Id extends HelpdeskId>(definition: HelpdeskDefinition & { id: Id }, page: HelpdeskPageReader): HelpdeskAdapter & { id: Id } {
  const ownsUrl = (url: URL) => isHostedBy(definition, url.hostname);
  return {
    ...page,
    id: definition.id,
    label: definition.label,
    definition,
    ownsUrl,
    ticketFromUrl: (url) => (ownsUrl(url) ? ticketAt(definition, url) : null),
  };
}

/** The latest message the customer wrote, or null when there is none yet. */
export function latestCustomerMessage(messages: readonly ConversationMessage[]): ConversationMessage | null {
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i]!;
    if (message.role === 'customer' && message.text.trim()) return message;
  }
  return null;
}
