import { describe, expect, it } from 'vitest';
import { findSensitiveSpans, passesIbanCheck, passesLuhn, redactSensitive } from './redact-sensitive';

describe('redactSensitive', () => {
  it.each([
    ['a card number in groups of four', 'Your card 4111 1111 1111 1111 was charged twice.', 'Your card [card number removed] was charged twice.'],
    ['a card number with hyphens', 'Card: 5500-0000-0000-0004, expiry 12/28', 'Card: [card number removed], expiry 12/28'],
    ['a card number with dots', 'card 4111.1111.1111.1111 expired', 'card [card number removed] expired'],
    ['a card number with double spaces', 'card 4111  1111  1111  1111 expired', 'card [card number removed] expired'],
    ['a card number broken over two lines', 'card 4111 1111\n1111 1111 expired', 'card [card number removed] expired'],
    ['an IBAN in groups of four', 'IBAN DE89 3704 0044 0532 0130 00, thanks', 'IBAN [IBAN removed], thanks'],
    ['an IBAN without spaces', 'to GB82WEST12345698765432.', 'to [IBAN removed].'],
    ['a password after "pw:"', 'login: marta / pw: Tr0ub4dor', 'login: marta / pw: [password removed]'],
    ['a password on the line after "Password:"', 'Password:\nSummer2024!\nThanks', 'Password:\n[password removed]\nThanks'],
    ['an API key after "api_key="', 'curl ...?api_key=9f8e7d6c5b4a39281706', 'curl ...?api_key=[secret key removed]'],
    ['an unbroken card number', 'ending 378282246310005 (Amex)', 'ending [card number removed] (Amex)'],
    ['a verification code', 'Your verification code is 482913.', 'Your verification code is [code removed].'],
    ['a code split in two', 'Use the one-time code: 482 913 to sign in', 'Use the one-time code: [code removed] to sign in'],
    ['a PIN', 'the new PIN is 4821', 'the new PIN is [code removed]'],
    ['a card security code', 'CVV 123 on the back', 'CVV [code removed] on the back'],
    ['a password after a colon', 'Temporary password: Summer2024! (change it)', 'Temporary password: [password removed] (change it)'],
    ['a password after "is" that looks like one', 'Your new password is X7k#92mq.', 'Your new password is [password removed].'],
    ['a password with no digits after a colon', 'password: hunter', 'password: [password removed]'],
    ['a password in another language', 'Contraseña: Ab12cd34', 'Contraseña: [password removed]'],
    ['a Stripe secret key', 'use sk_live_4eC39HqLyjWDarjtT1zdp7dc here', 'use [secret key removed] here'],
    ['a GitHub token', 'token ghp_0123456789abcdefghijABCDEFGHIJ012345 leaked', 'token [secret key removed] leaked'],
    ['an AWS access key id', 'key AKIAIOSFODNN7EXAMPLE', 'key [secret key removed]'],
    ['an API key after its name', 'API key: 9f8e7d6c5b4a39281706', 'API key: [secret key removed]'],
    ['a bearer token', 'Authorization: Bearer abcdef0123456789abcdef', 'Authorization: [secret key removed]'],
    ['a JWT', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U', '[secret key removed]'],
    ['a social security number', 'SSN 078-05-1120 on file', 'SSN [ID number removed] on file'],
  ])('removes %s', (_name, text, expected) => {
    expect(redactSensitive(text)).toBe(expected);
  });

  it.each([
    ['an order number that fails the Luhn check', 'Order 4111 1111 1111 1112 shipped today.'],
    ['a phone number', 'Call us on +44 20 7946 0958 any time.'],
    ['an error code', 'The app shows error code 0x80070005 and code 5012.'],
    ['a version and a date', 'Since 4.2.1 on 2026-11-22 the export fails.'],
    ['"password is" followed by words', 'Your password is incorrect, and the password is case-sensitive.'],
    ['"password is" followed by a length', 'The password is 8 characters at least.'],
    ['a password reset link sentence', 'I have sent a password reset link to you.'],
    ['a short id after a credential name with no digits', 'token: pending'],
    ['an e-mail address and a name', 'Thanks Marta, I wrote to marta@example.com.'],
    ['a PIN mentioned without a value', 'Please enter your PIN at the terminal.'],
    ['a ticket number', 'See ticket #1201 and #301.'],
    ['an IBAN-shaped code that fails its check', 'Reference DE00 3704 0044 0532 0130 00 is wrong.'],
    ['a card-length number split over two paragraphs', 'Order 4111 1111\n\n1111 1111 arrived.'],
    ['"Password:" then an empty line', 'Password:\n\nI reset it for you.'],
  ])('keeps %s', (_name, text) => {
    expect(redactSensitive(text)).toBe(text);
  });

  it('is idempotent: a redacted text redacts to itself', () => {
    const text = 'password: Abc123!, verification code 123456, card 4111111111111111, API key = abcd1234efgh5678, SSN 078-05-1120';
    const once = redactSensitive(text);
    expect(once).not.toContain('4111');
    expect(redactSensitive(once)).toBe(once);
  });

  it('reports spans in text order without overlaps', () => {
    const spans = findSensitiveSpans('PIN 4821 and card 4111 1111 1111 1111');
    expect(spans.map((span) => span.kind)).toEqual(['one-time-code', 'card-number']);
    expect(spans[0]!.end).toBeLessThanOrEqual(spans[1]!.start);
  });
});

describe('passesIbanCheck', () => {
  it.each([
    ['DE89 3704 0044 0532 0130 00', true],
    ['GB82WEST12345698765432', true],
    ['DE88 3704 0044 0532 0130 00', false],
  ])('%s → %s', (iban, expected) => {
    expect(passesIbanCheck(iban)).toBe(expected);
  });
});

describe('passesLuhn', () => {
  it.each([
    ['4111111111111111', true],
    ['79927398713', true],
    ['4111111111111112', false],
    ['1234567812345678', false],
  ])('%s → %s', (digits, expected) => {
    expect(passesLuhn(digits)).toBe(expected);
  });
});
