import { CHEST_PAIN_BACK_OR_LASTING } from './chest-pain-on-effort-settled.js';
import { TEST_ABNORMAL } from './chest-pain-passed-days-ago.js';
import { OBSERVATION_OUT_OF_BAND, readRedFlags } from './vignette-chest-pain.js';

/**
 * A chest pain the patient tells of their own chest, with what the protocols read as the chest wall's or the gullet's
 * and no cardiac feature: "a sharp pain left of my breastbone since I moved the kegs; if I press on the spot it's
 * exactly the same pain; I'm not breathless or sweaty and it doesn't go into my arm", "whenever I eat spicy food I get
 * a burning in my chest and a sour taste; it goes with an antacid".
 *
 * Why it is not an emergency: NHS 111 chest pain and MTS chest pain send pain with a cardiac character or companion
 * (heavy, crushing, tight, central, spreading to the arm or jaw, sweating, grey, sick, faint, breathless), at rest or on
 * effort, or beside a heart disease or a clot's risk, at once; a pain the person brings back by pressing on the spot,
 * with none of those, is the chest wall's (costochondritis, a strained muscle: the GP or a pharmacist), and a burning
 * that meals bring on and an antacid takes away is indigestion (NHS heartburn and acid reflux: a pharmacist).
 *
 * Why the patient's own telling: the person who presses on the spot feels the pain come back; a relative cannot
 * (review V8, 07:39: "worse when he presses on it" told of someone else does not exclude an acute coronary syndrome),
 * so a pain told of his, her or their chest is left to the rules. Why a cardiac feature must be told absent for the
 * chest wall: a person who pressed and said nothing else has not told that the heart's signs are missing. The burning
 * of reflux is read by its own course instead, meals that bring it and an antacid that takes it away, which is the
 * pattern of indigestion, and only where that pattern is told as the usual one: one burning that an antacid eased is
 * no diagnosis (NICE CG95 1.1.1.3 and 1.2.1.3 read no relief by a remedy as excluding an acute coronary syndrome).
 *
 * Any red flag told anywhere but as absent (`vignette-chest-pain.ts`), the pain back, lasting or not eased
 * (`chest-pain-on-effort-settled.ts`), something told as new or unlike before, an observation out of its band or an
 * ECG or troponin told abnormal keeps the pain an emergency; so does any other finding the rules accept beside it
 * (see `emergency-triage.ts`).
 */

/** The teller's own chest, or a pain the teller tells having. */
const OWN_CHEST_PAIN =
  /\b(?:my\s+(?:[\w-]+\s+){0,3}?(?:chest|ribs?|rib\s*cage|breast\s*bone|sternum|pec|pecs|pectorals?)|i\s+(?:have|get|got|had|keep\s+getting|have\s+got|have\s+had|am\s+getting|feel)\s+(?:[\w-]+\s+){0,6}?(?:pain|ache|twinge|burning|soreness|discomfort)\s+(?:[\w-]+\s+){0,4}?(?:chest|ribs?|breast\s*bone|sternum))\b/i;

/** Someone else's chest or pain: left to the rules, as the write-up's lay teller is. */
const ANOTHER_PERSONS_CHEST =
  /\b(?:his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:chest|ribs?|rib\s*cage|breast\s*bone|sternum)\b|\b(?:he|she|they)\s+(?:has|have|had|gets?|got|is\s+getting|says?|said|complains?|complained)\s+(?:[\w-]+\s+){0,4}?(?:pain|ache|twinge|burning|tight\w*|discomfort)\b/i;

/** The teller bringing the pain back by pressing on the spot: "if I press on it", "sore to touch", "tender when I push". */
const PRESSED_BY_THE_TELLER = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`(?:when|if|where|whenever|as\s+soon\s+as)\s+i\s+(?:press|push|prod|poke|touch)\w*`,
      String.raw`(?:pressing|pushing|prodding|poking|touching)\s+(?:on\s+)?(?:it|the\s+spot|that\s+spot|this\s+spot|the\s+area|there|the\s+(?:rib|ribs|bone|breastbone|muscle))\s+(?:[\w-]+\s+){0,3}?(?:hurts?|hurting|is\s+(?:sore|painful|tender)|makes\s+it|brings\s+it|sets\s+it\s+off|reproduces)`,
      String.raw`(?:sore|tender|painful)\s+(?:to\s+(?:the\s+)?touch|when\s+(?:i\s+)?(?:press|push|touch)\w*|if\s+(?:i\s+)?(?:press|push|touch)\w*)`,
    ].join('|') +
    String.raw`)\b`,
  'i',
);

/** The burning of indigestion: meals or lying down bring it. */
const BROUGHT_ON_BY_MEALS =
  /\b(?:(?:after|when\s+i\s+eat|whenever\s+i\s+eat|every\s+time\s+i\s+eat|if\s+i\s+eat)\s+(?:[\w-]+\s+){0,3}?(?:meals?|food|dinners?|curry|curries|spicy|fatty|greasy|rich|late|big|large|heavy|eating|pizza|wine|tea|coffee|chocolate|tomato\w*)|after\s+eating|spicy\s+food|acid\s+taste|sour\s+taste|bitter\s+taste|taste\s+of\s+acid)\b/i;

