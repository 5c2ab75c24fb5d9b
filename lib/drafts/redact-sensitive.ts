/**
 * "Sensitive fields are never mirrored": what that means for a reply mirror.
 *
 * 1. Only the reply editor is mirrored. The content script reads the one editor the adapter found
 *    and nothing else on the page: no password, payment or login field is ever read.
 * 2. Secrets typed *into the reply* are replaced before the text is stored: payment card numbers
 *    (13–19 digits that pass the Luhn check), one-time and verification codes, PINs and card security
 *    codes after their name, passwords after "password:" (or "password is" when the value looks like
 *    one), API keys and tokens of well-known shapes, and US social security numbers. They become a
 *    visible placeholder ("[card number removed]"), so a restored draft shows where the agent must
 *    type the value again instead of silently losing words.
 *    The content script calls `redactSensitive` before sending; the background calls it again before
 *    writing, so nothing slips through a caller that forgot. It is idempotent.
 * 3. Not redacted: names, e-mail addresses, phone numbers, order numbers, error codes. They are the
 *    ordinary matter of a support reply, the store never leaves the machine, and retention removes it;
 *    redacting them would make the restored draft useless.
 *
 * Every pattern is literal, with bounded repeats only, so matching is linear in the text's length.
 */

export type SensitiveKind = 'card-number' | 'one-time-code' | 'password' | 'secret-key' | 'id-number';

export interface SensitiveSpan {
  kind: SensitiveKind;
  start: number;
  end: number;
}

export const REDACTION_PLACEHOLDERS: Record<SensitiveKind, string> = {
  'card-number': '[card number removed]',
  'one-time-code': '[code removed]',
  password: '[password removed]',
  'secret-key': '[secret key removed]',
  'id-number': '[ID number removed]',
};

function escapeLiteral(word: string): string {
  return word.replace(/[$()*+.?[\\\]^{|}]/g, '\\$&').replace(/ /g, '[ \\t]');
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
const PASSWORD_NAMES = ['password', 'temporary password', 'temp password', 'new password', 'passwd', 'pwd', 'passphrase', 'passwort', 'mot de passe', 'contraseña'];
/** Names that introduce a credential; redacted only with ":" or "=" and a value of 12+ characters. */
const CREDENTIAL_NAMES = ['api key', 'api-key', 'apikey', 'api token', 'access token', 'auth token', 'secret key', 'client secret', 'private key', 'token', 'secret'];

/** 13–19 digits, optionally grouped by single spaces or hyphens; not part of a longer number. */
const CARD_CANDIDATE = /(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)/g;
/** "verification code: 123456", "your PIN is 4821", "CVV 123", "code 123 456". */
const ONE_TIME_CODE = new RegExp(`${keywordPattern(CODE_NAMES)}[ \\t]{0,3}(?:is[ \\t]{1,3}|[:=#][ \\t]{0,3}|-[ \\t]{0,3})?(?<value>\\d{3}[ -]\\d{3}|\\d{3,10})(?!\\d)`, 'giu');
/** "password: Summer2024!", "temporary password is X7#k". The value may not start with "[" (a placeholder). */
const PASSWORD = new RegExp(`${keywordPattern(PASSWORD_NAMES)}[ \\t]{0,3}(?<sep>is[ \\t]{0,3}:?|[:=])[ \\t]{0,3}(?<value>[^\\s[]\\S{0,127})`, 'giu');
const CREDENTIAL = new RegExp(`${keywordPattern(CREDENTIAL_NAMES)}[ \\t]{0,3}[:=][ \\t]{0,3}(?<value>[^\\s[]\\S{11,511})`, 'giu');
/** Well-known key shapes: Stripe secret and restricted keys, GitHub and Slack tokens, AWS key ids, JWTs, bearer tokens. */
const SECRET_KEY_SHAPES = [
  /\b[rs]k_(?:live|test)_[\dA-Za-z]{10,247}\b/g,
  /\bgh[oprsu]_[\dA-Za-z]{36,251}\b/g,
  /\bgithub_pat_\w{22,251}\b/g,
  /\bxox[abeprs]-[\dA-Za-z-]{10,250}/g,
  /\b(?:AKIA|ASIA)[\dA-Z]{16}\b/g,
  /\beyJ[\w-]{8,2048}\.eyJ[\w-]{8,8192}\.[\w-]{8,2048}/g,
  /\bBearer[ \t]{1,3}[\w.~+/-]{16,4096}/g,
];
const SOCIAL_SECURITY_NUMBER = /(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])/g;

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
    ...wholeMatchSpans(CARD_CANDIDATE, text, 'card-number', (candidate) => passesLuhn(candidate.replace(/[ -]/g, ''))),
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
