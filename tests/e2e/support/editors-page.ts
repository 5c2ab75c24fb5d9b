import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { runPageEditorOperation } from '@/lib/editor-bridge/drivers';
import type { readEditorText } from '@/lib/editor-bridge/editor-text';
import { FIXTURE_EDITORS, bundleFile, fixtureEditorBundle, type FixtureEditor } from '../../fixtures/editors/editor-bundles';
import { HELPDESK_CSP, type FixtureResponse } from './helpdesk-routes';
import { REPO_ROOT } from './repo-paths';

/**
 * The fixture editors page (tests/fixtures/editors/editors.html) with the page-world drivers
 * bundled in as `window.__lfDrivers` (page-drivers.ts), served at EDITORS_ORIGIN by Playwright
 * (Chromium) and Puppeteer (Firefox) alike. The extension is not involved.
 */
export const EDITORS_ORIGIN = 'https://editors.test';
export const EDITORS_PAGE = `${EDITORS_ORIGIN}/editors.html`;

declare global {
  interface Window {
    __lfDrivers: { runPageEditorOperation: typeof runPageEditorOperation; readEditorText: typeof readEditorText };
  }
}

let drivers: Promise<string> | undefined;

export async function editorsPageResponse(url: URL): Promise<FixtureResponse> {
  const js = (body: string): FixtureResponse => ({ status: 200, contentType: 'text/javascript; charset=utf-8', body });
  if (url.origin !== EDITORS_ORIGIN) return { status: 404, contentType: 'text/plain', body: 'not a fixture' };
  if (url.pathname === '/editors.html') {
    const body = await readFile(path.join(REPO_ROOT, 'tests/fixtures/editors/editors.html'), 'utf8');
    return { status: 200, contentType: 'text/html; charset=utf-8', headers: { 'Content-Security-Policy': HELPDESK_CSP }, body };
  }
  if (url.pathname === '/page-drivers.js') return js(await (drivers ??= bundleFile(path.join(REPO_ROOT, 'tests/e2e/support/page-drivers.ts'), '__lfDrivers')));
  const editor = /^\/vendor\/editors\/(\w+)\.js$/.exec(url.pathname)?.[1];
  if (editor && editor in FIXTURE_EDITORS) return js(await fixtureEditorBundle(editor as FixtureEditor));
  return { status: 404, contentType: 'text/plain', body: 'no such fixture file' };
}
