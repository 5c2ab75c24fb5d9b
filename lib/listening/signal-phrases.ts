/**
 * Words that show a reply does what a careful listener does (LISTENING.md, principles 3, 6, 9).
 * The checklist ticks itself from these, and the absence hints fire when they are missing,
 * so a phrase here should be one a customer would read as that signal.
 */
export type PhraseSignal = 'thanks' | 'acknowledgement' | 'nextStep' | 'timeframe';

export const SIGNAL_PHRASES: Readonly<Record<PhraseSignal, readonly string[]>> = {
  thanks: ['thank', 'thanks', 'thankful', 'thx', 'appreciate', 'appreciated', 'grateful', 'cheers', 'much obliged'],
  acknowledgement: [
    'I [understand|understood|hear you|get it|realise|realize|can see|can imagine|see why|see how|see that|know how]',
    "[I'm|I am|so|very|really] sorry", 'sorry [to hear|about|that]', 'my apologies', 'our apologies',
    '[I|we] [apologize|apologise] for [the|this|that|our|not|my]', 'that sounds', 'sounds like', 'understandably',
    '[frustrating|annoying|stressful|disappointing|inconvenient|worrying|upsetting|frustration|understandable|nuisance|hassle]',
    'makes sense', 'good [catch|question]', "[you're|you are] right", "you've [been|described|mentioned|noticed|tried]",
    'you [mentioned|said|wrote|described|noticed|reported|explained|pointed out|flagged]',
    "[you're|you are] seeing", 'what you [see|saw|are seeing|describe|described]', 'as you [described|said|mentioned]',
    '[thanks|thank you] for [reporting|flagging|letting|explaining|the details|describing|your patience|being patient]',
    '[to make sure|just to confirm|if I understand|if I understood|so what|to confirm]',
    // Answering their apology, or showing the request was looked into. (Not "thank you for
    // contacting us": that opener is the formula the hint is about.)
    'no worries', "[I've|I have|I] [looked into|investigated|had a look]",
  ],
  nextStep: [
    "I'll", 'I will', "we'll", 'we will', "[I'm|we're] going to", 'let me', 'next [step|steps]', 'let us know',
    'get back to you', '[follow|following] up', 'keep you [posted|updated|informed]', 'update you', 'reach out',
    '[in the meantime|meanwhile|please|feel free|if you could|you can|try]', '[could|can|would|will] you',
    '[you will|you should|you\'ll] [be able|receive|see|get|now]', 'our [team|engineers|developers] will',
    "I've [escalated|asked|passed|forwarded|raised|logged|filed|opened|reported]",
    'has been [escalated|forwarded|passed|raised]',
  ],
  timeframe: [
    'today', 'tonight', 'tomorrow', '[this|next] [morning|afternoon|evening|week|weekend|month]', 'EOD',
    '[monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|midday|midnight]',
    'end of [day|the day|today|the week|business]', 'within the [hour|day|week]', 'next business day',
  ],
};

/** Units that make a time when a number comes before them: "within 2 hours", "in a few days". */
export const TIME_UNITS = ['minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks'];
export const AMOUNT_WORDS = ['a', 'an', 'one', 'two', 'three', 'four', 'five', 'ten', 'few', 'couple', 'several', 'next'];
/** Sentence openers that make a line an instruction, and so a next step: "Go to Settings…". */
export const IMPERATIVE_OPENERS = [
  'try', 'go', 'click', 'open', 'select', 'restart', 'reinstall', 'uninstall', 'navigate', 'enter', 'choose', 'tap', 'press',
  'sign', 'log', 'update', 'install', 'clear', 'check', 'reply', 'send', 'visit', 'head', 'follow', 'make', 'use',
  'turn', 'switch', 'download', 'contact', 'call', 'copy', 'delete', 'remove', 'disable', 'enable', 'refresh',
  'wait', 'run', 'add', 'set', 'change', 'confirm', 'attach', 'share', 'reset', 'save', 'export', 'connect',
];
/** Questions that close a reply rather than ask about the problem. */
export const CLOSING_QUESTIONS = [
  'does [that|this] help', 'does [that|this] make sense', 'is there anything else', 'anything else I can help',
  'how are you',
];
