/**
 * Where "Use ListenFirst on this page" is offered: web pages (http, https) that are neither a
 * helpdesk's own domain (the helpdesk's adapter runs there) nor a browser's extension store, where
 * browsers refuse extensions' scripts and ListenFirst must never try. The browser's own pages
 * (chrome://, about:, the new tab page, file:) are not web pages. Pure: the popup and the
 * background both ask.
 */
import { hostingHelpdesk } from '../adapters/registry';
import { failure, type Failure, type Ok } from '../result';

/** The extension stores of Chrome, Edge and Firefox, by host and path. */
const STORES: readonly { host: string; path: string }[] = [
  { host: 'chromewebstore.google.com', path: '/' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
  { host: 'addons.mozilla.org', path: '/' },
];

type NotOffered = 'not-a-web-page' | 'store' | 'helpdesk';
export type PageOffer = Ok<{ origin: string }> | Failure<NotOffered>;

const NOT_OFFERED: Record<NotOffered, string> = {
  'not-a-web-page': 'this is not a web page',
  store: "browsers don't let extensions run on their stores",
  helpdesk: 'ListenFirst already runs on this helpdesk by itself',
};
const notOffered = (code: NotOffered) => failure(code, NOT_OFFERED[code]);

export function pageOffer(address: string | undefined): PageOffer {
  if (!address || !URL.canParse(address)) return notOffered('not-a-web-page');
  const url = new URL(address);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return notOffered('not-a-web-page');
  const host = url.hostname.toLowerCase();
  if (STORES.some((store) => host === store.host && url.pathname.startsWith(store.path))) return notOffered('store');
  if (hostingHelpdesk(host)) return notOffered('helpdesk');
  return { ok: true, origin: url.origin };
}
