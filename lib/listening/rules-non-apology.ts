/**
 * non-apology: formulaic or conditional apologies. One row per rule.
 */
import type { PhraseRule } from './phrase-rule';

/** The trouble an apology can name without saying what happened: "any disruption", "any inconvenience". */
const UNNAMED_TROUBLE =
  '[inconvenience|inconveniences|confusion|trouble|frustration|issues|problems|disappointment|upset|distress|disruption|bother|hassle|stress|worry|anxiety|delay|delays|misunderstanding|discomfort|annoyance|difficulty|difficulties]';

/** What "sorry, but" is told, however many words come between. */
const SORRY_BUT_ADVICE = {
  message: '"Sorry, but" takes the apology back; apologise, then give choices (Give choices).',
  suggestion: "I'm sorry; we can't do that, but here is what we can do: …",
} as const;

export const NON_APOLOGY_RULES: readonly PhraseRule[] = [
  // non-apology: respond to the feeling (3), specifically and honestly (8).
  {
    id: 'any-inconvenience',
    category: 'non-apology',
    // "Inconvenience" as the whole of what they are sorry for, in any number and with any
    // determiner: it names nothing that happened ("Sorry for the inconveniences this has caused you").
    phrases: [
      // Any other trouble it will not name: "We apologise for any disruption this may have caused",
      // "Apologies for any bother", "for any delay in responding" (3 of 3 new tuned uses labelled, 10 of 10 with the above).
      // …said again as it closes: "Apologies again for any inconvenience" (set 162 A-18).
      `[sorry|apologies|apologize|apologise|regret] [again|once again|] [for|about] any ${UNNAMED_TROUBLE}`,
      '[sorry|apologies|apologize|apologise|regret] [for|about] [the|this|these|all the|any of the] [inconvenience|inconveniences]',
      '[inconvenience|inconveniences] [this|that|it|which] [may|might|could|] [have|has|] caused',
      // …and any other trouble it caused, wherever the sorry is: "I'm sorry for the delay and for any frustration
      // this has caused" (20 of 20 tuned uses labelled; set 182 B-12).
      `any ${UNNAMED_TROUBLE} [this|that|it|which] [may|might|could|] [have|has|] caused`,
      '[any|the] [inconvenience|inconveniences] caused',
      // …regretted: "We regret any disruption this may have caused", "We regret any distress you and your
      // mother have experienced" (5 of 5 tuned uses of "regret any" labelled).
      `[we|I] regret any ${UNNAMED_TROUBLE}`,
      // Sorry for "issues" that it does not name: "sorry to hear that you are experiencing issues with your collection".
      '[sorry|apologies] to hear [that|] you [are|were|have been] [experiencing|having] [issues|difficulties|problems|trouble|an issue|a problem|some issues|some difficulties]',
      // …or that it calls "an issue": "sorry to hear that there was an issue with your order" (8 of 8 tuned
      // uses of the two forms labelled, as the only non-apology). Not "sorry to hear about the problems with
      // your sofa": it names the thing they wrote about (right 6 of 10 as the only one; sets 165, 174, 186).
      // …said in the present too: "We're sorry to hear there is an issue with your frisbee", "… there's an issue with your
      // order" (3 of 3 tuned uses labelled non-apology by both, none read before; set 331 B-18, read as it came).
      "[sorry|apologies] to hear [that|] [there|there's] [was|were|has been|have been|is|are|] [an issue|some issues|issues|a problem|some problems|problems]",
      // …or that they "experienced" something, which names it as a form letter would: "We're sorry to hear you've
      // experienced a water issue" (sewage through the floor drain), "sorry to hear that you experienced issues with
      // your recent booking" (6 of 6 tuned uses labelled non-apology, 5 not read before; sets 243, 161, 98).
      "[sorry|apologies] to hear [that|] [you've|you have|you] experienced",
    ],
    message: '"Any inconvenience" sounds like nobody read their message; name what went wrong (Read between the lines).',
    suggestion: "I'm sorry that …; here's what I'm doing about it.",
  },
  {
    id: 'conditional-apology',
    category: 'non-apology',
    phrases: [
      '[sorry|apologies|apologize|apologise] if',
      "[sorry|apologies|apologize|apologise] [you|that you] [feel|felt|think|thought|believe|see it]",
      'sorry to hear [that|] you [feel|felt]',
      // Sorry for their feeling, not for what caused it ("We're genuinely sorry for your
      // frustration"), unless what frustrated them follows ("… your frustration with the app").
      '[sorry|apologies|apologize|apologise] for your [frustration|frustrations|disappointment|annoyance|anger|upset|dissatisfaction|displeasure|feelings]',
      'if [any|] offense was taken', 'if you were offended', 'mistakes were made',
    ],
    // An apology offered, not made conditional: "I'd like to write to the family to apologise, if
    // you're happy for me to do so", "… to apologise, if you think that's right" (set 331 B-10, read as it came).
    benignAfter: [
      '[with|over|about|at|when|since|after|because]', 'caused by', "[you're|you are] [happy|ok|okay|comfortable]", "[you'd|you would] [like|prefer]", '[you|you\'d] [don\'t|do not|wouldn\'t|would not] mind', "[that's|that is] [ok|okay|alright|all right]",
      "you [think|feel] [that's|that is|it's|it is|it would be|that would be] [right|best|appropriate|ok|okay|helpful|fitting|kinder]",
    ],
    message: 'Apologising for their feelings, or for what may have happened, is no apology (Solve, no scapegoats).',
    suggestion: "I'm sorry that …; that's on us.",
  },
  {
    // Sorry for how they feel about it, whatever it is about: "We're sorry you're not happy with Pippin's groom".
    id: 'sorry-they-are-unhappy',
    category: 'non-apology',
    phrases: [
      "sorry [that|to hear|to hear that|] [you're|you are|you were|you feel|you felt] [not happy|unhappy|not satisfied|dissatisfied|disappointed]",
      "sorry [that|to hear|to hear that|] [you weren't|you aren't] [happy|satisfied|pleased]",
      "sorry [that|to hear|to hear that|] [you're|you are|you were] not [fully|entirely|completely|totally|100] [happy|satisfied|pleased]",
      // …regretted, or felt as a rule for anyone: "We regret that you were upset on the day", "we are always
      // sorry to hear when a guest has not enjoyed their experience" (sets 142 and 145).
      '[we|I] regret that you [were|are|feel|felt|have been|found]', '[are|am] always sorry to hear',
      // …or for what fell short of what they expected, without saying what: "We are sorry to hear that
      // the delivery did not meet your expectations", "some aspects of your holiday did not fully meet
      // your expectations" (6 of 6 tuned uses labelled). Not a condition: "if it doesn't meet your expectations, …".
      // …or "expectations" alone: "I'm sorry to hear your stay didn't meet expectations" (13 of 13 tuned uses with
      // or without "your" labelled; sets 134, 185, 193).
      "[did not|didn't|does not|doesn't] [fully|quite|entirely|completely|] [meet|live up to|match] [your|all your|all of your|] expectations",
      // …and in the perfect, with its own participle: "We're sorry to hear your product hasn't met your expectations"
      // (set 383 B-02, read as it came: "has not meet" was listed, and so this was never read; "was not meet", listed
      // beside it, could match no English sentence either and is gone).
      "[has not|hasn't|have not|haven't] [fully|quite|entirely|completely|] [met|lived up to|matched] [your|all your|all of your|] expectations",
    ],
    benignBefore: ['if', 'unless', 'should', 'whether'],
    message: 'Apologising for their feelings, or for what may have happened, is no apology (Solve, no scapegoats).',
    suggestion: "I'm sorry that …; that's on us.",
  },
  {
    // Sorry for "your experience", which names nothing of it: "We're sorry to hear about your
    // experience." Not when what it was follows ("… your experience with our driver on Tuesday").
    id: 'sorry-for-their-experience',
    category: 'non-apology',
    phrases: [
      '[sorry|apologies|apologise|apologize] [to hear|] [about|for] your [experience|recent experience|experiences]',
      // "We're sorry you had a bad experience and hope you'll give us another try" (set 146 B-06).
      '[sorry|apologies] [that|to hear that|to hear|] you had [a|an|such a] [bad|poor|negative|disappointing|unpleasant|frustrating] experience',
    ],
    benignAfter: ['[with|at|of|on|in|when|during|yesterday|today|last|this|that|which]'],
    message: '"Your experience" names nothing that happened; say what went wrong (Read between the lines).',
    suggestion: "I'm sorry that …; here's what I'm doing about it.",
  },
  {
    // Sorry it "didn't go to plan", which names nothing that went wrong: "we're sorry to hear your evening
    // didn't go to plan", "We are sorry to hear your hatch did not go to plan" (2 of 2 tuned uses labelled).
    id: 'sorry-not-to-plan',
    category: 'non-apology',
    phrases: ["[didn't|did not] go [to plan|as planned|as hoped]"],
    onlyAfter: ['[sorry|apologies] to hear [that|] [your|the]'],
    message: '"Didn\'t go to plan" names nothing that happened; say what went wrong (Read between the lines).',
    suggestion: "I'm sorry that …; here's what I'm doing about it.",
  },
  {
    // The apology for the wait excused by how busy we were: "Apologies for the slow reply, it's been a very busy summer with
    // fieldwork", "apologies for the delay in replying. We have been extremely busy this spring" (4 of 4 tuned uses labelled
    // non-apology, none flagged before; set 381 A-06, read as it came).
    id: 'busy-excuse',
    category: 'non-apology',
    phrases: ["[it's|it has|we've|we have|I've|I have] been [a|] [very|really|extremely|so|incredibly|] busy"],
    benignBefore: ['you', "you've", 'if'],
    message: 'How busy you were excuses the wait instead of apologising for it; say sorry for their wait and what happens now (Read between the lines).',
    suggestion: "I'm sorry you've waited; here's where things stand: …",
  },
  {
    id: 'sorry-but',
    category: 'non-apology',
    phrases: [
      // Whatever the refusal says: "Sorry, but storm damage isn't covered", "Sorry, but as you'll see in
      // the terms …" (the rubric's own example; 4 of 4 tuned uses labelled, where only "sorry but we
      // can't …", "… that's our policy" and the like were read before).
      '[sorry|apologies] but',
    ],
    ...SORRY_BUT_ADVICE,
  },
  {
    // …and the same with what they are sorry to hear between: "We're sorry to hear your daughter was
    // disappointed, but unfortunately refunds … aren't something we're able to offer" (set 259 A-17), "Sorry to
    // hear about the venue, but as stated clearly on the booking form …" (3 of 3 tuned uses labelled, none
    // flagged before).
    id: 'sorry-to-hear-but',
    category: 'non-apology',
    phrases: ['but'],
    onlyAfter: ['[sorry|apologies] to hear'],
    ...SORRY_BUT_ADVICE,
  },
];
