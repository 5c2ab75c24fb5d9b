import type { HelpdeskId } from '../../../lib/adapters/registry';

/**
 * A helpdesk brought up from its archive by its bring-up script (tests/live/<id>/), seeded and
 * serving on a loopback port: what a live test file needs from it, and how to take it down.
 */
export interface RunningHelpdesk<Seeded = unknown> {
  helpdesk: HelpdeskId;
  /** `http://127.0.0.1:PORT`: the origin the extension is given, as a team adds its own. */
  origin: string;
  /** What the seed made (tickets, their ids and texts, the agent's login), the helpdesk's own shape. */
  seeded: Seeded;
  /** How long bring-up took, unpacking to seeded, in milliseconds. */
  tookMs: number;
  /** Stops every server it started, by PID, and removes its temp directory. */
  stop(): Promise<void>;
}
