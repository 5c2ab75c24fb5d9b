/**
 * The playbook document, defined once: this valibot schema is both the TypeScript type and the
 * runtime check for every way a playbook arrives (a file, a subscription URL, a browser policy,
 * the options page's editor), and assets/playbook.schema.json is generated from it.
 *
 * A playbook is data, never code: literal text only. No regex strings, no expressions, nothing
 * that is interpreted; term pairs and jargon are matched as escaped literal words.
 */
import * as v from 'valibot';
import { HELPDESK_IDS, type HelpdeskId } from '../adapters/registry';
import { HINT_CATEGORIES } from '../listening/types';
import { TICKET_PARAMETER_PATTERN } from '../anysite/page-ticket';
import { AUTO_CHECKS, CHECKLIST_STAGES } from './checklist';
import { checkHelpdeskOrigin } from './helpdesk-origin';

export const PLAYBOOK_VERSION = 1;
/** The helpdesks a playbook, a policy or a custom origin can name: the registry's (lib/adapters/registry.ts). */
export { HELPDESK_IDS };
export type PlaybookHelpdesk = HelpdeskId;

/** Caps that keep a playbook small enough to read at a glance and cheap to check on every page. */
export const PLAYBOOK_LIMITS = {
  fileBytes: 256 * 1024,
  /** Objects and lists inside each other; a valid playbook needs 5. */
  nestingDepth: 10,
  checklists: 20,
  itemsPerChecklist: 40,
  idChars: 64,
  nameChars: 80,
  descriptionChars: 1_000,
  labelChars: 200,
  helpChars: 500,
  conditionValues: 50,
  conditionChars: 60,
  termPairs: 300,
  jargonWords: 500,
  termChars: 60,
  prefixChars: 200,
  schemaUrlChars: 500,
  sites: 50,
  helpdeskOrigins: 50,
} as const;

/** How long drafts are kept, in days: the same range as the drafts' own setting (lib/drafts). */
export const RETENTION_DAYS_RANGE = { min: 1, max: 3_650, default: 30 } as const;

// Messages are the reason half of "checklists[0].items[3].label: expected text, got nothing";
// playbook-problems.ts adds the path, and the "got …" for type mismatches.

function hasControlCharacters(text: string, allowNewlines: boolean): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (allowNewlines && (code === 0x0a || code === 0x09)) continue;
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** Human text shown to agents: not blank, not too long, no control characters. */
function text(maxChars: number, { multiline = false } = {}) {
  return v.pipe(
    v.string(),
    v.check((value) => value.trim().length > 0, 'expected text, got blank text'),
    v.maxLength(maxChars, (issue) => `expected at most ${maxChars} characters, got ${issue.received}`),
    v.check(
      (value) => !hasControlCharacters(value, multiline),
      multiline ? 'expected plain text, got control characters' : 'expected one line of plain text, got line breaks or control characters',
    ),
  );
}

/** Ids are stored with the agent's ticks, so they are plain and stable. */
const Id = v.pipe(
  v.string(),
  v.minLength(1, 'expected an id, got empty text'),
  v.maxLength(PLAYBOOK_LIMITS.idChars, (issue) => `expected at most ${PLAYBOOK_LIMITS.idChars} characters, got ${issue.received}`),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'expected an id of lowercase letters, digits and hyphens, like "restate-their-words"'),
  v.description('Stable id: lowercase letters, digits and hyphens. Ticks are stored under it; keep it when the label changes.'),
);

export function listOf<TItem extends v.GenericSchema>(item: TItem, maxItems: number, { minItems = 0 as 0 | 1 } = {}) {
  return v.pipe(
    v.array(item),
    v.minLength(minItems, 'expected at least one entry, got an empty list'),
    v.maxLength(maxItems, (issue) => `expected at most ${maxItems} entries, got ${issue.received}`),
  );
}

