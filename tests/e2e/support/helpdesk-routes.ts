import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import {
  FIXTURES_DIR,
  FRESHDESK_TICKET_IDS,
  ZENDESK_TICKET_IDS,
  freshdeskPageHtml,
  zendeskPageHtml,
  type ZendeskPage,
} from '../../fixtures/fixture-pages';
import { REPO_ROOT } from './repo-paths';

export { FRESHDESK_TICKET_IDS, ZENDESK_TICKET_IDS, type ZendeskPage };

/**
 * Serves the fixture helpdesk pages at the real helpdesks' URLs, so the extension's production
 * match patterns apply and nothing reaches the network:
 *   https://SUB.zendesk.com/agent/tickets/1201|1202        Agent Workspace (both tickets mounted)
 *   https://SUB.freshdesk.com/a/tickets/301|302            Freshdesk ticket view
 *   https://SUB.freshdesk.com/helpdesk/tickets/301|302     the same, legacy path
 *   https://SUB.<helpdesk>.com/__fixture__/...             fixture JS/CSS and the vendored editors
 * Anything else (other paths, other hosts) gets a 404 and is recorded in `unmatchedRequests`.
 */

export interface HelpdeskRouteOptions {
  /** Helpdesks on teams' own domains, e.g. { 'https://support.example.test': 'zendesk' }: served like the hosted ones. */
  customOrigins?: Record<string, 'zendesk' | 'freshdesk'>;
  /** Default 'agent-workspace'. A single URL can also ask with `?lf-fixture=unknown-layout`. */
  zendeskPage?: ZendeskPage;
}

export interface HelpdeskRoutes {
  /** Requests that matched no fixture (404), for tests that assert nothing strayed. */
  readonly unmatchedRequests: string[];
  /** Switch the page later ticket loads get, e.g. before a reload. */
  setZendeskPage(page: ZendeskPage): void;
}

/** The query parameter that picks a fixture page for one URL. */
export const FIXTURE_PAGE_PARAM = 'lf-fixture';

/**
 * Shaped like the helpdesks' own policies where it matters to us: no inline script may run
 * (Freshdesk's real CSP blocks it), so the extension must not depend on inline scripts either.
 * Styles may be inline: both editors position their UI with style attributes.
 */
export const HELPDESK_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const STATIC_PREFIX = '/__fixture__/';
/** Vendored editor builds are read straight from node_modules; nothing is copied into the repo. */
const VENDOR_DIRS: Record<string, string> = {
  'vendor/ckeditor5/': path.join(REPO_ROOT, 'node_modules', 'ckeditor5', 'dist', 'browser'),
  'vendor/froala/': path.join(REPO_ROOT, 'node_modules', 'froala-editor'),
  'vendor/squire/': path.join(REPO_ROOT, 'node_modules', 'squire-rte', 'build'),
};
const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const ZENDESK_TICKET_PATH = /^\/agent\/tickets\/(\d+)\/?$/;
const FRESHDESK_TICKET_PATH = /^\/(?:a|helpdesk)\/tickets\/(\d+)\/?$/;

/** What the fixture router answers for one request, whatever drives the browser. */
export interface FixtureResponse {
  status: number;
  contentType: string;
  headers?: Record<string, string>;
  body: string | Buffer;
}

/**
 * The fixture helpdesks as a function of the URL: a page, a fixture file, or a 404 (recorded in
 * `unmatchedRequests`). Playwright (routeHelpdesks) and Puppeteer (tests/firefox) both serve it.
 */
