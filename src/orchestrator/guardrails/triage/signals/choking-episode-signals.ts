/**
 * Choking told as an episode ("she choked on a grape"). The Resuscitation Council UK's choking algorithm ends
 * when the obstruction is relieved: an object coughed or slapped out, with the child breathing, talking and
 * crying normally again, needs no ambulance (a doctor's check is advised only after abdominal thrusts or a
 * cough that persists). So a choking episode counts unless the object is told as out; a cough, wheeze or
 * struggle that goes on after it keeps it, as does anything the episode left (cannot breathe, blue lips),
 * which other signals read on their own.
 */

import { type SignalDefinition, define, r } from './signal-definition.js';

const NOT_BEFORE = r`(?<!\b(?:not|never|n't|nothing)\s(?:\w+\s)?)`;
const OBJECT = r`(?:it|them|the\s+(?:\w+\s+){0,2}?\w+|a\s+(?:\w+\s+){0,2}?\w+|(?:his|her|my|their)\s+\w+)`;

export const CHOKING_EPISODE_SIGNALS: readonly SignalDefinition[] = [
  define('choked_on', [r`\bchok(?:ed|es)\s+on\b`]),
  // A choking that began ("started choking", "was choking on a grape") and the silence it brought ("could not cough
  // or make a sound"): the episode's course, read with the object out (`choking_cleared`) as choked_on is. Told now
  // ("he is choking", "cannot cough or breathe") they are the `choking` and `airway_obstructed` signals.
  define('choking_started', [
    r`\b(?:was|were|started|starting|began|begun)\s+choking\b(?!\s+up)`,
    r`(?<!\b(?:is|am|are|keeps|keep)\s)\bchoking\s+on\b`,
  ]),
  define('airway_obstructed_then', [
    r`\b(?:could\s+not|was\s+unable\s+to|were\s+unable\s+to|was\s+not\s+able\s+to|were\s+not\s+able\s+to)\s+(?:talk|speak|cough|cry|make\s+(?:a|any)\s+(?:sound|noise))\s+or\s+(?:cough|breathe|talk|speak|cry|make\s+(?:a|any)\s+(?:sound|noise))\b`,
  ]),
  // Abdominal or chest thrusts, which RCUK sends to be examined for injury: the episode is then read as before.
  define('choking_thrusts_given', [r`\b(?:abdominal|chest)\s+thrusts?\b|\bheimlich\b`], { discriminatorOnly: true }),
  // The object told as out: "coughed it up", "it shot out on the second back blow", "came flying out".
  define(
    'choking_cleared',
    [
      r`${NOT_BEFORE}\b(?:coughed|spat|sicked|brought|got|hooked|pulled|fished|cleared)\s+${OBJECT}\s+(?:back\s+)?(?:up|out)\b`,
      r`${NOT_BEFORE}\b(?:coughed|spat|brought)\s+(?:up|out)\s+${OBJECT}`,
      r`${NOT_BEFORE}\b(?:came|come|shot|flew|popped|fell|pinged|dislodged)\s+(?:straight\s+|right\s+|flying\s+|back\s+)?(?:out|up|flying\s+out|free|loose)\b`,
      r`${NOT_BEFORE}\bdislodged\b`,
      // The obstruction told relieved by what relieved it: "cleared after three back blows", "cleared with a cough".
      r`${NOT_BEFORE}\b(?:cleared|relieved|shifted|came\s+(?:out|up))\s+(?:straight\s+)?(?:after|with|by|on)\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,2}?(?:back\s+(?:blows?|slaps?)|cough\w*)\b`,
    ],
    // The object out is what happened, not a symptom that ends: an ending told after it ("back blows dislodged it, and
    // he's breathing normally") tells the choking over and leaves the object out.
    { discriminatorOnly: true, timeless: true },
  ),
  // What goes on after the object is out, which RCUK sends to be checked: a cough, wheeze or struggle told as lasting.
  define('lingering_after_choking', [
    r`\b(?:still|keeps?|kept|constantly|non[- ]?stop|cannot\s+stop)\s+(?:\w+\s+){0,2}?(?:coughing|wheez\w*|gagging|retching|drooling|struggling|gasping|spluttering)\b`,
    // An airway sign the episode left: a throat swelling or closing, blood coughed up (review V17).
    r`\bthroat\s+(?:is\s+|feels\s+)?(?:swelling|swollen|closing)\b|\bblood\s+when\s+(?:he|she|they|i)\s+cough|\bcough\w*\s+(?:up\s+)?blood\b`,
    r`\b(?:now|since)\s+(?:(?:he|she|they|i)\s+(?:is|are|am|has\s+been|have\s+been)\s+)?(?:\w+\s+){0,2}?(?:coughing|wheez\w*|gagging|struggling|gasping)\b`,
    // Any airway sign told after the object is out (RCUK: a retained piece or an injured airway; review V28, 20:52):
    // a high-pitched, whistling or crowing breath, stridor, a hoarse or lost voice, drooling, unable to swallow.
    r`\b(?:high[- ]pitched|whistl\w*|crowing|squeak\w*|rasp\w*|noisy)\s+(?:\w+\s+){0,2}?(?:noise|sound|breath\w*)\b|\bbreath\w*\s+(?:\w+\s+){0,3}?(?:high[- ]pitched|whistl\w*|crowing|squeak\w*|rasp\w*|noisy)\b|\bstridor\b`,
    r`\b(?:hoarse|croaky)\b|\bvoice\s+(?:\w+\s+){0,2}?(?:gone|lost|changed|funny|strange|weak)\b|\bdrool\w*\b|\b(?:cannot|could\s+not|unable\s+to|not\s+able\s+to)\s+swallow\b`,
  ]),
];
