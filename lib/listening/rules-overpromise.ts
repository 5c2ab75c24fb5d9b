/**
 * overpromise: certainty about a fix or a cause before it is verified. One row per rule.
 */
import { UNVERIFIED, type PhraseRule } from './phrase-rule';

const SUBJECT = '[this|that|it|which|the update|the fix|these steps]';
const FIX = 'fix|solve|resolve|sort';
/**
 * Certainty said outright. "Surely" as Indian and West African English use it, "It will surely reach Bouaké within 3
 * working days" (3 of its 4 tuned uses labelled overpromise; the fourth our own "will surely be sent", as
 * "definitely" is once in 155).
 */
const CERTAINLY = '[definitely|certainly|absolutely|surely|100]';
/**
 * A promise that says it is certain stays one past a condition in an earlier clause: "If that doesn't sort it, our
 * developers will have a patch out by Friday and this will be fully resolved then" (set 335 A-04). Measured for
 * every category on the tuned part: overpromise 10 hints added, all right (12 with these words, all right);
 * dismissive 12 with 3 wrong, blame 7 with 1, no-next-step 6 all wrong, so only these rules carry it. "If the
 * update works, you'll be all set" says nothing certain and stays a hedge.
 */
const CERTAIN_PAST_A_CONDITION = ['definitely', 'certainly', 'guarantee', 'guaranteed', 'fully', 'completely', 'permanently', '100', 'confident', 'absolutely'];
const AFFECTED = '[it|this|that|the issue|the problem|your issue|your problem]';
const UNVERIFIED_FIX = {
  message: "A fix promised before it's verified costs trust if it fails (Advise).",
  suggestion: "This should fix it; if it doesn't, tell me and I'll look further.",
} as const;

