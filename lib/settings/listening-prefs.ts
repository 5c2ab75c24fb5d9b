/**
 * The agent's own listening settings: which hint categories show, and the words that introduce an
 * inserted restatement. A team playbook or a browser policy can set (and a policy lock) each of
 * these: lib/playbooks resolves what applies, and the sidebar reads that.
 */
import { storedValue } from '../storage/extension-storage';
import { HINT_CATEGORIES, type HintCategory } from '../listening/types';
import { DEFAULT_RESTATEMENT_PREFIX } from './listening-prefs-defaults';

export interface ListeningPrefs {
  disabledCategories: HintCategory[];
  restatementPrefix: string;
}

export { DEFAULT_RESTATEMENT_PREFIX };
export const MAX_PREFIX_CHARS = 200;
export const DEFAULT_LISTENING_PREFS: ListeningPrefs = { disabledCategories: [], restatementPrefix: DEFAULT_RESTATEMENT_PREFIX };

export function normalizeListeningPrefs(value: unknown): ListeningPrefs {
  const record = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const disabled = Array.isArray(record.disabledCategories)
    ? HINT_CATEGORIES.filter((category) => (record.disabledCategories as unknown[]).includes(category))
    : [];
  const prefix =
    typeof record.restatementPrefix === 'string' && record.restatementPrefix.length <= MAX_PREFIX_CHARS
      ? record.restatementPrefix
      : DEFAULT_RESTATEMENT_PREFIX;
  return { disabledCategories: disabled, restatementPrefix: prefix };
}

export const listeningPrefsValue = storedValue('listening-prefs', normalizeListeningPrefs);

export async function loadListeningPrefs(): Promise<ListeningPrefs> {
  return listeningPrefsValue.get();
}

export async function saveListeningPrefs(prefs: ListeningPrefs): Promise<void> {
  await listeningPrefsValue.set(normalizeListeningPrefs(prefs));
}