/** An antacid that takes the burning away: "it goes with an antacid", "Gaviscon sorts it out". */
const EASED_BY_AN_ANTACID = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`(?:goes|went|gone|eases?|eased|settles?|settled|relieved|better|disappears?|disappeared|clears?|cleared)\s+(?:away\s+|off\s+)?(?:\w+\s+){0,3}?(?:with|after|by|once\s+i\s+(?:take|took|have|had))\s+(?:an?\s+|some\s+|my\s+)?(?:antacids?|gaviscon|rennies?|tums|milk\s+of\s+magnesia|omeprazole|lansoprazole)`,
      String.raw`(?:antacids?|gaviscon|rennies?|tums|omeprazole|lansoprazole)\s+(?:\w+\s+){0,2}?(?:helps?|helped|works?|worked|sorts?|sorted|settles?|settled|eases?|eased|fix(?:es|ed)?|gets?\s+rid|got\s+rid|takes?\s+it\s+away|took\s+it\s+away|clears?|cleared)`,
    ].join('|') +
    String.raw`)\b`,
  'i',
);

/** The reflux told as the usual pattern: whenever, every time, most evenings, for weeks. */
const USUAL_PATTERN =
  /\b(?:whenever|every\s+time|each\s+time|always|usually|most\s+(?:evenings|nights|days|mornings)|on\s+and\s+off\s+for|for\s+(?:the\s+)?(?:last\s+|past\s+)?(?:\d+|two|three|four|five|six|few|a\s+few|several|couple\s+of|a\s+couple\s+of)\s+(?:weeks|months|years))\b/i;

/** Something told as new, changed or unlike before, which a pattern of indigestion does not cover. */
const UNLIKE_BEFORE =
  /\b(?:this\s+time|different|unlike|never\s+(?:had|felt|been)|not\s+like\s+(?:my\s+|the\s+)?(?:usual|normal|before)|(?<!\b(?:not|never|no)\s+(?:get\s+|gets\s+|getting\s+|got\s+|any\s+)?)worse\w*|worst|severe|agony|agonising|excruciating|unbearable|new)\b/i;

/**
 * A pain that came on at rest or within the last hours, however the time is told: "it came on 20 minutes ago while I was
 * sitting watching telly", "started half an hour ago while I was lying in bed" (review V35, 17:38). NICE CG95: pain at
 * rest, or chest pain now or in the last 12 hours that is not told as lasting days, is the acute pathway whatever
 * pressing does; a strained muscle is told over days.
 */
const AT_REST_OR_JUST_BEGUN = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`(?:while|when|whilst|as)\s+(?:i\s+(?:was|am)\s+|i\s+)?(?:just\s+)?(?:sitting|resting|lying|asleep|sleeping|watching|reading|relaxing|in\s+bed|on\s+the\s+(?:sofa|couch)|doing\s+nothing)`,
      String.raw`(?:at\s+rest|in\s+bed|in\s+my\s+sleep|woke|wakes|waking|sitting\s+still|lying\s+still)`,
      String.raw`(?:\d+|a|an|one|two|three|four|five|six|ten|fifteen|twenty|thirty|forty|fifty|few|a\s+few|couple\s+of|a\s+couple\s+of|half\s+an)\s+(?:minutes?|mins?|hours?|hrs?)\s+ago`,
      String.raw`just\s+(?:now|started|begun|come\s+on|came\s+on)|(?:came|come|started|began)\s+on\s+(?:suddenly|all\s+of\s+a\s+sudden|out\s+of\s+nowhere)|(?<!\b(?:a\s+and\s+e|hospital|go|going|seen|see|wait|ring|call|phone)\s+)tonight|right\s+now`,
    ].join('|') +
    String.raw`)\b`,
  'i',
);

/**
 * Whether a normalised message tells the teller's own chest pain as the chest wall's, reproduced by pressing with a
 * cardiac feature told absent, or as indigestion, brought on by meals and taken away by an antacid, with no red flag.
 */
export function isChestPainThePatientTellsAsChestWallOrReflux(normalized: string): boolean {
  if (
    !OWN_CHEST_PAIN.test(normalized) ||
    ANOTHER_PERSONS_CHEST.test(normalized) ||
    CHEST_PAIN_BACK_OR_LASTING.test(normalized) ||
    AT_REST_OR_JUST_BEGUN.test(normalized) ||
    UNLIKE_BEFORE.test(normalized) ||
    OBSERVATION_OUT_OF_BAND.test(normalized) ||
    TEST_ABNORMAL.test(normalized)
  )
    return false;
  const redFlags = readRedFlags(normalized);
  if (redFlags.present) return false;
  if (PRESSED_BY_THE_TELLER.test(normalized)) return redFlags.absent;
  return BROUGHT_ON_BY_MEALS.test(normalized) && EASED_BY_AN_ANTACID.test(normalized) && USUAL_PATTERN.test(normalized);
}