/** Ids must not repeat within a list (ticks are stored by id): one problem per repeat, at its index. */
function uniqueIds<TEntry extends { id: string }>(what: string): v.RawCheckAction<TEntry[]> {
  return v.rawCheck<TEntry[]>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const firstIndex = new Map<string, number>();
    dataset.value.forEach((entry, index) => {
      const key = entry.id;
      const first = firstIndex.get(key);
      if (first === undefined) {
        firstIndex.set(key, index);
        return;
      }
      addIssue({
        message: `"${key}" is already the id of ${what} [${first}]; each ${what} needs its own id`,
        path: [
          { type: 'array', origin: 'value', input: dataset.value, key: index, value: entry },
          { type: 'object', origin: 'value', input: entry, key: 'id', value: key },
        ],
      });
    });
  });
}

export const ChecklistItemSchema = v.strictObject({
  id: Id,
  stage: v.optional(v.pipe(v.picklist(CHECKLIST_STAGES), v.description('Which step of Listen · Restate · Advise · Solve · Thank.'))),
  label: v.pipe(text(PLAYBOOK_LIMITS.labelChars), v.description('What the agent ticks, in a few words.')),
  help: v.optional(v.pipe(text(PLAYBOOK_LIMITS.helpChars, { multiline: true }), v.description('One or two sentences on why.'))),
  required: v.optional(v.pipe(v.boolean(), v.description('The team expects this item done on every reply.'))),
  autoCheck: v.optional(
    v.pipe(v.picklist(AUTO_CHECKS), v.description('An automatic check that ticks the item when the reply or restatement shows it done.')),
  ),
});

const ConditionValue = text(PLAYBOOK_LIMITS.conditionChars);

export const ChecklistConditionsSchema = v.pipe(
  v.strictObject({
    helpdesks: v.optional(listOf(v.picklist(HELPDESK_IDS), HELPDESK_IDS.length, { minItems: 1 })),
    channels: v.optional(listOf(ConditionValue, PLAYBOOK_LIMITS.conditionValues, { minItems: 1 })),
    tags: v.optional(listOf(ConditionValue, PLAYBOOK_LIMITS.conditionValues, { minItems: 1 })),
  }),
  v.description(
    'When this checklist applies. Every condition given must match: the helpdesk is one of `helpdesks`, the ticket channel one of `channels`, and the ticket has one of `tags` (compared ignoring case). The most specific matching checklist wins; a checklist without conditions is the everyday one.',
  ),
);

export const ChecklistSchema = v.strictObject({
  id: Id,
  name: text(PLAYBOOK_LIMITS.nameChars),
  when: v.optional(ChecklistConditionsSchema),
  items: v.pipe(
    listOf(ChecklistItemSchema, PLAYBOOK_LIMITS.itemsPerChecklist, { minItems: 1 }),
    uniqueIds('item'),
  ),
});

const Term = text(PLAYBOOK_LIMITS.termChars);

export const TermPairSchema = v.strictObject({
  customer: v.pipe(Term, v.description('The word customers use, e.g. "account".')),
  ours: v.pipe(Term, v.description('The word the team uses for the same thing, e.g. "workspace".')),
});

export const VocabularySchema = v.strictObject({
  termPairs: v.optional(listOf(TermPairSchema, PLAYBOOK_LIMITS.termPairs)),
  jargon: v.optional(
    v.pipe(
      listOf(Term, PLAYBOOK_LIMITS.jargonWords),
      v.description("The team's own technical words, flagged like the built-in jargon list when a customer did not use them."),
    ),
  ),
});

export const HintCategoriesSchema = v.pipe(
  v.strictObject(
    Object.fromEntries(HINT_CATEGORIES.map((category) => [category, v.optional(v.boolean())])) as {
      [K in (typeof HINT_CATEGORIES)[number]]: v.OptionalSchema<v.BooleanSchema<undefined>, undefined>;
    },
  ),
  v.description('Reply hint categories switched on (true) or off (false) for the team; categories left out follow each agent’s choice.'),
);

export const RestatementPrefixSchema = v.pipe(
  v.string(),
  v.maxLength(PLAYBOOK_LIMITS.prefixChars, (issue) => `expected at most ${PLAYBOOK_LIMITS.prefixChars} characters, got ${issue.received}`),
  v.check((value) => !hasControlCharacters(value, false), 'expected one line of plain text, got line breaks or control characters'),
  v.description('The words before an inserted restatement, e.g. "Just to make sure I\'ve understood: ".'),
);

