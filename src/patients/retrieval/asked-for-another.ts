// A follow-up asking what the message before asked, of something else: "and for the HIV?" after
// "what's my current TB treatment", "what about for his cough?" after "what medicine did he get
// for the fever", "and of the hep b?" after "when was the last test of my hiv". It names only the
// new thing; what is asked of it (a treatment, a plan, a test, a vaccine) is in the message before.
// Read alone, "and for the HIV?" is the HIV (its tests); read as a follow-up with nothing carried,
// the same. The word of what was asked is carried over ("and treatment for the HIV?"): searched
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
