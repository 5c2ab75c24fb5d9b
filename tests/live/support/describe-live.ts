import { describe, it } from 'vitest';
import { liveArchive } from './live-archive';

/**
 * A live suite, run only where its helpdesk's archive is given (see liveArchive): otherwise one
 * skipped test whose name, and a line on the console, say that the live tests did not run and why.
 */
export function describeLive(title: string, archiveEnvVar: string, suite: (archive: string) => void): void {
  const found = liveArchive(archiveEnvVar);
  if (found.skipped !== undefined) {
    console.warn(`${title}: ${found.skipped}`);
    describe.skip(title, () => {
      it(found.skipped, () => undefined);
    });
    return;
  }
  describe(title, () => suite(found.archive));
}