/** What a guarantee of a fix or of no repeat is told, whichever words it takes. */
const GUARANTEE_ADVICE = {
  message: "A guarantee you can't check yet becomes a broken promise (Advise).",
  suggestion: "We've made this change, and I'll keep an eye on it with you.",
} as const;
export const OVERPROMISE_RULES: readonly PhraseRule[] = [
  // overpromise: Advise (6) and Solve honestly (8): promise what you have verified.
  {
    id: 'certain-fix',
    category: 'overpromise',
    phrases: [
      `${SUBJECT} [will|is going to] ${CERTAINLY} [${FIX}|work]`,
      `[it'll|this'll|that'll] ${CERTAINLY} [${FIX}|work]`,
      `[it'll|this'll|that'll|he'll|she'll] ${CERTAINLY} [be|arrive|reach|get|have|pass]`,
      // An outcome promised as certain: "your parcel will definitely arrive tomorrow".
      `[it|this|that|everything|your order|your parcel|your package|your refund|your delivery|the refund|the delivery|the parcel|the package|your account|your data|your files|your grades|the money|your money|the payment|your payment|the transfer|your transfer] will ${CERTAINLY} [be|arrive|reach|work|go|show|appear|get]`,
      `[is|are] ${CERTAINLY} not [lost|gone|deleted|affected]`,
      // A decision not theirs to make, promised: "you will definitely qualify" (set 177 B-09), "I can confirm we
      // will definitely get this approved second time round" (set 235 B-11: the council decides; "we will
      // definitely be in touch" is our own word, which the rule's "I" / "we" leave).
      `[you'll|you will] ${CERTAINLY} [qualify|be approved|be accepted|be eligible]`,
      `[I will|we will|I'll|we'll] ${CERTAINLY} get [this|it|that|them|your application|your claim|your appeal] [approved|accepted|through|granted|overturned]`,
      "[you'll|you will] be [good to go|all set|all good|absolutely fine|totally fine|perfectly fine]",
      '[has|have] [now|] been [completely|fully|permanently|100] [resolved|fixed|solved|sorted]',
      // …or to be, whole: "this issue will be 100% resolved", "the leak will be fully fixed this time" (3 of 3 tuned
      // uses labelled overpromise, none flagged before; set 283 B-20).
      'will be [completely|fully|permanently|100] [resolved|fixed|solved|sorted]',
      // Not "guaranteed to arrive": a delivery service's own guarantee, named ("Royal Mail Special Delivery … is guaranteed to
      // arrive by 1pm on Friday", set 323 B-18, read as it came: its only tuned use, labelled by neither).
      'guaranteed to [sort|be]',
      // …or put right in no time: "we'll have it sorted in no time", "we'll have you back to normal in no time", "Rest assured
      // we'll have you back up and selling very soon" (set 369 B-01, read as it came; 3 of 3 tuned uses labelled).
      "[we'll|we will|I'll|I will] have [it|this|that|everything] [sorted|fixed|resolved|working|running] [in no time|very soon|in a jiffy]",
      // …or whole by a day: "We'll have this fully resolved by Friday", before the cause is found (set 387 B-06, read as it
      // came; its only tuned use).
      "[we'll|we will|I'll|I will] have [it|this|that|everything] [fully|completely|100] [sorted|fixed|resolved]",
      "[we'll|we will|I'll|I will] have you back [to normal|on the road|online|in business|up and running|up and selling|up] [in no time|very soon|in a jiffy]",
      `${SUBJECT} will [completely|fully|permanently|totally|] [${FIX}] ${AFFECTED}`,
      // …whatever they call it: "Following these steps will fix the counting issue" (set 257 A-07), "which will sort
      // the 300kg difference", "This will resolve the overpayment issue within 48 hours" (14 of 14 tuned uses
      // labelled overpromise, 4 not flagged before).
      `${SUBJECT} will [completely|fully|permanently|totally|] [${FIX}] [the|your]`,
      `[it'll|this'll|that'll] [${FIX}] ${AFFECTED}`,
      `${CERTAINLY} [fix|fixes|solve|solves|resolve|resolves] ${AFFECTED}`,
      `[this is|it's|that's] [an easy|a quick|a simple] fix`,
      // "They'll definitely be ready well before Saturday", "you definitely won't have any more problems".
      `[they'll|they will|you'll|you will] ${CERTAINLY} [be|arrive|get|have|receive|see]`,
      // Anyone else's certain outcome: "Steve will definitely be there", "it will definitely be the gas pressure".
      `will ${CERTAINLY} [be|arrive|get|have|work|pass|fix|sort|solve|resolve|come out|come back]`,
      // …whatever it does: "your next firing will definitely reach temperature", "the crew will
      // definitely collect your items", "will definitely come off with a blade" (80 of the 81 tuned
      // uses of "will definitely" labelled; the 81st is conditional, "if there is a genuine leak it
      // will definitely be covered", which UNVERIFIED leaves).
      `will ${CERTAINLY} [reach|clear|start|stop|collect|come off|find|look|taste|fit|last|run|help|improve|settle|disappear|go away|sort out|take care]`,
      // …whatever follows: "This will definitely hold the arm securely", "This will definitely reset the unit and
      // fix the problem" (of the 155 tuned uses of "will definitely / certainly / absolutely / 100" and a word, 154
      // labelled overpromise; the 155th is conditional, as above; sets 205 A-13, 209 A-06). The listed words stay
      // for the hint's words.
      `will ${CERTAINLY}`,
      // …and the same, shortened: "you'll definitely walk out with an unrestricted two-year certificate" (set 251
      // A-09; 23 of 23 tuned uses of "you'll / they'll / it'll … definitely / certainly / absolutely" labelled).
      `[you'll|they'll|it'll|he'll|she'll|that'll|this'll|we'll|I'll] ${CERTAINLY}`,
      // What comes, promised to calm them: "Don't worry, everything will be submitted on time", "Don't worry, this will
      // be resolved" (7 of 7 tuned uses labelled overpromise, 2 not read before; sets 109 B-11, 251 B-18).
      "don't worry [this|it|that|everything|they] will",
      // …or "we'll" get it done: "Don't worry, we'll get a new set made and couriered for Friday", "don't worry, we'll get her
      // Level 4 and all her stars back" (3 of 3 tuned uses labelled overpromise, none flagged before).
      "don't worry [we'll|we will] get",
      // The thing made like new before anyone has seen it: "we'll get our detailer to make it good as new", "your suit will
      // look as good as new for Friday" (4 of 4 tuned uses labelled overpromise, 3 not flagged before).
      'good as new',
      // A fix not yet made, promised by its release: "The fix will be in 4.2.1, which is out on Thursday", "a fix will be
      // deployed by this Friday" (4 of 4 tuned uses labelled overpromise, 3 not flagged before).
      '[the|a] fix will [be|go] [in|out|live|deployed|released|ready|shipped]',
      // A decision not ours promised as made: "Once your clerk submits it, it will be approved no problem", "Once we have it,
      // your claim will be approved and paid in full" (6 of 6 tuned uses labelled overpromise, 3 not flagged before).
      '[it|claim|application|request|appeal|refund|permit|licence|license|visa|loan|order] will be approved',

      `${CERTAINLY} [won't|will not|will never] [have|see|get|run into] [any|] [more|further|other] [problems|issues|trouble|errors]`,
      // …said without the adverb: "so you will have no more problems with shade", "so you will have no further
      // issues going forward" (2 of 2 tuned uses labelled overpromise; sets 206 B-10, 85 B-15).
      "[you'll|you will] [have|see|get|run into|experience] no [more|further] [problems|issues|trouble|errors]",
      // The certainty said after it: "replacing the sensor will fix this 100%", "Reseating that joint will fix it, 100%".
      'will [fix|sort|solve|cure|resolve] [it|this|that|the problem|the issue] 100',
      // …or said whole after it, whatever brings the fix: "3.4.2 will fix this completely" (set 313 A-05, read as it
      // came), "which will be released next Tuesday and will resolve this completely" (6 of 6 tuned uses labelled
      // overpromise, 2 not read before).
      'will [fix|sort|solve|cure|resolve] [it|this|that|the problem|the issue] [completely|fully|entirely|permanently|totally]',
      // Safety vouched for in full before anyone has seen it: "It is 100% safe to use on your daughter's skin" (set 315
      // A-14; with "your ornaments are 100% safe with us", 2 of 2 tuned uses labelled overpromise).
      "[is|are|it's|they're] 100 safe",
      // A fix promised to last: "that will definitely solve it once and for all", "the fault will be
      // gone for good" (10 of 10 tuned uses labelled; the eleventh "for good" was a setting made to
      // last, "fix the printer's address for good", and an address is not in the list).
      'once and for all', '[it|this|that|them|out|gone|away|disappear|stop|stopped|fault|problem|issue|leak|noise] for good',
    ],
    // "Should" hedges the outcome as the hedges do: "flip it over, and it should feel good as new" (set 403 B-19, read as it
    // came: labelled by neither).
    benignBefore: [...UNVERIFIED, 'should'],
    certainPastACondition: CERTAIN_PAST_A_CONDITION,
    // The agent's own word to look or be in touch: "I will definitely be in touch tomorrow", "we'll certainly take a
    // look under your guarantee". What they promise to get done is promised as any other outcome: "we will
    // definitely replace them on the spot", "we will definitely have it perfect for your big day" (of the 9 tuned
    // uses of "we / I will definitely / certainly", 7 labelled overpromise; the 2 others, looking).
    benignAfter: ['[be|get|] in touch', '[get|] back to you', '[take|have] a look', 'come and [take|have] a look', 'look into', '[call|ring|phone|email] you', 'keep you [posted|updated|informed]'],
    ...UNVERIFIED_FIX,
  },
  {
    // An outcome promised as perfect: "the dress will be absolutely perfect for your wedding", "Pickle
    // will be absolutely fine on it" (6 of 7 tuned uses labelled). Allowed is not promised: "at 125cm
    // he will be absolutely fine to drive" (the seventh).
    id: 'certain-outcome',
    category: 'overpromise',
    phrases: [
      'will be [absolutely|completely|totally|perfectly] [fine|perfect]',
      // …said short: "she'll be absolutely fine in a 5 to 6" (set 317 A-02, read as it came), "it'll be absolutely fine
      // for the ski" (2 right added).
      "[she'll|he'll|it'll|they'll|you'll] be [absolutely|completely|totally|perfectly] [fine|perfect]",
      // No repeat promised: "this will be fixed within 24 hours, so you won't have any more trouble there" (set 267
      // B-14), "You will not have any further problems" (7 of 7 tuned uses labelled overpromise, 2 not flagged
      // before; not "you shouldn't have", which hedges).
      "you [won't|will not] [have|get|see|experience] any [more|further] [trouble|problems|problem|issues|issue]",
      // …or guaranteed in full: "the okupas will be out in 3-4 weeks 100% guaranteed" (of the 5 tuned uses, 4 labelled
      // overpromise; the fifth denies it, "is never 100% guaranteed", which UNVERIFIED's "never" leaves).
      '100 guaranteed',
    ],
    benignBefore: UNVERIFIED,
    certainPastACondition: CERTAIN_PAST_A_CONDITION,
    benignRightBefore: ['i', 'we'],
    benignAfter: ['to'],
    ...UNVERIFIED_FIX,
  },
  {
    id: 'guarantee',
    category: 'overpromise',
    phrases: [
      `[I|we] [guarantee|promise] ${SUBJECT} will [fix|solve|resolve|work|not happen|never happen]`,
      'guaranteed to [fix|work|solve|resolve]',
      'guaranteed to be [fixed|resolved|solved|sorted|working]',
      `[I|we] [promise|guarantee] [you|] ${SUBJECT} [is|has been|was|will be|is now] [fixed|resolved|solved|sorted|working]`,
      "[you won't|you will not|you'll never|you will never] [have|face|run into] [this|the|that|any] [issue|problem|issues|problems] again",
      `${SUBJECT} [definitely|certainly|absolutely] [won't|will not|will never] happen again`, `${SUBJECT} will [definitely|certainly|absolutely] [not|never] happen again`,
      // "I can guarantee the payout will be in your account by tomorrow".
      // "I can guarantee Jamie will get all four lessons": whatever follows, not "I can promise to call".
      '[I|we] can [guarantee|promise]', 'I guarantee [that|you|the|your|it|this]',
      // …and the company's word on what happens to them: "We guarantee you'll close on or before October 30" (set 369
      // B-20, read as it came). Not "we guarantee the workmanship for ten years", a warranty.
      "we guarantee [you|you'll|you will|it'll|he'll|she'll|they'll]",
      "[it'll|this'll] never happen again",
    ],
    benignBefore: UNVERIFIED,
    certainPastACondition: CERTAIN_PAST_A_CONDITION,
    // What can honestly be promised, set against what cannot: "I can't promise a nurse will never be
    // delayed. What I can promise is that if one is, you'll hear from us first" (set 129 B-04).
    benignRightBefore: ['what'],
    benignAfter: ['to'],
    ...GUARANTEE_ADVICE,
  },
  {
    // A guarantee added as an afterthought: "your kiosk will be delivered on 14 June, guaranteed", "he'll have it sorted
    // on the day, no question" (on the tuned part 11 hints added, all labelled overpromise by both labellers, 7 in
    // replies with no overpromise hint before; sets 343 A-03, 347 A-07). Only so: "guaranteed delivery" and "a
    // question" are nothing promised. Or between commas: "ready for new tenants by the 1st of next month, guaranteed, so
    // you can give your insurer that date" (set 395 A-07, read as it came; 7 of 7 tuned uses labelled overpromise).
    id: 'guaranteed-aside',
    category: 'overpromise',
    phrases: ['guaranteed', '100 guaranteed', 'no question'],
    closingAside: 'only',
    ...GUARANTEE_ADVICE,
  },
  {
    // "For sure" after a promise is the same afterthought: "they'll be up on the site today for sure, so your kids …",
    // "Your ring will ship by March 1st for sure" (set 409 B-10, read as it came; every tuned use after a promise labelled
    // overpromise, 4 not flagged before). Not knowing or saying for sure: "the survey is the only way to know for sure",
    // "we'll see for sure once we're there".
    id: 'for-sure',
    category: 'overpromise',
    phrases: ['for sure'],
    benignRightBefore: ['know', 'say', 'tell', 'see', 'sure', 'certain', 'when', 'whether'],
    ...GUARANTEE_ADVICE,
  },
  {
    // Their worry answered with an outcome promised: "Don't worry, we'll make sure your hours are all approved before your
    // court date", "Please don't worry, we'll have 9 replacement hampers with you in Leeds by tomorrow afternoon" (set 395
    // B-19, read as it came; 9 of 9 tuned uses labelled overpromise by both labellers, 2 not shown before). Not a promise to
    // look or write: "don't worry, I'll get back to you".
    id: 'worry-not-promise',
    category: 'overpromise',
    phrases: ["[don't|do not] worry [we'll|we will|I'll|I will] [make sure|ensure|get|have]"],
    benignAfter: ['[back to you|in touch|a look|someone call you|someone to call you]'],
    ...GUARANTEE_ADVICE,
  },
  {
    id: 'no-repeat',
    category: 'overpromise',
    phrases: [`${SUBJECT} [will never|won't|will not] happen again`],
    benignBefore: UNVERIFIED,
    certainPastACondition: CERTAIN_PAST_A_CONDITION,
    // What a change already made means: "I've switched direct claims off on Biscuit's account, so it
    // won't happen again", "corrected the account so it won't happen again" (4 of the 5 tuned uses
    // right after "so" labelled nothing; the fifth, "we've had the sealer serviced since, so …",
    // overpromise). "So this definitely won't happen again" stays a guarantee.
    benignRightBefore: ['so'],
    benignAfter: ['to'],
    ...GUARANTEE_ADVICE,
  },
  {
    // …unless they are told to rest assured of it: "Rest assured we have added monitoring for this so it
    // will not happen again" (4 of 4 tuned uses labelled overpromise, two of them after "so"; set 173).
    id: 'assured-no-repeat',
    category: 'overpromise',
    phrases: [
      `${SUBJECT} [will never|won't|will not|cannot|can't|can never] happen again`,
      // …or that it will be put right: "Rest assured we will get this sorted and your MRO right will be protected" (set 317
      // B-20, read as it came).
      "[we'll|we will|I'll|I will] [get|have] [this|it|that|everything] [sorted|fixed|resolved|put right]",
    ],
    onlyAfter: ['rest assured'],
    ...GUARANTEE_ADVICE,
  },
  {
    id: 'knows-cause',
    category: 'overpromise',
    phrases: [
      "I know exactly [what's wrong|what is wrong|what the problem is|what's causing|why this is happening|what's happened|what has happened|what happened|what went wrong|what this is|what that is|what it is]",
      `${CERTAINLY} [caused by|due to]`,
      `the cause is ${CERTAINLY}`,
      "I've seen this [a hundred|a thousand|many|countless] times",
      // Not "it is definitely your cover": whose thing it is, checked, is no cause guessed (0 of 2 tuned uses
      // labelled, with "it's definitely yours"; set 142 A-09).
      // Not "almost always caused by": the usual cause, told as usual, was labelled overpromise in 10 of the 17
      // tuned replies it was shown in, and blame in most of the others, where the cause is how they handled it
      // ("almost always caused by contact with hand creams", set 186 A-14; blame reads that, handling-as-cause).
      '[is|are] always caused by', "[it's|it is|this is|that's] [definitely|certainly|clearly|obviously|almost certainly] [the|a|because|just]",
      // "I'm sure it's just the load cell" (3 of 3 such tuned uses labelled, with "almost certainly just").
      "[I'm|I am] sure [it's|it is|that's|that is] [just|only]",
      // …and "the LED is probably just a loose connector", "it's most likely just a small wire edge" (set
      // 122; 4 of 4 such tuned uses not yet read, all labelled overpromise).
      "[is|are|it's|that's|it'll|it will] [most likely|probably] just",
      'I can assure you', "[I'm|I am|we're|we are] [100%|absolutely|completely|totally] [sure|certain|confident]",
      // "I'm confident the clock will run perfectly", "I'm sure they'll sign you off": an outcome
      // vouched for before it happens (4 of 4 labelled on the tuned part, and "I'm confident this visit
      // will …", "… everything will be resolved", 2 of 2; "I'm sure you'll agree" is not one).
      // …and of them: "so I'm confident you'll be sleeping much better within a few weeks" (set 190 B-11; not "I'm
      // sure you'll agree", a courtesy).
      "[I'm|I am] [confident|certain] [that|] [the|your|it|it'll|it will|this|that will|he'll|she'll|they'll|he will|she will|they will|everything|we'll|we will|you'll|you will]",
      "[I'm|I am] sure [that|] [it'll|it will|this will|that will|he'll|she'll|they'll|he will|she will|they will]",
      // …and of someone else's decision: "I'm sure the officer will see it your way once they've read your objection", "I'm
      // sure the Commissioners will adopt it" (set 415 B-15, read as it came; 2 of 2 tuned uses labelled, none flagged
      // before). Only a body that decides: "I'm sure the comment wasn't meant that way" is no promise.
      "[I'm|I am] sure [that|] the [officer|officers|council|committee|commissioners|commission|court|tribunal|board|judge|panel|assessor|inspector|insurer|insurers|bank|airline|landlord|authority|ombudsman|examiner|examiners|registrar|adjudicator|magistrate|regulator|embassy|consulate] will",
      "[that's|it's|this is|that is|it is] [definitely|certainly] what",
    ],
    // A cause found by looking is a finding, not a guess: "I've had a look and it's definitely the
    // projection on export" (set 37 A-08).
    benignBefore: [...UNVERIFIED, 'look', 'looked', 'checked', 'tested', 'investigated', 'inspected'],
    certainPastACondition: CERTAIN_PAST_A_CONDITION,
    // A cause that is someone's error ("almost always caused by an error on the client's ASN") lays fault,
    // which is blame's question, not a promise about a fix.
    benignAfter: [
      "[an|a|] [error|mistake|errors|mistakes] [on|by|in] [your|their|the client's|the customer's|the user's|the sender's|the buyer's]",
      '[user|customer|client] error',
      // "I can assure you that our installation was carried out to the highest standard" defends the
      // company (dismissive), it promises no outcome.
      '[that|] [our|all our|all of our]',
      // Agreeing with what they said is no cause named: "with you heading back on Saturday, that's clearly
      // the case" (set 133 B-03).
      'case',
      // …nor is granting the fault they reported: "Thanks for the photo. That's definitely a defective zipper, and
      // it's covered by our 90-day warranty" (set 397 B-08, read as it came: labelled by neither).
      '[defective|faulty|damaged|broken|manufacturing] [fault|defect|zipper|part|item|unit|product|batch|seam|one|]',
    ],
    message: "Naming the cause before checking may answer yesterday's problem, not this one (Hear the whole message).",
    suggestion: "My first guess is …; I'll confirm it by checking …",
  },
];
