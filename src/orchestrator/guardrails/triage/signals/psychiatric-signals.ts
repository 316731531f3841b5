/**
 * Mental-health crisis with danger to the person or to others: NHS 111 mental-health triage
 * and the UK Mental Health Triage Scale send for emergency help when someone threatens or
 * intends to harm others, is acutely psychotic and acting on voices, or is too disturbed to be
 * kept safe. Suicidal intent and self-harm are in `self-harm-signals.ts`.
 */

import { type SignalDefinition, define, r } from './signal-definition.js';

/**
 * Up to `most` words with no denial among them: a "not" or "never" counts only where it negates a stopping, which
 * affirms what goes on ("the voices won't stop telling him to jump", "never stop saying").
 */
const NO_DENIAL = (most: number): string =>
  r`(?:(?!(?:not|never|no)\b)\w+\s+|(?:not|never)\s+(?=(?:stop|stops|stopped|stopping|quit|quits|let\s+up)\b)){0,${most}}?`;

/**
 * UK Mental Health Triage Scale A/B: a disturbed mental state (psychosis, mania, a drug-induced
 * paranoia, "having an episode") together with an act that puts someone at risk now (a weapon,
 * threats, reckless driving, a road or a moving train, going out unclothed in the cold, repeated
 * head-banging nobody can stop). Either lexicon alone is not a crisis; the two together are.
 */
const DISTURBED_AND_RISK = [
  define(
    'disturbed_mind',
    [
      r`\b(?:psychotic|psychosis|manic|mania|paranoid|paranoia|delusion\w*|hallucinat\w*|schizophreni\w*|bipolar|having\s+an\s+episode|(?:the\s+)?devil\s+is\s+in|possessed|aliens?|invincible|(?:off|stopped|not\s+taking)\s+(?:his|her|their|my)\s+(?:meds|medication|lithium|antipsychotics?|injections?)|(?:meth|crack|cocaine|speed|ketamine)\s+binge|binge\s+on\s+(?:meth|crack|cocaine))\b`,
      r`\b(?:convinced|believes|thinks|sure)\s+(?:that\s+)?(?:the\s+)?(?:neighbou?rs|police|government|everyone|people|we|they|he|she)\s+(?:are|is|must|has\s+to|have\s+to)\s+(?:poisoning|watching|following|after|save|out\s+to)\b|\b(?:tv|radio|phone)\s+(?:told|is\s+telling|tells)\s+(?:him|her|me|them)\b|\b(?:cannot|can\s+not)\s+trust\s+(?:my|his|her)\s+own\s+(?:thoughts|mind)\b`,
    ],
    { timeless: true },
  ),
  define(
    'risk_act',
    [
      r`\b(?:with|armed\s+with|has|have|got|took|taken|grabbed|picked\s+up|holding|carrying)\s+(?:a|an|the|his|her)\s+(?:kitchen\s+)?(?:knife|knives|gun|weapon|machete|axe|hammer|bat)\b|\bthreat(?:s|ening|ened)?\s+(?:to\s+)?(?:kill|hurt|harm|stab|burn)\b|\bthreatening\s+(?:family|us|people|the\s+\w+)\b|\b(?:kill|hurt|stab)\s+anyone\b|\bburn\s+(?:the|our|his|her)\s+(?:\w+\s+)?(?:flat|house|place|home)\s+down\b`,
      r`\b(?:into|in\s+front\s+of)\s+(?:the\s+|oncoming\s+|moving\s+)?(?:traffic|cars|lorries|buses)\b|\bdriv(?:ing|en|e|es)\s+(?:\w+\s+){0,2}?(?:recklessly|off\s+at|dangerously|at\s+\d+|with\s+(?:the\s+)?kids)\b|\b(?:in\s+the\s+middle\s+of|(?:walking|standing|running|wandering|lying|sitting)\s+(?:on|in)|onto|into|across)\s+the\s+(?:motorway|dual\s+carriageway|main\s+road|road|tracks)\b|\bshouting\s+at\s+(?:cars|traffic)\b|\b(?:open|opening)\s+the\s+(?:train\s+)?doors?\s+while\b|\bbarefoot\s+in\s+the\s+(?:snow|cold|rain)\b|\bwalked\s+out\s+(?:\w+\s+){0,2}?(?:in\s+(?:his|her)\s+(?:pyjamas|underwear)|naked|barefoot)\b|\bbarricaded\b|\bgone\s+out\s+with\s+a\b`,
    ],
    { timeless: true },
  ),
];

/**
 * A threat to kill told as what someone says he will do ("says he will kill us all", "swore she would stab him"), read
 * only beside a weapon held (UK Mental Health Triage Scale A): "my mum will kill me if I am late" holds none.
 */
