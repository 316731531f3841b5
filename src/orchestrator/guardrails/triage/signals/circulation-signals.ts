/**
 * Poor circulation - the Manchester Triage System "shock" discriminator (pale, cold, clammy,
 * fast weak pulse, altered consciousness), the UK Sepsis Trust red flags (mottled or ashen
 * skin, no urine for a day) and NHS 111's "feels faint when standing" - told by the person or
 * by someone looking at them.
 */

import { type SignalDefinition, define, r } from './signal-definition.js';

const STANDS = r`(?:stand|stands|standing|stood|get\s+up|gets\s+up|got\s+up|sit\s+up|sits\s+up)`;

export const CIRCULATION_SIGNALS: readonly SignalDefinition[] = [
  // Light-headed told with the posture that brings it on, getting up quickly or standing too long: the postural dizziness
  // NHS pregnancy care treats at home (get up slowly, sit or lie on the side), no danger sign by itself.
  define(
    'dizzy_with_its_posture',
    [
      r`\b(?:dizzy|dizziness|faint|lightheaded|light-headed|woozy)\b[^.;]{0,25}\b(?:when|whenever|if|as\s+soon\s+as|every\s+time)\s+(?:i|he|she|they)\s+(?:${STANDS}|gets?\s+up|getting\s+up)(?:\s+up)?\s+(?:(?:too\s+)?(?:quickly|quick|fast|suddenly)|too\s+long|for\s+(?:too\s+)?long|(?:for\s+)?a\s+while|from\s+(?:a|the|my|her|his)\s+\w+(?:\s+too\s+(?:fast|quickly))?)\b`,
    ],
    { discriminatorOnly: true },
  ),
  define(
    'pale',
    [
      r`\bcolou?r\s+of\s+(?:porridge|putty|ash|paper|chalk|cement|a\s+sheet|wallpaper\s+paste|dishwater)\b|\b(?:grey|gray|ashen|white)\s+as\s+(?:a\s+sheet|ash|chalk|paper|a\s+ghost)\b`,
      r`\b(?:very\s+|really\s+|so\s+|deathly\s+|extremely\s+|ghostly\s+)?(?:pale|pallid|ashen|pasty|washed\s+out)\b(?!\s+(?:ale|yellow|pink|blue|green|skin\s+tone|complexion))`,
      r`\bwhite\s+as\s+a\s+(?:sheet|ghost)\b|\bghostly\b|\b(?:i\s+am|he\s+is|she\s+is|looks?|looking|gone|went|turned)\s+(?:\w+\s+)?(?:grey|gray|ashen)\b`,
      // Told of a person, not of a thing: "it is white, never green", "the vomit is white" is the colour of what a baby
      // brought up.
      r`\b(?:gone|turned|went|looks?|looking|(?<!\b(?:it|that|this|which|vomit|sick|milk|poo|poop|stool|stools|discharge|tongue|wee|urine|spit)\s)is)\s+(?:a\s+)?(?:very\s+|really\s+|all\s+|a\s+funny\s+|a\s+horrible\s+|bit\s+|little\s+)?(?:white|gr[ae]y|grey\s+colour|funny\s+colou?r|strange\s+colou?r|bad\s+colou?r)\b`,
      r`\b(?:lost|losing)\s+(?:all\s+)?(?:his|her|their|my)\s+colou?r\b`,
      r`\bcolou?r\s+(?:has\s+)?drained\b|\bgr[ae]y\s+and\s+(?:sweat\w*|clammy|cold|shaky|sick)\b|\blooks?\s+like\s+death\b|\b(?:sweaty|clammy)\s+and\s+gr[ae]y\b`,
    ],
    { ordinaryWhen: /\b(?:hair|paint|stool|poo|poop|urine|pee|beard|gone\s+grey\s+early)\b/ },
  ),
  define(
    'clammy',
    [
      r`\b(?:clammy|cold\s+sweats?|cold\s+and\s+sweaty|sweating\s+buckets|pouring\s+(?:with\s+)?sweat|drenched\s+in\s+sweat|dripping\s+(?:with\s+|in\s+)?sweat|sweaty\s+and\s+(?:grey|pale|cold)|covered\s+in\s+sweat|sweating)\b`,
    ],
    { ordinaryWhen: /\b(?:night\s+sweats|workout|gym|exercise|hot\s+flush|menopaus|summer|sauna|hot\s+weather)\b/ },
  ),
  define(
    'cold_peripheries',
    [
      r`\b(?:hands?|feet|foot|fingers|toes|arms|legs|peripheries|extremities|skin)\s+(?:and\s+(?:hands|feet)\s+)?(?:are\s+|is\s+|feel\s+|feels\s+|felt\s+)?(?:ice[- ]?|icy\s+|freezing\s+|stone\s+|really\s+|very\s+)?(?:cold|freezing)\b(?!\s+(?:weather|water|outside))`,
      r`\bcold\s+(?:peripheries|extremities|hands\s+and\s+feet)\b`,
      r`\bcold\s+to\s+(?:the\s+)?touch\b|(?<!\b(?:when|if|whenever)\s)\b(?:he|she|they)\s+(?:is|are|feels?|felt)\s+(?:very\s+|really\s+|so\s+|ice\s+|stone\s+)?cold\b(?!\s+(?:and\s+flu|sore|symptoms))`,
    ],
    { ordinaryWhen: /\b(?:always|raynaud|winter|outside|snow|circulation\s+(?:is\s+)?poor\s+anyway)\b/ },
  ),
  define(
    'mottled',
    [
      r`\b(?:mottled|mottling|marbled|blotchy\s+(?:blue|purple|grey)|patchy\s+(?:blue|purple|grey))\b`,
      r`\bskin\s+(?:is\s+|looks\s+|has\s+gone\s+)?(?:blotchy|patchy|purple|marbled|lacy)\b|\b(?:hands|feet|legs|arms|knees)\s+(?:are\s+|look\s+)?(?:cold\s+and\s+)?(?:blotchy|marbled)\b|\b(?:cold|icy)\s+and\s+(?:(?:look|looks|looking|gone|are|is)\s+(?:all\s+|a\s+bit\s+)?)?(?:blotchy|mottled|marbled)\b|\bblotchy\s+and\s+cold\b`,
    ],
    {
      ordinaryWhen:
        /\b(?:when\s+(?:he|she|they)\s+(?:is|are|gets?)\s+cold|warm\w*\s+(?:him|her|them)\s+up|(?:go|goes|went|turns?)\s+pink\s+again|cutis\s+marmorata)\b/,
    },
  ),
  // Presyncope on standing is the lay sign of blood loss and low blood pressure (NHS 111).
  define(
    'faint_on_standing',
    [
      r`\b(?:cannot|could\s+not)\s+(?:stand|get|sit)\s+up\s+without\s+(?:\w+\s+){0,2}?(?:going|feeling|nearly)\s+(?:black|dark|faint|dizzy|gr[ae]y|passing\s+out|fainting)\b`,
      r`\b(?:dizzy|faint|lightheaded|light-headed|woozy|black(?:s|ing)?\s+out|vision\s+(?:\w+\s+)?(?:goes|going|went|gone)\s+(?:fuzzy|dark|black|grey|gr[ae]y|blurry|funny))\b[^.;]{0,25}\b(?:when|whenever|if|as\s+soon\s+as|every\s+time)\s+(?:i|he|she|they)\s+(?:try\s+to\s+)?${STANDS}`,
      r`\b(?:nearly|almost|about\s+to|going\s+to|feels?\s+like\s+(?:i|he|she)\s+(?:am|is)\s+going\s+to)\s+(?:pass(?:ed)?\s+out|faint(?:ed)?|black(?:ed)?\s+out)\b`,
      r`\b(?:feels?|feeling|felt)\s+(?:very\s+|really\s+|so\s+)?(?:faint|weak\s+and\s+dizzy|dizzy\s+and\s+weak|like\s+(?:i|he|she)\s+(?:will|might)\s+(?:pass\s+out|faint))\b`,
    ],
    { graded: true },
  ),
  // Too weak to stand or walk: NHS 111's marker of severe dehydration or blood loss.
  define(
    'cannot_stand',
    [
      r`\b(?:cannot|could\s+not|can\s+(?:barely|hardly)|unable\s+to|not\s+able\s+to|too\s+weak\s+to)\s+(?:even\s+)?(?:stand|stand\s+up|walk|get\s+out\s+of\s+bed|get\s+off\s+the\s+(?:floor|sofa|toilet))\b`,
    ],
    { graded: true },
  ),
  define('weak_pulse', [
    r`\b(?:pulse|heartbeat)\s+(?:is\s+|feels\s+)?(?:very\s+|really\s+|so\s+)?(?:weak|thready|faint|racing\s+and\s+weak|barely\s+there)\b`,
    r`\b(?:weak|thready|faint)\s+(?:and\s+fast\s+|fast\s+)?pulse\b`,
  ]),
  // "She's in shock" told by a bystander: the lay word for collapse of the circulation.
  define('shock_named', [
    r`\b(?:is|in|going\s+into|gone\s+into|went\s+into)\s+(?:medical\s+|circulatory\s+|septic\s+)?shock\b`,
  ]),
  define(
    'low_bp_lay',
    [
      r`\b(?:blood\s+pressure|bp)\s+(?:is\s+|has\s+)?(?:very\s+|really\s+|dangerously\s+|so\s+)?(?:low|dropping|dropped|crashing|crashed|falling|plummet\w*|unrecordable)\b`,
      r`\b(?:hypotensi\w+|shocked)\b`,
    ],
    { graded: true },
  ),
  // Not passing urine for about a day (12 h in a child) is a sepsis and dehydration red flag.
  define('no_urine', [
    r`\b(?:not|has\s+not|have\s+not|had\s+no|has\s+had\s+no|did\s+not|no)\s+(?:passed|passing|pass|been\s+able\s+to\s+pass|(?:done|had)\s+a\s+(?=wee|pee|wet)|peed|pee|weed|wee|urinated|urine|wet\s+nappies|wet\s+nappy|wet\s+diapers?|wet\s+diaper)\b[^.;]{0,30}\b(?:all\s+day|since|for|in|today|overnight|\d+\s*h|hours|yesterday)\b`,
    r`\b(?:dry|no\s+wet)\s+(?:nappy|nappies|diapers?)\b|\bonly\s+(?:1|one|2|two)\s+wet\s+(?:nappy|nappies|diapers?)\b`,
    r`\b(?:stopped|barely|hardly|not\s+really)\s+(?:peeing|weeing|passing\s+(?:urine|water|any\s+(?:urine|water))|passed\s+(?:urine|water)|urinating|had\s+a\s+(?:wee|pee))\b|\bnot\s+(?:peeing|weeing|passing\s+(?:urine|water)|urinating)\s+(?:very\s+)?much\b|\b(?:only|just)\s+(?:a\s+)?(?:tiny\s+|little\s+|small\s+)?(?:dribbles?|trickle)\s+of\s+(?:dark\s+)?(?:urine|wee|pee)\b`,
  ]),
  // "I feel like I'm going to die": the sense of impending doom of sepsis and myocardial infarction.
  define('impending_doom', [
    r`\b(?:feel|feels|feeling|felt)\s+(?:like\s+)?(?:i|he|she)\s+(?:am|is|was)\s+(?:going\s+to|gonna|about\s+to)\s+die\b`,
    r`\b(?:feel|feels|feeling)\s+like\s+(?:i|he|she)\s+(?:am|is)\s+dying\b`,
    r`\b(?:i\s+am|he\s+is|she\s+is)\s+(?:dying|going\s+to\s+die)\b(?!\s+(?:to|for|of\s+(?:boredom|laughter)))`,
    r`\bsense\s+of\s+(?:impending\s+)?doom\b`,
    r`\b(?:never|not\s+ever)\s+felt\s+(?:this|so)\s+(?:ill|unwell|sick|bad)\b`,
    r`\b(?:most|worst)\s+(?:ill|unwell|sick)\s+(?:i|he|she)\s+(?:have|has)\s+ever\s+(?:felt|been)\b`,
  ]),
];
