/**
 * no-next-step, in words: a promise that something will happen with no time and nobody who does it
 * ("we will be in touch in due course", "your comments have been passed to the relevant team",
 * "we are currently experiencing a high volume of enquiries"). The reply looks ahead, so the absence
 * reading (absence.ts) stays quiet, and the customer still does not know what happens now.
 *
 * Shown only in a complete answer, where neither the promise's sentence nor the next names a time,
 * once a sentence (analyze-reply.ts `withoutVagueNextSteps`): "passed to the relevant team for
 * review. Reviews can take up to 10 working days" gives them a time. Each phrase family is
 * labelled no-next-step in replies of three or more writers' sets of the tuned part
 * (tests/eval/README.md, twentieth pass). There is no suggested wording: "Use this wording"
 * replaces the words pointed at, and only the agent knows the date and who does it ("in due
 * course" → "by Friday" is theirs to write).
 */
import { NEGATIONS, type PhraseRule } from './phrase-rule';

/** Who a message is handed on to, none of them named. */
const SOMEONE_UNNAMED = '[relevant|appropriate|correct|right] [team|teams|department|departments|person|people|colleague|colleagues|manager|section|office|officer|depot|branch]';
/** What the customer sent, handed on. */
const THEIR_MESSAGE = '[your|the] [feedback|comments|concerns|complaint|enquiry|inquiry|query|request|case|details|email|e-mail|message]';

export const NEXT_STEP_RULES: readonly PhraseRule[] = [
  // no-next-step: Advise (6): what happens now, who does it, and when they will hear.
  {
    id: 'vague-next-step',
    category: 'no-next-step',
    phrases: [
      'in due course',
      `[passed|forwarded|referred|escalated|sent] [on|] to the ${SOMEONE_UNNAMED}`,
      `[passed|forwarded|referred|escalated|sent] [this|it|them|this matter|the matter|${THEIR_MESSAGE}] [on|] to the ${SOMEONE_UNNAMED}`,
      `${THEIR_MESSAGE} [has|have] been [passed on|shared|forwarded|noted|logged]`,
    ],
    // A route they may choose, their own step named, is no lapse: "If you wish to take the matter
    // further, complete the complaints form and it will be reviewed in due course" (set 182 B-02).
    benignBefore: [...NEGATIONS, 'if', 'unless', 'whether'],
    // Handed to the writer, who then does it: "Your email has been forwarded to me, and I have refunded …".
    benignAfter: ['[on|] to me', '[on|] to myself'],
    message: 'This says something will happen but not when or who does it: say what happens next and by when (Advise).',
  },
  {
    id: 'busy-team',
    category: 'no-next-step',
    phrases: [
      '[currently|] experiencing [a|an|] [high|higher|large|increased|unusually high|very high|exceptionally high|extremely high] [volume|volumes|number] of',
      '[taking|take] longer than usual',
      'working hard to [respond|reply|get back]',
    ],
    // What the customer or their users see is no excuse of ours: "you may be experiencing a high number of failed logins".
    benignBefore: [...NEGATIONS, 'you', "you're", 'your', 'customers', 'users'],
    message: "Being busy explains a wait but doesn't end it: say when they will hear from you (Advise).",
  },
];
