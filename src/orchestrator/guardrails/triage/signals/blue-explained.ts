import { BABY_UNDER_ONE } from '../urgent-after-resolution.js';
import type { SignalId } from './signal-definition.js';
import { notToldUnlessAbsent } from './unless-told-absent.js';

/**
 * Blue or purple lips told with what explains them, so that the colour is no cyanosis (the MTS and NICE NG143 read
 * central cyanosis as a failing airway, breathing or circulation). Read for the `cyanosis` and `turning_blue` signals
 * beside their own ordinary contexts. Each holds only where nothing else in the sentence tells the airway, the
 * breathing or the mind as failing: choking, struggling to breathe or wheezing are signals of their own and still
 * fire; these only keep the colour alone from counting.
 */

/**
 * A stain: the colour told as coming from something eaten, drunk, sucked or chewed ("his lips are blue from the ice
 * lolly", "purple from the blackberries", "her mouth is all blue from the blue raspberry sweets"). Told with "from",
 * the way people give a stain its cause, or a pen or crayon told as chewed or sucked; "blue after eating a sweet" is a
 * sequence (choking, an allergy), not a stain.
 */
const STAINED = String.raw`\bfrom\s+(?:(?:eating|drinking|sucking|chewing|licking|having)\s+)?(?:(?:a|an|the|some|that|those|his|her|my|their|all\s+the)\s+)?(?:[\w-]+\s+){0,2}?(?:ice[- ]?lolly|ice[- ]?lollies|lolly|lollies|lollipops?|ice\s+pops?|slush(?:ies|y|ie)?|slush\s+pupp(?:y|ies)|sweets?|candy|candies|sherbet|blackberr(?:y|ies)|blueberr(?:y|ies)|bilberr(?:y|ies)|blackcurrants?|beetroot|red\s+wine|grape\s+juice|jelly|icing|frosting|food\s+colou?ring|felt[- ]?tips?|pens?|crayons?|markers?|ink)\b|\b(?:felt[- ]?tips?|crayons?|markers?|biros?|pens?)\b[^.;]{0,30}\b(?:chew\w*|suck\w*|lick\w*)\b|\b(?:chew\w*|suck\w*|lick\w*)\s+(?:on\s+)?(?:(?:a|the|his|her|my|their)\s+)?(?:felt[- ]?tips?|crayons?|markers?|biros?|pens?)\b`;

/** A baby under one: any blue episode in a baby needs care even once it is over (see `persistsWhenResolvedIn`). */
const NOT_A_BABY = String.raw`(?![^]*(?:${BABY_UNDER_ONE.source}))`;

/** What makes cold water an emergency after all (RCUK drowning; NHS cold water shock): told anywhere, unless told absent. */
const NOT_NEAR_DROWNING = notToldUnlessAbsent(
  String.raw`\b(?:cough\w*|breath\w*|wheez\w*|drows\w*|sleepy|confus\w*|floppy|limp|went\s+under|under\s*water|unconscious|not\s+responding|still\s+(?:blue|purple|grey|gr[ae]y)|shivering\s+(?:has\s+)?stopped|stopped\s+shivering|vomit\w*)\b`,
);

/**
 * Lips gone blue in cold water and pink again once warm ("purple after swimming in the cold sea, pink again once
 * warmed up"): the cold narrows the vessels of the lips and warming reverses it (NHS; Schmitt-Thompson). Not in a baby
 * under one, and never beside a near-drowning's cough, breathlessness or drowsiness.
 */
const COLD_THEN_PINK = String.raw`^${NOT_A_BABY}${NOT_NEAR_DROWNING}(?=[^]*\b(?:cold|chilly|freezing|icy)\s+(?:bath|water|pool|sea|lake|river|shower|swim|dip)\b|[^]*\bswimming\b)(?=[^]*\b(?:(?:pink|a\s+normal\s+colou?r)\s+again|(?:went|goes|turned|turns|came)\s+(?:back\s+)?pink|back\s+to\s+(?:pink|(?:a|his|her|their)\s+normal\s+colou?r)|once\s+(?:[\w']+\s+){0,3}?warm\w*|warm(?:ed|s)?\s+(?:\w+\s+)?up)\b)`;

