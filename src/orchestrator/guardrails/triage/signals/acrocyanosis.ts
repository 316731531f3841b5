/**
 * Acrocyanosis: blue or purple hands and feet with a pink centre - lips, mouth, tongue, face or body -
 * in a baby after a bath or on waking. Schmitt-Thompson and NICE NG143 count
 * only central cyanosis (lips, tongue, face) as the danger sign; the hands and feet alone are normal.
 *
 * Read only where the sentence tells all three: the hands, feet, fingers or toes (more than one) as the
 * blue part, a central part as pink, rosy or a normal colour, and a baby or the cold as the cause ("when
 * the room is chilly"): hands and feet gone blue after a fall, with red cheeks from crying, are shock, and
 * an adult's feet or fingers blue and cold on waking that will not warm up are a limb's blood supply
 * (review V9). A central part told blue, grey or dusky anywhere in the sentence is cyanosis however pink
 * the rest ("her face is pink but her lips are blue"), and pain, numbness or a missing pulse is a limb's
 * blood supply, not its colour.
 */

import { BABY_UNDER_ONE } from '../urgent-after-resolution.js';

const CENTRAL = String.raw`(?:lips?|mouth|tongue|face|gums|cheeks|chest|body|tummy|trunk)`;
const BLUE = String.raw`(?:blue|bluish|blueish|purple|purplish|dusky|gr[ae]y|grey-blue|ashen|dark)`;
const PINK = String.raw`(?:pink|rosy|(?:a\s+)?(?:normal|good|healthy|nice)\s+colou?r)`;
/** A baby told by any name: "newborns", "babys", "little one". */
const ANY_BABY = String.raw`\b(?:babies|babys|newborns|infants|little\s+one)\b`;

/** The cold as what brings it on: "when the room is chilly", "when she gets cold", "in the cold". */
const IN_THE_COLD = String.raw`\b(?:(?:when|if|once)\s+(?:\w+\s+){0,2}?(?:is|are|gets?|feels?|goes)\s+(?:a\s+bit\s+|very\s+)?(?:cold|chilly)|in\s+the\s+cold)\b`;

/** A central part told blue: "lips are blue", "blue round the mouth", "blue in the face", "tongue looks dusky". */
const CENTRAL_BLUE = String.raw`\b${CENTRAL}\b(?:(?!\b(?:pink|rosy|but|though|although|while|whereas)\b)[^.;,]){0,25}\b${BLUE}\b|\b${BLUE}(?:\s+(?!(?:and|but|though|although|while|whereas|or)\b)\w+){0,3}?\s+${CENTRAL}\b`;

/** More than one hand, foot, finger or toe: the periphery, not a limb. */
const PERIPHERY = String.raw`\b(?:hands|feet|fingers|toes|fingertips|fingernails|toenails|nails)\b`;

/** A central part told pink, with nothing denying or turning it between: "mouth and face are a healthy pink". */
const CENTRAL_PINK = String.raw`\b${CENTRAL}\b(?:(?!\b(?:not|no|never|but|${BLUE})\b)[^.;]){0,30}\b${PINK}\b`;

export const ACROCYANOSIS = new RegExp(
  String.raw`^(?![^]*(?:${CENTRAL_BLUE}))(?=[^]*(?:${BABY_UNDER_ONE.source}|${ANY_BABY}|${IN_THE_COLD}))(?![^]*\b(?:pain\w*|sore|hurts?|numb\w*|pulse|pulseless)\b)(?=[^]*${PERIPHERY})[^]*${CENTRAL_PINK}`,
);
