/**
 * Restatement coverage: which of the customer's key terms the agent's paraphrase mentions
 * (tolerant of inflection and case), which it misses, and which it renamed.
 */
import { capText } from './input-cap';
import { COMPOUND, normalizeCode } from './codes-and-versions';
import { readCustomer, type CustomerReading, type KeyTermDetail } from './key-terms';
import { scanLexicon } from './lexicon';
import { prepareForeignText } from './prepared-text';
import { stem } from './stem';
import { isNegation } from './symptom-phrases';
import { findRenames, termUses, type Rename, type TermUse } from './term-mismatch';
import type { ListeningSettings, RestatementCoverage } from './types';

/** Share of a long term's meaningful words a paraphrase must keep to count as covering it. */
const PARAPHRASE_SHARE = 2 / 3;
/**
 * How many of the customer's terms make a full restatement. A restatement is a sentence or two, not
 * a copy: a long message yields up to 16 key terms (dates, names, side details), and careful agents
 * keep about 8 of them (the median number of terms the eval's labellers marked as must-keep, tuned
 * part). Coverage counts covered terms against this many, or against all of them when there are fewer
 * (`fullAt`); every term is still shown as covered, missing or renamed.
 */
const FULL_RESTATEMENT_TERMS = 8;

export interface OtherReading {
  lower: string;
  stems: ReadonlySet<string>;
  codes: ReadonlySet<string>;
  uses: TermUse[];
}

export function restatementCoverage(
  customerText: string,
  restatement: string,
  settings?: ListeningSettings,
): RestatementCoverage {
  const customer = readCustomer(customerText, settings);
  const { coverage, fullAt, covered, missing, mismatches } = coverageOf(customer, readOther(restatement, settings));
  return { coverage, fullAt, keyTerms: customer.terms.map(({ term, kind }) => ({ term, kind })), covered, missing, mismatches };
}

export function readOther(text: string, settings?: ListeningSettings): OtherReading {
  const capped = capText(text).text;
  const doc = prepareForeignText(capped);
  return {
    lower: capped.toLowerCase(),
    // Any negation reads as "not", as it does in a symptom ("can't log in" covers "won't let me log in").
    stems: new Set(doc.tokens.map((t) => (isNegation(t.norm) ? 'not' : stem(t.norm)))),
    codes: new Set(Array.from(capped.matchAll(COMPOUND), (m) => normalizeCode(m[0]))),
    uses: termUses(doc, scanLexicon(capped, doc.tokens, settings, true).terms),
  };
}

export interface CoverageDetail extends Omit<RestatementCoverage, 'keyTerms'> {
  coveredTerms: KeyTermDetail[];
}

export function coverageOf(customer: CustomerReading, other: OtherReading): CoverageDetail {
  const renames = findRenames(customer.uses, other.uses);
  const coveredTerms: KeyTermDetail[] = [];
  const missing: string[] = [];
  const mismatches: { customer: string; used: string }[] = [];
  for (const term of customer.terms) {
    if (isCovered(term, customer, other)) {
      coveredTerms.push(term);
      continue;
    }
    const rename = renameOf(term, customer.uses, renames);
    if (rename) mismatches.push({ customer: term.term, used: rename.used.surface });
    else missing.push(term.term);
  }
  const fullAt = Math.min(customer.terms.length, FULL_RESTATEMENT_TERMS);
  return {
    coverage: fullAt === 0 ? 0 : Math.min(1, coveredTerms.length / fullAt),
    fullAt,
    covered: coveredTerms.map((t) => t.term),
    coveredTerms,
    missing,
    mismatches,
  };
}

function isCovered(term: KeyTermDetail, customer: CustomerReading, other: OtherReading): boolean {
  if (term.kind === 'code' || term.kind === 'version') return term.codes.some((code) => other.codes.has(code));
  if (term.kind === 'quoted') {
    if (other.lower.includes(term.term.toLowerCase())) return true;
    if (term.codes.length > 0) return term.codes.every((code) => other.codes.has(code));
  }
  const own = customer.uses.find((use) => use.start < term.end && term.start < use.end);
  if (own && other.uses.some((use) => use.group === own.group && use.member === own.member)) return true;
  if (term.stems.length === 0) return false;
  const present = term.stems.filter((s) => other.stems.has(s)).length;
  return term.stems.length <= 2 ? present === term.stems.length : present >= Math.ceil(term.stems.length * PARAPHRASE_SHARE);
}

function renameOf(term: KeyTermDetail, uses: readonly TermUse[], renames: readonly Rename[]): Rename | undefined {
  const own = uses.find((use) => use.start < term.end && term.start < use.end);
  return own && renames.find((r) => r.used.group === own.group);
}
