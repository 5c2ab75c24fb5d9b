import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { REPO_ROOT } from './repo-paths';

/** Where `wxt build` writes the Chrome MV3 build that the browser loads unpacked. */
export const CHROME_BUILD_DIR = path.join(REPO_ROOT, '.output', 'chrome-mv3');

export interface LaunchOptions {
  /** Load the built extension (default true). Fixture-only tests pass false. */
  withExtension?: boolean;
  /** Default: headless unless a display is available and we are not on CI. */
  headless?: boolean;
  /** Reuse a profile, e.g. to relaunch and check what survived a browser restart. Kept on close. */
  userDataDir?: string;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  /** The extension's id (from its service worker URL); undefined without the extension. */
  extensionId?: string;
  /** The profile directory in use; pass it to a second launch to reopen the same profile. */
  userDataDir: string;
  /** Closes the browser and removes the profile if this launch created it. */
  close(): Promise<void>;
}

const SERVICE_WORKER_TIMEOUT_MS = 15_000;

export function defaultHeadless(): boolean {
  return !process.env.DISPLAY || Boolean(process.env.CI);
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const { withExtension = true, headless = defaultHeadless() } = options;
  if (withExtension) await assertExtensionBuilt();

  const ownsProfile = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? (await mkdtemp(path.join(tmpdir(), 'listen-first-profile-')));
  const removeOwnProfile = async () => {
    // Chromium may still be writing to the profile while it exits (ENOTEMPTY); retry, and never
    // fail a run over a leftover temp directory.
    if (ownsProfile) await rm(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }).catch(() => undefined);
  };

  const args = [
    // The Chromium sandbox cannot start as root, which is how these machines and CI run.
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  // Playwright's own `headless` uses the old headless shell; extensions need the new one.
  if (headless) args.unshift('--headless=new');
  if (withExtension) {
    // Without the -except flag Playwright adds --disable-extensions.
    args.push(`--disable-extensions-except=${CHROME_BUILD_DIR}`, `--load-extension=${CHROME_BUILD_DIR}`);
  }

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: false, // headless mode is chosen by the --headless=new flag above
      args,
      viewport: { width: 1440, height: 900 },
    });
  } catch (error) {
    await removeOwnProfile();
    throw error;
  }

  const close = async () => {
    await context.close().catch(() => undefined);
    await removeOwnProfile();
  };

  if (!withExtension) return { context, userDataDir, close };

  try {
    const extensionId = await waitForExtensionId(context);
    return { context, extensionId, userDataDir, close };
  } catch (error) {
    await close();
    throw error;
  }
}

async function assertExtensionBuilt(): Promise<void> {
  const manifest = path.join(CHROME_BUILD_DIR, 'manifest.json');
  const built = await stat(manifest).then(
    (s) => s.isFile(),
    () => false,
  );
  if (!built) {
    throw new Error(`No built extension at ${CHROME_BUILD_DIR}: run \`npx wxt build\` first (npm test and npm run demo do).`);
  }
}

async function waitForExtensionId(context: BrowserContext): Promise<string> {
  const isOurs = (url: string) => url.startsWith('chrome-extension://');
  let worker = context.serviceWorkers().find((w) => isOurs(w.url()));
  if (!worker) {
    worker = await context
      .waitForEvent('serviceworker', { predicate: (w) => isOurs(w.url()), timeout: SERVICE_WORKER_TIMEOUT_MS })
      .catch(() => undefined);
  }
  if (!worker) {
    // Chromium reports why it refused an extension only on its stderr (e.g. a content script with a
    // raw U+FFFF "isn't UTF-8 encoded"); from here it just looks like a missing worker.
    throw new Error(
      `The extension's service worker did not start within ${SERVICE_WORKER_TIMEOUT_MS / 1000} s; ` +
        `Chromium may have refused to load ${CHROME_BUILD_DIR} (run with DEBUG=pw:browser to see its stderr).`,
    );
  }
  const id = new URL(worker.url()).host;
  return id;
}
