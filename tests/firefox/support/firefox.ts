import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { fixtureServer, type HelpdeskRouteOptions } from '../../e2e/support/helpdesk-routes';
import { REPO_ROOT } from '../../e2e/support/repo-paths';

/** Where `wxt build -b firefox` writes the build Firefox installs as a temporary add-on. */
export const FIREFOX_BUILD_DIR = path.join(REPO_ROOT, '.output', 'firefox-mv3');

/** Debian's Firefox ESR (apt-get install firefox-esr); FIREFOX_PATH points elsewhere. */
const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** A fixed internal UUID, so tests can open the extension's pages at a known moz-extension:// origin. */
const EXTENSION_UUID = '6a1d3c52-7f0e-4b8a-9c41-2e5d0f7b9a13';

export interface LaunchedFirefox {
  browser: Browser;
  /** moz-extension://<uuid>: the extension's pages live here. */
  extensionOrigin: string;
  /** A tab that gets the fixture helpdesks at their real URLs, opened at `url` once the fixture is ready. */
  openHelpdeskPage(url: string): Promise<Page>;
  /** One of the extension's own pages, e.g. 'options.html', once its document has loaded. */
  openExtensionPage(file: string): Promise<Page>;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  /** Written to distribution/policies.json beside a copy of the Firefox binary, read at startup. */
  policies?: object;
  routes?: HelpdeskRouteOptions;
  /** Hosts granted at install, as copyExtension's grantHosts does for Chromium (a copy of the build is installed). */
  grantHosts?: string[];
}

/** The gecko id the Firefox build declares (the id policies.json addresses). */
export async function firefoxExtensionId(): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(FIREFOX_BUILD_DIR, 'manifest.json'), 'utf8').catch(() => {
    throw new Error(`No Firefox build at ${FIREFOX_BUILD_DIR}: run \`npx wxt build -b firefox\` first (npm test does).`);
  }));
  return manifest.browser_specific_settings.gecko.id;
}

/**
 * A Firefox of its own for one test file: the installation's files linked into a temporary folder
 * with the binary copied (Firefox finds distribution/ beside its binary), so a policies.json
 * written there reaches this Firefox only; a fresh profile; the Firefox build as a temporary add-on.
 */
export async function launchFirefox(options: FirefoxOptions = {}): Promise<LaunchedFirefox> {
  const extensionId = await firefoxExtensionId();
  const installation = await linkedInstallation(options.policies);
  const extensionDir = options.grantHosts ? await buildCopyGranting(options.grantHosts) : null;
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: installation.binary,
      headless: true,
      // The size the Chromium tests use: the docked sidebar leaves the helpdesk room for its editor.
      defaultViewport: { width: 1440, height: 900 },
      // WebDriver BiDi refuses to navigate to moz-extension:// pages without it.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [extensionId]: EXTENSION_UUID }) },
    });
    await browser.installExtension(extensionDir ?? FIREFOX_BUILD_DIR);
  } catch (error) {
    await installation.remove();
    if (extensionDir) await rm(extensionDir, { recursive: true, force: true });
    throw error;
  }
  const server = fixtureServer(options.routes);
  const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;

  return {
    browser,
    extensionOrigin,
    async openHelpdeskPage(url) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const requestUrl = new URL(request.url());
        // The extension's own files (the sidebar's CSS) are not the network.
        if (requestUrl.protocol === 'moz-extension:') return void request.continue();
        // A request the page dropped meanwhile (it navigated or closed) is no longer there to answer.
        void server
          .respond(requestUrl)
          .then((response) => request.respond(response))
          .catch(() => undefined);
      });
      await page.goto(url);
      await pageSays(page, () => (window as { __lfFixture?: unknown }).__lfFixture !== undefined);
      await page.evaluate(() => (window as { __lfFixture?: { ready: Promise<void> } }).__lfFixture?.ready);
      return page;
    },
    async openExtensionPage(file) {
      const page = await browser.newPage();
      const url = `${extensionOrigin}/${file}`;
      // Firefox does not report load events for moz-extension:// documents over BiDi: wait for the document instead.
      void page.goto(url, { timeout: 0 }).catch(() => undefined);
      await documentLoaded(page, url);
      return page;
    },
    async close() {
      await browser.close().catch(() => undefined);
      await installation.remove();
      if (extensionDir) await rm(extensionDir, { recursive: true, force: true });
    },
  };
}

/**
 * Waits until `predicate(arg)` (`arg` a string: an address), run in the page, is true, asked afresh every 50 ms. Not `waitForFunction`:
 * puppeteer builds its predicate there with `Function()`, which the helpdesk pages' CSP (no 'unsafe-eval',
 * as real helpdesks send) blocks in Firefox ESR 140.12; an evaluation is the browser's own. An evaluation
 * that fails does not end the wait: while about:blank gives way to the extension's page, Firefox's BiDi can
 * fail one in the realm being torn down ("right-hand side of 'in' should be an object, got null").
 */
export async function pageSays(page: Page, predicate: (arg: string) => boolean, arg = '', timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      if (await page.evaluate(predicate, arg)) return;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the page did not come to say ${predicate.toString()} in ${timeoutMs} ms${lastError ? ` (last error: ${String(lastError)})` : ''}`);
}

/** Waits until `page` shows `url`, fully loaded. */
function documentLoaded(page: Page, url: string): Promise<void> {
  return pageSays(page, (expected) => location.href === expected && document.readyState === 'complete', url);
}

/** A copy of the Firefox build whose manifest lists `hosts` as host permissions (granted at install in MV3, Firefox 127+). */
async function buildCopyGranting(hosts: string[]): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'listen-first-firefox-build-'));
  await cp(FIREFOX_BUILD_DIR, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { host_permissions: string[] };
  manifest.host_permissions = [...manifest.host_permissions, ...hosts];
  await writeFile(manifestPath, JSON.stringify(manifest));
  return dir;
}

async function linkedInstallation(policies: object | undefined): Promise<{ binary: string; remove(): Promise<void> }> {
  const binary = await realpath(FIREFOX_PATH).catch(() => {
    throw new Error(`No Firefox at ${FIREFOX_PATH}: apt-get install firefox-esr (or set FIREFOX_PATH).`);
  });
  const source = path.dirname(binary);
  const dir = await mkdtemp(path.join(tmpdir(), 'listen-first-firefox-'));
  for (const name of await readdir(source)) {
    if (name === 'distribution') continue;
    const from = path.join(source, name);
    // The binary is copied, not linked: Firefox resolves its own path to find its folder.
    if (from === binary) await copyFile(from, path.join(dir, name));
    else await symlink(from, path.join(dir, name));
  }
  await mkdir(path.join(dir, 'distribution'));
  if (policies) await writeFile(path.join(dir, 'distribution', 'policies.json'), JSON.stringify({ policies }, null, 2));
  return {
    binary: path.join(dir, path.basename(binary)),
    remove: () => rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }),
  };
}

/** A selector inside the sidebar's open shadow root (Puppeteer's >>> pierces it). */
export const inSidebar = (selector: string) => `listen-first-sidebar >>> ${selector}`;
export const sidebarTestId = (testId: string) => inSidebar(`[data-testid="${testId}"]`);

/** Text of every element a selector matches, in order. */
export function textsOf(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (elements) => elements.map((element) => element.textContent ?? ''));
}
