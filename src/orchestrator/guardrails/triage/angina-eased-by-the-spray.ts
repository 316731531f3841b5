import {
  CHEST_PAIN_BACK_OR_LASTING,
  GONE_NOW,
  SETTLED_WORD,
  WITHIN_MINUTES,
  unstableTold,
} from './chest-pain-on-effort-settled.js';
import { TEST_ABNORMAL } from './chest-pain-passed-days-ago.js';
import type { SignalId } from './emergency-signals.js';
import { OBSERVATION_OUT_OF_BAND } from './vignette-chest-pain.js';

/**
 * A known angina whose pain the GTN spray took away within minutes, as it is meant to, gone now, told to ask about the
 * spray's own effects: "I was diagnosed with angina last month and given a GTN spray; the two times I used it the pain
 * went within a couple of minutes, but I got a thumping headache and a flushed face for ten minutes. Is that normal?",
 * "used my GTN for my usual tightness, it went in two minutes, then a pounding headache and a bit light-headed for
 * twenty minutes; the chest pain has not come back".
 *
 * Why it is not an emergency: NICE CG126 (stable angina) tells the patient to use the GTN for an episode and to call
 * an ambulance when the pain is not eased five minutes after a second dose; a pain the first dose eased within minutes
 * is the angina behaving as treated, for the GP or the review. The BNF lists headache, flushing, dizziness and
 * light-headedness (postural hypotension) as GTN's common effects, which the NHS leaflet tells the patient to sit down
 * for; asked about after the pain has gone, they are a question about a medicine (NHS 111: a pharmacist or the GP).
 *
 * Why the effects are read apart: a sentence that tells the headache or flushing the spray brought tells the
 * light-headedness and the minutes it lasted of the effect, not of the pain, so those words there do not count as the
 * pain lasting or as a faintness. Everything else keeps the pain an emergency when told anywhere but as absent
 * (`chest-pain-on-effort-settled.ts`): sweating, grey, sick, fainting, breathlessness, spreading, waking or at night,
 * getting worse or more often, lasting, a second spray, not relieved, back again or still there, an observation out of
 * its band, an ECG or troponin told abnormal; so does any other finding the rules accept (see `emergency-triage.ts`).
 */

/** The findings the spray's effects are read as: a headache, a light-headedness. */
const THE_SPRAYS_EFFECTS: readonly SignalId[] = ['headache', 'faint_or_dizzy'];

/**
 * The spray told used for the first time ("I used it for the first time today"): the first time of the spray, not of
 * the pain, whose first-episode finding is then the spray's.
 */
const FIRST_USE_OF_THE_SPRAY =
  /\b(?:(?:used|using|tried|took|sprayed)\s+(?:it|the\s+spray|(?:my|his|her)\s+(?:gtn|spray)(?:\s+spray)?)\s+for\s+the\s+first\s+time|first\s+time\s+(?:that\s+)?(?:i|he|she)\s+(?:have\s+|has\s+|had\s+)?(?:used|tried|needed)\s+(?:it|the\s+spray|(?:my|his|her)\s+(?:gtn|spray)))\b/;

/**
 * A pain told new: "the first time I have ever had chest pain", "never had chest pain before". GTN relief does not
 * tell a first pain's cause (NICE CG95 1.1.1.3): a new pain stays an emergency (review V39, 06:27).
 */
const NEW_PAIN =
  /\b(?:first\s+time\s+(?:that\s+)?(?:i|he|she|they)\s+(?:have\s+|has\s+|had\s+)?(?:ever\s+)?(?:had|got|felt|experienced)|never\s+(?:had|felt|got|experienced)\s+(?:[\w-]+\s+){0,3}?(?:pain|tightness|pressure|this|anything\s+like)|first\s+ever|(?:brand\s+)?new\s+(?:chest\s+)?(?:pain|tightness|pressure))\b/;

/**
 * Someone else's spray or angina used for the pain: "my neighbour has angina and gave me a puff of his GTN", "used my
 * husband's angina spray"; the prescriber's giving ("my GP gave me a GTN spray") is not. The angina must be the
 * patient's own for the spray's easing to tell it (review V39, 06:27).
 */
