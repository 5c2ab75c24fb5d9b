import { describe, expect, it, test } from 'vitest';
import { analyzeReply } from './index';
import { PHRASE_RULES } from './phrase-rules';

const PHRASE_CATEGORIES = new Set(['overpromise', 'dismissive', 'doubting', 'blame', 'non-apology']);
const phraseHints = (reply: string) => analyzeReply(reply).hints.filter((h) => PHRASE_CATEGORIES.has(h.category));

// [rule id, a reply that must trigger it, the words it must point at]
const MUST_TRIGGER: [string, string, string][] = [
  ['certain-fix', 'This will definitely fix it.', 'This will definitely fix it'],
  ['certain-fix', "That'll certainly solve it for you.", "That'll certainly solve it"],
  ['certain-fix', "Don't worry, this will fix it.", 'this will fix it'],
  ['certain-fix', 'The update will resolve your problem.', 'The update will resolve your problem'],
  ['certain-fix', "Don't worry, it's an easy fix.", "it's an easy fix"],
  ['certain-fix', 'These steps will absolutely work.', 'These steps will absolutely work'],
  ['guarantee', 'I guarantee this will work.', 'I guarantee this will work'],
  ['guarantee', 'It is guaranteed to fix the sync.', 'guaranteed to fix'],
  ['guarantee', "This won't happen again.", "This won't happen again"],
  ['knows-cause', "I know exactly what's wrong.", "I know exactly what's wrong"],
  ['knows-cause', "I know exactly what's happened here.", "I know exactly what's happened"],
  ['guarantee', 'I can guarantee the payout will be in your account by tomorrow.', 'I can guarantee'],
  ['certain-fix', "They'll definitely be ready well before Saturday.", "They'll definitely be"],
  ['certain-fix', "You definitely won't have any more problems with payouts.", "definitely won't have any more problems"],
  ['any-inconvenience', 'We apologise for any disappointment this may cause.', 'apologise for any disappointment'],
  ['should-have', 'You should really have been taking it off the charger.', 'You should really have been taking'],
  ['not-our-fault', "It is the player's responsibility to ensure programs are compliant.", "It is the player's responsibility"],
  ['not-our-fault', 'It is the responsibility of the permit holder to ensure their permit is valid.', 'It is the responsibility of the permit holder'],
  ['lesson-for-next-time', "It's quite common for customers to move important documents themselves and forget.", "It's quite common for customers to"],
  ['lesson-for-next-time', 'You agreed to the additional charge at the time.', 'You agreed to the additional charge'],
  ['not-our-job', "This rule has been in our terms since 2022, but we've started checking more often.", 'has been in our terms'],
  ['knows-cause', 'This is definitely caused by the cache.', 'definitely caused by'],
  ['knows-cause', "I've seen this a hundred times.", "I've seen this a hundred times"],
  ['minimizing', 'Simply restart the app.', 'Simply restart'],
  ['minimizing', 'You just need to clear the cache.', 'You just need to'],
  ['minimizing', 'All you have to do is log out and back in.', 'All you have to do is'],
  ['its-easy', "It's really easy to set up.", "It's really easy"],
  ['its-easy', 'It is as simple as clicking Save.', 'It is as simple as'],
  ['obviously', 'Obviously, the export needs a file name.', 'Obviously'],
  ['obviously', "As you can clearly see in the screenshot, it's on.", 'As you can clearly see'],
  ['as-i-said', 'As I already explained, refunds take 5 days.', 'As I already explained'],
  ['as-i-said', 'Per my last email, the fix is live.', 'Per my last email'],
  ['as-i-said', "Like I said, it's on our list.", 'Like I said'],
  ['not-our-job', "That's not something we do.", 'not something we do'],
  ['not-our-job', "There's nothing we can do at this point.", "There's nothing we can do"],
  ['not-our-job', 'There is unfortunately nothing we can do until this is received.', 'There is unfortunately nothing we can do'],
  ['not-our-job', "We don't really do special arrangements.", "We don't really do special arrangements"],
  ['not-our-job', "That's just our policy.", "That's just our policy"],
  ['not-our-job', "It's not our problem.", "It's not our problem"],
  ['working-as-intended', 'The feature is working as intended.', 'working as intended'],
  ['working-as-intended', "That's by design.", "That's by design"],
  ['calm-down', 'Please calm down.', 'calm down'],
  ['calm-down', "There's no need to shout.", 'no need to shout'],
  ['calm-down', "It's only a minor glitch.", "It's only a minor glitch"],
  ['are-you-sure', 'Are you sure you typed it correctly?', 'Are you sure'],
  ['are-you-sure', 'Did you actually restart the app?', 'Did you actually restart'],
  ['are-you-sure', 'Have you even tried the steps?', 'Have you even tried'],
  ['you-claim', 'According to you, the emails never arrived.', 'According to you'],
  ['you-claim', 'I find it hard to believe that nothing changed.', 'I find it hard to believe that'],
  ['you-claim', 'Our logs show otherwise.', 'Our logs show otherwise'],
  ['assumes-mistake', 'You must have typed the wrong password.', 'You must have typed'],
  ['assumes-mistake', 'You probably missed the confirmation email.', 'You probably missed'],
  ['should-have', 'You should have read the instructions.', 'You should have read'],
  ['should-have', "You should've backed up first.", "You should've backed up"],
  ['should-have', "If you had followed the guide, this wouldn't happen.", 'If you had followed'],
  ['should-have', 'We warned you about this.', 'We warned you'],
  ['you-failed', 'You failed to update the app.', 'You failed to'],
  ['you-failed', "You didn't follow the steps.", "You didn't follow"],
  ['user-error', 'This is user error.', 'user error'],
  ['user-error', 'It was your mistake.', 'your mistake'],
  ['user-error', 'You set it up wrong.', 'You set it up wrong'],
  ['user-error', 'You configured it incorrectly.', 'You configured it incorrectly'],
  ['not-our-fault', "That's not our fault.", 'not our fault'],
  ['not-our-fault', 'The problem is on your end.', 'The problem is on your end'],
  ['guarantee', 'I promise you this is fixed now.', 'I promise you this is fixed'],
  ['guarantee', "It's guaranteed to be fixed tomorrow.", 'guaranteed to be fixed'],
  ['obviously', "Clearly you didn't see the banner.", 'Clearly you'],
  ['obviously', 'You clearly missed the banner.', 'You clearly missed'],
  ['as-i-said', 'As I said in my previous email, the feature is not on your plan.', 'As I said in my previous email'],
  ['works-for-me', "Hmm, that's weird, it works fine on my end.", 'it works fine on my end'],
  ['works-for-me', 'Everything is working fine for me.', 'Everything is working fine for me'],
  ['works-for-me', "I can't reproduce this, so please check again.", "I can't reproduce this, so"],
  ['your-side-guess', "I can't reproduce this, so it's probably something on your side.", 'probably something on your side'],
  ['your-side-guess', 'The problem must be with your network.', 'The problem must be with your network'],
  ['any-inconvenience', 'Sorry for any inconvenience.', 'Sorry for any inconvenience'],
  ['any-inconvenience', 'We apologize for the inconvenience this may have caused.', 'apologize for the inconvenience this may have caused'],
  ['any-inconvenience', 'We regret any inconvenience.', 'We regret any inconvenience'],
  ['conditional-apology', "I'm sorry if you feel that way.", 'sorry if'],
  ['conditional-apology', 'Apologies if this caused confusion.', 'Apologies if'],
  ['conditional-apology', "I'm sorry you feel we let you down.", 'sorry you feel'],
  ['conditional-apology', "We're genuinely sorry for your frustration.", 'sorry for your frustration'],
  ['any-inconvenience', 'Sorry for the inconveniences this has caused you.', 'Sorry for the inconveniences this has caused'],
  ['any-inconvenience', 'We apologise for this inconvenience.', 'apologise for this inconvenience'],
  ['sorry-but', "Sorry, but that's our policy.", "Sorry, but that's our"],
  ['sorry-but', "Sorry but we can't refund this.", "Sorry but we can't"],
  ['sorry-but', "We're sorry, but we are not able to move the seat.", 'sorry, but we are not able'],
  // Forms seen in real public support replies and e-mail replies (tests/eval).
  ['as-i-said', 'Here is the link, according to the information previously provided to you.', 'according to the information previously provided'],
  ['as-i-said', 'As mentioned, refunds take five days.', 'As mentioned'],
  ['not-our-job', "I'm sorry, but we're unable to assist with game codes.", "we're unable to assist with"],
  ['not-our-job', 'We cannot assist with travel inquiries over social media.', 'We cannot assist with'],
  ['not-our-job', 'We do not support downgrading firmware.', 'We do not support'],
  ['not-our-job', 'The outage was outside of our control.', 'was outside of our control'],
  ['calm-down', 'It was a brief technical glitch.', 'a brief technical glitch'],
  ['its-easy', 'Cancelling is simple. Go to Settings.', 'Cancelling is simple'],
  ['works-for-me', 'Looks like your channel is up & running.', 'is up & running'],
  ['works-for-me', 'There are no known issues on our end.', 'no known issues on our end'],
  ['works-for-me', 'We can\'t see any problems with your account.', "We can't see any problems with"],
  ['lesson-for-next-time', 'You should always check the passenger names when booking.', 'You should always'],
  ['lesson-for-next-time', 'To avoid late fees in the future, please pay a day early.', 'in the future, please'],
  ['lesson-for-next-time', "Customers who don't send readings get estimated bills.", "Customers who don't"],
  ['lesson-for-next-time', 'You chose not to travel with us on the later sailing.', 'You chose not to'],
  ['lesson-for-next-time', 'As a one-time courtesy, I have waived the fee.', 'As a one-time courtesy'],
  ['lesson-for-next-time', "This happens when users don't confirm the e-mail.", "This happens when users don't"],
  ['lesson-for-next-time', "You'll need to be more careful with the PIN.", "You'll need to be more careful"],
  ['certain-fix', 'Your parcel will definitely arrive tomorrow.', 'Your parcel will definitely arrive'],
  ['certain-fix', 'Your grades are definitely not lost!', 'are definitely not lost'],
  ['certain-fix', "Reconnect it and you'll be all set.", "you'll be all set"],
  ['certain-fix', 'It has now been completely resolved.', 'has now been completely resolved'],
  ['knows-cause', 'This kind of problem is almost always caused by the IP address changing.', 'is almost always caused by'],
  ['knows-cause', "I can assure you it won't recur.", 'I can assure you'],
  ['knows-cause', "I'm confident he'll pass this time.", "I'm confident he'll"],
  ['knows-cause', "I'm sure they'll sign you off without any problem.", "I'm sure they'll"],
  ['knows-cause', "That's definitely what it is.", "That's definitely what"],
  ['not-our-job', 'As per our terms and conditions, vouchers are final.', 'As per our terms and conditions'],
  ['not-our-job', "We're not able to make an exception here.", "We're not able to make an exception"],
  ['not-our-job', 'Phone support is only available to admins.', 'is only available to'],
  ['not-our-job', 'Unfortunately name changes are not possible once issued.', 'name changes are not possible'],
  ['calm-down', "This is expected behaviour after an update.", 'This is expected behaviour'],
  ['assumes-mistake', 'Please double-check that you actually entered the code.', 'double-check that you actually entered'],
  ['assumes-mistake', "It looks like you didn't finish the last step.", "It looks like you didn't"],
  ['assumes-mistake', 'Can you confirm whether you actually raised the damage with staff?', 'whether you actually raised'],
  ['assumes-mistake', 'Can you confirm that the device has not been dropped?', 'confirm that the device has not been dropped'],
  ['assumes-mistake', "Our driver's GPS confirms the parcel was delivered to your postcode.", 'confirms the parcel was delivered'],
  ['lesson-for-next-time', 'Residents are reminded that bins must be out by 7am.', 'Residents are reminded that'],
  ['lesson-for-next-time', 'This is explained in our Help Centre.', 'This is explained in our'],
  ['lesson-for-next-time', 'We always recommend linking your account.', 'We always recommend'],
  ['lesson-for-next-time', 'Please ensure that you actually click Submit.', 'Please ensure that you actually'],
  ['not-our-job', 'All moderation decisions are final.', 'decisions are final'],
  ['not-our-job', 'Monthly plans are non-refundable.', 'are non-refundable'],
  ['not-our-job', 'The calls were made in line with our privacy policy.', 'in line with our privacy policy'],
  ['minimizing', 'Simply untick "Allow substitutions" in your settings.', 'Simply untick'],
  // A negation governs its own clause only.
  ['minimizing', "If you'd rather not get reminders, simply switch them off.", 'simply switch'],
  ['not-our-job', "We can't help with refunds for third-party sellers.", "We can't help with"],
  ['not-our-job', 'We cannot guarantee the performance of unofficial chargers.', 'cannot guarantee the performance'],
  ['not-our-job', 'As set out in our terms, gift cards cannot be exchanged.', 'As set out in our terms'],
  ['not-our-job', 'We are unable to give a refund for this ticket.', 'We are unable to give'],
  ['not-our-job', 'Under our terms and conditions, vouchers are final.', 'Under our terms and conditions'],
  ['calm-down', "That's a common mistake with new printers.", "That's a common mistake"],
  ['knows-cause', 'This is almost always caused by an error in the firmware.', 'is almost always caused by'],
  ['should-have', 'You should have brought it back within the first week.', 'You should have brought'],
  ['should-have', 'You should have noted the damage on the delivery sheet before signing.', 'You should have noted'],
  ['lesson-for-next-time', "It's clearly explained when you sign up.", "It's clearly explained"],
  ['lesson-for-next-time', 'This is clearly shown on the sign at the entrance.', 'This is clearly shown on the'],
  ['certain-fix', 'The money will definitely be in your account by Thursday.', 'The money will definitely be'],
  // The eighth e-mail set's misses, in general forms.
  ['certain-fix', 'Steve will definitely be there with the car on the day.', 'will definitely be'],
  ['guarantee', 'I can guarantee Jamie will get all four of his lessons.', 'I can guarantee'],
  ['not-our-job', 'Nordline is not liable for any consequential losses.', 'is not liable for'],
  ['not-our-job', "We're not responsible for the delay, but I've passed your comments on to the team.", "We're not responsible for"],
  ['not-our-job', "We can't be held responsible for soot on items left in place.", "can't be held responsible"],
  ['not-our-job', 'Delays can occur due to circumstances beyond our control.', 'circumstances beyond our control'],
  ['as-i-said', 'As advised previously, please keep the trickle vents open.', 'As advised previously'],
  ['assumes-mistake', 'Please double-check that you were entering the correct code.', 'double-check that you were'],
  // The thirtieth e-mail set's misses, in general forms.
  ['not-our-job', 'We are not able to refund any payment until finance has checked it.', 'We are not able to refund'],
  ['should-have', 'You should have been aware that the final figure was likely to exceed the quote.', 'You should have been aware'],
  // The twenty-ninth e-mail set's misses, in general forms.
  ['lesson-for-next-time', 'You agreed to the work on the night and made payment, so the job is complete.', 'You agreed to the work'],
  ['lesson-for-next-time', 'We would encourage all parents to ensure notifications are switched on.', 'We would encourage all parents to ensure'],
  ['not-our-job', "That's a PADI standard and not something we can bend.", 'not something we can bend'],
  // The twenty-sixth and twenty-seventh e-mail sets' misses, in general forms.
  ['sorry-they-are-unhappy', "I'm sorry to hear you are unhappy with your move.", 'sorry to hear you are unhappy'],
  ['assumes-mistake', 'Could you please double check the text you entered at checkout?', 'Could you please double check'],
  ['lesson-for-next-time', "For future reference it's always best to bring the shoes you will wear.", "For future reference it's always best"],
  ['not-our-job', 'Delivery timescales quoted when ordering are estimates and are not guaranteed.', 'are estimates and are not guaranteed'],
  ['not-our-job', 'Please note that late entries cannot be accepted.', 'late entries cannot be accepted'],
  // The twenty-seventh e-mail set's wrong hints, in general forms.
  ['not-our-job', 'The contents can vary, as stated in the product description.', 'as stated in the product description'],
  ['not-our-job', 'Some marking is unavoidable, and this is covered in our standard terms.', 'this is covered in our standard terms'],
  ['not-our-job', 'I can assure you that our installation was carried out to the highest standard.', 'I can assure you that our'],
  ['not-our-job', 'We are unable to refund vouchers; there are no exceptions.', 'there are no exceptions'],
  ['lesson-for-next-time', 'As outlined in your welcome pack, keys are returned by noon.', 'As outlined in your'],
  // The twenty-fourth e-mail set's wrong hints, in general forms.
  ['not-our-job', 'These rates cannot be refunded, as stated in our booking terms and conditions.', 'as stated in our booking terms and conditions'],
  // The twenty-fourth e-mail set's misses, in general forms.
  ['not-our-job', 'Regarding the price increase, this is not something we are able to change.', 'not something we are able to'],
  ['not-our-job', "It's the same hay everyone gets, and we haven't had any other complaints.", "we haven't had any other complaints"],
  ['not-our-job', 'Occasionally collections may be missed due to operational reasons.', 'due to operational reasons'],
  ['you-claim', 'If you still believe our team were responsible, please send photos.', 'If you still believe our'],
  // The twenty-fifth e-mail set's misses, in general forms.
  ['should-have', 'You should really have mentioned this at the quote stage.', 'You should really have mentioned'],
  ['lesson-for-next-time', 'Please ensure you check your ticket details before submitting future claims.', 'before submitting future'],
  ['lesson-for-next-time', 'In future it would help if you could put the tolerances on their own layer.', 'In future it would help if you'],
  ['not-our-job', 'Our decision is therefore final.', 'decision is therefore final'],
  // The twenty-third e-mail set's misses, in general forms.
  ['not-our-job', 'Any further visits would be chargeable at our standard rate.', 'would be chargeable'],
  ['not-our-job', 'Please note that late payment fees may apply to overdue balances.', 'late payment fees may apply'],
  ['not-our-job', 'We can arrange a service visit. Our standard call-out charges apply.', 'Our standard call-out charges apply'],
  ['assumes-mistake', 'Before we look into this, could you double-check the text you entered?', 'could you double-check'],
  ['assumes-mistake', "We'd ask you to double-check the label first.", 'ask you to double-check'],
  ['certain-fix', 'The patch is ready, and it will completely fix the issue.', 'it will completely fix the issue'],
  // The tenth e-mail set's misses, in general forms.
  ['should-have', 'You should have specified this at the time of booking.', 'You should have specified'],
  ['not-our-job', 'Element wear is not covered by the warranty.', 'is not covered by'],
  ['lesson-for-next-time', 'Please ensure you are following the water care guide provided at handover.', 'ensure you are following'],
  ['lesson-for-next-time', "Guests sometimes don't realise that the boiler needs to be reset after a power cut.", "Guests sometimes don't"],
  // The nineteenth e-mail set's misses, in general forms.
  ['not-our-job', 'All of our technicians are fully trained and follow our standard procedure.', 'All of our technicians are fully trained'],
  ['not-our-fault', "Please note that it is the rider's responsibility to end the ride.", "it is the rider's responsibility"],
  ['should-have', 'The tracking was out, which you should have had it checked for before the new tyres.', 'you should have had it checked'],
  // The sixteenth e-mail set's misses, in general forms.
  ['not-our-job', 'Refunds are not given for missed collections.', 'Refunds are not given for'],
  ['not-our-job', 'Our conditions of carriage do not provide for compensation for late running.', 'do not provide for compensation'],
  ['not-our-job', 'We are unable to make exceptions, as this would not be fair to other customers.', 'We are unable to make exceptions'],
  ['not-our-job', 'This is standard industry practice and accepted by most universities.', 'standard industry practice'],
  ['not-our-job', 'Timescales given at drop-off are estimates only.', 'are estimates only'],
  ['sorry-they-are-unhappy', "We're sorry you're not happy with Pippin's groom.", "sorry you're not happy"],
  ['any-inconvenience', 'We are sorry to hear that you are experiencing issues with your recycling collection.', 'sorry to hear that you are experiencing issues'],
  // "Once" says when, not whether: the promise stands (fifteenth set).
  ['should-have', 'You should have been running the pump for at least 10 hours a day.', 'You should have been running'],
  ['not-our-fault', "Cleaning the skimmer, which is the owner's responsibility, was not done.", "which is the owner's responsibility"],
  ['lesson-for-next-time', "For future orders, we'd recommend writing the angle on the knife guard.", "For future orders, we'd recommend"],
  ['assumes-mistake', 'Our system does not show any record of a cancellation call.', 'Our system does not show any record'],
  ['certain-fix', 'Once you resubmit these, they will definitely be accepted.', 'they will definitely be'],
  // The twelfth e-mail set's misses, in general forms.
  ['not-our-job', 'The Board is not in a position to make exceptions to this rule.', 'is not in a position to make'],
  ['not-our-job', 'We cannot accept liability for illness contracted during a stay.', 'cannot accept liability'],
  ['calm-down', "The wheel hops a little, so I wouldn't worry too much about that.", "I wouldn't worry"],
  ['not-our-job', 'Unfortunately we are therefore unable to offer a refund or replacement.', 'we are therefore unable to offer'],
  ['not-our-job', "We aren't able to add any further students to the piece.", "We aren't able to add"],
  ['not-our-fault', 'The TRVs, which residents are responsible for operating correctly, are set low.', 'residents are responsible for'],
  ['you-claim', "I'm not sure that's quite what happened.", "I'm not sure that's quite what happened"],
  ['assumes-mistake', 'Our records show that our technician completed all three visits.', 'Our records show that our technician completed'],
  ['you-claim', 'Please attach photographs of the alleged damage.', 'the alleged damage'],
  ['not-our-job', 'This is standard practice across the industry.', 'This is standard practice'],
  ['lesson-for-next-time', 'As explained on the checkout page, seats are not held.', 'As explained on the'],
  ['lesson-for-next-time', 'You were offered a later train and chose not to take it.', 'and chose not to'],
];

