/**
 * Air hunger in a panic attack that has passed. NHS guidance on panic disorder: the feeling of not being able to
 * breathe, a racing heart and tingling hands are the attack itself, which passes in 5 to 20 minutes; someone who
 * knows their attacks and is breathing normally again needs no ambulance. So "I couldn't breathe" is held back
 * where the message names a panic attack and tells it passed; an attack still going on, or a sign seen (blue
 * lips, unable to speak) or chest pain, is read as usual, and so is air hunger told as back or still there.
 */

import { type SignalDefinition, define, r } from './signal-definition.js';

const NOT_BEFORE = r`(?<!\b(?:not|never|has\s+not|have\s+not|did\s+not|does\s+not|will\s+not|is\s+not)\s(?:\w+\s)?)`;
const ENDED = r`(?:passed|pass|passes|faded|fades|fade|settled|settles|settle|calmed(?:\s+down)?|calms(?:\s+down)?|subsided|subsides|eased(?:\s+off)?|eases(?:\s+off)?|went\s+away|go\s+away|goes\s+away|wore\s+off|wears\s+off|stopped|stop|stops)`;

export const PANIC_EPISODE_SIGNALS: readonly SignalDefinition[] = [
  define('panic_attack_named', [r`\b(?:panic|anxiety)\s+(?:attacks?|episodes?|disorder)\b`], {
    timeless: true,
    discriminatorOnly: true,
  }),
  // The attack told as over: "it passed after 15 minutes", "they last ten minutes and pass", "I'm calm now".
  define(
    'attack_passed',
    [
      r`${NOT_BEFORE}\b(?:it|they|that|this|the\s+(?:attack|panic|episode|feeling))\s+(?:has\s+|have\s+|had\s+|then\s+|always\s+|usually\s+|eventually\s+|just\s+|all\s+)?${ENDED}\b`,
      r`\b(?:lasts?|lasted|last\s+(?:for\s+)?)\s+(?:about\s+|around\s+|maybe\s+|roughly\s+)?(?:a\s+few|a\s+couple\s+of|\d+|five|ten|fifteen|twenty)\s+(?:minutes|mins)\s+(?:and|then)\s+(?:then\s+)?${ENDED}\b`,
      r`\b(?:i\s+am|i\s+feel|feeling|i\s+felt)\s+(?:much\s+)?(?:calm|calmer|fine|better|ok|okay|normal|back\s+to\s+normal)\s+now\b|\bnow\s+(?:i\s+am\s+)?(?:calm|fine|better)\b|\bbreathing\s+(?:normally|fine|ok|okay)\s+(?:now|again)\b|\bnow\s+(?:settled|calm|calmer|subsided|passed)\b`,
    ],
    { qualifier: true, discriminatorOnly: true },
  ),
  // Air hunger told as back or still going after an attack that passed: "it passed but now I can't breathe again".
  define('breathless_again', [
    r`\b(?:still|again|now|right\s+now|at\s+the\s+moment|getting\s+worse)\b[^.;]{0,30}\b(?:cannot|can\s+not|struggling\s+to|hard\s+to)\s+(?:breathe|get\s+(?:my|a|enough)\s+(?:breath|air)|catch\s+my\s+breath)\b`,
    r`\b(?:cannot|can\s+not|struggling\s+to)\s+(?:breathe|get\s+(?:my|a|enough)\s+(?:breath|air)|catch\s+my\s+breath)\s+(?:again|still|now|right\s+now|any\s+more)\b`,
  ]),
];
