import { THOUGHTS_DENIED } from './death-wish-denied-when-asked.js';
import { toldPresent } from './told-as-absent.js';

/**
 * Self-harm told with its wounds minor or healed and the wish to die denied in so many words: "I've been self-harming
 * on and off by scratching my arms, not deep; I don't want to die, I just want to stop", "my son told me he's been
 * cutting his arms for a few months, small cuts that have healed; he says he doesn't want to die".
 *
 * Why it is not an emergency: the NHS (self-harm) and NICE NG225 send to 999 or A&E a wound that is serious, an
 * overdose or a poison, and a person who may act on thoughts of ending their life; self-harm with none of those is an
 * urgent talk with the GP, NHS 111 or the mental-health team, and NICE NG225 asks for a psychosocial assessment, not an
 * ambulance. Read only where the wounds are told as minor and the wish to die as absent; a wound told deep, gaping,
 * bleeding or needing stitches, a means beside it (tablets, a rope, a height), a plan or intent told, an act tonight or
 * now, or urges told as growing keep the message as the rules read it, and so does any other finding beside it (the
 * self-harm is set aside only when alone, see `emergency-triage.ts`).
 */

/** The wounds told as minor or as healed: "not deep", "superficial", "small cuts", "the cuts are small and healed". */
const WOUNDS_MINOR =
  /\b(?:not\s+(?:very\s+|that\s+|too\s+|really\s+)?deep|superficial|shallow|(?:small|little|tiny|light|surface)\s+(?:cuts?|scratch\w*|marks?|nicks?)|(?:are|is|were|was)\s+(?:only\s+|just\s+|very\s+|quite\s+|all\s+)?(?:small|tiny|minor|superficial|shallow|light)|and\s+(?:have\s+)?healed|scratch(?:es|ing)|(?:have|has|had|are|were|is|all)\s+(?:all\s+)?healed|healed\s+(?:up|over|now)|no\s+stitches|did\s+not\s+need\s+(?:any\s+)?(?:stitches|treatment|dressing))\b/;

/**
 * What sends self-harm in whatever the wish told: a wound that needs care, a means of a worse act, a plan or intent, an
 * act now or tonight, urges growing (NHS self-harm; NICE NG225; Columbia). Told absent in its clause ("not deep", "no
 * plan", "didn't need stitches") it is no flag.
 */
const SENDS_IN =
  /\b(?:(?:deep|deeper)(?!\s+(?:breaths?|breathing|sleep|asleep|down|in\s+thought|voice))|gaping|gape\w*|stitch\w*|bleed\w*|blood|pouring|infect\w*|pus|burn\w*|overdos\w*|pills|tablets|swallow\w*|poison\w*|bleach|rope|ligature|noose|hang\w*|bridge|jump\w*|plan|plans|planning|intent\w*|suicidal|kill\s+(?:myself|himself|herself|themselves)|end\s+(?:it|my\s+life|his\s+life|her\s+life|their\s+life)|tonight|right\s+now|just\s+now|stronger|worse|more\s+and\s+more|(?:cannot|can\s+not|could\s+not)\s+(?:keep\s+(?:myself|himself|herself|themselves)\s+)?(?:safe|stop))\b/g;

/** Whether a normalised message tells self-harm with the wounds minor or healed, the wish to die denied, nothing that sends it in. */
export function isSelfHarmMinorWithIntentDenied(normalized: string): boolean {
  return THOUGHTS_DENIED.test(normalized) && WOUNDS_MINOR.test(normalized) && !toldPresent(normalized, SENDS_IN);
}
