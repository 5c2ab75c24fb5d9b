/**
 * The messages content scripts send the background, with their payload schemas.
 * The background validates every payload and checks the browser-stamped sender (see sender.ts);
 * there is no path that skips either check.
 */
import * as v from 'valibot';
import { HELPDESK_IDS, helpdeskDefinition, hostingHelpdesk, type HelpdeskId } from '../adapters/registry';
import { ticketKey } from '../adapters/types';
import { isPageAddress, MAX_PAGE_ADDRESS_CHARS, PAGE_TICKETS, pageTicketKey } from '../anysite/page-ticket';
import { MAX_DRAFT_TEXT } from '../drafts/limits';
import { failure, ok, type Failure, type Ok } from '../result';

const MAX_TEXT = MAX_DRAFT_TEXT;

/** What a ticket's own link reads back as: the same account and id (a test of both against the helpdesk's URL shapes). */
function readsBackAsItself(ticket: { helpdesk: HelpdeskId; origin: string; account: string; ticketId: string }): boolean {
  const row = helpdeskDefinition(ticket.helpdesk);
  const location = row.ticketFromUrl(new URL(row.ticketPath(ticket), ticket.origin));
  return location?.account === ticket.account && location.ticketId === ticket.ticketId;
}

/** An http(s) origin as URL.origin writes it (no path, no user, no default port), on no other helpdesk's domain. */
function isOriginOf(helpdesk: HelpdeskId, origin: string): boolean {
  if (!URL.canParse(origin)) return false;
  const url = new URL(origin);
  if (url.origin !== origin || (url.protocol !== 'https:' && url.protocol !== 'http:')) return false;
  const host = hostingHelpdesk(url.hostname);
  return !host || host.id === helpdesk;
}

const HelpdeskTicketRefSchema = v.pipe(
  v.object({
    helpdesk: v.picklist(HELPDESK_IDS),
    origin: v.pipe(v.string(), v.maxLength(300)),
    account: v.pipe(v.string(), v.regex(/^[\w-]{0,64}$/, 'an account name (letters, digits, hyphens)')),
    ticketId: v.pipe(v.string(), v.regex(/^[A-Z0-9][\w.-]{0,63}$/i, 'a ticket id (letters, digits, hyphens)')),
    key: v.string(),
  }),
  v.forward(
    v.check((t) => isOriginOf(t.helpdesk, t.origin), "an http(s) origin, not another helpdesk's"),
    ['origin'],
  ),
  v.forward(
    v.check((t) => isOriginOf(t.helpdesk, t.origin) && readsBackAsItself(t), "a ticket id of this helpdesk's shape"),
    ['ticketId'],
  ),
  v.check((t) => t.key === ticketKey(t.helpdesk, t.origin, t.account, t.ticketId), 'key must be helpdesk:origin/account#ticketId'),
);

/** A ticket on a page no adapter knows: its key is made from its origin and address (see page-ticket.ts). */
const PageTicketRefSchema = v.pipe(
  v.object({
    helpdesk: v.literal(PAGE_TICKETS),
    origin: v.pipe(v.string(), v.maxLength(300)),
    // A page's address names no account.
    account: v.pipe(v.string(), v.maxLength(0, 'no account on a page')),
    ticketId: v.pipe(v.string(), v.maxLength(MAX_PAGE_ADDRESS_CHARS)),
    key: v.string(),
  }),
  v.forward(
    v.check((t) => URL.canParse(t.origin) && new URL(t.origin).origin === t.origin && /^https?:$/.test(new URL(t.origin).protocol), 'an http(s) origin'),
    ['origin'],
  ),
  v.forward(
    v.check((t) => isPageAddress(t.origin, t.ticketId), "an address on the ticket's origin (path, query, hash)"),
    ['ticketId'],
  ),
  v.check((t) => t.key === pageTicketKey(t.origin, t.ticketId), 'key must be page@origin+address'),
);

/** A helpdesk's ticket, or a page's (told apart by `helpdesk`). */
export const TicketRefSchema = v.variant('helpdesk', [HelpdeskTicketRefSchema, PageTicketRefSchema], 'a ticket of a helpdesk or of a page');

export const ChecklistMarkSchema = v.object({
  done: v.boolean(),
  /** Ticked by an automatic check rather than by hand. */
  auto: v.boolean(),
});

export const ChecklistStateSchema = v.pipe(
  v.record(v.pipe(v.string(), v.maxLength(64)), ChecklistMarkSchema),
  v.check((state) => Object.keys(state).length <= 200, 'at most 200 checklist items'),
);

export const DraftLoadSchema = v.object({
  type: v.literal('draft/load'),
  ticket: TicketRefSchema,
});

