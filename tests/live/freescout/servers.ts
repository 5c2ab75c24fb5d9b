/**
 * FreeScout's two servers for the live tests: a private PostgreSQL cluster and PHP's built-in web
 * server, each on a free loopback port, started as children in their own process group and stopped
 * by PID (tests/live/support/processes.ts). PostgreSQL refuses to run as root: as root (here and in
 * CI) its cluster belongs to Debian's `postgres` user and is started through `runuser`.
 */
import { readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { freePort, run, startServer, waitForPort } from '../support/processes';

/** Debian puts each PostgreSQL major's binaries in /usr/lib/postgresql/N/bin (not on PATH); the newest wins. */
async function postgresBin(): Promise<string> {
  const root = '/usr/lib/postgresql';
  const majors = existsSync(root) ? (await readdir(root)).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a)) : [];
  const found = majors.map((major) => path.join(root, major, 'bin')).find((bin) => existsSync(path.join(bin, 'initdb')));
  if (!found) throw new Error('PostgreSQL is not installed (apt-get install postgresql)');
  return found;
}

const asRoot = process.getuid?.() === 0;
/** The command as the cluster's owner: `postgres` when we are root, ourselves otherwise. */
const asOwner = (command: string, args: string[]): [string, string[]] => (asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args]);

export interface Postgres {
  pid: number;
  port: number;
  /** The superuser, who owns the database made for FreeScout (trust on loopback: no password). */
  user: string;
  database: string;
}

export async function startPostgres(dir: string): Promise<Postgres> {
  const bin = await postgresBin();
  const pgDir = path.join(dir, 'postgres');
  const data = path.join(pgDir, 'data');
  const user = 'freescout';
  await run('mkdir', ['-p', pgDir]);
  if (asRoot) {
    // The temp directory is root's (0700): the postgres user must reach its own folder inside it.
    await run('chmod', ['755', dir]);
    await run('chown', ['postgres:', pgDir]);
  }
  await run(...asOwner(path.join(bin, 'initdb'), ['-D', data, '-U', user, '--auth=trust', '-E', 'UTF8', '--no-sync']));
  const port = await freePort();
  // A throwaway cluster: no fsync, its socket beside it rather than in /run/postgresql.
  const [command, args] = asOwner(path.join(bin, 'postgres'), ['-D', data, '-p', String(port), '-k', pgDir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off']);
  const pid = startServer(command, args, path.join(dir, 'postgres.log'));
  await waitForPort(port, pid, 'PostgreSQL');
  await run(path.join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', user, user]);
  return { pid, port, user, database: user };
}

/** PHP's built-in server on FreeScout's public/ with its router script, as FreeScout documents for development. */
export async function startPhpServer(dir: string, appDir: string, port: number): Promise<number> {
  // Several workers: the page's polling (every 5 s) and its assets must not queue behind one another.
  const env = { ...process.env, PHP_CLI_SERVER_WORKERS: '4' };
  const pid = startServer('php', ['-S', `127.0.0.1:${port}`, '-t', 'public', 'server.php'], path.join(dir, 'php-server.log'), { cwd: appDir, env });
  await waitForPort(port, pid, 'PHP built-in server');
  return pid;
}
