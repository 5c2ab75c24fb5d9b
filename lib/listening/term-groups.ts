/**
 * Words customers and agents use for the same thing. A reply that uses one member of a group
 * where the customer used another renames what the customer named (Use their words).
 * A member is `spelling|other spelling`; an ALL-CAPS word only matches in capitals in a reply.
 * Groups are only for names that really are interchangeable; a near miss costs trust.
 */
import type { InflectAs } from './inflections';

export interface TermGroup {
  members: readonly string[];
  inflectAs: InflectAs;
  /** By member name: words right before it that make it another word ("we'll *bill* you"). */
  benignBefore?: Readonly<Record<string, readonly string[]>>;
  /** By member name: words right after it that make it another thing ("*hang* on", "*profile* picture"). */
  benignAfter?: Readonly<Record<string, readonly string[]>>;
}

export const TERM_GROUPS: readonly TermGroup[] = [
  {
    members: [
      'license key|licence key', 'serial number', 'product key', 'activation code', 'activation key',
      'registration code|registration key', 'license code|licence code',
    ],
    inflectAs: 'noun',
  },
  {
    members: ['crash', 'freeze|froze|frozen', 'hang|hung', 'lock up', 'stop responding'],
    inflectAs: 'verb',
    benignAfter: { hang: ['on', 'tight', 'in', 'out', 'around', 'onto', 'there', 'up'], freeze: ['your', 'the', 'my', 'our'], crash: ['course'] },
  },
  { members: ['pointer', 'cursor'], inflectAs: 'noun' },
  { members: ['password', 'passcode', 'PIN', 'passphrase'], inflectAs: 'noun' },
  {
    // Not "profile": a work or personal profile is often a part of the account (seen in public replies).
    members: ['account', 'workspace'],
    inflectAs: 'noun',
    benignAfter: {
      account: ['settings', 'page', 'owner', 'admin', 'manager'],
      workspace: ['settings', 'page', 'owner', 'admin'],
    },
  },
  { members: ['subscription', 'membership'], inflectAs: 'noun' },
  {
    members: ['folder', 'directory'],
    inflectAs: 'noun',
    benignBefore: { directory: ['company', 'staff', 'employee', 'user', 'active', 'phone'] },
  },
  {
    members: [
      'verification code', 'security code', 'one-time code|one-time password', 'OTP', 'authentication code', 'login code',
    ],
    inflectAs: 'noun',
  },
  {
    members: [
      'two-factor authentication|2FA', 'two-step verification|2-step verification', 'MFA|multi-factor authentication',
    ],
    inflectAs: 'noun',
  },
  { members: ['dark mode', 'night mode', 'dark theme'], inflectAs: 'noun' },
  { members: ['popup', 'dialog|dialogue|dialog box', 'modal'], inflectAs: 'noun' },
  { members: ['username|user name', 'user id', 'login name', 'login id'], inflectAs: 'noun' },
  { members: ['coupon', 'promo code|promotional code', 'discount code', 'voucher'], inflectAs: 'noun' },
  {
    members: ['order number|order id', 'confirmation number', 'reference number'],
    inflectAs: 'noun',
  },
  {
    members: ['plugin|plug-in', 'add-on|addon', 'extension'],
    inflectAs: 'noun',
    // …and a building's ("our single-storey rear extension", set 162 A-06: a hyphen splits words, so "storey"
    // reads it), hair's or a visa's.
    benignBefore: {
      extension: ['deadline', 'phone', 'trial', 'file', 'time', 'rear', 'side', 'storey', 'kitchen', 'loft', 'garage', 'house', 'hair', 'lash', 'visa', 'warranty', 'lease', 'loan'],
    },
    benignAfter: { extension: ['of', 'number'] },
  },
];