const ANOTHER_PERSONS_SPRAY =
  /\b(?:\w+'s\s+(?:angina\s+|gtn\s+)?(?:gtn|spray|angina)|(?:borrowed|lent|(?<!\b(?:gp|doctor|dr|nurse|cardiologist|consultant|specialist|hospital|pharmacist|they|surgery|clinic)\s+)(?:gave|give|giving)\s+me|let\s+me\s+(?:use|have|try))\s+(?:[\w-]+\s+){0,4}?(?:gtn|spray))\b/;

/**
 * The findings set aside with a pain the spray eased: the spray's effects, and a first episode when the first time told
 * is the spray's.
 */
export function theSpraysEffects(normalized: string): ReadonlySet<SignalId> {
  return new Set<SignalId>(
    FIRST_USE_OF_THE_SPRAY.test(normalized) ? [...THE_SPRAYS_EFFECTS, 'first_episode'] : THE_SPRAYS_EFFECTS,
  );
}

/** The spray named. */
const GTN_SPRAY =
  /\b(?:gtn|glyceryl\s+trinitrate|nitroglycerin\w*|nitrolingual|(?:angina|nitrate|heart)\s+spray|spray\s+(?:for|under)\s+(?:my\s+|the\s+|his\s+|her\s+)?(?:angina|chest|tongue))\b/;

/** The angina known: named, or the spray prescribed for the pain. */
const ANGINA_KNOWN =
  /\b(?:angina|(?:given|gave|prescribed|got)\s+(?:me\s+|him\s+|her\s+)?(?:a\s+|an\s+)?(?:gtn|spray|glyceryl))\b/;

/** The spray told in the sentence that tells the easing, or named as used just before ("the two times I used it"). */
const SPRAY_USED = /\b(?:gtn|spray\w*|sprayed|puffs?|dose|(?:used|using|use|took|take)\s+it)\b/;

/** The spray's own effects, which a sentence telling them tells instead of the pain. */
const SPRAY_EFFECT = /\b(?:headaches?|head\s+(?:ache|pounding|throbbing)|flush\w*|hot\s+face|red\s+face)\b/;
/** What such a sentence tells after the effect, of it and not of the pain: its light-headedness and how long it lasted. */
const EFFECT_COMPANIONS = new RegExp(
  String.raw`\b(?:light[- ]?headed\w*|dizz\w*|woozy|(?:for\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+)?(?:(?:\d+|ten|fifteen|twenty|thirty|forty)\s*(?:min\w*|hours?)|half\s+an\s+hour|an\s+hour)(?:\s+(?:afterwards|after|later))?)\b`,
  'g',
);

/** The pain told gone: not back, not returned, or as the effort reading tells it gone. */
const PAIN_NOT_BACK =
  /\b(?:(?:pain|tightness|it)\s+(?:has|have|did)\s+not\s+(?:come\s+back|returned?)|(?:no|not\s+had\s+any)\s+(?:more\s+)?(?:chest\s+)?(?:pain|tightness)\s+since)\b/;

function withTheEffectsToldApart(sentences: readonly string[]): string {
  return sentences
    .map((sentence) => {
      const effect = SPRAY_EFFECT.exec(sentence);
      if (effect === null) return sentence;
      // Only what follows the effect is told of it: a pain lasting 40 minutes told before the headache stays the pain's.
      const from = effect.index;
      return sentence.slice(0, from) + sentence.slice(from).replace(EFFECT_COMPANIONS, ' ');
    })
    .join(' . ');
}

/**
 * Whether a normalised message tells a known angina's pain eased within minutes by the spray, gone now, with nothing of
 * an acute coronary syndrome told; `sentences` are its sentences as the triage split them.
 */
export function isAnginaEasedByTheSprayAsUsual(normalized: string, sentences: readonly string[]): boolean {
  if (
    !GTN_SPRAY.test(normalized) ||
    !ANGINA_KNOWN.test(normalized) ||
    NEW_PAIN.test(normalized) ||
    ANOTHER_PERSONS_SPRAY.test(normalized)
  )
    return false;
  const easedBySpray = sentences.some(
    (sentence, index) =>
      SETTLED_WORD.test(sentence) &&
      WITHIN_MINUTES.test(sentence) &&
      (SPRAY_USED.test(sentence) || (index > 0 && SPRAY_USED.test(sentences[index - 1]))),
  );
  if (!easedBySpray) return false;
  const told = withTheEffectsToldApart(sentences);
  return (
    (GONE_NOW.test(told) || PAIN_NOT_BACK.test(told) || SPRAY_EFFECT.test(told)) &&
    !unstableTold(told) &&
    !CHEST_PAIN_BACK_OR_LASTING.test(told) &&
    !OBSERVATION_OUT_OF_BAND.test(told) &&
    !TEST_ABNORMAL.test(told)
  );
}
