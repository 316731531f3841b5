/** Danger signs in pregnancy and in babies. */

import { type SignalDefinition, define, r } from './signal-definition.js';
import { INFANT, NEWBORN, episodeNow } from '../triage-vocabulary.js';

const PREGNANCY = [
  define(
    'pregnancy',
    [
      r`\b(?:pregnant|pregnancy|trimester)\b`,
      r`\bexpecting\s+(?:a\s+)?(?:baby|twins|child)\b`,
      r`\b(?:\d+|[a-z]+)\s+weeks?\s+(?:along|pregnant|gestation)\b`,
      r`\b(?:i\s+am|she\s+is|at|currently|^)\s*(?:[1-4]\d|[4-9])\s*(?:\+\s*\d\s*)?(?:weeks?|wks)\b(?!\s+(?:ago|old|of\s+\w+ing|now\s+of))`,
      r`\b(?:c\s+section|postnatal|post-?natal|puerperal|had\s+a\s+baby|after\s+(?:the\s+)?birth|(?:weeks?|days?)\s+after\s+(?:giving\s+birth|delivery|(?:the|my|her|a)\s+(?:c\s+section|baby)))\b`,
      r`\b(?:waters?\s+(?:has\s+|have\s+|just\s+)?(?:broke|broken)|in\s+labou?r|contractions)\b`,
      r`\b(?:just\s+)?had\s+(?:a|my|our|the|her)\s+baby\b`,
      r`\b(?:gave\s+birth|postpartum|post-partum|after\s+(?:giving\s+birth|delivery|my\s+c-?section)|delivered\s+(?:a|my|our|the)\s+baby)\b`,
    ],
    { timeless: true },
  ),
  define('miscarriage_now', [...episodeNow(r`miscarriage|ectopic(?:\s+pregnancy)?`), r`\b(?:am|is)\s+miscarrying\b`]),
  // Any bleeding except from the gums, nose or a small cut: in pregnancy, any of it is a danger sign.
  define('bleeding_mentioned', [
    r`(?<!\b(?:gums?|nose|lips?|finger|toe|knee|cut|scrape|graze|hemorrhoids?|haemorrhoids?|piles|mouth|ear)\s(?:(?:is|are|keep|keeps|started|have\s+been|has\s+been)\s)?)\b(?:bleeding|blood|bled|bleed|haemorrhag\w*|hemorrhag\w*|passing\s+clots|clots|spotting\s+(?:heavily|a\s+lot)|heavy\s+spotting)\b(?!\s+(?:pressure|sugar|tests?|work|counts?|glucose|type|results?|levels?|draws?|donation|thinners?|gums|from\s+(?:my|his|her|the)\s+(?:nose|gums|mouth)))`,
  ]),
  define('severe_abdominal_pain', [
    r`\b(?:severe|intense|terrible|bad|really\s+bad|very\s+bad|sharp|excruciating|unbearable|stabbing|awful|agonising|agonizing)\s+(?:\w+\s+)?(?:abdominal|stomach|belly|tummy|pelvic|abdomen|cramps|cramping)\b`,
    r`\b(?:abdominal|stomach|belly|tummy|pelvic)\s+pain\s+(?:is\s+)?(?:so\s+|really\s+|very\s+)?(?:severe|unbearable|excruciating)\b`,
    r`\b(?:severe|intense|terrible|bad|sharp|excruciating|unbearable|stabbing|awful)\s+(?:pain|cramps?|cramping)\s+in\s+(?:my|her|the)\s+(?:belly|stomach|abdomen|tummy|pelvis|lower\s+\w+|side)\b`,
  ]),
  define('reduced_fetal_movement', [
    r`\bbab(?:y|ies)\s+(?:has\s+|is\s+|have\s+|are\s+)?(?:not\s+(?:been\s+)?moving|stopped\s+moving|not\s+kick\w*|stopped\s+kick\w*|moving\s+(?:much\s+)?less|not\s+moved)\b`,
    r`\b(?:cannot|could\s+not|have\s+not|has\s+not|did\s+not)\s+(?:felt|feel)\s+(?:the\s+|my\s+|her\s+)?baby\s+(?:move|moving|kick\w*)\b`,
    r`\b(?:no|reduced|decreased)\s+(?:fetal|foetal|baby)\s+movements?\b`,
  ]),
  define('cord_prolapse', [r`\b(?:umbilical\s+)?cord\s+(?:is\s+)?(?:coming\s+out|hanging\s+out|visible|prolaps\w*)\b|\b(?:it\s+is|think\s+it\s+is|feel|see)\s+the\s+(?:umbilical\s+)?cord\b`]),
  // NICE NG25 / RCOG: preterm or stained ruptured membranes, pre-eclampsia features, ectopic signs.
  define('waters_broken', [r`\bwaters?\s+(?:has\s+|have\s+|just\s+)?(?:broke|broken|went|gone|leaking)\b|\b(?:leaking|gush\s+of)\s+(?:fluid|water)\b`]),
  define('preterm', [r`\b(?:[2-3][0-6]|1\d)\s*(?:\+\s*\d\s*)?(?:weeks?|wks)\b`], { timeless: true }),
  define('stained_liquor', [r`\b(?:green\w*|brown|meconium|smelly|foul|bloody)\b`]),
  define('preeclampsia_swelling', [r`\b(?:face|hands|fingers|feet|ankles)\b[^.;]{0,30}\b(?:swollen|swelling|puffy|puffed\s+up)\b|\bsudden\s+swelling\b|\bproteinuria\b|\bepigastric\s+pain\b|\bpain\s+(?:under|below)\s+(?:my|her|the)\s+ribs\b`]),
  define('shoulder_tip_pain', [r`\bshoulder[- ]tip\s+pain\b|\bpain\s+in\s+(?:the\s+)?tip\s+of\s+(?:my|her)\s+shoulder\b`]),
];

const INFANT_SIGNS = [
  define('infant', [INFANT], { timeless: true }),
  define('newborn', [NEWBORN], { timeless: true }),
  define('limp_floppy', [
    r`\b(?:is|went|gone|goes|feels|feel|seems|looks|seem|look|become|became|very|really|all|completely|so)\s+(?:limp|floppy)\b`,
    r`(?<!\ba\s)\blimp\s+(?:and|like)\b`,
    r`\bfloppy\b`,
    r`\blethargic\b`,
  ]),
  define('not_feeding', [
    r`\b(?:not|will\s+not|refusing\s+to|refuses\s+to|stopped|does\s+not)\s+(?:feeding|feed|taking\s+(?:the\s+|her\s+|his\s+)?(?:bottle|breast|milk|feeds))\b`,
  ]),
  define('bulging_fontanelle', [
    r`\bsoft\s+spot\b[^.;]{0,40}\b(?:bulging|swollen|sunken|sunk)\b`,
    r`\b(?:bulging|sunken)\s+(?:soft\s+spot|fontanel\w*)\b`,
  ]),
];

export const PREGNANCY_AND_INFANT_SIGNALS: readonly SignalDefinition[] = [...PREGNANCY, ...INFANT_SIGNS];
