// A follow-up asking what the message before asked, of something else: "and for the HIV?" after
// "what's my current TB treatment", "what about for his cough?" after "what medicine did he get
// for the fever", "and of the hep b?" after "when was the last test of my hiv". It names only the
// new thing; what is asked of it (a treatment, a plan, a test, a vaccine) is in the message before.
// Read alone, "and for the HIV?" is the HIV (its tests); read as a follow-up with nothing carried,
// the same. "and the HIV ones?" asks the message before whole, its thing named swapped for the
// HIV ("which tb drugs was i started on in 2012"). The word of what was asked is carried over ("and treatment for the HIV?"): searched
// by its own words, what the record names it (the antiretrovirals), and nothing of the TB.

/** Going on with "for" or "of" what follows: "and for the HIV?", "what about for his cough". */
const FOR_ANOTHER = /^(\W*(?:and|and what about|what about|how about|same)\s+)((?:for|of)\s+\S.*)$/i;

/** What a message asks of what it names: a treatment, its plan, a test, a vaccine. */
const ASKED_WORD =
  '(?:meds|medications?|medicines?|drugs?|pills|tablets|treatments?|therapy|regimens?|plans?|tests?|results?|vaccines?|vaccinations?|shots?|jabs?)';
const ASKED_OF = new RegExp(`\\b${ASKED_WORD}\\b`, 'i');

/**
 * What the message before asked, whole: a run of such words is one thing asked, named by its
 * last ("my TB medication plan" asks for the plan, of the medication; "the test results" for
 * the results).
 */
const ASKED_BEFORE = new RegExp(`\\b((?:${ASKED_WORD}\\s+)*${ASKED_WORD})\\b`, 'i');

/**
 * "and the hiv ones?", "what about his tb ones": what the message before asked, of what is named
 * before "ones" (one or two words).
 */
const ONES_OF_ANOTHER =
  /^(\W*(?:and|and what about|what about|how about|same for)\s+)(?:the|his|her|my|their|your|our)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+ones?\W*$/i;

/**
 * Words that pick among the same things rather than name another ("and the earlier ones?", "the
 * other ones", "the 2019 ones", "the missing ones"): the same thing asked, not swapped.
 */
const WHICH_OF_THE_SAME =
  /\b(?:first|second|third|last|latest|final|next|previous|earlier|later|early|late|older|oldest|newer|newest|old|new|recent|other|same|rest|remaining|missing|before|after|baby|childhood|adult|\d+\w*)\b/i;

/** What the message before asked with the word saying whose it was: "tb drugs" of "which tb drugs was i started on". */
const WHOSE_ASKED = new RegExp(
  `\\b(?!(?:the|my|his|her|their|your|our|any|which|what|some|all|those|these|a|an|of|for|and)\\b)([a-z][\\w-]*)\\s+(${ASKED_WORD})\\b`,
  'i',
);

/**
 * What comes before the word that says whose the asked thing was must open its name: a determiner,
 * a question word or the message's start. After "his hep b shots" only "b" stands before "shots",
 * and swapping it alone would ask "his hep polio shots": the name is longer than one word, so the
 * swap is left to the other readings.
 */
const WHOSE_NAME_OPENS =
  /(?:^|\b(?:the|my|his|her|their|your|our|any|which|what|some|all|those|these|a|an|of|for|and|on|in)\s+)$/i;

/**
 * The message before asked whole of another thing, its thing named swapped ("and the hiv ones?"
 * after "which tb drugs was i started on in 2012": "which hiv drugs was i started on in 2012"), to
 * be read in the chat that message was read in; undefined when the follow-up is no "the X ones",
 * picks among the same things ("and the earlier ones?"), or the message before names whose its
 * thing asked was by no word before it.
 */
export function sameAskedOfAnother(text: string, previousText: string): string | undefined {
  const ones = ONES_OF_ANOTHER.exec(text.trim());
  if (ones === null || ASKED_OF.test(ones[2]) || WHICH_OF_THE_SAME.test(ones[2])) return undefined;
  const whose = WHOSE_ASKED.exec(previousText);
  if (whose === null || !WHOSE_NAME_OPENS.test(previousText.slice(0, whose.index))) return undefined;
  return previousText.replace(whose[0], `${ones[2].toLowerCase()} ${whose[2]}`);
}

/**
 * The follow-up with the words of what the message before asked ("and for the HIV?" after "what's
 * my current TB treatment": "and treatment for the HIV?"; after "my TB medication plan": "and
 * medication plan for the HIV?"); undefined when it does not go on with
 * "for" or "of", names its own ("and for the hiv meds?"), or the message before asked nothing of
 * the kind.
 */
export function askedForAnother(text: string, previousText: string): string | undefined {
  const match = FOR_ANOTHER.exec(text.trim());
  if (match === null || ASKED_OF.test(match[2])) return undefined;
  const asked = ASKED_BEFORE.exec(previousText);
  return asked === null ? undefined : `${match[1]}${asked[1].toLowerCase()} ${match[2]}`;
}
