import { describe, expect, test } from 'vitest';
import { analyzeReply } from './index';

const shouting = (reply: string, customerMessage?: string) =>
  analyzeReply(reply, { customerMessage }).hints.filter((h) => h.category === 'shouting').map((h) => [h.rule, h.text]);

describe('shouting', () => {
  test.each([
    ['PLEASE read the guide.', [['caps-word', 'PLEASE']]],
    ['Do NOT delete the folder.', [['caps-word', 'NOT']]],
    ['DO NOT DELETE THE FOLDER.', [['caps-run', 'DO NOT DELETE THE FOLDER']]],
    // Brackets after a label that plead or forbid still shout (the label's own bracketed part does not, below).
    ['Press MODE (DO NOT UNPLUG IT) and wait.', [['caps-run', 'DO NOT UNPLUG IT']]],
    ['Thanks!!!', [['exclamation-run', '!!!']]],
    ['Really?!!', [['exclamation-run', '?!!']]],
    ['Turn it off, it is NOT safe.', [['caps-word', 'NOT']]],
    // "change" there is a noun: the capitals are not a value a setting is given.
    ['This change applies to ALL couples.', [['caps-word', 'ALL']]],
    ['We recommend arriving the day BEFORE sailing.', [['caps-word', 'BEFORE']]],
    ['Please use the ORIGINAL cable.', [['caps-word', 'ORIGINAL']]],
    ['Do NOT switch it off at the wall.', [['caps-word', 'NOT']]],
    // One word before "form" is emphasis; a title of two or more words is the form's name (below).
    ['Both must be brought in ORIGINAL form to check-in.', [['caps-word', 'ORIGINAL']]],
    ['Processing takes 10 days from receipt of a COMPLETE application.', [['caps-word', 'COMPLETE']]],
    // A path of labels goes on after "then" or "and", but not into a plea.
    ['Press MODE and PLEASE DO NOT UNPLUG IT.', [['caps-run', 'PLEASE DO NOT UNPLUG IT']]],
    ['Press START and I WILL CALL YOU BACK.', [['caps-run', 'WILL CALL YOU BACK']]],
    ['Choose SETTINGS. Then GO BACK HOME.', [['caps-run', 'GO BACK HOME']]],
    // A line of capitals after a colon shouts unless the line before names wording to copy.
    ['Please note:\nDO NOT DRIVE THE CAR UNTIL IT IS FIXED.', [['caps-run', 'DO NOT DRIVE THE CAR UNTIL IT IS FIXED']]],
  ])('“%s”', (reply, expected) => {
    expect(shouting(reply)).toEqual(expected);
  });

  test.each([
    ['acronyms', 'The HTTP API returns JSON and a CSV file.'],
    ['a label', 'NOTE: back up first. IMPORTANT: keep the key.'],
    ['one exclamation mark', 'Thanks so much!'],
    ['a question', 'Could you send the log?'],
    ['a product name in capitals', 'Use the SUPERSYNC PRO MODE switch.', 'My SUPERSYNC PRO MODE switch is gone'],
    ['quoted capitals', 'You wrote “PLEASE HELP NOW!!!” and I am on it.'],
    ['"OK" and "I"', 'OK, I will check.'],
    ['an everyday acronym for a deadline', "I'll send it ASAP."],
    ['a menu path in capitals', 'Go to SETTINGS > BILLING > MANAGE SUBSCRIPTION and click Cancel.'],
    ['a menu label after an arrow', 'Open Settings › PRIVACY to turn it off.'],
    ['a label they are told to find', 'You can book that online under NEW PET CHECK, or tap START A NEW CLAIM.'],
    ['a label named as a button', 'Then use the SEND IT NOW button.'],
    ['a screen gone to by name (set 399 B-11)', 'In your account, go to ORDER AGAIN and choose UNSWEETENED 100G from the drop-down.'],
    ['the title of a form', 'We received your NOTICE OF REDEMPTION form on February 5.'],
    ['a label with its bracketed part (set 363 A-01)', 'Open the matter, go to Certificates and choose REISSUE (KEEP ORIGINAL DATE).'],
    ['a word of a file name', 'The artwork you sent (the file named Eng7_back_FINAL.pdf) has 1942 on the back.'],
    ['a setting they are told to switch on', 'Go to the settings, then switch on STAY SIGNED IN and tap Save.'],
    ['a box they are told to tick', 'When you sign in, tick KEEP ME LOGGED IN.'],
    ['a button they clicked', 'Please check that you have clicked FINAL SUBMIT after uploading.'],
    ['a setting they are told to turn off', 'Turn off AUTO RENEW in your account.'],
    ['the value a setting is set to', "Find 'Lateral movement protection' and set it to OFF FOR TRUSTED NETWORKS."],
    ['the value a setting is switched to', 'Switch your phone to DO NOT DISTURB overnight.'],
    ['what is printed on a thing', 'Our boxes are marked THIS WAY UP on all four sides.'],
    ['what a screen says', 'Your account page says ACCESS PENDING until we approve it.'],
    ['what a status will show (set 413 B-14)', 'Your 11 inspections are back in the queue and should all show COMPLETE by 9am tomorrow.'],
    ['the status a thing changes to', 'Once moderated, the module will change to COMPLETE and your certificate is issued.'],
    ['a path of labels, one after another', 'Choose SETTINGS, then ABOUT THIS FRAME, then CHECK FOR UPDATE.'],
    ['wording to copy, on a line of its own (set 409 B-04)', 'Each package needs this statement exactly as written:\nMADE IN A HOME KITCHEN THAT IS NOT SUBJECT TO ROUTINE INSPECTION.\n\nGood luck.'],
    ['a path of labels linked by "and then"', 'Go to MY ORDERS, click START A RETURN and then EXCHANGE ALREADY SENT.'],
  ])('nothing for %s', (_why, reply, customer?: string) => {
    expect(shouting(reply, customer)).toEqual([]);
  });
});
