/**
 * Takes down an osTicket that bring-up.ts left running from the command line: stops the PIDs it
 * wrote in its temp directory, then removes the directory. `npx tsx tests/live/osticket/tear-down.ts DIR`
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { stopServer } from '../support/processes';
import { PID_FILE } from './bring-up';

const dir = process.argv[2];
if (!dir || !path.basename(dir).startsWith('lf-osticket-')) {
  console.error('usage: tsx tests/live/osticket/tear-down.ts DIR (the lf-osticket-… directory bring-up.ts printed)');
  process.exit(2);
}
const pids = (await readFile(path.join(dir, PID_FILE), 'utf8')).split('\n').map(Number).filter((pid) => pid > 0);
for (const pid of pids.reverse()) await stopServer(pid);
await rm(dir, { recursive: true, force: true });
console.log(`stopped ${pids.join(', ')} and removed ${dir}`);