export const RetentionDaysSchema = v.pipe(
  v.number(),
  v.integer('expected a whole number of days'),
  v.minValue(RETENTION_DAYS_RANGE.min, (issue) => `expected at least ${RETENTION_DAYS_RANGE.min} day, got ${issue.received}`),
  v.maxValue(RETENTION_DAYS_RANGE.max, (issue) => `expected at most ${RETENTION_DAYS_RANGE.max} days, got ${issue.received}`),
  v.description('Days a ticket draft is kept after its last change.'),
);

/** One site's address (scheme and host), checked as a helpdesk origin typed by an agent is (helpdesk-origin.ts). */
export function siteOrigin(description: string) {
  return v.pipe(
    v.string(),
    v.rawCheck<string>(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const checked = checkHelpdeskOrigin(dataset.value);
      if (!checked.ok) addIssue({ message: checked.error });
    }),
    v.description(description),
  );
}

/** A helpdesk on the team's own server (self-hosted, or a hosted helpdesk on the team's own domain): a playbook's or a policy's. */
export const HelpdeskOriginSchema = v.strictObject({
  origin: siteOrigin('The helpdesk address, e.g. https://support.example.com'),
  helpdesk: v.pipe(v.picklist(HELPDESK_IDS), v.description('Which helpdesk runs there.')),
});

/** A site no adapter knows where the team uses ListenFirst (lib/anysite): each agent grants it once. */
export const PlaybookSiteSchema = v.strictObject({
  origin: siteOrigin("The site's address, e.g. https://crm.example.com (scheme and host, no path)."),
  ticketParameter: v.optional(
    v.pipe(
      v.string(),
      v.regex(TICKET_PARAMETER_PATTERN, 'expected a query parameter name of letters, digits, "-", "_" or ".", like "case"'),
      v.description('The query parameter that holds the ticket id on this site, e.g. "case" for /view?case=12.'),
    ),
  ),
});

export const PlaybookSchema = v.pipe(
  v.strictObject({
    $schema: v.optional(v.pipe(v.string(), v.maxLength(PLAYBOOK_LIMITS.schemaUrlChars))),
    version: v.pipe(v.literal(PLAYBOOK_VERSION), v.description('The playbook format version. This ListenFirst reads version 1.')),
    name: text(PLAYBOOK_LIMITS.nameChars),
    description: v.optional(text(PLAYBOOK_LIMITS.descriptionChars, { multiline: true })),
    checklists: v.pipe(
      listOf(ChecklistSchema, PLAYBOOK_LIMITS.checklists, { minItems: 1 }),
      uniqueIds('checklist'),
      v.description('Checklists in order; the most specific one whose `when` matches the ticket is shown.'),
    ),
    hintCategories: v.optional(HintCategoriesSchema),
    vocabulary: v.optional(VocabularySchema),
    restatementPrefix: v.optional(RestatementPrefixSchema),
    retentionDays: v.optional(RetentionDaysSchema),
    helpdeskOrigins: v.optional(
      v.pipe(
        listOf(HelpdeskOriginSchema, PLAYBOOK_LIMITS.helpdeskOrigins),
        v.description("Helpdesks on the team's own servers (a self-hosted helpdesk, or one on the team's own domain), offered to every agent; each agent grants the site once (ListenFirst asks)."),
      ),
    ),
    sites: v.optional(
      v.pipe(
        listOf(PlaybookSiteSchema, PLAYBOOK_LIMITS.sites),
        v.description('Sites no built-in helpdesk covers where the sidebar opens on its own, once each agent grants the site (ListenFirst asks).'),
      ),
    ),
  }),
  v.title('ListenFirst playbook'),
  v.description("A team's listening checklists, reply hint settings and vocabulary for ListenFirst. Data only: literal text, no patterns or expressions."),
);

export type Playbook = v.InferOutput<typeof PlaybookSchema>;
export type PlaybookChecklist = Playbook['checklists'][number];
export type ChecklistConditions = NonNullable<PlaybookChecklist['when']>;
export type PlaybookVocabulary = NonNullable<Playbook['vocabulary']>;
export type PlaybookHintCategories = NonNullable<Playbook['hintCategories']>;
export type PlaybookSite = NonNullable<Playbook['sites']>[number];
