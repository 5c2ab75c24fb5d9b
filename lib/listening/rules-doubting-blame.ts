/**
 * doubting (questioning the customer's account) and blame (placing fault on them). One row per rule.
 */
import { CUSTOMER_ROLES, customerRoles, NEGATIONS, UNVERIFIED, type PhraseRule } from './phrase-rule';

/**
 * What the customer "should have" done, in "you should have …" and "you should've …". Not what they
 * were due ("you should have received", "been told", "had a reply"), which owns our part.
 */
const SHOULD_HAVE_DONE =
  '[read|checked|backed up|contacted|called|told|followed|made|known|noticed|updated|saved|waited|asked|done|kept|tested|cancelled|canceled|brought|returned|reported|booked|registered|submitted|specified|mentioned|requested|selected|chosen|ordered|notified|measured|provided|included|paid|arranged|noted|raised|flagged|declared|inspected|labelled|labeled|removed|moved|cleared|commissioned|refused|rejected|sought|obtained|ensured|confirmed|checked with|allowed|pushed|placed|reviewed|forwarded|used|had checked|entered|informed|sealed|treated|cleaned|stored|packed|added|applied|approved|stopped|unlinked|simplified|rinsed|washed|let]';

/** What they send in, or should have: "were not received from your end", "not fully submitted on your end". */
const SENT_IN = 'received|submitted|made|sent|completed|uploaded|entered|lodged|filed';

/** How a notice went out, and the newsletter it went out in, with up to two words before it ("our March customer newsletter"). */
const NOTICE_VERBS = 'announced|included|published|set out|notified|advertised|publicised|publicized|communicated|explained|mentioned|posted|covered';
const NEWSLETTER_WORD =
  '[January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|fall|winter|Christmas|monthly|weekly|quarterly|annual|latest|last|recent|previous|members|customer|customers|centre|center|club|school|parish|resident|residents|tenant|tenants|]';
const IN_A_NEWSLETTER = `in [our|the] ${NEWSLETTER_WORD} ${NEWSLETTER_WORD} [newsletter|newsletters|e-newsletter|bulletin]`;

/** What the two hindsight rules say, one text for both. */
const HINDSIGHT_ADVICE = {
  message: 'Hindsight puts the fault on them and fixes nothing; say what to do now (Solve, no scapegoats).',
  suggestion: 'To avoid this next time, you can …',
};

/** What the two rules that give their handling as the cause say, one text for both. */
const USUAL_CAUSE_ADVICE = {
  message: 'Giving the usual cause as how they handled it puts the fault on them before anyone has looked (Solve, no scapegoats).',
  suggestion: 'One thing that can cause this is …; could you tell me how …?',
};

/** What customers commonly do or believe, said to this one: "It's quite common for customers to …". */
const COMMON_FOR_CUSTOMERS = `[it's|it is] [very|quite|really|fairly|] common for ${customerRoles('many')} to`;
/**
 * What they believe rather than do: after COMMON_FOR_CUSTOMERS it doubts their account, not blames them
 * ("to assume" is both for the labellers, so it is read as doubting and left to blame as well).
 */
const BELIEFS = 'expect|think|believe|imagine|feel';
/** The days of a month as written: "1st" to "31st". */
const DAYS_OF_MONTH: readonly string[] = Array.from({ length: 31 }, (_, i) => `${i + 1}${ordinalSuffix(i + 1)}`);
function ordinalSuffix(day: number): string {
  if (day >= 11 && day <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][day % 10] ?? 'th';
}

/**
 * Our checks vouched for, whichever words it takes: what turns it aside (a condition, a check still to come,
 * a "but" conceding what may have gone wrong with theirs) and what it is told.
 */
const VOUCHES_FOR_CHECKS = {
  benignBefore: ['if', 'whether', 'unless', 'now', 'will'],
  benignLater: ['but', 'however', 'although', 'though'],
  message: "Our checks on every item don't show what happened to theirs; find what differs (Hear the whole message).",
  suggestion: "We check every … before it leaves, so I'd like to find out what happened to yours: …",
} as const;

/** What a rule that pushes the fault back on them says, and what it offers instead. */
const SCAPEGOAT = {
  message: 'Pushing the fault back is a scapegoat; give the cause as facts (Solve, no scapegoats).',
  suggestion: 'The cause is …; here is what fixes it: …',
};

