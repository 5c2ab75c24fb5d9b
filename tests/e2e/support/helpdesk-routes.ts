import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { hostingHelpdesk, helpdeskDefinition, type HelpdeskDefinition, type HelpdeskId } from '../../../lib/adapters/registry';
import { FIXTURE_PAGES, FIXTURE_TICKET_IDS, FIXTURES_DIR, FRESHDESK_TICKET_IDS, ZENDESK_TICKET_IDS, type ZendeskPage } from '../../fixtures/fixture-pages';
import { FIXTURE_EDITORS, fixtureEditorBundle, type FixtureEditor } from '../../fixtures/editors/editor-bundles';
import { REPO_ROOT } from './repo-paths';

export { FRESHDESK_TICKET_IDS, ZENDESK_TICKET_IDS, type ZendeskPage };

/**
 * Serves the fixture helpdesk pages at the real helpdesks' URLs, so the extension's production
 * match patterns apply and nothing reaches the network. The hosts and ticket paths are the
 * registry's (lib/adapters/registry.ts), the pages FIXTURE_PAGES' (tests/fixtures/fixture-pages.ts):
 *   https://SUB.zendesk.com/agent/tickets/1201|1202        Agent Workspace (both tickets mounted)
 *   https://SUB.freshdesk.com/a/tickets/301|302            Freshdesk ticket view
 *   https://SUB.freshdesk.com/helpdesk/tickets/301|302     the same, legacy path
 *   https://<any helpdesk host>/__fixture__/...            fixture JS/CSS and the vendored editors
 *   https://<any helpdesk host>/__fixture__/vendor/editors/prosemirror.js|slate.js   the fixture
 *                                                          editors, bundled on first request
 * Anything else (other paths, other hosts) gets a 404 and is recorded in `unmatchedRequests`.
 */

export interface HelpdeskRouteOptions {
  /** Helpdesks on teams' own domains, e.g. { 'https://support.example.test': 'zendesk' }: served like the hosted ones. */
  customOrigins?: Record<string, HelpdeskId>;
  /** Default 'agent-workspace'. A single URL can also ask with `?lf-fixture=unknown-layout` (any helpdesk's variant). */
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
    const custom = options.customOrigins?.[url.origin];
    const row: HelpdeskDefinition | null = hostingHelpdesk(url.hostname) ?? (custom ? helpdeskDefinition(custom) : null);
    if (!row) return notFound(url.href, `${url.hostname} is not a helpdesk host`);

    if (url.pathname.startsWith(STATIC_PREFIX)) {
      const file = await readStatic(url.pathname.slice(STATIC_PREFIX.length));
      if (!file) return notFound(url.href, `no fixture file ${url.pathname}`);
      return { status: 200, contentType: file.contentType, body: file.body };
    }

    const id = row.id as HelpdeskId;
    // An app routed by the URL's hash (Zammad) is requested at its root: its page reads the hash.
    const ticketId = row.ticketFromUrl(url)?.ticketId ?? (url.pathname === '/' ? '' : undefined);
    const variant = url.searchParams.get(FIXTURE_PAGE_PARAM) ?? (id === 'zendesk' ? zendeskPage : null);
    const html = ticketId !== undefined ? FIXTURE_PAGES[id](ticketId, variant) : null;
    if (html) return htmlPage(html);
    return notFound(url.href, `no ${row.label} fixture for ${url.pathname} (tickets: ${FIXTURE_TICKET_IDS[id].join(', ')})`);
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

function htmlPage(body: string): FixtureResponse {
  return { status: 200, contentType: 'text/html; charset=utf-8', headers: { 'Content-Security-Policy': HELPDESK_CSP }, body };
}

const EDITOR_BUNDLE_PATH = /^vendor\/editors\/(\w+)\.js$/;

/** A file under /__fixture__/: a vendored or bundled editor, or anything under tests/fixtures. */
async function readStatic(relativePath: string): Promise<{ body: Buffer | string; contentType: string } | undefined> {
  const editor = EDITOR_BUNDLE_PATH.exec(relativePath)?.[1];
  if (editor && editor in FIXTURE_EDITORS) return { body: await fixtureEditorBundle(editor as FixtureEditor), contentType: CONTENT_TYPES['.js']! };
  const vendorPrefix = Object.keys(VENDOR_DIRS).find((prefix) => relativePath.startsWith(prefix));
  const root = vendorPrefix ? VENDOR_DIRS[vendorPrefix]! : FIXTURES_DIR;
  const filePath = path.resolve(root, vendorPrefix ? relativePath.slice(vendorPrefix.length) : relativePath);
  const contentType = CONTENT_TYPES[path.extname(filePath)];
  // Only files inside the root, and only the kinds a page loads as subresources.
  if (!filePath.startsWith(root + path.sep) || !contentType) return undefined;
  const body = await readFile(filePath).catch(() => undefined);
  return body && { body, contentType };
}