const THREAT_TOLD = define('threat_told', [
  r`\b(?:says|said|saying|keeps\s+saying|threatens|threatened|swears|swore|screaming|shouting|yelling|told\s+(?:us|me|them))\s+(?:that\s+)?(?:he|she|they)\s*(?:will|is\s+going\s+to|'ll|gonna|would|wants\s+to)\s+(?:kill|stab|shoot|murder|hurt|slit\s+the\s+throat\s+of)\s+(?:us|me|them|everyone|everybody|you|him|her|all\s+of\s+us|(?:the|my|his|her)\s+(?!(?:chicken|chickens|hen|hens|rooster|goat|sheep|lamb|pig|fish|turkey|rabbit|duck|cow|mice|mouse|rats?|spiders?|wasps?|plants?|weeds|gallina|pollo|gallo|borrego|chivo|puerco|cerdo)\b)\w+)\b`,
  // The threat in the words another language's gloss reads ("amenaza con matarnos", "угрожает убить", "说要砍死我们").
  r`\bthreat(?:ens|ened|ening)\s+(?:to\s+)?(?:kill|stab|shoot|murder|slit)\b`,
]);

export const PSYCHIATRIC_SIGNALS: readonly SignalDefinition[] = [
  THREAT_TOLD,
  ...DISTURBED_AND_RISK,
  // Repeated head-banging or self-battering that nobody can stop (MHTS B: too disturbed to keep safe).
  define('uncontrolled_self_injury', [
    r`\b(?:hitting|banging|smashing|bashing)\s+(?:her|his|my|their)\s+head\s+(?:against|on|into)\s+(?:the\s+)?(?:wall|floor|door)\b[^.;]{0,40}\b(?:over\s+and\s+over|again\s+and\s+again|cannot\s+stop|will\s+not\s+stop|non-?stop)\b`,
  ]),
  define('harm_to_others', [
    r`\b(?:want|wants|going|gonna|planning|plan|plans|threatening|threatened|threatens|tried|trying|urge|urges|thoughts?\s+(?:of|about))\s+(?:to\s+)?(?:kill|hurt|harm|stab|attack|strangle|shoot|murder)\s+(?:someone|somebody|people|him|her|them|my\s+\w+|the\s+\w+|(?:his|her|their)\s+\w+|everyone|the\s+baby|my\s+baby)\b`,
    r`\b(?:threatening|attacking|attacked|chasing|hitting|hit)\s+(?:people|us|me|everyone|his\s+\w+|her\s+\w+|my\s+(?!(?<=(?:^|[,;]\s*|\b(?:i|and)\s+(?:just\s+|accidentally\s+)?)(?:hit|hitting)\s+my\s+)(?:thumb|thumbs|finger|fingers|hand|hands|toe|toes|foot|feet|knee|knees|shin|shins|elbow|nail|nails|knuckles?|wrist)\b)\w+)\s+(?:with\s+(?:a|an|the)\s+(?:knife|weapon|bat|hammer|gun|axe))\b`,
    r`\b(?:has|have|got|holding|waving|grabbed|picked\s+up)\s+(?:a|an|the)\s+(?:knife|gun|weapon|machete|axe)\b[^.;]{0,40}\b(?:threat\w*|saying|screaming|going\s+to|wants\s+to)\b`,
    r`\b(?:violent|aggressive|out\s+of\s+control|smash(?:ing|ed)\s+(?:up\s+)?(?:the\s+)?(?:house|place|things|windows?|doors?|furniture))\b|\bthreatening\s+(?:people|us|me|everyone|the\s+\w+|to\s+(?:kill|hurt|stab))\b`,
    r`\b(?:talk\w*|thinking|thought\w*|urges?|want\w*|going|saying|says|scared|afraid)\s+(?:about\s+|of\s+)?(?:\w+\s+){0,2}?(?:harming|hurting|killing|smothering|drowning)\s+(?:the|my|her|his|our|their)\s+(?:baby|newborn|child|kids?|children)\b`,
    r`\b(?:thoughts?|urges?|feel\s+like|need|going|scared)\s+(?:that\s+)?(?:i\s+)?(?:need\s+to\s+|want\s+to\s+|should\s+|will\s+|might\s+|to\s+)?(?:hurt|harm|kill|smother|drown)\s+(?:my\s+)?(?:baby|child|son|daughter|kids?|children)\b|\b(?:intent|going|plans?|planning|wants?)\s+to\s+(?:deal\s+with|get|sort\s+out)\s+(?:him|her|them)\b(?!\s+(?:(?:some|proper|professional|more|the\s+right|urgent)\s+){0,2}(?:help|support|seen|checked|assessed|treated|tested|referred|an?\s+appointment|to\s+(?:see|talk|a|the|bed|eat|sleep|school|hospital|gp|doctor|counsell\w*)|home|back|up)\b)`,
  ]),
  define('command_voices', [
    // Voices told as not telling harm ("they aren't telling him to hurt himself") are no command (NICE CG178): the words
    // between the voices and what they tell carry no negation but that of a stopping ("won't stop telling him").
    r`\b(?:voices?|god|the\s+devil|someone)\s+${NO_DENIAL(3)}(?:telling|told|tell|tells|ordering|commanding)\s+(?:him|her|me|them)\s+to\s+(?:kill|hurt|harm|jump|die|attack|cut|burn|do\s+(?:things|it))\b`,
    r`\b(?:voices?|the\s+tv|the\s+radio|the\s+devil|god)\s+${NO_DENIAL(2)}(?:say|says|said|saying|told|tell|tells|want|wants)\s+${NO_DENIAL(4)}(?:kill|hurt|harm|attack|stab|burn|jump|punish)\b`,
  ]),
  define('psychosis', [
    r`\b(?:psychotic|psychosis|manic\s+episode|paranoid|paranoia|delusion\w*|hearing\s+voices|hears\s+voices|talking\s+to\s+(?:people|someone)\s+(?:who\s+(?:are|is)\s+not|that\s+(?:are|is)\s+not)\s+there|thinks?\s+(?:people|everyone|the\s+\w+)\s+(?:are|is)\s+(?:after|watching|poisoning|trying\s+to\s+kill))\b`,
    r`\bacting\s+(?:very\s+|really\s+|so\s+)?(?:strange|strangely|weird|odd|bizarre|crazy)\b|\b(?:believes|convinced)\s+(?:that\s+)?(?:\w+\s+){0,3}?(?:is|are)\s+(?:poisoning|after|watching|following|evil|possessed|not\s+(?:ours|hers|his|real))\b|\b(?:is|are)\s+(?:evil|possessed|the\s+devil|a\s+demon|the\s+antichrist)\b|\b(?:thinks|believes|saying|says|convinced|claims)\s+(?:that\s+)?(?:he|she|they|i)\s+(?:can\s+fly|(?:is|am|are)\s+(?:god|jesus|the\s+messiah|invincible|immortal|being\s+(?:watched|followed|poisoned)))\b|\bbaby\s+is\s+not\s+(?:ours|hers|his|mine|real)\b|\b(?:swapped|an?\s+imposter)\b|\btalking\s+non-?stop\b|\bracing\s+thoughts\b|\bdemons?\b|\b(?:completely\s+)?manic\b|\bmania\b`,
  ]),
  define('no_sleep_days', [
    r`\bnot\s+slept\s+(?:for|in)\s+(?:days|\d+\s+days|a\s+week|\w+\s+days)\b|\bnot\s+slept\s+(?:at\s+all|properly\s+since|since\s+(?:the\s+)?(?:birth|delivery|she\s+gave\s+birth|the\s+baby))\b|\bno\s+sleep\s+(?:for\s+)?(?:\d+|two|three|four|five|several)\s+(?:nights|days)\b`,
  ]),
  // A weapon in the hands of someone disturbed (UK Mental Health Triage Scale A).
  define('weapon_held', [
    r`\b(?:has|have|got|holding|waving|carrying|grabbed|picked\s+up|armed\s+with|sleeping\s+with|brandishing)\s+(?:a|an|the|his|her)\s+(?:\w+\s+)?(?:knife|knives|gun|weapon|machete|axe|hammer|bat|blade|sword|crowbar)\b`,
    // A weapon carried about the house or the street, as another language's gloss tells it ("läuft mit einem Messer
    // herum", "anda con un cuchillo"): "running around with a knife".
    r`\b(?:running|walking|wandering|pacing|going|went|ran|walked|roaming|chasing\s+\w+)\s+(?:around\s+|about\s+|round\s+|out\s+|after\s+\w+\s+)?(?:the\s+(?:house|flat|street)\s+)?with\s+(?:a|an|the|his|her)\s+(?:kitchen\s+)?(?:knife|knives|gun|machete|axe|hammer|bat|sword)\b`,
  ]),
  define('danger_behaviour', [
    r`\b(?:ran|run|running|walked|walking|wandered|wandering)\s+(?:out\s+)?(?:into|onto|in)\s+(?:the\s+)?(?:road|traffic|motorway)\b|\b(?:climb\w*|jump\w*)\s+out\s+(?:of\s+)?(?:the\s+|a\s+)?(?:\w+\s+){0,2}?window\b`,
    r`\b(?:standing|sitting|climbed|climbing|perched|crouching)\s+(?:up\s+)?(?:on|onto|out\s+on)\s+(?:the\s+|a\s+)?(?:window\s*(?:ledge|sill)|ledge|roof|edge|railing|bridge|parapet|balcony\s+(?:railing|edge|wall))\b`,
    r`\b(?:locked|barricaded)\s+(?:him|her|them|my)self\s+in\b[^.;]{0,40}\b(?:knife|pills|rope|razor|threat\w*|screaming)\b`,
    r`\b(?:cannot|could\s+not)\s+keep\s+(?:him|her|them|myself|themselves)\s+safe\b`,
  ]),
];