// [rule id the reply is close to, a benign reply that must trigger no phrase hint at all]
const MUST_NOT_TRIGGER: [string, string][] = [
  ['lesson-for-next-time', "Thanks for agreeing to the new date; I've booked the engineer for Tuesday."],
  ['not-our-job', "Yes, he wears a buoyancy aid the whole time he's on the water, no exceptions."],
  ['you-claim', "If you'd still like a visit, I can book one for Tuesday morning."],
  ['lesson-for-next-time', "The crew should have called you. As a goodwill gesture we'd like to cover the £60 key fee."],
  ['should-have', 'You should contact us again if the light comes back, and you should read the care leaflet in the box.'],
  ['not-our-job', "A call-out charge would normally apply, but I've waived it for this visit."],
  ['assumes-mistake', "I've double-checked the markings myself, so please double-check these in the setup menu too."],
  ['certain-fix', 'The patch should fully fix it; I will confirm on Tuesday.'],
  ['not-our-job', "Our engineers are fully trained, and I've booked one for Tuesday to look again."],
  ['sorry-they-are-unhappy', "I'm sorry you were kept waiting on the phone for forty minutes."],
  ['not-our-job', "We're unable to offer a refund, but I can add a credit to your account."],
  // An honest refusal, opened the usual way, that goes on to a reason and an alternative (fifth pass).
  ['not-our-job', "Unfortunately we can't take him on the river trip: the minimum age is our insurer's rule. What we can offer is the lake."],
  ['not-our-job', 'Sadly we are unable to move the booking, because the boat is chartered that week.'],
  ['not-our-job', "We are unable to issue a refund for the fee, so instead I've added a credit."],
  ['minimizing', 'You just need to send us the faulty battery, not the drill or the charger.'],
  ['minimizing', 'Jackets are provided, so you only need to bring sailing boots and warm layers.'],
  ['guarantee', "I can't guarantee that it will arrive by Friday."],
  ['certain-fix', "I'm not sure this will fix it, but it's the likeliest cause."],
  ['certain-fix', 'I hope this will fix it.'],
  ['certain-fix', "This should help, and if it doesn't I'll dig further."],
  ['certain-fix', "I can't promise this will fix it."],
  ['certain-fix', 'Hopefully the update will resolve your problem.'],
  ['certain-fix', "Let's see if this will fix it."],
  ['certain-fix', "I'll definitely look into it today."],
  ['certain-fix', 'We will definitely be in touch before Friday.'],
  ['lesson-for-next-time', "Please make sure you're using the charger that came with it, as others can overheat."],
  ['lesson-for-next-time', "We always recommend a quick restart after an update, so I've sent the steps below."],
  ['lesson-for-next-time', "Customers who don't have a smartphone can still use the paper permits."],
  ['should-have', 'Your membership was active, so you should have been let in.'],
  ['guarantee', 'I can promise to call you back tomorrow morning.'],
  // A condition governs its whole sentence, however far back it opens.
  ['certain-fix', 'The reseal is guaranteed for 12 months, so if there is a genuine leak it will definitely be covered.'],
  ['certain-fix', 'We will definitely keep you posted.'],
  ['guarantee', "I can't guarantee this will work yet."],
  ['guarantee', "I can't promise it won't happen again, but we've added monitoring."],
  ['guarantee', 'I promise to update you by Friday.'],
  ['guarantee', 'We guarantee a response within 24 hours.'],
  ['knows-cause', "I don't know exactly what's wrong yet."],
  ['knows-cause', 'I know exactly how annoying that is.'],
  ['knows-cause', "I'm sure you'll agree the wait is worth it."],
  ['knows-cause', "I'm sure that's frustrating when you log in all day."],
  ['knows-cause', 'I know exactly what you mean.'],
  ['knows-cause', 'It might be caused by the cache.'],
  ['knows-cause', "I'm not sure yet what is causing it."],
  ['minimizing', 'Simply put, the file was too large.'],
  ['minimizing', 'I simply wanted to check in.'],
  ['minimizing', 'You need to restart the app after the update.'],
  ['minimizing', 'I just need to confirm your email address.'],
  ['minimizing', 'You can simply reply to this email.'],
  ['minimizing', "You don't simply restart it, and that's on us to explain."],
  ['not-our-job', 'Unfortunately the courier lost it; I have sent a new one today.'],
  ['not-our-job', "I can't guarantee the exact time, but I'll call before noon."],
  ['lesson-for-next-time', 'You can keep the old plan and choose not to upgrade.'],
  ['minimizing', "I'll simply go ahead and merge the two accounts for you."],
  ['minimizing', 'Let me simply check the logs first.'],
  ['its-easy', "It's really easy to miss that setting."],
  ['its-easy', "It's not very easy to find, I agree."],
  ['its-easy', "It's pretty simple for us to change on our side."],
  ['obviously', 'Obviously we should have told you sooner.'],
  ['obviously', 'Obviously, this is frustrating.'],
  ['obviously', "It's not obviously related, so let me check."],
  ['obviously', 'I can clearly see the error in your screenshot.'],
  ['obviously', 'Your message clearly explains the steps, thank you.'],
  ['as-i-said', "As I mentioned, I'll call you at 3pm."],
  ['as-i-said', 'As mentioned above, here are the steps.'],
  ['works-for-me', 'Could you check whether it works on your end now?'],
  ['works-for-me', "Once it works on our side, I'll let you know."],
  ['works-for-me', "I've fixed the setting, and now it works fine on my end too."],
  ['works-for-me', "I couldn't reproduce it yet, but I'm still trying."],
  ['your-side-guess', "It's not something on your side; the fault was ours."],
  ['your-side-guess', "Let's rule out a setting on your computer first."],
  ['not-our-job', "There's nothing you need to do."],
  ['not-our-job', 'We can do that for you today.'],
  ['not-our-job', 'Our refund policy allows 30 days.'],
  ['working-as-intended', "It's not working as intended, and that's on us."],
  ['working-as-intended', 'Everything is now working as expected.'],
  ['working-as-intended', "Working as designed or not, this isn't good, and I'm raising it."],
  ['calm-down', "Don't worry, there's no need to reinstall."],
  ['calm-down', "It's a small fix on our side."],
  ['are-you-sure', 'Are you sure you want to cancel?'],
  ['are-you-sure', "I'm sure you're frustrated."],
  ['are-you-sure', "I'm not sure yet."],
  ['are-you-sure', 'Just to confirm, are you using the desktop app?'],
  ['are-you-sure', "I'll make sure it's fixed, and make sure the cable is in."],
  ['you-claim', 'You mentioned the emails never arrived.'],
  ['you-claim', 'Our logs show the job ran at 3pm.'],
  ['assumes-mistake', 'You must have been so frustrated.'],
  ['assumes-mistake', "You'll probably need to sign in again."],
  ['assumes-mistake', 'You may have missed our email, so here it is again.'],
  ['should-have', 'You should have received an email.'],
  ['should-have', 'You should have access now.'],
  ['should-have', "You shouldn't have had to do this."],
  ['you-failed', "If you didn't receive the code, I can resend it."],
  ['you-failed', "In case you didn't follow the link, here it is."],
  ['user-error', "It's not your fault."],
  ['user-error', "This wasn't your mistake at all."],
  ['user-error', 'Neither of those was your fault.'],
  ['user-error', "I don't think you broke it."],
  ['not-our-fault', 'Could you check a setting on your end?'],
  ['not-our-fault', "It's our fault, and I'm sorry."],
  ['not-our-fault', 'Could you check whether the issue is on your end too?'],
  ['any-inconvenience', "I'm sorry your export failed twice."],
  ['any-inconvenience', 'Sorry for the delay in getting back to you.'],
  ['conditional-apology', "I'm sorry that the update broke your export."],
  ['conditional-apology', 'Sorry to hear about the outage.'],
  ['conditional-apology', "I'm sorry for your frustration with the export failing every morning."],
  ['any-inconvenience', 'Sorry for the trouble with your Marketplace content.'],
  ['any-inconvenience', 'The outage was an inconvenience for many of you.'],
  ['sorry-but', 'Sorry, and thank you for waiting.'],
  ['sorry-but', "Sorry we were unable to reach you by phone, but I've put the details below."],
  ['sorry-but', "I'm sorry. But here's the good news: it's fixed."],
  ['as-i-said', 'As mentioned in the article, the export runs nightly.'],
  ['as-i-said', 'As you mentioned, the export fails on Fridays.'],
  ['not-our-job', "If we're unable to help with this, I'll find who can."],
  ['not-our-job', 'We can help with that today.'],
  ['calm-down', 'The glitch you saw came from our last release.'],
  ['its-easy', "Cancelling isn't simple right now, and that's on us."],
  ['works-for-me', "Once it's up and running again, I'll let you know."],
  ['works-for-me', "The fix is live and now we don't see any errors on our side; tell me if you still do."],
  ['lesson-for-next-time', "If you'd like, in the future I can send a reminder."],
  ['lesson-for-next-time', "You shouldn't always have to check this yourself."],
  ['lesson-for-next-time', 'You may have received an email from us about this.'],
  ['certain-fix', "I'll definitely be in touch tomorrow."],
  ['certain-fix', 'Your parcel should arrive tomorrow, and I will check it does.'],
  ['certain-fix', "If the update works, you'll be all set."],
  ['knows-cause', "I can't be sure yet, but it may be the cache."],
  ['knows-cause', "I'm not 100% sure, so I've asked the team."],
  ['not-our-job', "Our policy normally says 30 days, but I've made an exception for you."],
  ['not-our-job', 'Refunds are possible within 30 days.'],
  ['calm-down', "That's not expected behaviour, and I'm sorry."],
  ['assumes-mistake', 'Could you check the code you entered? Sometimes a space sneaks in.'],
  ['assumes-mistake', "I'm glad you raised this with staff."],
  ['assumes-mistake', 'Tracking shows the parcel is with the courier today.'],
  ['lesson-for-next-time', 'We always reply within a day.'],
  ['lesson-for-next-time', 'Are you completing the transfer using Quick Start as described on the following page?'],
  ['not-our-job', 'Your refund is final and on its way.'],
  // Narrowed on the fourth pass (tests/eval/README.md): each fired before.
  ['not-our-job', 'Your deposit would be refunded in full within 14 days in line with our terms and conditions.'],
  ['not-our-job', 'Transfers may be subject to compliance checks, and we are unable to give a timeframe for these.'],
  ['calm-down', 'Screens are brighter than paper. This is a common issue with home scans.'],
  ['knows-cause', "Discrepancies like this are almost always caused by an error on the client's ASN."],
  ['certain-fix', 'The money should be in your account by Thursday.'],
  ['you-claim', 'The supposed fix from last week did not help, and that is on us.'],
  ['not-our-job', "Leaving parcels outside isn't standard practice for us, and I've told the depot."],
  // A limit stated on the way to what was done for them, or what they do get.
  ['not-our-job', "The delay was outside our control, but I've refunded your delivery fee."],
  ['not-our-job', "Under our refund policy you're entitled to a full refund, which I've issued today."],
  ['not-our-job', "Your booking is non-refundable, but we've moved it to next week free of charge."],
  ['lesson-for-next-time', "If it isn't clearly explained on the page, tell me and I'll fix it."],
];

