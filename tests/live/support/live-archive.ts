import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../e2e/support/repo-paths';

/**
 * Where a helpdesk's source archive is, from its environment variable (.ci/run passes a path
 * relative to the repository root, as CI's clone sits beside the folder of archives; a relative
 * path is read from the root wherever the tests run). Without it the live tests say plainly that they did not run and why, and
 * the rest of `npm test` still passes; under CI=true a missing archive is a failure, not a skip.
 */
export type LiveArchive = { archive: string; skipped?: undefined } | { archive?: undefined; skipped: string };

export function liveArchive(envVar: string, env: NodeJS.ProcessEnv = process.env): LiveArchive {
  const given = env[envVar]?.trim();
  const why = !given
    ? `${envVar} is not set (the path of the helpdesk’s source archive)`
    : !existsSync(path.resolve(REPO_ROOT, given))
      ? `${envVar}=${given} names no file (read from ${REPO_ROOT})`
      : null;
  if (!why) return { archive: path.resolve(REPO_ROOT, given!) };
  if (env.CI === 'true' || env.CI === '1') throw new Error(`live tests must run on CI, but ${why}`);
  return { skipped: `live tests did not run: ${why}` };
}