/**
 * A toddler's breath-holding spell (NHS breath-holding spells: from about 6 months to 6 years, brought on by being
 * upset, angry or hurt; the child goes blue or pale and may go limp for a moment, then breathes again within a
 * minute). Read where the breath held, its trigger and its ending are all told; never in a baby under one, and never
 * beside a fit, a long spell or a child who is not breathing or not coming round.
 */
const BREATH_HOLDING_SPELL = String.raw`^${NOT_A_BABY}${notToldUnlessAbsent(String.raw`\b(?:fit\w*|seizure\w*|convuls\w*|jerk\w*|stiff\w*|floppy|limp|minutes?|still\s+(?:not|blue|grey|gr[ae]y|purple)|not\s+(?:breathing|waking|responding|coming\s+round)|unconscious|unresponsive|will\s+not\s+wake)\b`)}(?=[^]*\b(?:(?:held|holds|holding|hold)\s+(?:his|her|their)\s+breath|breath[- ]holding)\b)(?=[^]*\b(?:tantrums?|upset|cross|angry|frustrated|crying|cries|cried|screaming|told\s+off|fell|falls|bumped|hurt|startled|shock)\b)(?=[^]*\b(?:breath\w*\s+again|start\w*\s+breathing|gasps?|gasped|came\s+round|comes\s+round|(?:is|was)\s+fine|pink\s+again|back\s+to\s+normal|playing)\b)`;

/**
 * A stain told plainly, in a child over one, with nothing in the sentence that the stain does not explain (review V21,
 * 23:18): a hedge or a doubt ("from the ice lolly i think", "from the ice lolly? no, he hasn't had one"), or a red
 * flag of breathing, waking or swallowing told anywhere, unless told as absent, keeps the colour a finding.
 */
const RED_FLAGS_BESIDE_A_STAIN = String.raw`(?:breath\w*|grunt\w*|wheez\w*|drows\w*|sleepy|floppy|limp|wak\w*|respond\w*|confus\w*|chok\w*|swallow\w*|inhal\w*|swell\w*|swollen|cough\w*|gasp\w*|pale|gr[ae]y|mottled|cold|collaps\w*|faint\w*|fit\w*|seizure\w*)`;

/** A stain told with a doubt: "i think", "not sure", "he hasn't had one". */
const DOUBTED = String.raw`(?:i\s+think|i\s+do\s+not\s+think|not\s+sure|maybe|might\s+be|could\s+be|or\s+is\s+it|(?:has|have|had)\s+not\s+(?:had|eaten|drunk)|did\s+not\s+(?:have|eat|drink))`;

const STAIN_EXPLAINS = String.raw`^${NOT_A_BABY}${notToldUnlessAbsent(
  String.raw`\b${RED_FLAGS_BESIDE_A_STAIN}\b`,
)}(?![^]*\b${DOUBTED}\b)(?=[^]*(?:${STAINED})(?!\s*\?))`;

/**
 * Read as an ordinary story that must see the whole message (`ordinaryUnlessElsewhere`): a red flag or a doubt told
 * in another sentence ("his lips are blue from the ice lolly? No, he hasn't had one, he is breathing really fast and
 * grunting": review V21, 23:18), or any other finding in the message, keeps the colour a finding.
 */
export const BLUE_EXPLAINED_GUARD: {
  readonly when: RegExp;
  readonly unless: RegExp;
  readonly alongside: readonly SignalId[];
} = {
  when: new RegExp(`${STAIN_EXPLAINS}|${COLD_THEN_PINK}|${BREATH_HOLDING_SPELL}`),
  unless: new RegExp(String.raw`\b(?:${RED_FLAGS_BESIDE_A_STAIN}|${DOUBTED})\b`),
  // What a breath-holding spell tells of itself: the breath held is a pause.
  alongside: ['cyanosis', 'turning_blue', 'long_breathing_pause'],
};