describe('phrase rules', () => {
  test.each(MUST_TRIGGER)('%s fires on “%s”', (rule, reply, words) => {
    const hints = phraseHints(reply).filter((h) => h.rule === rule);
    expect(hints.map((h) => h.text)).toEqual([words]);
  });

  test.each(MUST_NOT_TRIGGER)('nothing fires on a benign use (near %s): “%s”', (_rule, reply) => {
    expect(phraseHints(reply)).toEqual([]);
  });

  // Which category a phrase belongs to, where the labellers were consistent (seventh pass).
  test.each([
    ['a quote of what the listing says is dismissive, not blame', 'The contents can vary, as stated in the product description.', ['not-our-job']],
    ['the company defended is dismissive, not a promise', 'I can assure you that our installation was carried out to the highest standard.', ['not-our-job']],
    ['a promised outcome is overpromise', 'I can assure you it will be ready by Friday.', ['knows-cause']],
  ])('%s', (_what, reply, rules) => {
    expect(phraseHints(reply).map((h) => h.rule)).toEqual(rules);
  });

  it('has a must-trigger and a must-not-trigger case for every rule', () => {
    for (const rule of PHRASE_RULES) {
      expect(MUST_TRIGGER.some(([id]) => id === rule.id), rule.id).toBe(true);
      expect(MUST_NOT_TRIGGER.some(([id]) => id === rule.id), rule.id).toBe(true);
    }
  });

  test.each([
    ['a > quoted line', '> This will definitely fix it, are you sure?\nThanks for writing.'],
    ['curly quotes', 'You wrote “this will definitely fix it” in your note.'],
    ['straight quotes', 'The old article said "simply restart it", which was wrong.'],
    ['guillemets', 'Le client a écrit «are you sure you typed it».'],
    ['inline code', 'Run `simply restart --force` from the terminal.'],
    ['a fenced block', '```\nyou should have read the logs\n```\nHere are the logs.'],
  ])('quoted text is not the agent’s wording: %s', (_kind, reply) => {
    expect(phraseHints(reply)).toEqual([]);
  });

  it('an unpaired quote mark hides nothing', () => {
    expect(phraseHints('The 27" monitor: this will definitely fix it.').map((h) => h.rule)).toEqual(['certain-fix']);
  });

  it('never matches across a sentence end', () => {
    expect(phraseHints('I will call you. Definitely. Fix it later.')).toEqual([]);
  });

  it('quoting a policy is dismissive, not blame: it does not say they should have read it', () => {
    expect(phraseHints('As stated in our Terms of Service, the plan renews monthly.').map((h) => h.rule)).toEqual(['not-our-job']);
  });

  it('a cause that is their error is blame, not a promise about the fix', () => {
    expect(phraseHints('Crashes like this are almost always caused by user error.').map((h) => h.rule)).toEqual(['user-error']);
  });

  it('merges overlapping matches of one rule into one hint', () => {
    const hints = phraseHints("I'm sorry for any inconvenience this may have caused.");
    expect(hints.map((h) => h.text)).toEqual(['sorry for any inconvenience this may have caused']);
  });

  it('every phrase rule has a message naming a principle', () => {
    for (const rule of PHRASE_RULES) {
      expect(rule.message.endsWith(').'), rule.id).toBe(true);
      expect(rule.message.slice(0, -2).split(' (').length, rule.id).toBe(2);
    }
  });
});