export const DOUBTING_AND_BLAME_RULES: readonly PhraseRule[] = [
  // doubting: question the facts, not the customer (Ask open questions, 4).
  {
    id: 'are-you-sure',
    category: 'doubting',
    phrases: [
      'are you [sure|certain|positive]',
      'did you [actually|really|even] [try|do|follow|read|check|restart|click|type]',
      'have you [actually|really|even] [tried|done|followed|read|checked|restarted]',
    ],
    benignAfter: ['[you|that you] [want|wish|need|wanted]', "you'd like", 'you would like'],
    message: 'Doubting they did what they said puts them on trial; ask what they saw (Ask open questions).',
    suggestion: 'Could you walk me through the steps you took and what you saw?',
  },
  {
    id: 'you-claim',
    category: 'doubting',
    phrases: [
      'you [claim|claimed|allege|alleged] [that|to have|to be]', 'according to you',
      // …or held as their belief: "If your computer is not hanging up as you believe" (set 265 A-02; 2 of 2 tuned
      // uses of "as you believe / claim / allege" labelled doubting).
      'as you [believe|claim|allege]',
      // …or their word made a condition: "If, as you say, the data are yours, the matter may be better characterized as
      // an authorship dispute" (set 367 A-17, read as it came; its only tuned use).
      'if as you [say|said|claim|suggest|state|stated]',
      // What they reported, called a claim: "photographs of the alleged damage".
      '[the|your|this|any] [alleged|supposed|claimed] [damage|fault|defect|problem|issue|error|charge|charges|incident|loss|theft|scratch|scratches|dent|leak|breakage]',
      'I find it hard to believe', '[hard|difficult] to believe that', "[I'm|I am|we're|we are] not sure [that's|that is|this is] [quite|exactly|really|] what happened",
      // What they report set against what someone else remembers, or doubted outright: "she doesn't
      // recall any cuts during his groom", "I'm not sure who you spoke to" (4 of 4 tuned uses each
      // labelled doubting; "as you say" alone was 2 of 5).
      "[doesn't|does not] recall", "[I'm|I am|we're|we are] not sure who you [spoke|talked|were speaking] [to|with]",
      // …or against a record vouched for: "nobody recalls telling you", "Kerry has been with us for four
      // years and we have never had a complaint like this about her" (sets 118, 120; 4 of 4 tuned uses).
      '[nobody|no one] [recalls|remembers]', 'never [had|received] [a|an|any] [complaint|complaints|issue|issues|problem|problems]',
      "[I'm|I am|we're|we are] not sure that what",
      '[our|the] [logs|records|system|data] [show|shows|say|says] otherwise',
      // Their account held as a belief they might give up: "If you still believe our team were responsible".
      "if you still [believe|feel|think|maintain] [that|] [our|we|the|it|this|your|there is|there was|there's]",
      // …or as one to be proved: "If you believe a visit has been missed, please provide the dates", "If
      // you believe there has been an error, please send proof of payment" (7 of 7 tuned uses before "a",
      // "any" or "there"; before "the" 0 of 2: "if you believe the charge was issued incorrectly you can appeal").
      'if you believe [a|an|any|there]',
      // …or of what they say they did or got: "If you believe you received fewer, please send us photos of all cartons",
      // "If you believe your order was not received …" (set 383 B-05, read as it came; 12 of the 13 tuned uses
      // labelled doubting). Not a right they may have: "If you believe you are entitled to a refund, you can open a case".
      'if you believe [you|your]',
      // …or what they say happened, held as their belief: "including any arrangement you believe you made", "along with any
      // reply you believe you received" (set 327 A-09, read as it came; 2 of 2 tuned uses labelled doubting).
      '[any|the] [arrangement|agreement|reply|response|promise|call|conversation|payment|email|message|confirmation] you believe you',
      // Another cause offered for what they report: "It's worth bearing in mind that July is peak fouling
      // season", "… that file issues are one of the most common reasons for print disputes" (6 of the 7
      // tuned uses labelled doubting). Not "It's also worth bearing in mind": an add-on, more often advice
      // for what comes ("fryer grease will make any floor slippery", "bed bugs are easily brought back in on
      // bags"); 7 of its 11 tuned uses were labelled doubting, 2 of the 5 where it was the only doubting hint.
      '[it\'s|it is] worth bearing in mind',
    ],
    benignAfter: ['[are|were|may be|might be|would be] entitled'],
    message: "Doubting their account says they weren't heard; start from what they report (Hear the whole message).",
    suggestion: 'You mentioned …; let me check that on our side.',
  },
  {
    id: 'works-for-me',
    category: 'doubting',
    phrases: [
      '[it|this|that|everything] works [fine|perfectly|well|] [for me|on my end|on my side|on our end|on our side|here]',
      "[it's|it is|everything is|everything's] working [fine|perfectly|] [for me|on my end|on my side|on our end|on our side]",
      // …whatever is said to work: "the Pause feature is working as expected on our end" (set 223 B-02). Only
      // with how it works: "the team are working on our side" is no denial.
      '[is|are] working [fine|perfectly|correctly|normally|as expected|as intended|as it should] [on|from|at] [our|my] [end|side]',
      // …or a thing said to work, with no word of how: "The QR links are working on our end" (set 383 B-10, read as it
      // came), "so the pairing is working on our side" (2 of 2 tuned uses labelled doubting); of a thing only, as above.
      '[link|links|app|site|website|system|systems|portal|page|feature|form|code|codes|pairing|connection|service|server|servers|login|checkout|integration|sync|feed|device|line|network|platform|tool] [is|are] working on [our|my] [end|side]',
      // …or said to be running as it should, where they said it was not: "the sync service is functioning as
      // expected", "Our system is operating normally" (6 of 6 tuned uses labelled doubting, 4 not read before).
      '[is|are|was|were] [functioning|operating|performing] [normally|as expected|correctly|as normal|as intended|properly]',
      '[I|we] [cannot|can\'t|could not|couldn\'t] [reproduce|replicate] [it|this|the issue|the problem|that] [so|which means]',
      // Asserting the opposite of what they reported: "looks like your channel is up & running".
      '[is|are|looks|seems|appears|be] up [and|] running',
      '[no|not any] [known|] [issues|problems|outages|errors|faults] [on|at|from] [our|my] [end|side]',
      '[we|I] [don\'t|do not|can\'t|cannot] see any [issues|issue|problems|problem|errors|faults|outage|outages] [on|at|with|from]',
      'everything [looks|seems|appears|is] [fine|good|normal|correct|ok|okay] [on|at|from] [our|my] [end|side]',
      // Not "in good standing", a standing told to others, not a fault denied ("a note to your sponsors saying your
      // account is in good standing", set 229 B-07; its only tuned use).
      '[your|the] [account|order|card|channel|payment|device|service|connection|line|subscription] [is|looks|seems|appears] [fine|normal]',
      // What they report set against what we know of: "I'm not aware of any instruction to leave them",
      // "We're not aware of any wider issues with napkin supply" (2 of 2 tuned uses labelled doubting).
      "[I'm|I am|we're|we are] not aware of any",
      // Our checks set against what they found: "All our straps are checked and measured before dispatch,
      // so it is unlikely that the wrong size was sent", "all microphones are fully tested before dispatch"
      // (8 of 8 tuned uses the rules did not read labelled; "checked before handover", said of a boat that
      // broke down, 0 of 1 and not read).
      '[checked|tested|inspected|measured] before [dispatch|despatch|delivery]',
    ],
    // A future is a promise, not a denial of what they see: "so it will definitely be up and running
    // again by tomorrow afternoon" (overpromise's question; set 122 A-08).
    benignBefore: ['if', 'whether', 'once', 'until', 'now', 'also', 'still', 'will', "it'll", "that'll", "they'll", "he'll", "she'll"],
    message: "Saying it works for you tells them their account is wrong; find what differs (Hear the whole message).",
    suggestion: "It works in my test, so something differs between our set-ups; could you tell me …",
  },
  {
    // Our checks set against what they found, for every item: "All our inserts are checked in the yard
    // before dispatch", "All of our garments are checked against the order before they leave the
    // warehouse" (10 of the 11 tuned uses labelled doubting, 5 not read before; the eleventh concedes:
    // "…are checked before they leave the warehouse but occasionally items can become separated").
    id: 'vouches-for-checks',
    category: 'doubting',
    phrases: ['[is|are|was|were] [all|] [checked|inspected|tested|hand-checked|quality checked|quality-checked]'],
    onlyAfter: ['all [of|] our'],
    ...VOUCHES_FOR_CHECKS,
  },
  {
    // …or of theirs, by whoever checked it: "All reeds are checked by our QC department before dispatch" (set 371 A-12,
    // read as it came), "the key box code … was tested by our team before your arrival" (6 of 6 tuned uses labelled
    // doubting); "shipment TRT-0925 passed our final inspection before leaving Cairns" (set 371 A-02, read as it came; 3 of
    // the 4 tuned uses labelled doubting, the fourth goes on "but some cartons may have been affected").
    id: 'passed-our-checks',
    category: 'doubting',
    phrases: [
      '[checked|tested|inspected] by [our|the] [QC|quality control|quality|QA|warehouse|packing|dispatch|workshop|] [department|team|staff|inspectors|technicians] [before|prior to]',
      'passed [our|the] [final|full|quality|pre-dispatch|] [inspection|quality check|checks|check|test procedure|tests] before [dispatch|despatch|delivery|leaving|it left|they left]',
    ],
    ...VOUCHES_FOR_CHECKS,
  },
  {
    // …of every one of a kind, said before it left us: "every kit is checked before it leaves our warehouse", "All
    // BedSense units are fully tested before they leave our warehouse" (set 337 A-12, B-06, read as it came; 7 right
    // and 1 wrong on the tuned part, 4 and 1 of them not read as doubting before).
    id: 'checked-before-it-left',
    category: 'doubting',
    phrases: ['[is|are] [fully|individually|thoroughly|carefully|] [checked|inspected|tested|quality checked] before [it|they] [leaves|leave|left|goes|go|went]'],
    onlyAfter: ['[every|each|all]'],
    ...VOUCHES_FOR_CHECKS,
  },
  {
    id: 'assumes-mistake',
    category: 'doubting',
    phrases: [
      'you [must have|probably|likely] [mistyped|misread|misunderstood|missed|typed|entered|forgot|deleted|changed|clicked]',
      // Whatever they did: "Please double check that you used the ORIGINAL cable", "could you please double check
      // whether you completed and saved the parental control settings" (4 of 4 tuned uses labelled doubting).
      '[double-check|double check] [that|whether] you',
      // Asked to check again what they told us: "could you double-check the text you entered?" (6 of 7
      // tuned uses labelled doubting; the seventh, "please double-check these in the setup menu", is left).
      "[could you|can you|would you|you could|ask you to] [please|] [double-check|double check]",
      // …or asked to check a thing of theirs was right: "Please double-check that the parcel was sent to the correct
      // returns address", "double-check that the mailing address on file matches" (14 of 14 tuned uses of "double-check
      // that / whether" labelled doubting, 3 not read before; sets 205 A-16, B-07).
      '[double-check|double check] [that|whether] [the|your]',
      // …or asked plainly to check the thing itself: "please double-check your original submission", "Please
      // double-check the variant selected at checkout" (14 of 15 tuned uses of "please double-check the / your /
      // this" labelled doubting; "please double-check these in the setup menu" is not read).
      'please [double-check|double check] [the|your|this]',
      // "Please re-check the model number on your appliance", "Please re-check your optic is 10GBASE-LR" (3 of 3
      // tuned uses labelled doubting; set 173).
      'please [re-check|recheck]',
      // …or kindly, the thing itself: "Kindly re-check the details entered by you in the proposal form", "Kindly re-check
      // that payment was made in the society's correct account" (3 of 3 tuned uses labelled doubting; sets 209, 249,
      // 283). Not one checked with someone else: set 210 A-01's "Kindly re-check with your bank that the transfer was
      // sent to the correct IBAN" was labelled no doubting (and "kindly double-check with the account holder" was).
      'kindly [re-check|recheck|double-check|double check] [the|your|that|this]',
      '[check|confirm] that you [actually|really] [have|did|are|entered|typed|followed|completed]',
      // …or asked to make sure they really did it: "Please make sure you actually press SUBMIT on the upload page", "Please
      // ensure that you actually click …" (2 of 2 tuned uses labelled doubting; set 297 B-09, read as it came), "Please
      // make sure you are actually pressing and holding the START button" to one who wrote they press and hold it (set
      // 353 A-16, read as it came: doubting for both labellers).
      "[make sure|ensure] [that|] [you|you are|you're|you have|you've] actually",
      // …or told to enter it right, as if they had not: "Please ensure you are entering the licence code exactly as shown",
      // "kindly ensure that you are entering the index number correctly" (5 of 5 tuned uses labelled doubting, none
      // flagged before; "make sure you're entering RPE after every set", advice for what comes, was not).
      '[make sure|ensure] [that|] you are entering',
      // …or asked to try again what they tried before we will act: "Before we go any further, could you try the
      // following", "before we go down the replacement route, could you check two things" (7 of the 8 tuned uses
      // labelled doubting, 6 not read before; the eighth, "Before we go down the replacement route, could you try a
      // FIDO2 reset", labelled by neither; 5 right and 1 wrong added).
      'before we go [any further|down the]',
      // "Can you confirm you clicked SAVE ENTRY for each one?", "Can you confirm you were at the vehicle at that time"
      // (2 of 2 tuned uses labelled doubting, sets 39 and 165). Not "can you confirm you have received it".
      "[can you|could you] [please|] confirm [that|] you [clicked|entered|selected|pressed|tapped|saved|typed|were at]",
      // Their account weighed and found no reason to believe: "We have no reason to believe these visits were not
      // carried out correctly", "I've no reason to doubt her" (4 of 4 tuned uses labelled doubting; not "there's
      // no reason to think he came to any harm", which reassures).
      "[we have|we've|I have|I've] no reason to [believe|doubt]",
      // Asked to check they sent the right thing, after they said they had: "Please check that you have
      // uploaded the correct documents", "Please ensure that you have uploaded valid proof of address" (2 of 2
      // tuned uses labelled doubting, sets 19 and 162).
      "[check|ensure|make sure] [that|] [you have|you've] [uploaded|entered|used|selected|sent|attached|submitted|provided] [the correct|the right|valid|a valid]",
      "[it|this] [seems|appears|looks] like you [didn't|did not|haven't|have not|may not have|might not have]",
      '[our|the] [system|records|logs] [show|shows] no [failed|record|sign|attempts|errors|issues|problems]',
      // …"any record, sign or trace", or of the very thing they report: "our records don't show any hemming work on this
      // order", "our telephone log does not show any calls from your number on the dates you mention" (set 377 B-12, read as
      // it came; 6 of 6 tuned uses labelled doubting, 4 not flagged before).
      "[our|the] [system|records|logs|log|telephone log|phone log|call log] [does not|doesn't|do not|don't] show any [record|sign|trace|]",
      // …or that what they sent never came: "We have no record of receiving a site plan from you in February" (5 of 5
      // tuned uses labelled doubting, none flagged before; "no record of" anything else was mixed, 23 of 34).
      'no record of receiving',
      // Questioning what they did, or insinuating what they must have done.
      '[that|whether|if] you [actually|really|definitely] [did|have|had|raised|reported|sent|clicked|entered|made|followed|completed|submitted|tried]',
      '[confirm|check] [that|whether] [it|the device|the item|the product|your device|the phone|the parcel] [has|was|had] [not|never|] been [dropped|knocked|washed|damaged|misused|opened|tampered]',
      '[confirms|confirmed|shows|showed] [that|] [the|your] [parcel|package|order|item|delivery] was delivered',
      '[our|the] [records|system|logs|tracking|GPS|driver\'s GPS] [show|shows|confirm|confirms] [the|that the|that our|that] [crew|driver|engineer|courier|technician|van] [attended|visited|delivered|came|arrived|completed|attempted|tried]',
    ],
    message: 'Assuming a mistake jumps ahead of the facts; ask what happened (Ask open questions).',
    suggestion: 'Could you tell me exactly what you entered?',
  },

  {
    // Our accuracy set against what they found: "ParityEye's rate shopping engine has a 99.7% accuracy rate" (set 315
    // B-18), "Our kiosks … have a 99.7% first-time success rate", "That fixes it in 99% of cases" (4 of the 4 tuned uses
    // labelled doubting, and dismissive too; not "the 99.9% uptime in your plan", a promise to them).
    id: 'vouches-for-accuracy',
    category: 'doubting',
    phrases: ['99 [accuracy|success|first-time]', '99 [1|2|3|4|5|6|7|8|9] [accuracy|success|first-time]', 'in 99 of cases'],
    benignBefore: ['if', 'whether', 'unless'],
    message: "Our accuracy in general doesn't show what happened to theirs; find what differs (Hear the whole message).",
    suggestion: "Our checks are usually right, so I'd like to find out what happened here: …",
  },
  {
    // What they report, ruled improbable from the company's own care: "they're tested for silver content
    // before they go on sale, so it is very unlikely that plated rings were sent out as sterling silver"
    // (3 of 3 tuned uses labelled doubting). Not "very unlikely to be …": a cause ruled out for them
    // ("it's very unlikely to be ruined"; wrong on 4 of 4 tuned uses); nor what comes next, which is
    // reassurance ("it's very unlikely that this will happen again").
    id: 'improbable-account',
    category: 'doubting',
    phrases: [
      "[it is|it's] [very|extremely|highly] [unlikely that|unusual for]",
      // …or reasoned to have been fine from the company's own figures: "packs tested to keep it below
      // 5°C for 36 hours, so a box delivered at 8am should still have been well within temperature",
      // "we cooked an 80kg pig, …, so there should have been plenty" (3 of 3 tuned uses labelled doubting).
      'should [still|] have been [fine|plenty|enough|okay|ok|safe|well within|within]',
      // …or put down to what customers commonly believe: "it is quite common for customers to expect more
      // variation in the pattern than there actually is" (set 142 B-11, doubting for both labellers; "to
      // assume damage was pre-existing" was labelled doubting and blame). What they commonly do wrong
      // is blame (lesson-for-next-time).
      `${COMMON_FOR_CUSTOMERS} [${BELIEFS}|assume]`,
    ],
    // An admission that it was not: "there should have been plenty, and there wasn't".
    // …or looking into it all the same ("so it's very unusual for anything to get through, but we'll look
    // into it fully": set 141 A-19, dismissive for both labellers, doubting for neither).
    benignLater: ['again', '[recur|recurs|return|returns]', 'come back', '[will|would|could] [happen|occur]', "[it'll|this'll|that'll]", "[wasn't|was not|weren't|were not]", "but [we'll|we will|I'll|I will] [look into|investigate|check|examine|find out]"],
    message: 'Calling what they report unlikely questions their account; find out what happened (Hear the whole message).',
    suggestion: "That isn't what we'd expect, so let's find out what happened: …",
  },
  {
    // Asked to vouch for what they told us, or for how they did it: "Can you confirm that the device
    // has not been dropped?", "could you also confirm whether you raised it with staff?" (12 of 12
    // tuned uses labelled doubting). A choice they are asked to make is no doubt: "could you confirm
    // whether you'd like a refund or a replacement?"
    id: 'asks-to-confirm',
    category: 'doubting',
    phrases: [
      '[can|could|would] you [please|also|just|kindly|also please|] confirm [that|whether|if]',
      // …with no "that": "can you please confirm the room was fully sealed for the whole program?", "Can you confirm
      // you were waiting at the correct meeting point?" (set 271 B-08; 8 of the 9 tuned uses not read before
      // labelled doubting; a detail asked for, "could you confirm the best number to call", is not one).
      '[can|could|would] you [please|also|just|kindly|also please|] confirm [the|you]',
      // …or told to: "Kindly confirm that you were waiting at the correct court", "please confirm that you were
      // connected to the correct network" (sets 245, 247; 6 of the 7 tuned uses not read before labelled doubting).
      '[please|kindly] [also|] confirm [that|whether]',
    ],
    benignAfter: [
      "[you'd|you would|you|you'd still|you still] [like|want|wish|prefer|rather|require|need]",
      "[you're|you are] [happy|still|available|free|ok|okay|able]",
      '[this|that|the] [time|date|day|slot|address|price|quote] [is|works|suits]',
      // A day offered, not their account: "Could you confirm that Thursday suits the church office?" (set 126).
      '[Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow|today|the morning|the afternoon] [is|works|suits|would suit|is convenient]',
      '[the|this|that] [visit|appointment|booking|arrangement|plan|time slot] [works|suits|would suit|is convenient]',
      // …or a date by its day of the month: "Can you confirm the 24th works?" (set 387 B-17, read as it came).
      `[${DAYS_OF_MONTH.join('|')}] [is|works|suits|would suit|would work|is convenient|is still good]`,
      // A detail asked for, not their account: "could you confirm the best number to call", "… the delivery address";
      // nor whether what we sent came: "Can you confirm you have received the replacement?".
      '[best|address|delivery address|postcode|order number|reference|account number|email address|phone number|carrier|name|spelling]',
      '[have|have now|now have|did|] [received|receive|got|get]',
    ],
    message: 'Asking them to vouch for what they told you sounds like doubt; say what you need and why (Hear the whole message).',
    suggestion: 'To rule it out on our side, could you tell me …',
  },

  // blame: facts and actions, no scapegoats (Solve honestly, 8).
  {
    id: 'should-have',
    category: 'blame',
    phrases: [
      "you [should|should've] [really|] [have|] been [aware|taking|checking|keeping|reading|following|charging|backing up|saving|using|storing|updating|running|cleaning|testing]",
      `you should [really|also|] have ${SHOULD_HAVE_DONE}`, `you should've ${SHOULD_HAVE_DONE}`,
      // …in the third person: "the Assured should have ensured the container was inspected" (set 178 A-07).
      `the ${customerRoles('one', 'Assured', 'insured')} should have [ensured|checked|inspected|made sure|notified|reported|read|confirmed|arranged]`,
      "[if you had|if you'd|had you] [read|followed|checked|backed up|updated|contacted|listened]", "[you should have|you should've] had [it|this|them|that|the] [checked|looked|serviced|inspected|fitted|done]",
      'as you should know', 'you should have known', 'you were warned', '[we|I] warned you',
    ],
    // What they were due, or did right: "You did exactly what you should have done" (set 129 B-13).
    benignRightBefore: ['what'],
    ...HINDSIGHT_ADVICE,
  },
  {
    // The same hindsight told from its outcome: "If the rug had been moved as advised, this
    // wouldn't have happened." (4 of 4 tuned replies labelled.) Owning it is not blame: "this
    // wouldn't have happened if our driver had called".
    id: 'would-not-have-happened',
    category: 'blame',
    phrases: [
      "[this|it|that|which] [wouldn't|would not] have [happened|occurred]", "[wouldn't|would not] have occurred",
      "there [wouldn't|would not] have been [so much|as much|any]",
      "it would have [helped|been helpful|been better] if [you|you'd|someone|somebody|the|your|a]",
      "[could|would] have been avoided if [you|you'd|the|your]",
    ],
    benignBefore: ['we', 'our', 'us', 'I', 'my'],
    benignLater: ['if we', "if we'd", 'if our', 'if I', "if I'd", 'had we', 'had our', 'had I', 'by us', 'on our'],
    ...HINDSIGHT_ADVICE,
  },
  {
    id: 'you-failed',
    category: 'blame',
    phrases: [
      'you [failed|neglected|omitted] to',
      "you [didn't|did not|never] [follow|read|check|back up|listen|pay attention|bother]",
    ],
    benignBefore: ['if', 'case', 'unless', 'whether', 'even', 'worry'],
    message: 'Saying they failed puts the fault on them; say what happened and the fix (Solve, no scapegoats).',
    suggestion: 'It looks like this step was skipped; here is how: …',
  },
  {
    // Told them already, in a newsletter: "the new tanker schedule was included in our March newsletter, which went
    // out to all customers by email on the 3rd" (set 367 B-15, read as it came), "This was announced in the autumn
    // newsletter" (4 of the 5 tuned replies labelled blame; the fifth goes on "but I appreciate not everyone sees these").
    id: 'told-in-a-newsletter',
    category: 'blame',
    phrases: [
      `[was|were|had been|has been|have been] [${NOTICE_VERBS}] ${IN_A_NEWSLETTER}`,
      `as [${NOTICE_VERBS}] ${IN_A_NEWSLETTER}`,
    ],
    // Their own news in ours is no reproach: "we were delighted your story was included in our spring newsletter".
    benignBefore: ['delighted', 'pleased', 'happy', 'glad', 'proud', 'thank', 'thanks'],
    benignLater: ['not everyone', 'not all', 'I appreciate', 'I understand', 'I realise', 'I realize', 'we should have', 'should also have', "didn't reach", 'did not reach'],
    message: 'Pointing to the newsletter that announced it tells them they should have read it (Solve, no scapegoats).',
    suggestion: "We did announce this in our newsletter, but I'm sorry it didn't reach you: …",
  },
  {
    // The collection rule recited to one whose collection was missed: "bins must be presented at the kerbside by 7am on the
    // day of collection", "please ensure your bin is placed at the edge of your property by 7am on your collection day"
    // (19 of 19 tuned uses after "by" or "before" labelled blame, 15 not flagged before; set 379's read as it came led to it).
    id: 'set-out-in-time',
    category: 'blame',
    phrases: ['on [the day of collection|the day of your collection|your collection day|collection day|the collection day]'],
    onlyAfter: ['[by|before]'],
    benignBefore: [...NEGATIONS, 'if'],
    message: 'Reciting the collection rule tells them they broke it; say what happened to their collection and what you will do (Solve, no scapegoats).',
    suggestion: "Your collection on … was missed; we'll come back on …",
  },
  {
    id: 'user-error',
    category: 'blame',
    phrases: [
      '[user|operator] error', 'your [own|] [fault|mistake]',
      'you caused [this|the problem|the issue|it]', 'you created [the problem|the issue|this problem|this issue]',
      'you broke [it|this|that]',
      'you [messed|screwed] [it|this|that|] up',
      'you [did|set|configured|installed|entered|typed] [it|this|that|them] [up|] [wrong|wrongly|incorrectly]',
      'you [misconfigured|misused]',
    ],
    // "Your fault" as what they reported, a machine's fault logged for them: "We have logged your fault
    // under ticket number 77142" (set 112).
    benignBefore: NEGATIONS,
    // Right before only: "we logged it as user error" is blame.
    benignRightBefore: ['logged', 'reported', 'raised', 'recorded', 'registered'],
    benignAfter: ['[under|ref|reference|report|ticket|number]', '[has|have] been [logged|reported|raised|recorded|registered|passed]'],
    message: 'Calling it their error puts blame where a fix should be (Solve, no scapegoats).',
    suggestion: 'What happened is …; changing … fixes it.',
  },
  {
    // Advice for next time that says what they did wrong this time.
    id: 'lesson-for-next-time',
    category: 'blame',
    phrases: [
      'you should always', 'please [remember|make sure] to always',
      '[in the future|in future|next time|going forward] [just|] [please|you should|you\'ll need to|you will need to|make sure]',
      // …said after the check it asks for: "so please double check this next time!", "it may be worth double-checking
      // the details entered next time" (2 of 2 tuned uses labelled blame by both; set 333 A-06, read as it came).
      '[check|checking|double check|double checking] [this|that|it|them|these|the details|your details] [entered|provided|given|] next time',
      "for future [orders|bookings|visits|reference] [please|we'd recommend|we would recommend|we recommend|you should|make sure|it's best|it is best|it's always best|it is always best]",
      // "Please ensure you check your ticket details before submitting future claims", "In future it
      // would help if you could put the tolerances on a separate layer".
      '[before|when] [submitting|placing|making|sending] [future|any future]', '[in future|in the future|next time|going forward] it would help if you',
      // Not every role (customerRoles): "It protects residents who don't want others to know where they are"
      // (set 96 A-19, labelled no blame) is read with them.
      '[customers|users|people] who [don\'t|do not|fail to|forget to]',
      `sometimes ${customerRoles('many', 'people')} [don't|do not|forget|miss|tap|click|enter|accidentally]`,
      // …and what they pick or press by mistake: "customers sometimes select the incorrect package", "users sometimes
      // press it by mistake" (3 of 3 tuned uses labelled blame, 2 not flagged before).
      `${customerRoles('many', 'people')} sometimes [don't|do not|forget|miss|overlook|misread|select|choose|press]`,
      // What other customers get wrong, offered as the likely story of theirs: "We sometimes find students
      // use an old link", "We often find that customers who buy findings from several shops mix them up"
      // (5 of 5 tuned uses labelled blame).
      `[we|I] [often|sometimes|usually|frequently|do sometimes|do often|generally] find [that|] ${customerRoles('many', 'people')}`,
      "[you'll|you will] need to be more careful", '[please|] be more careful',
      // …and groups, participants, visitors, asked or requested: "Groups are advised to allow sufficient travel
      // time", "Customers are requested to make interest payments on or before the due date" (set 169-170; 19 of
      // 21 tuned uses of these roles and verbs labelled blame).
      // …and buyers, learners, candidates (set 197 B-05: "Buyers are advised to review the battery health information
      // in the listing before purchase"; 6 of 6 tuned uses of the added roles labelled blame). What they are to do,
      // not a notice "that" is so: "Customers are advised that shipping live animals in the winter months carries a
      // risk" was blame in 9 of 16 tuned replies, "… advised to …" in 123 of 140 (thirty-second pass).
      `${customerRoles('many', 'groups')} are [also|] [reminded|advised|required|expected|requested|asked|encouraged] to`,
      // What they should have done, said of everyone: "customers should inspect all parts on arrival", "Customers
      // should check measurements carefully before signing off the order form" (7 of 7 tuned uses labelled blame).
      // …and "Users should set a hard max_duration", "Volunteers should wear hi-vis at all times" (set 241, 245; 4 of 4
      // tuned uses of the added verbs labelled blame; not "must wear", a rule told to everyone before the day).
      `${customerRoles('many')} should [always|] [inspect|check|ensure|make sure|read|keep|note|confirm|review|test|set|wear|avoid|contact]`,
      '[this|it|which] is [clearly|] [explained|stated|outlined|described|set out|covered|shown] [in|on] [our|the|your]',
      // Pointing out that it was plain all along: "it's clearly explained when you sign up".
      // …printed or written too: "this is clearly printed on the voucher" (set 142 B-14; not "clearly displayed on
      // signage", 0 of 1 tuned).
      "[it's|it is|this is|that's|that is] clearly [explained|stated|shown|set out|described|outlined|marked|signposted|printed|written]",
      'as [explained|stated|outlined|described|set out] [clearly|] [in|on] [our|the|your]',
      // …said to be plain: "as clearly shown at checkout and in our T&Cs" (4 of 4 tuned uses labelled blame).
      'as clearly [shown|stated|explained|displayed|set out|marked|advertised|printed|indicated|mentioned]',
      // …of any notice: "The HTCS guidance is clearly displayed in the Cashier's Office", "our policy is clearly stated on the
      // website" (set 313 A-11, read as it came; 5 right and 1 wrong added on the tuned part).
      '[is|are] clearly [displayed|stated|explained|set out] [on|in|at]',
      // …"would" too: "We would always recommend ordering a physical sample where an exact colour match is required"
      // (10 of 11 tuned uses labelled blame).
      // Not "we always recommend" alone: as a reply's only blame hint it was right 21 times and wrong 10 (set 375 A-05, B-05,
      // read as they came: "we always recommend shaking the bottle well", advice, labelled dismissive but not blame).
      '[we|I] [do|would|] always [advise|suggest|ask]', '[we|I] [do|would] always recommend', '[please|] [ensure|make sure] [that|] you actually',
      // What to do next time, which says what they did wrong this time: "In future we suggest booking at least 2 hours in
      // advance for early morning trains" (set 383 B-19, read as it came), "In future, we would recommend making any changes
      // through the Manage My Booking page", "Going forward we'd recommend the client lead ensures the PPQ is returned" (7
      // of 7 tuned uses labelled blame, none read before). Not an offer of something better: "For better value in future
      // we recommend our PINless Recharge option" (0 of 2; benignRightBefore, below).
      "[in future|in the future|going forward] [we|I|we'd|I'd|we would|I would] [suggest|recommend|advise|strongly suggest|strongly recommend]",
      // "Please ensure you are following the water care guide": that they were not, said as advice.
      "[ensure|make sure] [that|] [you are|you're|you were] following",
      '[almost|nearly] always the result of',
      `this [happens|can happen|usually happens|often happens] when ${customerRoles('many', 'people', 'you')} [don't|do not|forget|fail]`,
      'you [chose|decided|opted] not to', '[and|but] [chose|opted|elected] not to',
      // Their consent held against them: "By agreeing to the work and making payment on the night, you
      // accepted the charges", "You agreed to the work on the night" (2 of 2 tuned uses labelled blame).
      // What they should have reported on the day: "any damage should have been pointed out to the yard
      // staff at the time", "something the band would have needed to flag at the time".
      '[damage|any damage|the damage|this|it|any fault|the fault] should [ideally|] have been [pointed out|reported|noted|declared] [to|at|on|when|before]',
      'would have needed to [flag|report|raise|mention|point out|tell us|let us know]',
      "would have needed to be [noted|reported|flagged|raised|pointed out|declared|recorded]",
      '[you agreed to|by agreeing to] [the|our] [additional|extra|revised|new|] [work|quote|price|charges|charge|terms|repair|job|booking]',
      // …or given by what they did: "by purchasing a ticket customers agree to this", "By signing the delivery device
      // you have confirmed that the goods were received in good condition" (3 of 3 tuned uses labelled blame).
      `by [purchasing|booking|ordering|signing|accepting|paying|confirming] [a|the|your|] [ticket|booking|order|form|delivery note|delivery device|] ${customerRoles('many', 'you')} [have|] [agree|agreed|accept|accepted|confirm|confirmed|acknowledge|acknowledged]`,
      // …and the terms they agreed to, held up as the reason: "As stated in our terms and conditions, which
      // you agreed to when booking, …" (12 of 14 tuned uses in replies labelled blame, 3 of them not before).
      // (The terms named: "the quote, which you accepted on Monday, is booked" holds nothing against them.)
      '[terms|conditions|policy|engagement|contract|agreement|T&Cs] which you [agreed to|signed|accepted]',
      // …or that everyone agrees to: "Our cancellation policy, which all clients agree to at intake, states …" (6 of 7
      // tuned uses labelled blame, the seventh dismissive; set 182 A-09, B-11).
      `[terms|conditions|policy|contract|agreement|T&Cs] which all ${customerRoles('many')} [agree to|agreed to|accept|accepted|sign|signed]`,
      // Their mistake, named kindly but named: "It's an easy mistake to make with small volumes", "It's a
      // very common mistake" (2 of 2 tuned uses labelled blame).
      'an easy mistake to make', '[a very|a really|such a] common mistake',
      // What every customer is asked to do, said to the one who did not: "We ask all customers to provide
      // accurate access details in advance for exactly this reason" (3 of 3 tuned uses labelled blame).
      // Not every role: "That's why we ask patients to arrive 45 minutes early" explains (set 110 B-15, no blame).
      'we ask [all|] [customers|guests|residents|clients|parents|members|owners|users|hirers] to',
      // Their signature held against them: "the delivery notes were all signed by a member of your team
      // without any shortages noted, so we're unable to credit these" (3 of 3 tuned uses labelled blame).
      'without any [damage|shortages|issues|problems|faults|comments] [noted|recorded|reported]',
      // What customers commonly get wrong, said to this one: "It's quite common for customers to move
      // important documents themselves and forget" (2 of 2 tuned uses labelled blame).
      COMMON_FOR_CUSTOMERS,
      `[we would|we'd] encourage [all|] ${customerRoles('many', 'you')} to [ensure|make sure|check]`,
      // A favour for what was theirs to bear ("As a one-time courtesy, I have waived the late fee"); not
      // "as a goodwill gesture", which also makes up for the company's own fault (0 of 3 tuned uses labelled).
      'as a [one-time|one time|one-off] [courtesy|exception]',
      'you [may|might] have [had|entered|typed|mistyped|clicked|selected|forgotten|deleted|saved|used] [an old|the wrong|a wrong|an incorrect|an outdated|it|them]',
      // How to stop it happening, which says how they let it happen: "To avoid this in future, you can add
      // a safe place", "To avoid this happening again we'd recommend daily brushing" (6 of 6 tuned uses
      // in replies labelled blame).
      'to avoid this [happening|] [in future|in the future|again|next time]',
      // What everyone is told to do, said to the one it went wrong for: "we always advise customers to store cockpit
      // cushions below", "our terms and conditions advise customers not to pack medication" (14 of 14 tuned uses labelled
      // blame, 4 not flagged before).
      `advise [all|] ${customerRoles('many')} [to|not to]`,
      // That it was made plain: "This is made very clear when you sign up", "this is made clear on our
      // website" (3 of 3 tuned uses labelled blame).
      '[is|are|was|were] made [very|quite|perfectly|] clear [when|at|on|in|during]',
      // The cancellation rule they broke, recited: "Please note all cancellations must be made in writing
      // giving one full month's notice", "cancellations need to be made through the member portal" (10 of
      // 10 tuned uses in replies labelled blame).
      '[all|any|] cancellations [must|need to|have to|should|are required to] be',
      // …or any rule, said to have been told them: "which was explained at your pre-operative consultation", "the 30-day
      // gallery window is stated in the booking confirmation" (set 379 A-06, read as it came; 67 of the 75 tuned uses
      // with any subject labelled blame, 9 of 10 not flagged before).
      '[is|are|was|were] [explained|stated] [at|in|on] [our|the|your]',
    ],
    benignBefore: [...NEGATIONS, 'if'],
    // What they did, affirmed: "Keeping them sealed and cool is exactly what we ask customers to do" (set 233 A-10). And
    // an offer of something better, "For better value / a smoother experience in future we recommend …" (sets 181, 24).
    benignRightBefore: ['what', 'value', 'experience'],
    // "As stated in our Terms of Service, …" quotes policy (dismissive), it does not say they should have read it;
    // "as described on the following page" points to where to read it now.
    benignAfter: [
      // What customers commonly believe is their account doubted (improbable-account), not a fault of theirs.
      `[${BELIEFS}]`,
      '[terms|policy|policies|T&Cs|guidelines|community guidelines|privacy policy|refund policy|terms of service|terms and conditions]',
      '[booking|hire|rental|sale|membership|service|delivery|cancellation|show|club|school|course|class|event|party|venue|trip|camp|holiday|parking|permit|warranty|guarantee|subscription|licence|license|client|customer|supply|purchase] [terms|conditions|policy|terms and conditions|rules]',
      // …and a programme's own guidelines or an admissions policy by name: "As outlined in our Program Guidelines (Section
      // 4.2), home visits are provided as part of each congregation's Partnership Agreement" (set 393 B-03, read as it came:
      // policy, labelled dismissive), "as set out in the Admissions Policy" (set 106 A-18). Not "the program terms, …":
      // "As stated in the program terms, customers who leave before the end of the season …" was blame (set 243 A-20).
      '[program|programme|admissions] [guidelines|policy]',
      // …and so does pointing at what the listing or the website says ("as stated in the product
      // description", "as stated on our website", "covered in our standard terms"): the labellers called
      // those dismissive in 9 tuned replies and blame alone in none; the receipt likewise ("As stated on
      // our receipts and in store, we are unable to exchange …", set 109).
      '[product description|description|website|voucher|listing|standard terms|order confirmation|receipt|receipts]',
      '[following|linked|attached|next]',
      // …and an earlier message of ours: "As outlined in our previous correspondence", "As stated in our email of 28
      // November", "As explained in our covering letter" (tuned: blame 1 of 5 such replies, dismissive 4 of 5 and
      // shown so by its own rules; set 161 B-02). "e-mail" alone may be a verb ("are advised to email the office").
      '[previous|earlier|last|original|recent|covering] [email|e-mail|letter|message|correspondence|reply|response|newsletter]',
      '[email|e-mail|emails|e-mails] [of|dated|sent|from]', '[letter|letters|newsletter|newsletters|correspondence]',
      // Advice to ask someone who knows is no lesson: "we always recommend speaking to your healthcare
      // provider" (set 137 B-14).
      '[speaking|talking] to [your|a|an]', '[consulting|seeing|contacting|asking] [your|a|an]',
      // …nor is advice for a case ahead: "Patients are advised that if they have any concerns about their
      // cast they should contact their GP" (set 162 A-13; both labellers called it dismissive, not blame).
      '[that|] if [they|you] [have|are|need|notice|experience|feel|want|wish]',
    ],
    // A lesson on the way to what was done for them, or what they still can do, is help: "We always
    // recommend a restart after an update, so I've sent the steps", "Customers who don't have a
    // smartphone can still use the paper permits".
    // …and what customers are found to enjoy is no lesson ("we often find customers love the upgrade").
    benignLater: ["[I've|I have|we've|we have] [sent|set up|added|arranged|booked|attached|included|made|switched|turned]", 'can still', "[you're|you are] all set", '[love|enjoy|prefer|like|appreciate] [it|the|this|having|a|an]', '[are|feel] [happy|pleased|delighted]'],
    message: 'A lesson for next time tells them this time was their fault (Solve, no scapegoats).',
    suggestion: 'To make this easier next time, …',
  },
  {
    id: 'not-our-fault',
    category: 'blame',
    phrases: [
      'not our fault',
      '[the problem|the issue|this|the error|the fault] is on your [end|side]',
      // …or was: "when you took out the loan, it was your responsibility to satisfy yourself as to the soundness of the horse"
      // (set 357 A-08, read as it came: blame for both labellers).
      "[it's|it is|that's|that is|it was|that was] your [responsibility|problem]",
      // …said as whose job it was: "it's up to members to keep an eye on the group" (set 142 A-08).
      `[it's|it is|it was] up to ${customerRoles('many', 'you')} to`, `[it's|it is|it was] up to the ${CUSTOMER_ROLES} to`,
      // "It is the player's responsibility to ensure …": the fault set on them in the third person.
      // "TRVs, which residents are responsible for operating correctly".
      // …or who "remain responsible": "customers remain responsible for maintaining their own records", "parents and
      // guardians are responsible for supervising …" (set 165; 10 of 10 tuned uses labelled blame).
      `${customerRoles('many')} [are|remain] [solely|fully|ultimately|] responsible for`,
      // …or whoever is theirs to ensure it: "the practice is responsible for ensuring access to the surgery", "the employer
      // remains legally responsible for ensuring RTI submissions are made on time" (23 of 24 tuned uses labelled blame, 4
      // not flagged before). Not ours: "we are responsible for ensuring …" (benignBefore).
      '[is|are|remains|remain] [legally|solely|fully|ultimately|] responsible for ensuring',
      // …or reminded that it is theirs: "Students are reminded that it is their own responsibility to check their
      // medical school's elective deadlines", "Property owners should be aware that it is their responsibility to
      // notify …" (read after set 261 B-11's "Deputies are reminded …"; 2 of 2 tuned uses with a listed role labelled
      // blame, neither flagged before; a notice "that" is blame when it names their duty).
      `${customerRoles('many')} [are|should be] [reminded|aware|advised] that [it is|it's|it remains] their [own|sole|] responsibility`,
      // …one of them, named by role: "the hirer is responsible for any damage not recorded", "the customer is
      // responsible for maintaining regular backups" (10 of 10 tuned uses labelled blame; set 206 B-11).
      `the ${CUSTOMER_ROLES} [is|remains] [solely|fully|ultimately|] responsible for`,
      // …or "remains", or each one's: "It remains the student's responsibility to ensure work is submitted on time", "it is
      // each practitioner's responsibility to renew" (sets 157 A-13, 213 B-08; 54 of 57 tuned uses of "the / each …'s
      // responsibility" labelled blame).
      `[it's|it is|this is|that is|which is|it remains] [the|each|every] ${customerRoles('own')} [responsibility|sole responsibility]`,
      // …whatever is theirs to do: "obtaining the correct visa remains the traveller's responsibility", "Checking the session
      // date before travelling is the guest's responsibility" (set 325 A-13, read as it came).
      `[is|are|remains|remain] the ${customerRoles('own')} [responsibility|sole responsibility]`,
      // "It is the responsibility of the permit holder to ensure their permit is valid", "colour conversion
      // is the responsibility of the customer" (5 of 5 tuned uses labelled blame).
      `[is|are] the [sole|] responsibility of the ${CUSTOMER_ROLES}`,
      // What went wrong put down to their use: "Our products are all pet safe when used as directed",
      // "simply not a risk to children or pets when used correctly" (the 3 tuned uses all labelled; the
      // rule reads 2: "won't stain when used as directed" follows a negation).
      'when [used|fitted|installed|stored] [as directed|as instructed|correctly|properly]',
      // Our sign-off held against what they found: "yours was signed off as working on all sides, so it's
      // very unlikely to be a fault", "Pepper was signed off as fit and healthy when you collected her"
      // (4 of 4 tuned uses after was / were labelled blame, 6 of 7 of "signed off as" in all; "cannot be
      // signed off as compliant" is not one).
      '[was|were] signed off as',
      // …or their own signature: "the report was signed by you on receipt", "the completion sheet, which in this case was
      // signed by yourself" (5 of 5 tuned uses labelled blame, 4 not flagged before).
      '[was|were] signed by [you|yourself]',
    ],
    // Who pays, as policy, lays no fault: "Return postage is the responsibility of the customer unless
    // the item is faulty" (set 54 A-11).
    benignBefore: [...UNVERIFIED, 'postage', 'shipping', 'carriage', 'cost', 'costs', 'fee', 'fees', 'we', 'I'],
    ...SCAPEGOAT,
  },
  {
    // A guess at fault on their side, hedged or not, is still a scapegoat.
    id: 'your-side-guess',
    category: 'blame',
    phrases: [
      '[probably|likely|must be|has to be|definitely] [something|an issue|a problem|a setting] [on|at|with] your [end|side|computer|network|device]',
      '[the problem|the issue|it] [must be|is probably|is likely|has to be] [on|at|with] your [end|side|computer|network|device]',
      // …or as the place they should look: "so it may be worth checking your spam folder", "It would be worth checking your
      // visitor process with security" (6 of 6 tuned uses labelled blame; not "worth checking with your bank", 3 of 8).
      'worth [checking|double checking] your',
      // …or as what went missing on their side: "the signed KYC … were not received from your end in time", "it may be that
      // the return was not fully submitted on your end" (sets 409 A-17 and B-16, read as they came; 3 of 3 tuned uses
      // labelled blame). Not what happens once it arrives: "once the forms are received from your end, we'll file".
      `[${SENT_IN}] [on|from] your end`,
      // (Said with "not", which the rule's benign "not" right before would otherwise leave.)
      `[not|never] [fully|] [${SENT_IN}] [on|from] your end`,
    ],
    benignBefore: ['if', 'whether', 'rule', 'once', 'when', 'after'],
    benignRightBefore: ['not'],
    ...SCAPEGOAT,
  },
  {
    // A guess at fault told as what usually happens: "In our experience, when a belt comes up short it's usually because
    // it was measured from the tip" (9 of 10 tuned uses labelled blame when it came, 7 of 8 not flagged before). Only with
    // a cause later in the sentence: "In our experience, when an error is explained and corrected promptly, inspectors
    // usually accept the corrected report" lays none (set 419 B-17, read as it came).
    id: 'experience-as-cause',
    category: 'blame',
    phrases: ['in our experience when'],
    onlyWithLater: ['because', 'down to', 'caused', 'cause', 'the result of', '[always|usually|mostly|normally|generally|often] the'],
    ...SCAPEGOAT,
  },
  {
    // The usual cause, told as how a thing was handled: "Birdnesting is almost always caused by the top
    // thread not being seated properly", "low temperatures are usually caused by the door being opened
    // too often" (16 of 16 tuned uses in replies labelled blame, 10 of them not flagged before; a cause
    // told as a part or a setting, "usually caused by a loose thermistor", is mixed and not read).
    id: 'handling-as-cause',
    category: 'blame',
    phrases: [
      'not being', 'not having been',
      'being [left|stored|opened|used|overloaded|overfilled|loaded|placed|put|kept|dropped|washed|dried|walked|run|knocked|moved|overwatered|overtightened]',
      // …what was done with it: "usually caused by the bulb being switched back on before it has cooled", "the
      // door being fitted the wrong way round", "the card being removed while the camera is still saving",
      // "the heaters being restarted too many times" (4 of 4 tuned uses labelled blame; not "being blocked" or
      // "being displaced", which nobody did).
      'being [fitted|removed|restarted|switched|turned|unplugged|installed]',
      // …or named as the handling itself, or as their side: "almost always caused by overfilling or by spillage when
      // refuelling", "usually caused by spills that were not treated", "typically caused by device-side issues"
      // (5 of 5 tuned uses labelled blame, 2 not flagged before).
      '[overfilling|overloading|overwatering|overtightening|overfeeding|dropping|spillage|spills|mishandling|rough handling|device-side|client-side|user-side]',
      // …or as what they did, or how: "usually caused by adding the glue and activator in the wrong order" (set
      // 257 B-06), "usually caused by drying washing indoors", "usually down to driving style", "normally down to
      // how potatoes are stored", "most often the result of improper care" (set 257 B-09; 5 of 5 tuned uses
      // labelled blame, none flagged before); "Leaks are almost always down to positioning" (set 313 A-16, read as it came).
      '[adding|using|leaving|storing|washing|drying|mixing|pressing|pulling|forcing|letting|putting|placing|cleaning|charging|filling|pouring|driving|riding|wearing|plugging|ignoring|skipping|forgetting|allowing|how|positioning|placement|technique]',
      '[improper|incorrect|improperly|incorrectly] [care|use|storage|installation|fitting|handling|setup|cleaning|maintenance|charging|loading|usage]',
      // …or as how they kept it: "commonly caused by storage conditions after product leaves our facility", "generally the
      // result of storage conditions on the farm" (set 355 A-07, read as it came; 3 of 3 tuned uses labelled blame, 2 not
      // read before).
      'storage conditions',
      // …or as the damp they let in: "clumping is almost always caused by moisture in the air supply", "Lifting near patio
      // doors is very often caused by moisture coming in from outside or from mopping" (7 of 7 tuned uses of "caused by
      // moisture" labelled blame, 3 not flagged before; set 379 A-03, read as it came).
      'moisture',
      // …or as something done too much: "Cracking (crazing) is always caused by paint that is poured too thick or dried
      // somewhere too warm" (set 365 A-17, read as it came).
      '[poured|mixed|applied|painted|stored|dried|left|fitted|installed|assembled|tightened|loaded|filled|cut|watered|fed|washed|heated|fired|cured] too [thick|thin|hot|cold|warm|wet|long|early|soon|tight|tightly|loose|loosely|close|far|much|often|fast|quickly|high|low]',
    ],
    onlyAfter: [
      '[almost always|nearly always|usually|very often|most often|most commonly|typically|generally|normally|commonly|in most cases|more often than not|in many cases] [caused by|down to|due to|the result of|a result of|because]',
      // …with what it causes between: "In most cases this issue is caused by the unit not being started correctly" (set
      // 353 A-16, read as it came: blame for both labellers).
      '[in most cases|in many cases|more often than not] [this|it|this issue|this problem] is [caused by|down to|due to]',
      // …and the cause told without a hedge at all: "is always caused by" (set 365 A-17).
      '[is|are] always [caused by|down to|due to|the result of]',
    ],
    benignBefore: [...NEGATIONS, 'if', 'whether'],
    ...USUAL_CAUSE_ADVICE,
  },
  {
    // The cause named as their mistake, however it is hedged: "Most sensor issues are caused by incorrect setup",
    // "delays caused by incorrect location details are not something we are able to discount for" (8 of 8
    // tuned uses labelled blame, 4 not flagged before; not "poor": "usually caused by poor mobile signal in
    // the building" blames no one).
    id: 'misuse-as-cause',
    category: 'blame',
    phrases: [
      'caused by [incorrect|incorrectly|improper|improperly|misuse]',
      // …and the cover refused for it, where the "not" is the cover's: "our warranty does not cover damage caused by
      // incorrect laundering", "does not cover damage caused by misuse, overheating or wear and tear" (2 of 2 tuned
      // uses labelled blame by both labellers; set 329 A-08, read as it came).
      "[not|n't] cover [damage|faults|defects|problems|issues|wear] caused by [incorrect|incorrectly|improper|improperly|misuse]",
      // …or as theirs by name: "almost always caused by the customer's network configuration", "caused by
      // users inserting foreign coins", "damage caused by customer repairs" (5 of 5 tuned uses labelled blame).
      `caused by [the|a|] ${customerRoles('one')}`, `caused by ${customerRoles('many')}`, `caused by [the|] ${customerRoles('own')}`,
    ],
    benignBefore: [...NEGATIONS, 'if', 'whether'],
    // "caused by user error" is user-error's, one rule to a hint.
    benignAfter: ['[error|errors]'],
    ...USUAL_CAUSE_ADVICE,
  },
];
