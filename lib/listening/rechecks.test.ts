import { describe, expect, test } from 'vitest';
import { analyzeReply } from './index';

const doubting = (customerMessage: string, reply: string) =>
  analyzeReply(reply, { customerMessage, channel: 'email' }).hints.filter((h) => h.rule === 'asks-again').map((h) => h.text);

describe('asking again for what the customer already did (doubting)', () => {
  test.each([
    ["I've already restarted the router twice and tried another cable.", 'Please restart your router and let us know.', 'Please restart your router'],
    ['I did a recovery process and still cannot recover my account.', 'Please try recovering your account again.', 'Please try recovering your account again'],
    ['I tried reinstalling the app three times.', 'Could you try reinstalling the app?', 'Could you try reinstalling the app'],
    ['I cleared the cache and cookies already, twice.', 'I recommend clearing your browser cache.', 'I recommend clearing your browser cache'],
  ])('%s → “%s”', (customer, reply, words) => {
    expect(doubting(customer, reply)).toEqual([words]);
  });

  test.each([
    ['they said nothing of the kind', 'My broadband drops every evening.', 'Please restart your router and let us know.'],
    ['they did something else', "I've already restarted the router.", 'Please reinstall the app.'],
    ['they did it to another thing', 'I already restarted my laptop.', 'Please restart your router.'],
    // A request that names no thing of theirs cannot be the step they took (set 197 A-18, no doubting labelled).
    ['the request names nothing', 'I\'ve got "Keep all downloads" on in the settings, I checked that months ago.', "The update doesn't restore the setting for you, so please check it."],
    ['they only mention it', 'Should I restart the router?', 'Please restart your router.'],
    // "Make sure" asks for a state, not a step (sets 206 B-19, 73 B-06).
    ['a state asked for, not a step', "I've already tried the reset procedure three times.", 'Please make sure the reset procedure is only tried once in future.'],
    // After a fix on our side, logging out and in picks it up (set 237 A-03).
    ['the step that picks up our fix', "I've logged out and back in twice and my credits are gone.", 'I have added 260 credits back to your account. If they don\'t appear, please log out and back in again.'],
    // …and so after an application reopened or a release that fixes it (sets 311 A-07, 237 A-17: neither labelled doubting).
    ['the step after we reopened it', 'I have a screenshot of the green tick, but when I logged in today the application shows "Not submitted".', "I've reopened the application for you. Please log in to NCA tools and tick the declaration."],
    ['the step after a release that fixes it', 'I tried to delete the download and download again, but it is the same.', 'Version 5.2.2 fixes this. After you update, please delete the download and download it again.'],
    // A word joined by a hyphen names a thing: their "safety sign-off" is no signing they did (set 359 A-03).
    ['they named a thing, not a step', 'I need a couple of weeks to run him in and get the safety sign-off done.', 'If you would like to go ahead, please sign and return the quote.'],
    ['the reply asks whether they did it (not reading, not doubting)', 'I did a recovery process and still cannot recover my account.', 'Have you already tried recovering your account?'],
    ['the reply asks whether they tried it', 'I tried resetting my password with the OTP and it still fails.', 'Did you try resetting your password with the steps on this page?'],
    ['the agent does it, not them', "I've chased four times and the only updates I've had are ones I asked for.", "I'll also update you every Friday until the meter is fitted."],
    ['"first" describes a thing, not a request', "I've called your office three times and nobody rang back.", 'We have a new volunteer, Margaret. Her first call would be next Thursday, 10 December.'],
    [
      'they are offered a way to reach the writer',
      'I am writing because I call the office three times (January 8, January 10 and yesterday January 14) and nobody call me back. The radiator in my bedroom is cold.',
      'Please call me at (212) 555-0188 and I will change the time.',
    ],
    ['the agent has done it', 'My son says I might have set up a second one by mistake when I filled in a form, but I only meant to update my address as we moved.', "I've also updated your address to the bungalow on your original record."],
    // A past form tells what was done (set 297 A-11); a form of "be" makes "also" describe (set 271 B-20).
    ['a past form describes a thing', 'The print came creased. I have already signed the delivery note.', 'We have two artist proofs left, also signed by Aoife, and can send one.'],
    ['"also" after "is" describes a thing', 'There was water in the fuel. I cleared the filter twice.', 'The retained sample from our tanker is also clear, so Martin will check the hose.'],
  ])('nothing when %s', (_why, customer, reply) => {
    expect(doubting(customer, reply)).toEqual([]);
  });
});
