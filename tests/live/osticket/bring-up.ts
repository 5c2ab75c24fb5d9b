/**
 * Brings osTicket up from its source archive (the archive's root is the web root): MariaDB and
 * Apache with mod_php on free loopback ports, osTicket's installer, then the seed. Everything lives
 * in one temp directory, removed with the servers (stopped by PID) by `stop()`.
 *
 * From the command line: `npx tsx tests/live/osticket/bring-up.ts ARCHIVE` brings it up, prints the
 * origin, the seeded tickets and the time it took, and leaves it running; the printed `stop` line
 * (tear-down.ts with the temp directory) takes it down.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, stopServer } from '../support/processes';
import type { RunningHelpdesk } from '../support/running-helpdesk';
import { installOsticket, OSTICKET_AGENT } from './install';
import { seedOsticket } from './seed';
import type { OsticketSeed } from './seed-data';
import { startApache, startMariadb } from './servers';

const DATABASE = { name: 'osticket', user: 'osticket', password: 'osticket-live' };
/** The PIDs to stop, one a line, kept in the temp directory for tear-down.ts. */
export const PID_FILE = 'pids';

export interface RunningOsticket extends RunningHelpdesk<OsticketSeed> {
  /** The temp directory holding the web root, the datadir and the servers' logs. */
  dir: string;
  /** Reads osTicket's database (what it stored), as MariaDB's root. */
  sql(statements: string): Promise<string>;
}

export async function bringUpOsticket(archive: string): Promise<RunningOsticket> {
  const started = performance.now();
  const dir = await mkdtemp(path.join(tmpdir(), 'lf-osticket-'));
  const pids: number[] = [];
  const stop = async () => {
    for (const pid of pids.reverse()) await stopServer(pid);
    await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  };
  try {
    const webRoot = path.join(dir, 'www');
    await run('mkdir', [webRoot]);
    await run('tar', ['-xzf', archive, '-C', webRoot]);
    const database = await startMariadb(dir);
    pids.push(database.pid);
    await writeFile(path.join(dir, PID_FILE), `${pids.join('\n')}\n`);
    await database.sql(
      `CREATE DATABASE ${DATABASE.name} CHARACTER SET utf8mb4;
       CREATE USER '${DATABASE.user}'@'127.0.0.1' IDENTIFIED BY '${DATABASE.password}';
       GRANT ALL ON ${DATABASE.name}.* TO '${DATABASE.user}'@'127.0.0.1';`,
    );
    const apache = await startApache(dir, webRoot);
    pids.push(apache.pid);
    await writeFile(path.join(dir, PID_FILE), `${pids.join('\n')}\n`);
    const origin = `http://127.0.0.1:${apache.port}`;
    await installOsticket(webRoot, origin, { port: database.port, ...DATABASE });
    const seeded = await seedOsticket(origin, database, DATABASE.name);
    return { helpdesk: 'osticket', origin, seeded, tookMs: performance.now() - started, stop, dir, sql: (statements: string) => database.sql(statements, DATABASE.name) };
  } catch (error) {
    await stop();
    throw error;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const archive = process.argv[2] ?? process.env.LF_OSTICKET_ARCHIVE;
  if (!archive) {
    console.error('usage: tsx tests/live/osticket/bring-up.ts ARCHIVE (or LF_OSTICKET_ARCHIVE)');
    process.exit(2);
  }
  const running = await bringUpOsticket(path.resolve(archive));
  console.log(`osTicket at ${running.origin}/scp/ (agent ${OSTICKET_AGENT.username}), brought up and seeded in ${(running.tookMs / 1000).toFixed(1)} s`);
  console.log(JSON.stringify(running.seeded));
  console.log(`stop: npx tsx tests/live/osticket/tear-down.ts ${running.dir}`);
}
