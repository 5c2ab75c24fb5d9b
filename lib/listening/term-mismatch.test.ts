import { describe, expect, it, test } from 'vitest';
import { analyzeReply, restatementCoverage, type ListeningSettings } from './index';

const mismatches = (customerMessage: string, reply: string, settings?: ListeningSettings) =>
  analyzeReply(reply, { customerMessage, settings })
    .hints.filter((h) => h.category === 'term-mismatch')
    .map(({ text, customerTerm, usedTerm, suggestion }) => ({ text, customerTerm, usedTerm, suggestion }));

describe('term-mismatch', () => {
  // The built-in groups mark a key term renamed (the key terms panel, by restatement and by reply); they raise no
  // reply hint: their renames were wrong on unseen replies (analyze-reply.ts). Only a team's own pairs do.
  test.each([
    ['My license key is rejected.', 'Please re-enter your serial number.', 'license key', 'serial number'],
    ['The app crashes on launch.', 'When the app freezes, close it.', 'crashes', 'freezes'],
    ['The app keeps crashing.', 'I can see why it hangs.', 'crashing', 'hangs'],
    ['The pointer jumps around.', 'Try resetting the cursor speed.', 'pointer', 'cursor'],
    ['My activation code fails.', 'Your product key is valid.', 'activation code', 'product key'],
    ['My PIN stopped working.', 'Reset your password from the login page.', 'PIN', 'password'],
    ['I lost my two-step verification phone.', 'I can turn off 2FA for you.', 'two-step verification', '2FA'],
    ['One of my accounts stopped working.', 'Your workspace email is down.', 'accounts', 'workspace'],
    ['My License Key fails.', 'Your Serial Number is fine.', 'License Key', 'Serial Number'],
  ])('customer “%s” / reply “%s”: the key term with %s is renamed as %s, and no hint is raised', (customer, reply, theirs, ours) => {
    expect(restatementCoverage(customer, reply).mismatches).toContainEqual({ customer: expect.stringContaining(theirs) as string, used: ours });
    expect(mismatches(customer, reply)).toEqual([]);
  });

  test.each([
    ['the reply also uses their word', 'My license key is rejected.', 'Your license key, also called a serial number, is fine.', 'license key'],
    ['same word, other inflection', 'The app crashes.', 'Since it crashed yesterday, we looked at it.', 'crashes'],
    ['the customer used both words', 'The app crashes, or it freezes.', 'When it freezes, close it.', 'freezes'],
    ['"hang" as in wait', 'The app crashes on launch.', 'Hang tight while I check.', 'crashes on'],
    ['"hang on"', 'It crashes every time.', 'Hang on, let me look.', 'crashes every time'],
    ['an invoice and a receipt are different papers', 'The final invoice charges us for two extra hours.', 'Please attach the original receipts for the damaged items.', 'final invoice'],
    ['"profile picture" is another thing', 'My account is locked.', 'Your profile picture will stay.', 'account is locked'],
    ['"pin" in lower case is not a PIN', 'I forgot my password.', 'You can pin the note to the top.', 'password'],
    ['a deadline extension is not a plugin', 'The plugin fails to load.', 'We can offer a trial extension of 14 days.', 'plugin'],
    ["a house's extension is no plugin", 'The drawings for our rear extension were rejected.', 'The location plan is an optional add-on.', 'extension were rejected'],
    ['the word is a quoted button label', 'One of my accounts stopped working.', 'Click "Workspace" on the settings page.', 'accounts stopped working'],
    ["the word is the brand's product name", 'I have two accounts with you guys and one stopped working.', 'We are aware of an issue with our Workspace email.', 'two accounts'],
  ])('no rename when %s', (_why, customer, reply, keyTerm) => {
    const coverage = restatementCoverage(customer, reply);
    expect(coverage.keyTerms.map((t) => t.term)).toContain(keyTerm);
    expect(coverage.mismatches).toEqual([]);
  });

  const team: ListeningSettings = {
    termPairs: [{ customer: 'license key', ours: 'serial number' }, { customer: 'members', ours: 'membership' }, { customer: 'account', ours: 'profile' }, { customer: 'email', ours: 'inbox' }],
  };

  test.each([
    ['no customer message', '', 'Please re-enter your serial number.'],
    ['a word of the family of theirs', 'My subscription was paid. What are you doing about members who do not pay?', "We'll review their membership."],
    ['quoted customer words are theirs', 'My license key fails.', '> My serial number fails\nThanks, checking now.'],
    ['the word names a menu in a path', 'I need to change the email on my account', 'Go to Profile > Inbox and type the new address.'],
    ['the word is the last step of a path', 'My account is locked.', 'Open Settings → Profile and check the status.'],
    ['the word is a quoted button label', 'My license key fails.', 'Click "Serial number" on the settings page.'],
  ])("no hint from the team's pairs when %s", (_why, customer, reply) => {
    expect(mismatches(customer, reply, team)).toEqual([]);
    // The same pair, used plainly, is a hint: the case above is not empty for want of a pair.
    expect(mismatches('My license key fails.', 'Your serial number is fine.', team)).toHaveLength(1);
  });

  it('reads earlier customer messages too', () => {
    const hints = analyzeReply('Your serial number is fine.', {
      customerMessage: 'It still fails.',
      earlierCustomerMessages: ['My license key fails.'],
      settings: team,
    }).hints;
    expect(hints.map((h) => h.customerTerm)).toEqual(['license key']);
  });

  it('flags every use of the renamed word', () => {
    const hints = analyzeReply('The serial number is on the box. Type the serial number in.', { customerMessage: 'My license key fails.', settings: team }).hints;
    expect(hints.filter((h) => h.category === 'term-mismatch')).toHaveLength(2);
  });

  it("uses the team's own term pairs, literally", () => {
    const settings: ListeningSettings = { termPairs: [{ customer: 'dashboard', ours: 'home screen' }, { customer: 'C++ (beta)', ours: '.*' }] };
    const hints = analyzeReply('Open the home screen.', { customerMessage: 'My dashboard is blank.', settings }).hints;
    expect(hints).toMatchObject([{ category: 'term-mismatch', rule: 'team-term', customerTerm: 'dashboard', usedTerm: 'home screen' }]);
    expect(analyzeReply('a.b.c anything', { customerMessage: 'C++ (beta)', settings }).hints).toEqual([]);
    // A team's own word counts even written as a name.
    const named = analyzeReply('Open the Home Screen.', { customerMessage: 'My dashboard is blank.', settings }).hints;
    expect(named).toMatchObject([{ category: 'term-mismatch', rule: 'team-term', usedTerm: 'Home Screen' }]);
  });

  it("on every channel only the team's own pairs count: the built-in groups' renames were wrong on unseen replies", () => {
    const mismatches = (channel: 'social' | 'chat' | 'email', settings?: ListeningSettings) =>
      analyzeReply('Your serial number is on the box.', { customerMessage: 'My license key fails.', channel, settings }).hints.filter((h) => h.category === 'term-mismatch');
    for (const channel of ['email', 'social', 'chat'] as const) {
      expect(mismatches(channel)).toEqual([]);
      expect(mismatches(channel, team)).toMatchObject([{ category: 'term-mismatch', rule: 'team-term' }]);
    }
  });

  it('is off when the team disables it', () => {
    const settings: ListeningSettings = { ...team, disabledCategories: ['term-mismatch'] };
    expect(analyzeReply('Your serial number.', { customerMessage: 'My license key.', settings: team }).hints).toHaveLength(1);
    expect(analyzeReply('Your serial number.', { customerMessage: 'My license key.', settings }).hints).toEqual([]);
  });
});
