/**
 * The agent's own listening settings: which hint categories show, and the words that introduce an
 * inserted restatement. A team playbook or a browser policy can set (and a policy lock) each of
 * these: lib/playbooks resolves what applies, and the sidebar reads that.
 */
import { storedValue } from '../storage/extension-storage';
import { HINT_CATEGORIES, OFF_BY_DEFAULT, type HintCategory } from '../listening/types';
import { DEFAULT_RESTATEMENT_PREFIX } from './listening-prefs-defaults';

export interface ListeningPrefs {
  disabledCategories: HintCategory[];
  /** Absence readings off by default (OFF_BY_DEFAULT) the agent turned on. */
  enabledCategories: HintCategory[];
  restatementPrefix: string;
}

export { DEFAULT_RESTATEMENT_PREFIX };
export const MAX_PREFIX_CHARS = 200;
export const DEFAULT_LISTENING_PREFS: ListeningPrefs = { disabledCategories: [], enabledCategories: [], restatementPrefix: DEFAULT_RESTATEMENT_PREFIX };

export function normalizeListeningPrefs(value: unknown): ListeningPrefs {
  const record = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const disabled = Array.isArray(record.disabledCategories)
    ? HINT_CATEGORIES.filter((category) => (record.disabledCategories as unknown[]).includes(category))
    : [];
  const enabled = Array.isArray(record.enabledCategories)
    ? OFF_BY_DEFAULT.filter((category) => (record.enabledCategories as unknown[]).includes(category))
    : [];
  const prefix =
    typeof record.restatementPrefix === 'string' && record.restatementPrefix.length <= MAX_PREFIX_CHARS
      ? record.restatementPrefix
      : DEFAULT_RESTATEMENT_PREFIX;
  return { disabledCategories: disabled, enabledCategories: enabled, restatementPrefix: prefix };
}

/** The prefs with one category switched on or off by the agent (off in disabledCategories). */
export function withCategory(prefs: ListeningPrefs, category: HintCategory, on: boolean): ListeningPrefs {
  const disabled = prefs.disabledCategories.filter((c) => c !== category);
  return { ...prefs, disabledCategories: on ? disabled : [...disabled, category] };
}

/** The prefs with a category's absence reading off by default (OFF_BY_DEFAULT) switched on or off by the agent. */
export function withAbsenceReading(prefs: ListeningPrefs, category: HintCategory, on: boolean): ListeningPrefs {
  const enabled = prefs.enabledCategories.filter((c) => c !== category);
  return { ...prefs, enabledCategories: on && OFF_BY_DEFAULT.includes(category) ? [...enabled, category] : enabled };
}

export const listeningPrefsValue = storedValue('listening-prefs', normalizeListeningPrefs);

export async function loadListeningPrefs(): Promise<ListeningPrefs> {
  return listeningPrefsValue.get();
}

export async function saveListeningPrefs(prefs: ListeningPrefs): Promise<void> {
  await listeningPrefsValue.set(normalizeListeningPrefs(prefs));
}
