/**
 * A helpdesk on a team's own domain (`https://support.example.com`): how an origin typed by a user
 * or listed by an administrator is checked, and the match pattern its permission and content
 * scripts use. No browser APIs here: the content script and the policy reader use it too.
 */
import { hostingHelpdesk } from '../adapters/registry';
import type { PlaybookHelpdesk } from './playbook-schema';
import { failure, type Failure, type Ok } from '../result';
import { isLocalHost, singleSiteProblem } from './single-site';

/** Where the agent's own origins are kept (storage.local), and the prefix of the scripts registered for every configured origin. */
export const HELPDESK_ORIGINS_KEY = 'helpdesk-origins';
export const ORIGIN_SCRIPT_PREFIX = 'lf-origin:';

export interface HelpdeskOrigin {
  /** `https://support.example.com` (scheme and host, a port if any; no path). */
  origin: string;
  helpdesk: PlaybookHelpdesk;
}

export type OriginCheck = Ok<{ origin: string }> | Failure<'invalid'>;

export function checkHelpdeskOrigin(input: string): OriginCheck {
  const trimmed = input.trim();
  if (!trimmed) return failure('invalid', 'expected an address like https://support.example.com, got nothing');
  let url: URL;
  try {
    url = new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`);
  } catch {
    return failure('invalid', `expected an address like https://support.example.com, got "${trimmed.slice(0, 80)}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return failure('invalid', `expected an http or https address, got a ${url.protocol.replace(':', '')} address`);
  }
  if (url.username || url.password) return failure('invalid', 'an address with a user name or password in it is not accepted');
  if (!url.hostname.includes('.') && !isLocalHost(url.hostname)) {
    return failure('invalid', `expected a full host name like support.example.com, got "${url.hostname}"`);
  }
  // The helpdesks' own domains already run it (or do once turned on): as custom origins it would run twice.
  if (hostingHelpdesk(url.hostname)) {
    return failure('invalid', `${url.hostname} is already supported; no need to add it`);
  }
  const problem = singleSiteProblem(url);
  if (problem) return failure('invalid', problem);
  return { ok: true, origin: url.origin };
}

/** Match patterns carry no port (`http://localhost/*` matches every port), so one pattern per scheme and host. */
export function originMatchPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}
