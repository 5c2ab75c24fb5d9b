import { spawn, execFile } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { promisify } from 'node:util';

/**
 * Servers for the live tests: started detached with their output in a log file, stopped by the
 * PID they got (never by name, so nothing else on the machine is touched).
 */

const execFileAsync = promisify(execFile);

/** A TCP port nothing listens on now, on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Runs a command to its end; its stderr is in the error when it fails. */
export async function run(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string; timeoutMs?: number } = {}): Promise<string> {
  try {
    const child = execFileAsync(command, [...args], { cwd: options.cwd, env: options.env ?? process.env, maxBuffer: 32 * 1024 * 1024, timeout: options.timeoutMs ?? 0 });
    if (options.input !== undefined) {
      child.child.stdin?.end(options.input);
    }
    return (await child).stdout;
  } catch (error) {
    const failure = error as { stderr?: string; message: string };
    throw new Error(`${command} ${args.join(' ')} failed: ${failure.stderr?.trim() || failure.message}`);
  }
}

/** Starts a long-running server in its own process group, its stdout and stderr appended to `logFile`; returns its PID. */
export function startServer(command: string, args: readonly string[], logFile: string, options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): number {
  const log = openSync(logFile, 'a');
  const child = spawn(command, [...args], { cwd: options.cwd, env: options.env ?? process.env, detached: true, stdio: ['ignore', log, log] });
  closeSync(log);
  child.unref();
  if (child.pid === undefined) throw new Error(`${command} did not start (see ${logFile})`);
  return child.pid;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops the process group a server was started in, by its PID: TERM, then KILL after `graceMs`. */
export async function stopServer(pid: number, graceMs = 10_000): Promise<void> {
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-pid, name);
    } catch {
      // Already gone.
    }
  };
  signal('SIGTERM');
  const until = Date.now() + graceMs;
  while (alive(pid) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 100));
  if (alive(pid)) signal('SIGKILL');
}

/** Waits until something accepts connections on the port (or `pid` has died, or time is up). */
export async function waitForPort(port: number, pid: number, what: string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ host: '127.0.0.1', port });
      socket.once('connect', () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (!alive(pid)) throw new Error(`${what} exited before listening on port ${port}`);
    if (Date.now() > until) throw new Error(`${what} did not listen on port ${port} within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
