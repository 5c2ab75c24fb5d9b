/**
 * Brings FreeScout up from its release archive (the `dist` build with vendor/: no Composer): a
 * private PostgreSQL cluster and PHP's built-in server on free loopback ports, FreeScout installed by
 * its command line, then seeded through its own models. Everything lives in one temp directory,
 * removed with the servers (stopped by PID) by `stop()`.
 *
 * From the command line: `npx tsx tests/live/freescout/bring-up.ts ARCHIVE` brings it up, prints the
 * origin, the seeded conversations and the time it took, and keeps it running until Ctrl+C (or
 * SIGTERM), which takes it down. The PIDs are also in DIR/pids, should this script itself be killed.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, run, stopServer } from '../support/processes';
import type { RunningHelpdesk } from '../support/running-helpdesk';
import { installFreescout } from './install';
import { addThread, seedConversations, storedThreads, type SeededConversation, type StoredThread } from './models';
import { FREESCOUT_SEED, type SeedThread } from './seed-data';
import { startPhpServer, startPostgres } from './servers';

/** The PIDs to stop, one a line, kept in the temp directory for tear-down.ts. */
export const PID_FILE = 'pids';

export interface FreescoutSeeded {
  agent: (typeof FREESCOUT_SEED)['agent'];
  /** The seed's conversations in its order, with the ids FreeScout gave them. */
  conversations: SeededConversation[];
}

export interface RunningFreescout extends RunningHelpdesk<FreescoutSeeded> {
  /** The temp directory holding the app, the cluster and the servers' logs. */
  dir: string;
  /** Adds a thread now, as mail fetched while the agent has the conversation open. */
  addThread(conversationId: number, thread: SeedThread, customerEmail: string): Promise<{ id: number }>;
  /** A conversation's published threads, oldest first, as FreeScout stored them. */
  storedThreads(conversationId: number): Promise<StoredThread[]>;
}

export async function bringUpFreescout(archive: string): Promise<RunningFreescout> {
  const started = performance.now();
  const dir = await mkdtemp(path.join(tmpdir(), 'lf-freescout-'));
  const pids: number[] = [];
  const remember = (pid: number) => {
    pids.push(pid);
    return writeFile(path.join(dir, PID_FILE), `${pids.join('\n')}\n`);
  };
  const stop = async () => {
    for (const pid of [...pids].reverse()) await stopServer(pid);
    await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  };
  try {
    const appDir = path.join(dir, 'app');
    await mkdir(appDir);
    await run('tar', ['-xzf', archive, '-C', appDir]);
    const database = await startPostgres(dir);
    await remember(database.pid);
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    await installFreescout(appDir, origin, database, FREESCOUT_SEED.agent);
    const { conversations } = await seedConversations(appDir, FREESCOUT_SEED);
    await remember(await startPhpServer(dir, appDir, port));
    return {
      helpdesk: 'freescout',
      origin,
      seeded: { agent: FREESCOUT_SEED.agent, conversations },
      tookMs: performance.now() - started,
      stop,
      dir,
      addThread: (conversationId, thread, customerEmail) => addThread(appDir, { ...thread, conversationId, customerEmail }),
      storedThreads: (conversationId) => storedThreads(appDir, conversationId),
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const archive = process.argv[2] ?? process.env.LF_FREESCOUT_ARCHIVE;
  if (!archive) {
    console.error('usage: tsx tests/live/freescout/bring-up.ts ARCHIVE (or LF_FREESCOUT_ARCHIVE)');
    process.exit(2);
  }
  const running = await bringUpFreescout(path.resolve(archive));
  console.log(`FreeScout at ${running.origin}/login (agent ${running.seeded.agent.email}), brought up and seeded in ${(running.tookMs / 1000).toFixed(1)} s`);
  console.log(JSON.stringify(running.seeded.conversations));
  console.log(`running in ${running.dir}; Ctrl+C stops it`);
  // The servers are detached: only this timer keeps the script (and so its signal handlers) alive.
  const alive = setInterval(() => undefined, 60_000);
  const stopAndExit = () => {
    clearInterval(alive);
    void running.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stopAndExit);
  process.once('SIGTERM', stopAndExit);
}
