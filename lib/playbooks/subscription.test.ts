// @vitest-environment node
// A real HTTP server on loopback: the download code meets real sockets, status lines, chunked
// bodies and a server that never answers, with short timeouts so the file stays quick.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildSettingsSnapshot } from './settings-snapshot';
import type { Playbook } from './playbook-schema';
import { checkSubscriptionUrl, downloadPlaybook, loadSubscription, refreshSubscription, subscribe, unsubscribe } from './subscription';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;
const routes = new Map<string, Handler>();
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const handler = routes.get(request.url ?? '');
    if (handler) handler(request, response);
    else response.writeHead(404, 'Not Found').end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  fakeBrowser.reset();
  routes.clear();
});

function playbook(name: string): Playbook {
  return { version: 1, name, checklists: [{ id: 'main', name: 'Main', items: [{ id: 'item', label: `${name} item` }] }] };
}
const serveJson = (body: unknown): Handler => (_request, response) =>
  response.writeHead(200, { 'content-type': 'application/json' }).end(typeof body === 'string' ? body : JSON.stringify(body));
const fast = { timeoutMs: 500 };
let clock = 1_000;
const now = () => ++clock;

describe('subscribing to a playbook URL', () => {
  it('downloads, checks and keeps the playbook, and the sidebar gets it', async () => {
    routes.set('/team/playbook.json', serveJson(playbook('Intranet')));
    const result = await subscribe(`${base}/team/playbook.json`, { ...fast, now });
    expect(result.ok).toBe(true);
    const record = await loadSubscription();
    expect(record).toMatchObject({ url: `${base}/team/playbook.json`, lastGood: { playbook: playbook('Intranet') }, lastAttempt: { problems: [] } });
    expect((await buildSettingsSnapshot()).playbook).toMatchObject({ name: 'Intranet', source: 'subscription' });
  });

  it('subscribes to nothing when the first download fails', async () => {
    const result = await subscribe(`${base}/missing.json`, fast);
    expect(result).toEqual({ ok: false, code: 'download', error: 'the server answered 404 Not Found', problems: ['the server answered 404 Not Found'] });
    expect(await loadSubscription()).toBeNull();
  });

  it('takes a new good copy on refresh, and records when', async () => {
    routes.set('/p.json', serveJson(playbook('First')));
    await subscribe(`${base}/p.json`, { ...fast, now });
    routes.set('/p.json', serveJson(playbook('Second')));
    const outcome = await refreshSubscription({ ...fast, now: () => 5_000_000 });
    expect(outcome).toMatchObject({ subscribed: true, ok: true });
    expect((await loadSubscription())?.lastGood).toEqual({ playbook: playbook('Second'), fetchedAt: 5_000_000 });
  });

  it.each<[string, Handler, string]>([
    ['answers 500', (_q, r) => r.writeHead(500, 'Internal Server Error').end('oops'), 'the server answered 500 Internal Server Error'],
    ['serves an HTML login page', (_q, r) => r.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Sign in</title>'), 'the file is not JSON'],
    ['serves an invalid playbook', serveJson({ ...playbook('Broken'), checklists: [{ id: 'main', name: 'Main', items: [{ id: 'x' }] }] }), 'checklists[0].items[0].label: expected text, got nothing'],
    ['serves a newer version', serveJson({ ...playbook('Future'), version: 2 }), 'this is a version 2 playbook'],
    ['serves Latin-1', (_q, r) => r.writeHead(200, { 'content-type': 'application/json' }).end(Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d])), 'not UTF-8 text'],
    ['serves a playbook as plain text', (_q, r) => r.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(JSON.stringify(playbook('Text'))), 'the file is not JSON: the server sent it as text/plain (expected application/json)'],
    ['serves a playbook as a script', (_q, r) => r.writeHead(200, { 'content-type': 'application/javascript' }).end(JSON.stringify(playbook('Script'))), 'sent it as application/javascript'],
    ['serves a playbook with no content type', (_q, r) => r.writeHead(200).end(JSON.stringify(playbook('Untyped'))), 'sent it as an unnamed type'],
    ['declares a huge body', (_q, r) => r.writeHead(200, { 'content-type': 'application/json', 'content-length': String(5 * 1024 * 1024) }).end(), 'larger than 256 KB'],
    [
      'streams an endless body',
      (_q, r) => {
        r.writeHead(200, { 'content-type': 'application/json' });
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        const timer = setInterval(() => r.write(chunk), 1);
        r.on('close', () => clearInterval(timer));
      },
      'larger than 256 KB',
    ],
    ['never answers', () => undefined, 'no answer from 127.0.0.1'],
  ])('keeps the last good copy when the URL %s, and says why', async (_what, handler, expected) => {
    routes.set('/p.json', serveJson(playbook('Good')));
    await subscribe(`${base}/p.json`, { ...fast, now });
    routes.set('/p.json', handler);
    const outcome = await refreshSubscription({ ...fast, now });
    expect(outcome.subscribed && outcome.ok).toBe(false);
    const record = await loadSubscription();
    expect(record?.lastGood.playbook).toEqual(playbook('Good'));
    expect(record?.lastAttempt.problems.join('\n')).toContain(expected);
    expect(record!.lastAttempt.at).toBeGreaterThan(record!.lastGood.fetchedAt);
    expect((await buildSettingsSnapshot()).playbook.name).toBe('Good');
  });

  it('keeps the last good copy when the server is gone', async () => {
    routes.set('/p.json', serveJson(playbook('Good')));
    const gone = createServer(serveJson(playbook('Elsewhere')));
    await new Promise<void>((resolve) => gone.listen(0, '127.0.0.1', resolve));
    const goneUrl = `http://127.0.0.1:${(gone.address() as AddressInfo).port}/p.json`;
    await subscribe(goneUrl, fast);
    await new Promise((resolve) => gone.close(resolve));
    const outcome = await refreshSubscription(fast);
    expect(outcome).toMatchObject({ subscribed: true, ok: false, problems: [expect.stringContaining('could not reach 127.0.0.1')] });
    expect((await loadSubscription())?.lastGood.playbook.name).toBe('Elsewhere');
  });

  it('follows a redirect within the same site', async () => {
    routes.set('/old.json', (_q, r) => r.writeHead(302, { location: '/new.json' }).end());
    routes.set('/new.json', serveJson(playbook('Moved')));
    expect((await downloadPlaybook(`${base}/old.json`, fast)).ok).toBe(true);
  });

  it('refuses a redirect to another site, and keeps the last good copy', async () => {
    const elsewhere = createServer(serveJson(playbook('Elsewhere')));
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    const elsewhereOrigin = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}`;
    try {
      routes.set('/p.json', serveJson(playbook('Good')));
      await subscribe(`${base}/p.json`, fast);
      routes.set('/p.json', (_q, r) => r.writeHead(302, { location: `${elsewhereOrigin}/p.json` }).end());
      const outcome = await refreshSubscription(fast);
      expect(outcome).toMatchObject({
        subscribed: true,
        ok: false,
        problems: [`the address redirected to another site (${elsewhereOrigin}); only redirects within ${base} are followed`],
      });
      expect((await loadSubscription())?.lastGood.playbook.name).toBe('Good');
    } finally {
      await new Promise((resolve) => elsewhere.close(resolve));
    }
  });

  it('refuses to download a plain http subscription an earlier version stored, and keeps its last good copy', async () => {
    const fetchImpl = vi.fn<typeof fetch>();
    await fakeBrowser.storage.local.set({
      'playbook-subscription': { url: 'http://intranet.example.com/p.json', since: 1, lastGood: { playbook: playbook('Good'), fetchedAt: 2 }, lastAttempt: { at: 2, problems: [] } },
    });
    const outcome = await refreshSubscription({ ...fast, fetchImpl });
    expect(outcome).toMatchObject({ subscribed: true, ok: false, problems: [expect.stringMatching(/^expected https for intranet\.example\.com/)] });
    expect(fetchImpl).not.toHaveBeenCalled();
    expect((await loadSubscription())?.lastGood.playbook.name).toBe('Good');
  });

  it('does not bring a subscription back that was cancelled during a refresh', async () => {
    routes.set('/p.json', serveJson(playbook('Good')));
    await subscribe(`${base}/p.json`, fast);
    routes.set('/p.json', (_q, r) => setTimeout(() => serveJson(playbook('Late'))(_q, r), 100));
    const refreshing = refreshSubscription(fast);
    await unsubscribe();
    expect(await refreshing).toEqual({ subscribed: false });
    expect(await loadSubscription()).toBeNull();
  });

  it('does nothing on refresh without a subscription', async () => {
    expect(await refreshSubscription(fast)).toEqual({ subscribed: false });
  });
});

describe('subscription addresses', () => {
  it.each([
    ['https://intranet.example.com/support/playbook.json#top', { ok: true, url: 'https://intranet.example.com/support/playbook.json', originPattern: 'https://intranet.example.com/*' }],
    ['http://127.0.0.1:8080/p.json', { ok: true, url: 'http://127.0.0.1:8080/p.json', originPattern: 'http://127.0.0.1/*' }],
    ['', { ok: false, code: 'invalid', error: 'expected the address of a playbook file, got nothing' }],
    ['intranet/playbook.json', { ok: false, code: 'invalid', error: expect.stringContaining('expected an address like https://') }],
    ['file:///home/me/playbook.json', { ok: false, code: 'invalid', error: 'expected an http or https address' }],
    ['https://me:secret@intranet.example.com/p.json', { ok: false, code: 'invalid', error: 'an address with a user name or password in it is not accepted' }],
    ['http://intranet.example.com/p.json', { ok: false, code: 'invalid', error: expect.stringMatching(/^expected https for intranet\.example\.com/) }],
    ['https://*.example.com/p.json', { ok: false, code: 'invalid', error: expect.stringMatching(/^a wildcard \(\*\)/) }],
    ['https://co.uk/p.json', { ok: false, code: 'invalid', error: expect.stringMatching(/^co\.uk is a public suffix/) }],
    ['http://localhost:8080/p.json', { ok: true, url: 'http://localhost:8080/p.json', originPattern: 'http://localhost/*' }],
  ])('checks %j', (input, expected) => {
    expect(checkSubscriptionUrl(input)).toEqual(expected);
  });
});
