/** FreeScout's own models, reached through models.php run inside the install (see there). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../support/processes';
import type { FreescoutSeed, SeedThread } from './seed-data';

const MODELS_SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'models.php');

export interface SeededConversation {
  id: number;
  number: number;
}

export interface StoredThread {
  id: number;
  type: SeedThread['type'];
  /** The body as FreeScout stored it (HTML). */
  body: string;
}

/** A read that takes longer than this is killed and fails, so that a poll asks again rather than hangs. */
const READ_TIMEOUT_MS = 15_000;

async function models<T>(appDir: string, args: string[], options: { input?: unknown; timeoutMs?: number } = {}): Promise<T> {
  const { input, timeoutMs } = options;
  const output = await run('php', [MODELS_SCRIPT, ...args], { cwd: appDir, input: input === undefined ? undefined : JSON.stringify(input), timeoutMs });
  return JSON.parse(output) as T;
}

export function seedConversations(appDir: string, seed: FreescoutSeed): Promise<{ mailboxId: number; conversations: SeededConversation[] }> {
  return models(appDir, ['seed'], { input: seed });
}

/** A thread made now, as mail fetched while the agent has the conversation open (the page hears of it by polling). */
export function addThread(appDir: string, thread: SeedThread & { conversationId: number; customerEmail: string }): Promise<{ id: number }> {
  return models(appDir, ['add-thread'], { input: thread });
}

/** Conversation ID's published threads, oldest first, as FreeScout stored them. */
export function storedThreads(appDir: string, conversationId: number): Promise<StoredThread[]> {
  return models(appDir, ['threads', String(conversationId)], { timeoutMs: READ_TIMEOUT_MS });
}
