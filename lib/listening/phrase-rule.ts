/**
 * What a phrase rule is, and the words that make a phrase benign before it (negation, hedges).
 * Phrases are literal words; `[a|b]` is a choice and `[a|]` an optional word (see expandPhrase).
 * Matching ignores case and punctuation inside a clause but never crosses . ! ? ; : or a quote.
 */
import type { HintCategory } from './types';

export type PhraseCategory = Extract<
  HintCategory,
  'overpromise' | 'dismissive' | 'doubting' | 'blame' | 'non-apology' | 'no-next-step'
>;

export interface PhraseRule {
  id: string;
  category: PhraseCategory;
  phrases: readonly string[];
  /** One sentence, naming the principle in brackets (docs/listening.md). */
  message: string;
  suggestion?: string;
  /**
   * A word among the five before the phrase, in the same sentence, that makes it benign; a condition
   * ("if", "unless", "whether") anywhere before it in the sentence (rule-engine.ts).
   */
  benignBefore?: readonly string[];
  /** The word right before the phrase, in the same sentence, that makes it benign ("*I'll* simply go ahead"). */
  benignRightBefore?: readonly string[];
  /** A phrase right after the match that makes it benign ("are you sure *you want to*"). */
  benignAfter?: readonly string[];
  /** A phrase later in the same sentence that makes it benign: "I can't undo that, *but I can* …". */
  benignLater?: readonly string[];
  /**
   * A phrase later in the same sentence (within LATER_WINDOW words) without which the match is no hint: "In our
   * experience, when a belt comes up short it's usually *because* …" lays a cause; "… inspectors usually accept it" does not.
   */
  onlyWithLater?: readonly string[];
  /** `benignLater` is read on into the next sentence too: "Deposits are non-refundable. *What I can do* is …". */
  benignLaterInNextSentence?: boolean;
  /**
   * An aside closing its sentence after a comma: `'benign'` there ("New cylinders at no charge*, obviously*."), or
   * counted `'only'` there ("…by 14 June*, guaranteed*.") or between two commas ("…by the 1st*, guaranteed*, so …").
   */
  closingAside?: 'benign' | 'only';
  /**
   * Words that, held by the match, keep it a hint past a condition in an earlier clause: "If that doesn't sort it,
   * … this will be *fully* resolved then" still promises (a condition in the phrase's own clause still governs it).
   */
  certainPastACondition?: readonly string[];
  /**
   * The phrase counts only after one of these, a few words before it in the same sentence, and the
   * hint then points from there: "*usually caused by* the door *being opened* too often".
   */
  onlyAfter?: readonly string[];
}

/** Negation turns a promise or an accusation into its opposite: "I can't promise this will fix it". */
export const NEGATIONS = [
  'not', 'never', 'no', 'neither', 'nor', 'none', 'cannot', "can't", "don't", "won't", "isn't", "aren't", "wasn't", "weren't",
  "doesn't", "didn't", "couldn't", "wouldn't", "shouldn't", "haven't", "hasn't", 'without', 'hardly',
];
/** Negation words in set phrases that negate nothing after them: "Don't worry, this will fix it". */
export const NOT_NEGATING = ["don't worry", 'no worries', "don't hesitate", 'no problem', 'no doubt', 'not only'];
/**
 * Conditions in courtesy formulas that condition nothing after them: "If you have any further
 * questions, please refer to our Help Centre" sends them away as surely as without the "if".
 */
export const NOT_CONDITIONING = [
  'if you have any [further|other|more] [questions|queries]',
  'if you [need|require|would like|want] [any|] [further|more] [help|information|assistance|details]',
  // What they are asked to do first conditions nothing we claim after it: "If you approve by Friday,
  // your pins will definitely be with you", "If you send it back, I can guarantee that will sort it",
  // "If you follow this, his symptoms will definitely improve" (sets 281 A-19, 14 k-17: both labelled), "If you take
  // it to a framer … the crease will definitely disappear" (set 297 A-11, read as it came); "If you go to DEVICES > ADD
  // CAP and pair it again, that will definitely fix it" (set 313 A-20, read as it came: 2 right added, none wrong).
  'if you [approve|send|post|bring|return|book|pay|drop|follow|do|take|go|pair|restart|reset|reinstall|update|install|replace|clear|switch|turn|try|use|apply|run|tighten|change]',
];
/**
 * Hedges make a claim the honest, unverified kind: "I hope this will fix it"; and so does saying what is
 * usual rather than certain ("in most cases it's a simple fix": "cases" stands for "in most / many /
 * some cases").
 */
const HEDGES = [
  'hope', 'hoping', 'hopeful', 'hopefully', 'think', 'believe', 'expect', 'might', 'may', 'if', 'whether',
  'unless', 'probably', 'likely', 'possibly', 'perhaps', 'maybe', 'chance', 'until',
  'usually', 'normally', 'generally', 'typically', 'cases',
];
export const UNVERIFIED = [...NEGATIONS, ...HEDGES];

/**
 * What a reply calls the customer in the third person: "the responsibility of the hirer", "the permit
 * holder", "Customers are advised to …", "we ask all guests to …". One list, read in the singular
 * (CUSTOMER_ROLES), the plural and the possessive (customerRoles).
 */
const CUSTOMER_ROLE_NAMES = [
  'customer', 'client', 'user', 'member', 'guest', 'resident', 'tenant', 'renter', 'landlord', 'owner', 'homeowner',
  'occupier', 'hirer', 'buyer', 'seller', 'bidder', 'sender', 'passenger', 'traveller', 'traveler', 'driver',
  'rider', 'player', 'parent', 'guardian', 'carer', 'patient', 'student', 'learner', 'trainee', 'candidate',
  'applicant', 'claimant', 'participant', 'attendee', 'entrant', 'exhibitor', 'visitor', 'subscriber', 'investor', 'skipper', 'practitioner',
  'policyholder', 'policyholder club', 'permit holder', 'account holder', 'licence holder', 'license holder', 'cardholder', 'holder',
  'borrower', 'trader', 'merchant', 'exporter', 'organiser', 'registrant', 'charterer', 'leaseholder', 'consumer',
];
const ROLE_FORMS = { one: (name: string) => name, many: (name: string) => `${name}s`, own: (name: string) => `${name}'s` };
/** The roles as one slot of a phrase, in one form, with `also` other words in the same slot ("people", "you"). */
export function customerRoles(form: keyof typeof ROLE_FORMS, ...also: string[]): string {
  return `[${[...also, ...CUSTOMER_ROLE_NAMES.map(ROLE_FORMS[form])].join('|')}]`;
}
export const CUSTOMER_ROLES = customerRoles('one');
