import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../e2e/support/repo-paths';
import { liveArchive } from '../live/support/live-archive';

// The live tests' archive check: where the helpdesk's archive is, or why the live tests did not run
// (a skip on a developer's machine, a failure on CI).
describe('the live tests’ archive', () => {
  it('reads a relative path from the repository root, as CI passes it', () => {
    expect(liveArchive('LF_TEST_ARCHIVE', { LF_TEST_ARCHIVE: 'package.json' })).toEqual({ archive: path.join(REPO_ROOT, 'package.json') });
  });

  it('says plainly that the live tests did not run, and why, when the variable is unset', () => {
    expect(liveArchive('LF_TEST_ARCHIVE', {})).toEqual({ skipped: 'live tests did not run: LF_TEST_ARCHIVE is not set (the path of the helpdesk’s source archive)' });
  });

  it('names the path it could not find', () => {
    expect(liveArchive('LF_TEST_ARCHIVE', { LF_TEST_ARCHIVE: 'no/such.tar.gz' }).skipped).toMatch(/^live tests did not run: LF_TEST_ARCHIVE=no\/such\.tar\.gz names no file/);
  });

  it('fails rather than skips on CI', () => {
    expect(() => liveArchive('LF_TEST_ARCHIVE', { CI: 'true' })).toThrow(/^live tests must run on CI, but LF_TEST_ARCHIVE is not set/);
    expect(() => liveArchive('LF_TEST_ARCHIVE', { CI: 'true', LF_TEST_ARCHIVE: 'no/such.tar.gz' })).toThrow(/names no file/);
  });
});
