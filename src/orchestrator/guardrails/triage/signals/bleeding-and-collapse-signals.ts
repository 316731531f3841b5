/** Severe bleeding, wounds, and loss of consciousness. */

import { type SignalDefinition, define, CANNOT, r } from './signal-definition.js';
import { ANY_PERSON, PERSON_OBJECT, THIRD_PERSON } from '../triage-vocabulary.js';

const BLEEDING = [
  define('severe_bleeding', [
    r`\bbleeding\s+(?:very\s+|really\s+|so\s+)?(?:heavily|a\s+lot|badly|profusely|nonstop|non-stop|uncontrollably|everywhere|like\s+crazy|like\s+mad|loads|lots|a\s+ton|so\s+much|too\s+much|really\s+bad|through|all\s+over)\b`,
    r`\b(?:heavy|severe|uncontrolled|uncontrollable|massive|profuse|serious|excessive|major|lots\s+of|a\s+lot\s+of|so\s+much|too\s+much)\s+(?:bleeding|blood\s+loss|blood)\b(?!\s+(?:pressure|sugar|tests?|work|counts?|glucose|type|results?|levels?|draws?|donation|thinners?|vessels?))`,
    r`\b(?:will\s+not|does\s+not|cannot|is\s+not\s+going\s+to|would\s+not|did\s+not|has\s+not)\s+stop(?:ped)?\s+(?:the\s+)?bleeding\b`,
    r`\b(?:bleeding|bleed|nosebleed|nose\s+bleed|blood|cut|wound|gash)\s+(?:that\s+|which\s+|and\s+it\s+|and\s+)?(?:still\s+)?(?:will\s+not|does\s+not|is\s+not\s+going\s+to|would\s+not|has\s+not|cannot\s+be)\s+(?:stop|stopped|stopping|slow|slowing|controlled)\b`,
    r`\bblood\s+(?:is\s+|keeps\s+)?(?:everywhere|gushing|spurting|pouring|pumping|squirting|soaking)\b`,
    r`\b(?:gushing|spurting|pouring|squirting|pumping)\s+(?:out\s+)?blood\b`,
    r`\bsoaked\s+(?:through\s+)?(?:with|in)\s+blood\b`,
    r`\b(?:soaked|soaking|bled)\s+through\s+(?:\w+\s+){0,3}(?:towels?|bandages?|pads?|cloths?|shirt|gauze|dressing)\b`,
    r`\b(?:lost|losing|lose)\s+(?:a\s+lot\s+of|lots\s+of|so\s+much|too\s+much)\s+blood\b`,
    r`\b(?:vomiting|throwing\s+up|threw\s+up|vomited|coughing\s+up|coughed\s+up|spitting\s+up|puking)\s+(?:up\s+)?(?:a\s+lot\s+of\s+|lots\s+of\s+|bright\s+red\s+|fresh\s+)?blood\b`,
    r`\bblood\s+in\s+(?:my|his|her|their)\s+vomit\b`,
    r`\b(?:cut|slashed|sliced|severed)\s+(?:an?\s+|the\s+)?artery\b`,
  ]),
  define('penetrating_wound', [
    r`\b(?:was|were|been|got|has\s+been|have\s+been|i\s+am|is|just)\s+(?:been\s+)?(?:stabbed|shot)\b(?!\s+(?:with|by)\s+(?:a\s+)?(?:nerf|water|paintball|bb|toy))`,
    r`\b(?:gunshot|gun\s+shot|stab)\s+wound\b`,
  ]),
];

const CONSCIOUSNESS = [
  define('unresponsive', [
    r`\b(?:unresponsive|unconscious|not\s+conscious|lost\s+consciousness|losing\s+consciousness|keeps\s+losing\s+consciousness)\b(?!\s+(?:bias|mind|thoughts?|level|desires?|habits?))`,
    r`${THIRD_PERSON}\s+(?:[\w-]+\s+){0,4}?(?:is\s+|are\s+|has\s+been\s+)?(?:not|no\s+longer)\s+(?:responding|responsive|reacting|moving|rousable)\b(?!\s+(?:his|her|their|the|its|my|a|an)\b)`,
    r`\bnot\s+(?:responding|reacting)\s+to\s+(?:me|us|anything|anyone|voice|touch|pain|(?:his|her|their)\s+name|my\s+voice|shaking)\b`,
    r`\b(?:${CANNOT}|will\s+not)\s+(?:wake|rouse)\s+${PERSON_OBJECT}\b`,
    r`\b${CANNOT}\s+get\s+${PERSON_OBJECT}\s+to\s+(?:wake|respond|open)\b`,
    r`${THIRD_PERSON}\s+(?:[\w-]+\s+){0,4}?(?:will\s+not|is\s+not|does\s+not|did\s+not|has\s+not|not)\s+(?:wake|waking|woken|woke|come|coming)\s+(?:up|to|round|around)\b`,
    r`\b(?:fainted|passed\s+out|blacked\s+out)\b[^.;]{0,30}\b(?:not|will\s+not|cannot|is\s+not|has\s+not)\s+(?:\w+\s+)?(?:wake|waking|woken|respond|responding|come\s+(?:to|round)|coming\s+(?:to|round))`,
  ]),
  define('collapsed', [
    r`${ANY_PERSON}\s+(?:[\w-]+\s+){0,5}?(?<!\b(?:lung|lungs|vein|veins|arch|arches|disc|discs|airway|trachea)\s)(?:collapsed|collapses|collapsing)\b`,
    r`\bcollapsed\s+(?:on|onto|to|in)\s+(?:the\s+)?(?:floor|ground|street|road|bathroom|kitchen|shower|pavement|sidewalk)\b`,
    r`\b(?:slumped|keeled)\s+over\b`,
    r`\b(?:dropped|(?:suddenly|just)\s+(?:fell|went\s+down))\s+to\s+the\s+(?:floor|ground)\b`,
  ]),
];

export const BLEEDING_AND_COLLAPSE_SIGNALS: readonly SignalDefinition[] = [...BLEEDING, ...CONSCIOUSNESS];
