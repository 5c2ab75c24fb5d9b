import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { copyExtension, launchExtensionCopy, openOptionsPage, type ExtensionCopy, type LaunchedCopy } from './support/extension-copy';
import { readLocalItem } from './support/extension-storage';

// Subscribing to a team playbook served over HTTP on loopback, in real Chromium: the options page
// subscribes, the background refreshes on its alarm, and a failing URL keeps the last good copy.
// The copy grants http://127.0.0.1 at install: Chromium's permission prompt can't be answered
// from automation, and with the host granted `permissions.request` resolves as after "Allow".

type Handler = (request: IncomingMessage, response: ServerResponse) => void;
let handler: Handler = (_request, response) => response.writeHead(404).end();
const requests: string[] = [];
let server: Server;
let url: string;
let copy: ExtensionCopy;
let browser: LaunchedCopy;
let page: Page;

const playbook = (name: string, label: string) => ({
  version: 1,
  name,
  checklists: [{ id: 'team', name: 'Team checklist', items: [{ id: 'team-item', stage: 'listen', label }] }],
});
const serve = (body: unknown): Handler => (_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/support/playbook.json`;
  copy = await copyExtension({ grantHosts: ['http://127.0.0.1/*'] });
  browser = await launchExtensionCopy(copy);
  page = await openOptionsPage(browser.context, copy.extensionId);
});
afterAll(async () => {
  await browser?.close();
  await copy?.remove();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

const current = () => page.getByTestId('lf-playbook-current').textContent();
/** Downloads and storage round trips: give them longer than expect.poll's default second. */
const settle = { timeout: 10_000 };

describe('a subscribed playbook', () => {
  it('refuses an address that serves no playbook, and subscribes to nothing', async () => {
    handler = (_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Sign in</title>');
    await page.getByTestId('lf-subscription-url').fill(url);
    await page.getByTestId('lf-subscribe').click();
    await expect.poll(() => page.getByTestId('lf-subscription-problems').textContent(), settle).toContain('the file is not JSON');
    expect(await current()).toBe('ListenFirst default');
    expect(await readLocalItem(browser.worker, 'playbook-subscription')).toBeUndefined();
  });

  it('subscribes on a click: downloads, shows the source and when it was updated, and locks the editor', async () => {
    handler = serve(playbook('Intranet playbook', 'Read the whole thread (intranet)'));
    await page.getByTestId('lf-subscription-url').fill(url);
    await page.getByTestId('lf-subscribe').click();
    await expect.poll(() => page.getByTestId('lf-subscription-status').textContent(), settle).toContain('Subscribed to "Intranet playbook"');
    await expect.poll(current, settle).toBe('Intranet playbook');
    expect(await page.getByTestId('lf-subscription-source').textContent()).toBe(`From ${url}`);
    expect(await page.getByTestId('lf-subscription-updated').textContent()).toMatch(/^Last updated .+\. Checked every 60 minutes\.$/);
    expect(await page.getByTestId('lf-playbook-source').textContent()).toContain(`From ${url}, last updated`);
    expect(await page.getByTestId('lf-item-label').first().isDisabled()).toBe(true);
    expect(await page.getByTestId('lf-import-file').isDisabled()).toBe(true);
    expect(requests.at(-1)).toBe('GET /support/playbook.json');
  });

  it('is refreshed by the background on its schedule', async () => {
    const alarm = await browser.worker.evaluate(() =>
      (globalThis as unknown as { chrome: { alarms: { get(name: string): Promise<{ periodInMinutes?: number } | undefined> } } }).chrome.alarms.get('playbook-subscription-refresh'),
    );
    expect(alarm?.periodInMinutes).toBe(60);
    handler = serve(playbook('Intranet playbook v2', 'Read the whole thread (v2)'));
    // The same alarm, due now: what happens when the hour is up.
    await browser.worker.evaluate(() =>
      (globalThis as unknown as { chrome: { alarms: { create(name: string, info: object): Promise<void> } } }).chrome.alarms.create('playbook-subscription-refresh', {
        when: Date.now() + 200,
        periodInMinutes: 60,
      }),
    );
    await expect.poll(current, { timeout: 15_000 }).toBe('Intranet playbook v2');
  });

  it('keeps the last good copy when the URL fails, and says why', async () => {
    handler = (_request, response) => response.writeHead(503, 'Service Unavailable').end();
    await page.getByTestId('lf-subscription-refresh').click();
    await expect.poll(() => page.getByTestId('lf-subscription-problems').textContent(), settle).toContain('the server answered 503 Service Unavailable');
    await expect.poll(() => page.getByTestId('lf-subscription-failure').textContent(), settle).toContain('stays in use');
    expect(await current()).toBe('Intranet playbook v2');
  });

  it('keeps the last good copy when the URL serves a bad document, naming the problem by path', async () => {
    handler = serve({ ...playbook('Half-edited', 'x'), checklists: [{ id: 'team', name: 'Team', items: [{ id: 'team-item', label: '' }] }] });
    await page.getByTestId('lf-subscription-refresh').click();
    await expect.poll(() => page.getByTestId('lf-subscription-failure').textContent(), settle).toContain('checklists[0].items[0].label: expected text, got blank text');
    expect(await current()).toBe('Intranet playbook v2');
  });

  it('takes a good copy again once the URL recovers, then unsubscribes back to the built-in playbook', async () => {
    handler = serve(playbook('Intranet playbook v3', 'Read the whole thread (v3)'));
    await page.getByTestId('lf-subscription-refresh').click();
    await expect.poll(current, settle).toBe('Intranet playbook v3');
    expect(await page.getByTestId('lf-subscription-failure').count()).toBe(0);
    await page.getByTestId('lf-unsubscribe').click();
    await expect.poll(current, settle).toBe('ListenFirst default');
    await expect
      .poll(() => browser.worker.evaluate(() => (globalThis as unknown as { chrome: { alarms: { get(name: string): Promise<unknown> } } }).chrome.alarms.get('playbook-subscription-refresh')))
      .toBeUndefined();
  });
});
