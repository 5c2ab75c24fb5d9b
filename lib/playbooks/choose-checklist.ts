/**
 * Which of a playbook's checklists a ticket gets: the most specific one whose conditions all match
 * (helpdesk, channel, tags), the first of equals; otherwise the first one without conditions.
 */
import type { PageTickets } from '../anysite/page-ticket';
import type { ChecklistConditions, Playbook, PlaybookChecklist, PlaybookHelpdesk } from './playbook-schema';

export interface TicketContext {
  /** 'page' on a page picked on any site (lib/anysite): no checklist's `helpdesks` condition names it. */
  helpdesk: PlaybookHelpdesk | PageTickets;
  /** The ticket's channel where the adapter can read it (email, chat, phone, …). */
  channel?: string;
  tags?: string[];
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** How many conditions matched, or null when one of them did not. */
export function conditionsScore(when: ChecklistConditions | undefined, context: TicketContext): number | null {
  if (!when) return 0;
  let score = 0;
  if (when.helpdesks) {
    if (!(when.helpdesks as readonly string[]).includes(context.helpdesk)) return null;
    score++;
  }
  if (when.channels) {
    const channel = context.channel;
    if (channel === undefined || !when.channels.some((wanted) => same(wanted, channel))) return null;
    score++;
  }
  if (when.tags) {
    const tags = context.tags ?? [];
    if (!when.tags.some((wanted) => tags.some((tag) => same(wanted, tag)))) return null;
    score++;
  }
  return score;
}

export function chooseChecklist(playbook: Playbook, context: TicketContext): PlaybookChecklist {
  let best: PlaybookChecklist | undefined;
  let bestScore = -1;
  for (const checklist of playbook.checklists) {
    const score = conditionsScore(checklist.when, context);
    if (score !== null && score > bestScore) {
      best = checklist;
      bestScore = score;
    }
  }
  // A playbook whose every checklist has conditions that don't match still shows its first one:
  // an agent never sees an empty checklist because of a tag.
  return best ?? playbook.checklists[0]!;
}