/** What one draft holds, as a sidebar sends it: in a save, and in a copy held during a conflict. */
const DraftContentEntries = {
  subject: v.pipe(v.string(), v.maxLength(1_000)),
  restatement: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
  checklist: ChecklistStateSchema,
  /** Hints the agent dismissed for this ticket, by `hintKey`. */
  dismissedHints: v.pipe(v.array(v.pipe(v.string(), v.maxLength(300))), v.maxLength(500)),
  /** The reply as typed in the helpdesk's editor (plain text), mirrored so it can be offered back; '' for none. */
  reply: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
};

export const DraftSaveSchema = v.object({
  type: v.literal('draft/save'),
  ticket: TicketRefSchema,
  ...DraftContentEntries,
  /** The revision this edit was based on (0 for a ticket never saved). A stale writer is refused. */
  baseRevision: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /**
   * Chosen by the sidebar for this save and sent again, unchanged, when its answer was lost: the row
   * remembers the last save it took, so a save that already committed is answered, not refused.
   */
  saveId: v.pipe(v.string(), v.uuid('a save id (a UUID)')),
});

/**
 * A tab whose save met another tab's newer version keeps its own beside it, without touching that
 * version, until the agent chooses one: `copy` is this tab's latest text, or null once chosen.
 */
export const DraftHoldSchema = v.object({
  type: v.literal('draft/hold'),
  ticket: TicketRefSchema,
  /** Chosen by the tab for its copy: a later hold with the same id replaces it. */
  copyId: v.pipe(v.string(), v.uuid('a copy id (a UUID)')),
  copy: v.nullable(v.object(DraftContentEntries)),
});

/** The helpdesk sent the reply: the mirrored reply is cleared; restatement and checklist stay. */
export const DraftReplySentSchema = v.object({
  type: v.literal('draft/reply-sent'),
  ticket: TicketRefSchema,
});

export const ContentMessageSchema = v.variant('type', [DraftLoadSchema, DraftSaveSchema, DraftHoldSchema, DraftReplySentSchema]);

export type TicketRefPayload = v.InferOutput<typeof TicketRefSchema>;
export type ChecklistMark = v.InferOutput<typeof ChecklistMarkSchema>;
export type ChecklistState = v.InferOutput<typeof ChecklistStateSchema>;
export type DraftLoadMessage = v.InferOutput<typeof DraftLoadSchema>;
export type DraftSaveMessage = v.InferOutput<typeof DraftSaveSchema>;
export type DraftHoldMessage = v.InferOutput<typeof DraftHoldSchema>;
export type DraftReplySentMessage = v.InferOutput<typeof DraftReplySentSchema>;
export type ContentMessage = v.InferOutput<typeof ContentMessageSchema>;

/** What the background keeps for one ticket, as sent back to the content script. */
export interface DraftView {
  key: string;
  subject: string;
  restatement: string;
  checklist: ChecklistState;
  /** Hints dismissed for this ticket (see hintKey). */
  dismissedHints: string[];
  /** The mirrored reply text ('' when none) and when it was last saved; cleared when the reply is sent. */
  reply: string;
  replySavedAt: number | null;
  /** Bumped on every write; a writer holding an older revision is refused. */
  revision: number;
  updatedAt: number;
  /**
   * Other tabs' versions kept beside this one while the agent had not yet chosen between them (see
   * DraftHoldSchema), oldest first. Stored with the row, unindexed; sent with load answers only.
   */
  heldCopies?: HeldCopy[];
}

/** One tab's version of the draft, held while it conflicts with the stored one. */
export interface HeldCopy extends NonNullable<DraftHoldMessage['copy']> {
  copyId: string;
  heldAt: number;
}

/** Why the background refused or could not answer a message: its payload, its sender, or the storage behind it. */
export type MessageRefusal = Failure<'invalid' | 'forbidden' | 'storage'>;

/** A save met a newer stored version (another tab's): `draft` is that version, nothing was written. */
export type DraftConflictAnswer = Failure<'conflict'> & { readonly draft: DraftView };

export type DraftResponse = Ok<{ draft: DraftView | null }> | DraftConflictAnswer | MessageRefusal;

/** Parses an incoming message; a readable reason on failure, naming the field. */
export function parseContentMessage(input: unknown): Ok<{ message: ContentMessage }> | Failure<'invalid'> {
  const result = v.safeParse(ContentMessageSchema, input);
  return result.success ? ok({ message: result.output }) : failure('invalid', describeIssue(result.issues[0]));
}

/** "ticket.ticketId: a numeric ticket id": where in the message, and what was wrong. */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = issue.path?.map((item) => String(item.key)).join('.') || 'message';
  return `${path}: ${issue.message}`;
}
