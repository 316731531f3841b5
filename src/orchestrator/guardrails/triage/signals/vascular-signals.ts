/**
 * Blood-vessel emergencies: aortic dissection (sudden tearing or ripping pain through to the
 * back - ESC guidelines, MTS), acute limb ischaemia (the "6 Ps": pain, pallor, pulseless,
 * paraesthesia, paralysis, perishing cold), pulmonary embolism after a deep-vein thrombosis
 * (NICE NG158: a swollen painful calf with breathlessness or chest pain) and a leaking
 * abdominal aortic aneurysm (a pulsating mass with abdominal or back pain).
 */

import { type SignalDefinition, define, r } from './signal-definition.js';
import { ACROCYANOSIS } from './acrocyanosis.js';

const LIMB_SIGN = r`(?:pale|white|blue|bluish|blueish|purple|purplish(?:-black)?|black|mottled|dusky|cold|icy|ice[- ]cold|stone[- ]cold|freezing|numb|dead|chalky|chalk[- ]white|marble|marbled|waxy|deathly\s+pale)`;

/** A limb's colour told where it is ordinary: the cold, Raynaud's, a bruise, a dye, always so. */
const LIMB_COLOUR_ORDINARY_CONTEXT =
  /\b(?:raynaud\w*|chilblains?|winter|snow|swimming|always|every\s+(?:time|winter)|when\s+(?:it\s+is|i\s+am|she\s+is|he\s+is)\s+cold|warms?\s+up|bruis\w*|fake\s+tan|dye)\b/;

export const VASCULAR_SIGNALS: readonly SignalDefinition[] = [
  define('tearing_pain', [
    r`\b(?:tearing|ripping|ripped|torn|tear(?:ing)?\s+apart)\b[^.;]{0,40}\b(?:chest|back|shoulder\s+blades|between\s+(?:my|his|her)\s+shoulders|interscapular|abdomen|belly|stomach)\b`,
    r`\b(?:chest|back)\b[^.;]{0,30}\b(?:feels?\s+like\s+(?:it\s+is\s+)?(?:tearing|ripping|being\s+torn))\b`,
    r`\b(?:aortic\s+dissection|dissecting\s+aneurysm|(?:aneurysm|aaa)\s+(?:has\s+)?(?:burst|ruptured|leaking))\b`,
  ]),
  define(
    'ischaemic_limb',
    [
      r`\b(?:leg|foot|arm|hand|toes|fingers)\b[^.;]{0,30}\b(?:cold\s+and\s+(?:white|pale|blue|numb)|(?:white|pale|blue)\s+and\s+cold|gone\s+(?:white|blue|black)\s+and|no\s+pulse|cannot\s+feel\s+a\s+pulse)\b`,
      r`\bpulseless\b|\b(?:cold|pale|white)\s+(?:and\s+)?(?:pale|white|cold|blue|numb)\s+(?:\w+\s+)?(?:leg|arm|foot|hand|limb)\b`,
      r`\b(?:no|cannot\s+feel\s+a|cannot\s+find\s+a)\s+pulse\s+in\s+(?:my|his|her|the)\s+(?:foot|leg|arm|wrist|ankle)\b`,
      // Any limb word with any two of the 6 Ps told in lay colours and temperatures: "hand has gone
      // pale and blue and it is freezing", "foot purplish-black and icy".
      r`\b(?:leg|legs|foot|feet|arm|hand|toes?|fingers?|limb)\b[^.;]{0,20}?\b(?:gone|turned|going|is|are|looks?|went)\s+(?:\w+\s+)?${LIMB_SIGN}\b[^.;]{0,30}?\b${LIMB_SIGN}\b`,
      // The Ps told before the limb, as a vignette lists them: "a cold, white, painful left leg".
      r`\b${LIMB_SIGN}\s*,?\s*(?:and\s+)?${LIMB_SIGN}\s*,?\s*(?:(?:and\s+)?(?:very\s+)?(?:painful|sore|numb|tingling|heavy|weak|floppy)\s*,?\s*)?(?:left\s+|right\s+|lower\s+|upper\s+)?(?:leg|foot|arm|hand|limb)\b`,
    ],
    {
      // Blue hands and feet with a pink centre is acrocyanosis (see acrocyanosis.ts), no limb's blood supply.
      ordinaryWhen: new RegExp(`${ACROCYANOSIS.source}|${LIMB_COLOUR_ORDINARY_CONTEXT.source}`),
    },
  ),
  define(
    'swollen_calf',
    [
      r`\b(?:calf|leg|thigh)\b[^.;]{0,30}\b(?:swollen|swelling|hot\s+and\s+(?:red|tender|painful)|red\s+and\s+hot|tender\s+and\s+swollen)\b`,
      r`\b(?:swollen|swelling\s+in\s+(?:my|his|her)|hot\s+red)\s+(?:\w+\s+)?(?:calf|leg)\b`,
      r`\b(?:dvt|deep\s+vein\s+thrombosis|blood\s+clot\s+in\s+(?:my|his|her|the)\s+(?:leg|calf))\b`,
    ],
    { timeless: true },
  ),
  define(
    'pulsating_mass',
    [
      r`\b(?:pulsating|pulsatile|pulsing|throbbing|beating)\s+(?:abdominal\s+)?(?:lump|mass|feeling)\b|\b(?:triple\s+a|aaa|aneurysm)\b`,
    ],
    { timeless: true },
  ),
];
