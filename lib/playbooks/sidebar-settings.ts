/**
 * What the sidebar needs from the settings, read from the snapshot the background keeps (see
 * settings-snapshot.ts). Small on purpose: this runs in the content script of every helpdesk tab.
 * The snapshot is checked for shape; anything unexpected gives the defaults, never an exception.
 */
import { isHelpdeskId, type HelpdeskId } from '../adapters/registry';
import { PAGE_TICKETS } from '../anysite/page-ticket';
import { HINT_CATEGORIES, OFF_BY_DEFAULT, type HintCategory, type TermPair } from '../listening/types';
import { DEFAULT_RESTATEMENT_PREFIX } from '../settings/listening-prefs-defaults';
import { storedValue } from '../storage/extension-storage';
import { AUTO_CHECKS, CHECKLIST_STAGES, type ChecklistItem } from './checklist';
import { chooseChecklist, type TicketContext } from './choose-checklist';
import { DEFAULT_PLAYBOOK } from './default-playbook';
import type { Playbook } from './playbook-schema';

export const SETTINGS_SNAPSHOT_KEY = 'settings-snapshot';
/** Unchecked here (settingsForTicket checks it); null before the background published one. */
export const settingsSnapshotValue = storedValue(SETTINGS_SNAPSHOT_KEY, (raw): unknown => raw ?? null);

export interface SettingsSnapshot {
  format: 1;
  checklists: Playbook['checklists'];
  disabledCategories: HintCategory[];
  /** The absence readings off by default (OFF_BY_DEFAULT) that are on; absent in a snapshot from before the twentieth pass. */
  enabledCategories?: HintCategory[];
  termPairs: TermPair[];
  jargon: string[];
  restatementPrefix: string;
  retentionDays: number;
  locked: Record<string, boolean>;
  enabledHelpdesks?: string[];
  playbook: { name: string; source: string };
  /** Helpdesks on teams' own domains (agent's and policy's), for content scripts registered there. */
  helpdeskOrigins?: { origin: string; helpdesk: HelpdeskId }[];
}

export interface SidebarSettingsForTicket {
  checklist: readonly ChecklistItem[];
  checklistName: string;
  disabledCategories: HintCategory[];
  /** The absence readings off by default (OFF_BY_DEFAULT) that are turned on. */
  enabledCategories: HintCategory[];
  termPairs: TermPair[];
  jargon: string[];
  restatementPrefix: string;
  /** False where a policy's enabledHelpdesks leaves this helpdesk out: the sidebar should not run. */
  enabled: boolean;
}

/** Before the background has published settings (or if they are unreadable): the built-in playbook. */
const defaultsFor = (context: TicketContext): SidebarSettingsForTicket => {
  const checklist = chooseChecklist(DEFAULT_PLAYBOOK, context);
  return { ...DEFAULTS, checklist: checklist.items, checklistName: checklist.name };
};
const DEFAULTS: Omit<SidebarSettingsForTicket, 'checklist' | 'checklistName'> = {
  disabledCategories: [],
  enabledCategories: [],
  termPairs: [],
  jargon: [],
  restatementPrefix: DEFAULT_RESTATEMENT_PREFIX,
  enabled: true,
};

const isText = (value: unknown, max = 2_000): value is string => typeof value === 'string' && value.length <= max;
const isTextList = (value: unknown, max = 500): value is string[] => Array.isArray(value) && value.length <= max && value.every((v) => isText(v, 200));

function isItem(value: unknown): value is ChecklistItem {
  const item = value as Partial<ChecklistItem> | null;
  return (
    !!item &&
    isText(item.id, 64) &&
    isText(item.label, 300) &&
    (item.help === undefined || isText(item.help, 1_000)) &&
    (item.stage === undefined || (CHECKLIST_STAGES as readonly string[]).includes(item.stage)) &&
    (item.autoCheck === undefined || (AUTO_CHECKS as readonly string[]).includes(item.autoCheck))
  );
}

/** The shape the content script relies on; the background validated the content itself. */
export function isSettingsSnapshot(value: unknown): value is SettingsSnapshot {
  const s = value as Partial<SettingsSnapshot> | null;
  return (
    !!s &&
    s.format === 1 &&
    Array.isArray(s.checklists) &&
    s.checklists.length > 0 &&
    s.checklists.every((c) => !!c && isText(c.id, 64) && isText(c.name, 200) && Array.isArray(c.items) && c.items.length > 0 && c.items.every(isItem)) &&
    Array.isArray(s.disabledCategories) &&
    s.disabledCategories.every((c) => (HINT_CATEGORIES as readonly string[]).includes(c)) &&
    (s.enabledCategories === undefined || (Array.isArray(s.enabledCategories) && s.enabledCategories.every((c) => (OFF_BY_DEFAULT as readonly string[]).includes(c)))) &&
    Array.isArray(s.termPairs) &&
    s.termPairs.every((p) => !!p && isText(p.customer, 200) && isText(p.ours, 200)) &&
    isTextList(s.jargon) &&
    isText(s.restatementPrefix, 200) &&
    (s.enabledHelpdesks === undefined || isTextList(s.enabledHelpdesks))
  );
}

export function settingsForTicket(snapshot: unknown, context: TicketContext): SidebarSettingsForTicket {
  if (!isSettingsSnapshot(snapshot)) return defaultsFor(context);
  const checklist = chooseChecklist({ checklists: snapshot.checklists } as Playbook, context);
  return {
    checklist: checklist.items,
    checklistName: checklist.name,
    disabledCategories: snapshot.disabledCategories,
    enabledCategories: snapshot.enabledCategories ?? [],
    termPairs: snapshot.termPairs,
    jargon: snapshot.jargon,
    restatementPrefix: snapshot.restatementPrefix,
    // enabledHelpdesks names helpdesks; pages picked on any site are started by the agent's own click.
    enabled: !snapshot.enabledHelpdesks || context.helpdesk === PAGE_TICKETS || snapshot.enabledHelpdesks.includes(context.helpdesk),
  };
}

/** The settings the background published, unchecked (settingsForTicket checks them); null if unreadable. */
export async function loadSettingsSnapshot(): Promise<unknown> {
  try {
    return await settingsSnapshotValue.get();
  } catch {
    return null;
  }
}

/** Live: calls back when the background publishes new settings, until `signal` aborts. */
export function watchSettingsSnapshot(callback: (snapshot: unknown) => void, signal: AbortSignal): void {
  settingsSnapshotValue.watch(callback, signal);
}

/** Which helpdesk runs on this custom origin, as configured by the agent or a policy; null if none. */
export async function helpdeskForCustomOrigin(origin: string): Promise<HelpdeskId | null> {
  try {
    const snapshot = (await settingsSnapshotValue.get()) as Partial<SettingsSnapshot> | null;
    const entry = Array.isArray(snapshot?.helpdeskOrigins) ? snapshot.helpdeskOrigins.find((o) => o?.origin === origin) : undefined;
    return isHelpdeskId(entry?.helpdesk) ? entry.helpdesk : null;
  } catch {
    return null;
  }
}
