import { generateKeyPairSync } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { extensionIdFromKey } from '../../../lib/playbooks/extension-key';
import { CHROME_BUILD_DIR, defaultHeadless } from './browser';

/**
 * A copy of the built extension with two test-only changes to its manifest, for what a browser
 * won't let automation do:
 * - `grantHosts`: origins moved from "asked for on a click" to "granted at install". Headless
 *   Chromium's permission prompt can't be answered from Playwright, so `permissions.request` for
 *   these resolves at once, as it does after an agent clicks Allow. The code path is the same.
 * - `testKey`: a fresh key pair, so the copy has its own extension id. A policy file under
 *   /etc/chromium/policies applies to every Chromium on the machine; aimed at this id, it cannot
 *   change what other test runs see.
 */
export interface ExtensionCopy {
  dir: string;
  extensionId: string;
  remove(): Promise<void>;
}

export async function copyExtension(options: { grantHosts?: string[]; testKey?: boolean } = {}): Promise<ExtensionCopy> {
  const dir = await mkdtemp(path.join(tmpdir(), 'listen-first-extension-'));
  await cp(CHROME_BUILD_DIR, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { key: string; host_permissions: string[] };
  if (options.grantHosts) manifest.host_permissions = [...manifest.host_permissions, ...options.grantHosts];
  if (options.testKey) {
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    manifest.key = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  }
  await writeFile(manifestPath, JSON.stringify(manifest));
  return {
    dir,
    extensionId: await extensionIdFromKey(manifest.key),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

export interface LaunchedCopy {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/** Like launchBrowser(), for an extension copy: a fresh profile, removed on close. */
export async function launchExtensionCopy(copy: ExtensionCopy): Promise<LaunchedCopy> {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'listen-first-profile-'));
  const args = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  if (defaultHeadless()) args.unshift('--headless=new');
  args.push(`--disable-extensions-except=${copy.dir}`, `--load-extension=${copy.dir}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: false,
    args,
    viewport: { width: 1280, height: 900 },
  });
  const close = async () => {
    await context.close().catch(() => undefined);
    await rm(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }).catch(() => undefined);
  };
  const prefix = `chrome-extension://${copy.extensionId}/`;
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith(prefix)) ??
    (await context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(prefix), timeout: 15_000 }).catch(async (error) => {
      await close();
      throw error;
    }));
  return { context, worker, extensionId: copy.extensionId, close };
}

/** Opens the options page and waits until it has loaded its state. */
export async function openOptionsPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByTestId('lf-playbook-editor').waitFor();
  return page;
}
