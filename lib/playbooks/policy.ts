/**
 * Browser policy (storage.managed): what an IT department deploys to a fleet. Each key is checked
 * on its own; a key whose new value is invalid keeps its last good value (remembered in
 * storage.local), so one typo in a policy never takes a team's checklist away.
 */
import * as v from 'valibot';
import { ok, refusal, type Ok, type Refusal } from '../result';
import { readManagedStorage, storedValue } from '../storage/extension-storage';
import type { HelpdeskOrigin } from './helpdesk-origin';
import { describeIssues } from './playbook-problems';
import { HELPDESK_IDS, HelpdeskOriginSchema, listOf, PlaybookSchema, RetentionDaysSchema, type Playbook, type PlaybookHelpdesk } from './playbook-schema';
import { checkPlaybook } from './read-playbook';

/** Settings a policy can lock, so the options page shows them as "set by your organisation". */
export const LOCKABLE_SETTINGS = ['playbook', 'hintCategories', 'restatementPrefix', 'retentionDays', 'helpdeskOrigins'] as const;
export type LockableSetting = (typeof LOCKABLE_SETTINGS)[number];

export const MAX_POLICY_ORIGINS = 50;

export interface ManagedPolicy {
  /** The organisation's playbook: replaces any imported or subscribed one. */
  playbook?: Playbook;
  /** Lock a setting without choosing its value: agents can't change it (the team's or default value applies). */
  locked?: Partial<Record<LockableSetting, boolean>>;
  retentionDays?: number;
  /** Helpdesks ListenFirst runs on; absent means all. */
  enabledHelpdesks?: PlaybookHelpdesk[];
  /** Custom helpdesk origins offered to every agent (each agent still grants the permission once). */
  helpdeskOrigins?: HelpdeskOrigin[];
}

/** One schema per policy key: the managed_schema.json that browsers read is generated from these. */
export const POLICY_SCHEMAS = {
  playbook: PlaybookSchema,
  locked: v.pipe(
    v.strictObject(
      Object.fromEntries(LOCKABLE_SETTINGS.map((setting) => [setting, v.optional(v.boolean())])) as {
        [K in LockableSetting]: v.OptionalSchema<v.BooleanSchema<undefined>, undefined>;
      },
    ),
    v.description('Settings agents cannot change. A setting the policy gives a value for is locked anyway.'),
  ),
  retentionDays: RetentionDaysSchema,
  enabledHelpdesks: v.pipe(
    listOf(v.picklist(HELPDESK_IDS), HELPDESK_IDS.length),
    v.description('The helpdesks ListenFirst runs on. Leave out for all of them.'),
  ),
  helpdeskOrigins: v.pipe(
    listOf(HelpdeskOriginSchema, MAX_POLICY_ORIGINS),
    v.description('Helpdesks on your own domains. Each agent confirms the site permission once: browsers do not let policy grant it.'),
  ),
} as const;

export const PolicySchema = v.pipe(
  v.object(POLICY_SCHEMAS),
  v.title('ListenFirst policy'),
  v.description('Settings an organisation deploys through browser policy. Managed values win over local ones and lock them.'),
);

type PolicyKey = keyof typeof POLICY_SCHEMAS;
const POLICY_KEYS = Object.keys(POLICY_SCHEMAS) as PolicyKey[];

export interface PolicyReading {
  /** What applies: valid values, and the last good value for each key whose new value is invalid. */
  policy: ManagedPolicy;
  /** Every problem with the policy as deployed, by key and path, for the options page. */
  problems: string[];
}

function checkPolicyValue(key: PolicyKey, value: unknown): Ok<{ value: unknown }> | Refusal {
  if (key === 'playbook') {
    const read = checkPlaybook(value, 'playbook');
    return read.ok ? ok({ value: read.playbook }) : read;
  }
  const schema = POLICY_SCHEMAS[key];
  const result = v.safeParse(schema, value);
  return result.success ? ok({ value: result.output }) : refusal('invalid', describeIssues(schema, result.issues, key));
}

/** Pure: the deployed policy, checked key by key against the last good one. */
export function readPolicy(raw: unknown, lastGood: ManagedPolicy = {}): PolicyReading {
  const record = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const policy: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const key of Object.keys(record)) {
    if (!(POLICY_KEYS as string[]).includes(key)) problems.push(`${key}: unknown policy key; expected ${POLICY_KEYS.join(', ')}`);
  }
  for (const key of POLICY_KEYS) {
    if (record[key] === undefined) continue;
    const checked = checkPolicyValue(key, record[key]);
    if (checked.ok) {
      policy[key] = checked.value;
      continue;
    }
    problems.push(...checked.problems);
    if (lastGood[key] !== undefined) policy[key] = lastGood[key];
  }
  return { policy: policy as ManagedPolicy, problems };
}

export const POLICY_LAST_GOOD_KEY = 'policy-last-good';
/** Unchecked here: read through readPolicy, since storage outlives versions of the schema. */
export const lastGoodPolicyValue = storedValue(POLICY_LAST_GOOD_KEY, (raw): unknown => raw);

/**
 * The policy as the background last read it, from storage.local only: for checks on every message,
 * where reading managed storage can take seconds (Chromium, at browser start).
 */
export async function loadLastGoodPolicy(): Promise<ManagedPolicy> {
  // Stored by this module after checking, but checked again: storage outlives versions of the schema.
  return readPolicy(await lastGoodPolicyValue.get().catch(() => undefined)).policy;
}

/** The policy as last read, from storage.local only (see loadLastGoodPolicy): answered at once. */
export async function loadRememberedPolicy(): Promise<PolicyReading> {
  return { policy: await loadLastGoodPolicy(), problems: [] };
}

export async function loadPolicy(): Promise<PolicyReading> {
  const [raw, lastGood] = await Promise.all([readManagedStorage(), loadLastGoodPolicy()]);
  return readPolicy(raw, lastGood);
}

/** Whether a policy leaves this helpdesk on: its `enabledHelpdesks`, when it sets one, names it. */
export function policyAllowsHelpdesk(policy: ManagedPolicy, helpdesk: string): boolean {
  return !policy.enabledHelpdesks || (policy.enabledHelpdesks as readonly string[]).includes(helpdesk);
}

/**
 * Reads the policy and remembers what applies as the last good one. Run by the background at
 * start and on every policy change, so a content script that meets a broken policy has the
 * previous one to fall back on.
 */
export async function rememberGoodPolicy(): Promise<PolicyReading> {
  const reading = await loadPolicy();
  const stored = await lastGoodPolicyValue.get().catch(() => undefined);
  if (JSON.stringify(stored) !== JSON.stringify(reading.policy)) await lastGoodPolicyValue.set(reading.policy);
  return reading;
}