export function fixtureServer(options: HelpdeskRouteOptions = {}): HelpdeskRoutes & { respond(url: URL): Promise<FixtureResponse> } {
  let zendeskPage: ZendeskPage = options.zendeskPage ?? 'agent-workspace';
  const unmatchedRequests: string[] = [];

  const notFound = (url: string, why: string): FixtureResponse => {
    unmatchedRequests.push(url);
    return { status: 404, contentType: 'text/plain; charset=utf-8', body: `Not found (test fixture router): ${why}\n` };
  };

  const respond = async (url: URL): Promise<FixtureResponse> => {
    const helpdesk = helpdeskOf(url.hostname) ?? options.customOrigins?.[url.origin];
    if (!helpdesk) return notFound(url.href, `${url.hostname} is not a helpdesk host`);

    if (url.pathname.startsWith(STATIC_PREFIX)) {
      const file = await readStatic(url.pathname.slice(STATIC_PREFIX.length));
      if (!file) return notFound(url.href, `no fixture file ${url.pathname}`);
      return { status: 200, contentType: file.contentType, body: file.body };
    }

    if (helpdesk === 'zendesk') {
      const ticketId = ZENDESK_TICKET_PATH.exec(url.pathname)?.[1];
      const page = (url.searchParams.get(FIXTURE_PAGE_PARAM) as ZendeskPage | null) ?? zendeskPage;
      // The unknown layout is served for any ticket id: it models a page nothing can be read from.
      if (ticketId && page === 'unknown-layout') return htmlPage(zendeskPageHtml('1201', 'unknown-layout'));
      if (ticketId && isOneOf(ticketId, ZENDESK_TICKET_IDS)) return htmlPage(zendeskPageHtml(ticketId, page));
      return notFound(url.href, `no Zendesk fixture for ${url.pathname} (tickets: ${ZENDESK_TICKET_IDS.join(', ')})`);
    }

    const ticketId = FRESHDESK_TICKET_PATH.exec(url.pathname)?.[1];
    if (ticketId && isOneOf(ticketId, FRESHDESK_TICKET_IDS)) return htmlPage(freshdeskPageHtml(ticketId));
    return notFound(url.href, `no Freshdesk fixture for ${url.pathname} (tickets: ${FRESHDESK_TICKET_IDS.join(', ')})`);
  };

  return {
    unmatchedRequests,
    setZendeskPage(page) {
      zendeskPage = page;
    },
    respond,
  };
}

export async function routeHelpdesks(context: BrowserContext, options: HelpdeskRouteOptions = {}): Promise<HelpdeskRoutes> {
  const server = fixtureServer(options);
  // One handler for every request: helpdesk hosts get fixtures, everything else a 404.
  await context.route(() => true, async (route) => {
    const url = new URL(route.request().url());
    // The extension's own files (its content script fetches its CSS) are not the network.
    if (url.protocol === 'chrome-extension:') return route.continue();
    return route.fulfill(await server.respond(url));
  });
  return server;
}

function helpdeskOf(hostname: string): 'zendesk' | 'freshdesk' | undefined {
  if (hostname.endsWith('.zendesk.com')) return 'zendesk';
  if (hostname.endsWith('.freshdesk.com')) return 'freshdesk';
  return undefined;
}

function isOneOf<T extends string>(value: string, allowed: readonly T[]): value is T {
  return (allowed as readonly string[]).includes(value);
}

function htmlPage(body: string): FixtureResponse {
  return { status: 200, contentType: 'text/html; charset=utf-8', headers: { 'Content-Security-Policy': HELPDESK_CSP }, body };
}

/** A file under /__fixture__/: a vendored editor file, or anything under tests/fixtures. */
async function readStatic(relativePath: string): Promise<{ body: Buffer; contentType: string } | undefined> {
  const vendorPrefix = Object.keys(VENDOR_DIRS).find((prefix) => relativePath.startsWith(prefix));
  const root = vendorPrefix ? VENDOR_DIRS[vendorPrefix]! : FIXTURES_DIR;
  const filePath = path.resolve(root, vendorPrefix ? relativePath.slice(vendorPrefix.length) : relativePath);
  const contentType = CONTENT_TYPES[path.extname(filePath)];
  // Only files inside the root, and only the kinds a page loads as subresources.
  if (!filePath.startsWith(root + path.sep) || !contentType) return undefined;
  const body = await readFile(filePath).catch(() => undefined);
  return body && { body, contentType };
}
