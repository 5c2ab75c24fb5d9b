/**
 * "Sensitive fields are never mirrored": what that means for a reply mirror.
 *
 * 1. Only the reply editor is mirrored. The content script reads the one editor the adapter found
 *    and nothing else on the page: no password, payment or login field is ever read.
 * 2. Secrets typed *into the reply* are replaced before the text is stored: payment card numbers
 *    (13–19 digits that pass the Luhn check, grouped by spaces, dots, hyphens or a line break), IBANs
 *    (that pass their mod-97 check), one-time and verification codes, PINs and card security codes
 *    after their name, passwords after "password:" or "pw:" (also on the next line, or after
 *    "password is" when the value looks like one), API keys and tokens of well-known shapes or after
 *    their name ("api_key=…"), and US social security numbers. They become a
 *    visible placeholder ("[card number removed]"), so a restored draft shows where the agent must
 *    type the value again instead of silently losing words.
 *    The content script calls `redactSensitive` before sending; the background calls it again before
 *    writing, so nothing slips through a caller that forgot. It is idempotent.
 * 3. Not redacted: names, e-mail addresses, phone numbers, order numbers, error codes. They are the
 *    ordinary matter of a support reply, the store never leaves the machine, and retention removes it;
 *    redacting them would make the restored draft useless.
 *
 * Matching is linear in the text's length, by construction rather than by luck (the sidebar runs this
 * on the helpdesk page's main thread after every typing pause, on text already capped by its caller):
 * - no quantifier inside another that can repeat more than a few times, and a repeat is followed by a
 *   character it cannot match, so the engine never has more than one way to split the text;
 * - a long repeat ends the pattern (reaching it means a match, and the scan resumes after it), or the
 *   pattern can only start where a run of the repeat's characters starts (a lookbehind), so no run is
 *   rescanned from each of its positions. A JWT pattern that could start at every "eyJ" inside one long
 *   token took 5.8 s on 1,000,000 characters.
 * `redaction-linearity.test.ts` counts the steps a backtracking matcher takes on adversarial inputs;
 * `npm run bench:redaction` prints the times.
 */

export type SensitiveKind = 'card-number' | 'bank-account' | 'one-time-code' | 'password' | 'secret-key' | 'id-number';

export interface SensitiveSpan {
  kind: SensitiveKind;
  start: number;
  end: number;
}

export const REDACTION_PLACEHOLDERS: Record<SensitiveKind, string> = {
  'card-number': '[card number removed]',
  'bank-account': '[IBAN removed]',
  'one-time-code': '[code removed]',
  password: '[password removed]',
  'secret-key': '[secret key removed]',
  'id-number': '[ID number removed]',
};

function escapeLiteral(word: string): string {
  // "api key", "api-key", "api_key": a space in a name stands for any of them.
  return word.replace(/[$()*+.?[\\\]^{|}]/g, '\\$&').replace(/ /g, '[ \\t_-]');
}

/** The words, not inside a longer word (lookarounds rather than \\b, which is ASCII-only: "contraseña"). */
function keywordPattern(words: readonly string[]): string {
  return `(?<![\\p{L}\\p{N}])(?:${words.map(escapeLiteral).join('|')})(?![\\p{L}\\p{N}])`;
}

/** Names that introduce a code to be typed once: the digits after them are a secret. */
const CODE_NAMES = [
  'verification code', 'security code', 'one-time code', 'one time code', 'one-time passcode', 'login code',
  'sign-in code', 'sign in code', '2fa code', 'mfa code', 'authentication code', 'auth code', 'confirmation pin',
  'otp', 'passcode', 'pin', 'pin code', 'cvv', 'cvv2', 'cvc', 'cvc2', 'csc', 'backup code', 'recovery code',
];
/** Names that introduce a password; the value is the next word. */
const PASSWORD_NAMES = ['password', 'temporary password', 'temp password', 'new password', 'passwd', 'pwd', 'pw', 'passphrase', 'passwort', 'mot de passe', 'contraseña'];
/** Names that introduce a credential; redacted only with ":" or "=" and a value of 12+ characters. */
const CREDENTIAL_NAMES = ['api key', 'apikey', 'api token', 'access token', 'auth token', 'secret key', 'client secret', 'private key', 'token', 'secret'];

/**
 * 13–19 digits, optionally grouped by a space, two spaces, a dot, a hyphen or a line break; not part
 * of a longer number. The repeat is short (at most 18), so trying it at every digit stays linear.
 */
const CARD_CANDIDATE = /(?<!\d)\d(?:(?:[ .-]| {2}|\r?\n)?\d){12,18}(?!\d)/g;
/** Country, check digits, then 11–30 letters and digits, bare or in groups of four ("DE89 3704 0044 0532 0130 00"). */
const IBAN_CANDIDATE = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?:[\dA-Z]{11,30}|(?: [\dA-Z]{4}){2,7}(?: [\dA-Z]{1,3})?)(?![\p{L}\p{N}])/gu;
/** "verification code: 123456", "your PIN is 4821", "CVV 123", "code 123 456". */
const ONE_TIME_CODE = new RegExp(`${keywordPattern(CODE_NAMES)}[ \\t]{0,3}(?:is[ \\t]{1,3}|[:=#][ \\t]{0,3}|-[ \\t]{0,3})?(?<value>\\d{3}[ -]\\d{3}|\\d{3,10})(?!\\d)`, 'giu');
/**
 * "password: Summer2024!", "pw: X7#k", "temporary password is X7#k", and "Password:" with the value on
 * the next line. The value may not start with "[" (a placeholder).
 */
