import { notToldUnlessAbsent } from './unless-told-absent.js';

/**
 * A socket still oozing after a tooth is taken out: "I had a tooth out this morning and it's still oozing a bit of
 * blood", "my gum is bleeding a little after my wisdom tooth came out". NHS (bleeding after a tooth extraction): a
 * little oozing, and saliva tinged pink, are normal for a day or so; bite on a damp gauze or a tea bag for 15 to 20
 * minutes and go back to the dentist or NHS 111 if it does not stop. Read only where the sentence tells the tooth out
 * and the bleeding as a little, an ooze or pink. Never beside what makes it an emergency (NHS; SDCEP): bleeding that
 * will not stop or has gone on for hours despite pressure, soaking, pouring, mouthfuls or clots, feeling faint, dizzy
 * or pale, swallowing or vomiting blood (unless told as absent: "no clots").
 */
const NOT_A_HAEMORRHAGE = notToldUnlessAbsent(
  String.raw`\b(?:will\s+not\s+stop|would\s+not\s+stop|does\s+not\s+stop|not\s+stopp\w*|hours?|all\s+(?:day|night)|soak\w*|pour\w*|gush\w*|spurt\w*|mouthfuls?|clots?|heav\w*|faint\w*|dizzy|light[- ]?headed|pale|swallow\w*|vomit\w*|sick|worse|more\s+and\s+more|warfarin|anticoagul\w*|blood\s+thinners?|haemophilia|hemophilia)\b`,
);

/** The tooth told as out: "had a tooth out", "my wisdom tooth was pulled", "after the extraction", "the socket". */
const TOOTH_OUT = String.raw`(?=.*\b(?:(?:tooth|teeth|molar|molars|wisdom\s+tooth|wisdom\s+teeth)\s+(?:was\s+|were\s+|got\s+|being\s+)?(?:out|pulled|removed|extracted|taken\s+out|came\s+out)|(?:tooth|dental)\s+extractions?|extraction\s+(?:site|socket)|the\s+socket|(?:pulled|removed|extracted|took\s+out|taken\s+out)\s+(?:a|my|his|her|their|the|two|\d+)\s+(?:\w+\s+)?(?:tooth|teeth|molars?))\b)`;

/** The bleeding told as small: an ooze, a little, pink. */
const A_LITTLE = String.raw`(?=.*\b(?:ooz\w*|a\s+(?:little\s+)?bit|a\s+little|slightly|slight|pink\w*|tinged|streaks?|specks?|spots?)\b)`;

export const OOZE_AFTER_A_TOOTH_OUT = new RegExp(`^${NOT_A_HAEMORRHAGE}${TOOTH_OUT}${A_LITTLE}`);
