/**
 * Testicular torsion: NHS 111 and the Schmitt-Thompson scrotal-pain protocol send sudden
 * severe pain in a testicle, or a swollen, high-riding testicle with vomiting, to A&E at once:
 * the testicle survives only hours.
 */

import { type SignalDefinition, define, r } from './signal-definition.js';

// A child's words too: "his willy area", "his privates", "ball sack".
const TESTICLE = r`(?:testicles?|testicular|testis|testes|balls?|nuts?|bollocks?|nads|scrotum|scrotal|groin|ball\s*sack|(?:willy|penis|winkie|privates)\s+area|privates|private\s+parts)`;

export const GENITOURINARY_SIGNALS: readonly SignalDefinition[] = [
  define(
    'testicle_pain',
    [
      r`\b${TESTICLE}\b[^.;]{0,40}\b(?:pain|painful|hurts?|hurting|agony|ache|aching|killing|sore|tender)\b`,
      r`\b(?:pain|hurts?|hurting|agony|ache|aching|kicked|hit)\b[^.;]{0,30}\b(?:in|on|of|and)\s+(?:my\s+|his\s+|the\s+|one\s+|a\s+)?(?:left\s+|right\s+)?${TESTICLE}\b`,
      // Boys often name only "down there" or "his privates" (Schmitt-Thompson scrotal pain).
      r`\b(?:pain|hurts?|hurting|sore|agony|aching)\b[^.;]{0,20}\b(?:down\s+there|privates|private\s+parts|private\s+area|willy|nether\s+regions)\b`,
      r`\b(?:privates|private\s+parts|private\s+area|willy)\b[^.;]{0,20}\b(?:pain|hurts?|hurting|sore|agony|aching)\b`,
    ],
    { graded: true },
  ),
  define(
    'testicle_swollen',
    [
      r`\b${TESTICLE}\b[^.;]{0,25}\b(?:swollen|swelling|swelled|high\s+up|higher|riding\s+high|gone\s+up|pulled\s+up|sideways|hard|red|purple|dark\s+purple|blue|bluish|black|dusky)\b`,
      r`\b(?:swollen|swelling\s+in)\s+(?:\w+\s+)?${TESTICLE}\b`,
    ],
    { graded: 'course' },
  ),
  // The scrotum or groin named anywhere: beside belly pain and vomiting in a boy, torsion until examined (NICE CKS).
  define('genital_area', [
    r`\b(?:testicles?|testicular|testis|testes|scrotum|scrotal|bollocks)\b|\b(?:his|my|one|a)\s+(?:balls?|nuts?)\b|\bhis\s+(?:groin|privates|private\s+parts|willy)\b`,
  ]),
  // NICE CKS scrotal pain and swelling: epididymo-orchitis builds up over days with burning on passing urine or a
  // discharge (a urethritis; it is uncommon before puberty) and is seen the same day; torsion comes on suddenly, and in a
  // boy can build up over hours. The two discriminators below hold back, together, only the triggers without a sudden
  // or severe pain or vomiting (see TESTICULAR_TORSION_RULE); a fever does not tell a urethritis (review V27, 17:17:
  // a boy's swollen testicle beside a cold's temperature stays torsion).
  // The testicle, a gradual course and its days told in one clause: a course of days told alone ("2 days ago") is no
  // finding, and a clause that holds one must still be read as set aside when its findings are.
  define(
    'testicle_ache_built_up',
    [
      r`^(?![^.;]*\b(?:since\s+(?:this\s+(?:morning|afternoon|evening)|lunch\w*|breakfast|school|today|yesterday|last\s+night)|hours?|overnight|this\s+(?:morning|afternoon|evening))\b)(?=[^.;]*\b${TESTICLE}\b)(?=[^.;]*\b(?:gradual|gradually|slowly|building|built\s+up|creeping\s+up)\b)(?=[^.;]*(?:\b(?:\d+|two|three|four|five|six|seven|several|few|couple\s+of)\s+days\b|\bsince\s+(?:the\s+weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last\s+week)\b|\b(?:for|over)\s+(?:a|the\s+last|the\s+past)\s+week\b))`,
    ],
    { timeless: true, discriminatorOnly: true },
  ),
  define(
    'urethritis_told',
    [
      r`\b(?:burn\w*|sting\w*|hurts?|pain\w*|sore)\s+(?:\w+\s+){0,2}?(?:when|on|while|after)\s+(?:(?:i|he|you|they)\s+)?(?:pee\w*|wee\w*|pass(?:es|ing)?\s+(?:urine|water)|urinat\w*)\b|\bdysuria\b|\b(?:penile\s+|urethral\s+)?discharge\b`,
    ],
    { timeless: true, discriminatorOnly: true },
  ),
  define(
    'sudden_or_severe',
    [
      r`\b(?:super\s+painful|very\s+big\s+pain|so\s+painful|really\s+painful|cannot\s+walk|sudden|suddenly|all\s+of\s+a\s+sudden|out\s+of\s+nowhere|woke\s+(?:me|him|up)|severe|agony|excruciating|unbearable|worst|really\s+bad|very\s+bad|terrible|screaming|crying\s+in\s+pain)\b`,
    ],
    { qualifier: true },
  ),
];
