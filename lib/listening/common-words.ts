/**
 * Words too common to be a customer's key term: function words, everyday verbs (base forms:
 * "clicked" is common because "click" is), the filler of support messages ("issue",
 * "thanks"), and words that say how, when or how much rather than what ("somehow", "along",
 * "eventually", "all of a sudden", "looking forward"). What is left of a message is what the customer is actually talking about.
 */
import { stem } from './stem';

const WORDS = `a about above after again against all almost also although always am an and any anyone anything anyway are
around as at away back be because been before being below between both but by can cannot could did do does
done down during each either else even ever every everyone everything few for from get got gotten had has have
he her here him his how however i if in instead into is it it's its itself just least less let let's like
likely made make many may maybe me might more most much must my need neither never no none nor not nothing now
of off often on once one only onto or other our out over own perhaps please quite rather same say said see
seen she should since so some someone something sometimes still such sure than that that's the their them then
there there's these they this those though through thus to too toward under until up upon us very via was way
we well were what what's when where whether which while who why will with within without would yes yet you
your yourself able add ago already another ask bad best better big bit came come day different early easy end
enough entire etc fine first found give go good great guys happen hard hello help hey hi hope hour idea keep
kept kind know knew known last later left lot look lost mean minute moment month morning new next nice night
ok okay old part past people person place point possible pretty problem put question quick ready reason
regards right run second several show simple small soon sorry start stop take team tell thank thing think
thought time today told took tried try turn twice use usual want week went whole work year yesterday tomorrow
issue support dear cheers appreciate urgent asap happy unhappy pleased satisfied dissatisfied disappointed impressed monday tuesday wednesday thursday friday saturday sunday
january february march april june july august september october november december pm everybody anybody nobody
thx pls ty click press tap select type enter open close restart reboot refresh install reinstall login log
sign fix broken break weird strange odd annoying frustrating whenever everytime anymore unable paid pay fail data
button page file error message field link screen tab menu window option list row column table view number
setting form email app version name side hand wrong mistake super crazy gone become meant latest arrive remove
monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday tonight weekend
january february march april june july august september october november december
doesnt dont cant wont isnt arent wasnt didnt couldnt wouldnt shouldnt ive im youre thats whats
kinda sorta gonna wanna tbh btw pls plz thx asap forever stay stays keep keeps anymore
change lose answer bought buy send check call force wait reply respond contact receive mention explain understand seem feel guess wonder notice realize manage detail text customer screenshot attach straight
exist continue refuse swear tiny rang ring older newer two three four five six seven eight nine ten hundred thousand half third dozen couple
along otherwise nowhere somewhere anywhere somehow anyhow insist sent surely eventually currently actually basically literally
honestly seriously apparently obviously definitely really totally completely sudden suddenly forward together middle true current
situation circumstances manner unfortunately recently certainly exactly probably possibly absolutely clearly simply extremely fairly
entirely finally initially originally usually normally generally
write wrote written speak spoke spoken create further assistance essential possibility resolve available advance shoutout
dude dudes folks read sort
whom whoever whatever whichever myself ourselves themselves near upset panic busy concern mind young
brought built caught taught felt held spent met sold wore drove fell afraid find`;

const COMMON = new Set(WORDS.split(/\s+/));
const COMMON_STEMS = new Set([...COMMON].map(stem));

/**
 * Whether a (lower-case) word is too common to be a key term: a contraction, or a listed word in
 * any inflection. With `inflected` false only the listed form counts: "Teams" is a name.
 */
export function isCommonWord(word: string, inflected = true): boolean {
  if (COMMON.has(word) || (word.includes("'") && /n't$|'(?:re|ve|ll|d|m)$/.test(word))) return true;
  // "Monday's": a possessive is its word.
  if (word.endsWith("'s") && COMMON.has(word.slice(0, -2))) return true;
  return inflected && COMMON_STEMS.has(stem(word));
}

/**
 * English prose is about half everyday words, dense technical English a quarter; Spanish, German
 * or French replies score under a tenth. Below this share the English-only measures (absence hints) stay silent.
 */
export const ENGLISH_MIN_COMMON_SHARE = 0.15;

export function readsAsEnglish(words: readonly { norm: string }[]): boolean {
  const needed = words.length * ENGLISH_MIN_COMMON_SHARE;
  let common = 0;
  for (const word of words) if (isCommonWord(word.norm, false) && ++common >= needed) return true;
  return common >= needed;
}

/** Nouns that make a phrase a feature name when a word comes before them ("export button"). */
export const SUPPORT_NOUNS: ReadonlySet<string> = new Set(
  `key button page error message file report setting settings account invoice email code password screen tab menu
window field link app plan subscription order integration export import sync upload download notification dashboard
form folder template calendar invite user mode option feature list column row table payment card refund receipt
number address profile workspace project document attachment extension plugin editor view filter search label tag
status version device browser login session backup history log limit storage seat license licence trial item items
portal dialog`.split(/\s+/),
);
