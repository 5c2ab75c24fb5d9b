/**
 * term-mismatch: the reply names with a different word something the customer named
 * ("license key" → "serial number"). Fires only when the customer used one member of a group,
 * the reply uses another, and the reply never uses the customer's word. Built-in groups mark a key
 * term renamed (restatement-coverage.ts); only a team's own pairs raise a hint (analyze-reply.ts).
 */
import type { Found, LexiconEntry, TermGroupEntry } from './lexicon';
import type { PreparedText } from './prepared-text';
import type { Hint } from './types';

type TermMatch = Found<Extract<LexiconEntry, { kind: 'term' }>>;

export interface TermUse {
  group: TermGroupEntry;
  member: number;
  start: number;
  end: number;
  surface: string;
  /** Capitalised inside a sentence ("our Workspace email"): the brand's name for its product. */
  properName: boolean;
}

/** Term uses in a text, minus benign neighbours ("hang on"), longest first where they overlap. */
export function termUses(doc: PreparedText, matches: readonly TermMatch[]): TermUse[] {
  const { text, tokens } = doc;
  const uses: TermUse[] = [];
  const sorted = [...matches].sort((a, b) => a.first - b.first || b.last - a.last);
  for (const { first, last, entry } of sorted) {
    const { group } = entry;
    const before = tokens[first - 1];
    const after = tokens[last + 1];
    if (before && !tokens[first]?.breakBefore && group.benignBefore[entry.member]?.includes(before.norm)) continue;
    if (after && !after.breakBefore && group.benignAfter[entry.member]?.includes(after.norm)) continue;
    const start = tokens[first]?.start ?? 0;
    const end = tokens[last]?.end ?? 0;
    if (namesUiLabel(text, start, end)) continue;
    const previous = uses.at(-1);
    if (previous && previous.group === group && start < previous.end) continue;
    const surface = text.slice(start, end);
    uses.push({ group, member: entry.member, start, end, surface, properName: !tokens[first]?.breakBefore && isTitleCase(surface) });
  }
  return uses;
}

/** "Workspace", "Product Key": a capital first and small letters after (not an acronym such as "PIN" or "2FA"). */
function isTitleCase(surface: string): boolean {
  return /^\p{Lu}/u.test(surface) && /\p{Ll}/u.test(surface);
}

/** Separators of a menu path: "Profile > Email", "Settings → Account". */
const MENU_SEPARATORS = new Set(['>', '›', '→', '»']);
const QUOTE_PAIRS: Record<string, string> = { '"': '"', '“': '”', "'": "'", '‘': '’', '`': '`' };

/**
 * A word that names a screen or button ("go to Profile > Email", 'click "Account"') is the product's
 * label, not the speaker's choice of word: renaming the customer's term there is not a rename.
 */
function namesUiLabel(text: string, start: number, end: number): boolean {
  let before = start - 1;
  while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before--;
  let after = end;
  while (after < text.length && (text[after] === ' ' || text[after] === '\t')) after++;
  if (MENU_SEPARATORS.has(text[before] ?? '') || MENU_SEPARATORS.has(text[after] ?? '')) return true;
  const open = text[start - 1] ?? '';
  return open in QUOTE_PAIRS && text[end] === QUOTE_PAIRS[open];
}

export interface Rename {
  used: TermUse;
  customer: TermUse;
}

/** Uses of the team's own pairs only (`termPairs`): the only ones that raise a term-mismatch hint (analyze-reply.ts). */
export function teamTermUses(doc: PreparedText, matches: readonly TermMatch[]): TermUse[] {
  return termUses(doc, matches.filter(({ entry }) => entry.group.team));
}

/**
 * Uses in `other` of a group member the customer did not use, where the customer used another.
 * A built-in group's word written as a name inside a sentence ("an issue with our Workspace
 * email" to a customer's "accounts") is the brand's name for its product, not a word chosen over
 * theirs, unless the customer also wrote their word as a name; a team's own pairs always count.
 * Nor is a word of the family of one they wrote (`wroteWord`, asked of a normalised word): to "members who don't pay",
 * "we'll review their membership" is their word (set 162 A-14, both labellers left it alone).
 */
export function findRenames(customerUses: readonly TermUse[], otherUses: readonly TermUse[], wroteWord?: (norm: string) => boolean): Rename[] {
  const renames: Rename[] = [];
  for (const used of otherUses) {
    const theirs = customerUses.filter((use) => use.group === used.group);
    const customer = theirs[0];
    if (!customer || theirs.some((use) => use.member === used.member)) continue;
    if (used.properName && !used.group.team && !theirs.some((use) => use.properName)) continue;
    if (wroteWord && ofTheirFamily(used.surface.toLowerCase(), wroteWord)) continue;
    const alsoUsesTheirs = otherUses.some((use) => use.group === used.group && theirs.some((t) => t.member === use.member));
    if (!alsoUsesTheirs) renames.push({ used, customer });
  }
  return renames;
}

/** The shortest stem a word's family is read by: "membe" would be too loose, "member" is the family of "membership". */
const FAMILY_STEM_MIN = 6;

/** Whether a word starts with one the customer wrote, or its singular ("members" → "member" in "membership"). */
function ofTheirFamily(word: string, wroteWord: (norm: string) => boolean): boolean {
  for (let end = FAMILY_STEM_MIN; end < word.length; end++) {
    const stem = word.slice(0, end);
    if (wroteWord(stem) || wroteWord(`${stem}s`)) return true;
  }
  return false;
}

/** Hints for renames by a team's own pairs (the built-in groups' renames raise none: analyze-reply.ts). */
export function termMismatchHints(renames: readonly Rename[]): Hint[] {
  return renames.map(({ used, customer }) => ({
    category: 'term-mismatch',
    rule: 'team-term',
    start: used.start,
    end: used.end,
    text: used.surface,
    message: `They call it “${customer.surface}”; their word shows you heard them (Use their words).`,
    suggestion: customer.surface,
    customerTerm: customer.surface,
    usedTerm: used.surface,
  }));
}