const PASSWORD = new RegExp(`${keywordPattern(PASSWORD_NAMES)}[ \\t]{0,3}(?<sep>is[ \\t]{0,3}:?|[:=])[ \\t]{0,3}(?:\\r?\\n[ \\t]{0,3})?(?<value>[^\\s[]\\S{0,127})`, 'giu');
const CREDENTIAL = new RegExp(`${keywordPattern(CREDENTIAL_NAMES)}[ \\t]{0,3}[:=][ \\t]{0,3}(?<value>[^\\s[]\\S{11,511})`, 'giu');
/** Well-known key shapes: Stripe secret and restricted keys, GitHub and Slack tokens, AWS key ids, JWTs, bearer tokens. */
const SECRET_KEY_SHAPES = [
  /\b[rs]k_(?:live|test)_[\dA-Za-z]{10,247}\b/g,
  /\bgh[oprsu]_[\dA-Za-z]{36,251}\b/g,
  /\bgithub_pat_\w{22,251}\b/g,
  /(?<![\w-])xox[abeprs]-[\dA-Za-z-]{10,250}/g,
  /\b(?:AKIA|ASIA)[\dA-Z]{16}\b/g,
  // Starts only where a run of token characters starts: "\beyJ" also matched after every "-" inside
  // one long token, and rescanned up to 2,048 characters from each. (A JWT glued to a preceding "-"
  // is no longer found; a header or a sentence puts a space or ":" before it.)
  /(?<![\w-])eyJ[\w-]{8,2048}\.eyJ[\w-]{8,8192}\.[\w-]{8,2048}/g,
  /\bBearer[ \t]{1,3}[\w.~+/-]{16,4096}/g,
];
const SOCIAL_SECURITY_NUMBER = /(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])/g;

/** Every pattern the redaction runs, for the linearity test. */
export const REDACTION_PATTERNS: readonly RegExp[] = [CARD_CANDIDATE, IBAN_CANDIDATE, ONE_TIME_CODE, PASSWORD, CREDENTIAL, ...SECRET_KEY_SHAPES, SOCIAL_SECURITY_NUMBER];

/** The Luhn checksum every payment card number passes (and most other long numbers fail). */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

/** The ISO 13616 check every IBAN passes: its first four characters moved to the end, read as a number, mod 97 is 1. */
export function passesIbanCheck(iban: string): boolean {
  const compact = iban.replace(/ /g, '');
  let remainder = 0;
  for (const char of compact.slice(4) + compact.slice(0, 4)) {
    // Letters count as 10–35, digits as themselves; one step per digit keeps the number small.
    for (const digit of String(parseInt(char, 36))) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** "!" and "?" are left out: passwords end with them as often as sentences do, and a value is never half-kept. */
const TRAILING_PUNCTUATION = new Set(['.', ',', ';', ':', ')', '"', "'", '’', '”']);

/** A sentence's closing punctuation is not part of the password before it. */
function withoutTrailingPunctuation(value: string): string {
  let end = value.length;
  while (end > 1 && TRAILING_PUNCTUATION.has(value[end - 1] ?? '')) end--;
  return value.slice(0, end);
}

/** After "is", only a value with a digit counts: "is incorrect", "is 8 characters" and "is case-sensitive" are not passwords. */
function looksLikePassword(value: string): boolean {
  return value.length >= 4 && /\d/.test(value);
}

function valueSpans(pattern: RegExp, text: string, kind: SensitiveKind, accept: (value: string, match: RegExpExecArray) => boolean): SensitiveSpan[] {
  const spans: SensitiveSpan[] = [];
  for (const match of text.matchAll(pattern)) {
    const raw = match.groups?.value ?? '';
    const value = kind === 'one-time-code' ? raw : withoutTrailingPunctuation(raw);
    if (!value || !accept(value, match)) continue;
    const start = match.index + match[0].length - raw.length;
    spans.push({ kind, start, end: start + value.length });
  }
  return spans;
}

function wholeMatchSpans(pattern: RegExp, text: string, kind: SensitiveKind, accept: (match: string) => boolean = () => true): SensitiveSpan[] {
  const spans: SensitiveSpan[] = [];
  for (const match of text.matchAll(pattern)) {
    if (accept(match[0])) spans.push({ kind, start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/** Where the secrets are, in text order, without overlaps (the earlier, then longer, span wins). */
export function findSensitiveSpans(text: string): SensitiveSpan[] {
  const found = [
    ...wholeMatchSpans(CARD_CANDIDATE, text, 'card-number', (candidate) => passesLuhn(candidate.replace(/\D/g, ''))),
    ...wholeMatchSpans(IBAN_CANDIDATE, text, 'bank-account', passesIbanCheck),
    ...valueSpans(ONE_TIME_CODE, text, 'one-time-code', () => true),
    ...valueSpans(PASSWORD, text, 'password', (value, match) => /[:=]/.test(match.groups?.sep ?? '') || looksLikePassword(value)),
    ...valueSpans(CREDENTIAL, text, 'secret-key', (value) => /\d/.test(value)),
    ...SECRET_KEY_SHAPES.flatMap((shape) => wholeMatchSpans(shape, text, 'secret-key')),
    ...wholeMatchSpans(SOCIAL_SECURITY_NUMBER, text, 'id-number'),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const spans: SensitiveSpan[] = [];
  for (const span of found) {
    const previous = spans[spans.length - 1];
    if (!previous || span.start >= previous.end) spans.push(span);
  }
  return spans;
}

/** The text with every secret replaced by a visible placeholder. Pure, linear, idempotent. */
export function redactSensitive(text: string): string {
  const spans = findSensitiveSpans(text);
  if (!spans.length) return text;
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start) + REDACTION_PLACEHOLDERS[span.kind];
    at = span.end;
  }
  return out + text.slice(at);
}
