/**
 * The abdomen: gastrointestinal bleeding and the acute abdomen. NHS 111 sends vomited blood or
 * "coffee grounds", black tarry stools and heavy rectal bleeding to A&E; the Manchester Triage
 * "abdominal pain" chart adds severe pain, a rigid board-like belly, green (bilious) or faecal
 * vomiting, and pain with signs of shock.
 */

import { type SignalDefinition, define, POSSESSIVE, r } from './signal-definition.js';
import { USUAL_PERIOD_PAIN_GUARD } from './usual-period-pain.js';

const BELLY = r`(?:abdominal|abdomen|abdo|epigastri(?:c|um)|upper\s+abdominal|stomach|belly|tummy|gut|loin|flank|kidney|lower\s+right\s+side|lower\s+(?:right|left)\s+side|right\s+side|left\s+side|side|groin|pelvi[cs])`;
const PAIN = r`(?:pains?|ache|aches|aching|cramps?|cramping|hurts?|hurting|agony)`;

export const GASTROINTESTINAL_SIGNALS: readonly SignalDefinition[] = [
  define('redcurrant_stool', [
    // Intussusception: 'redcurrant jelly' in the nappy (NICE CKS).
    r`\b(?:poo|poos|stool|stools|nappy|nappies|diaper|bottom|motions?)\b[^.;]{0,40}\b(?:red\s*currant|dark\s+red|red|bloody)\s+jelly\b|\b(?:red\s*currant|dark\s+red|red|bloody)\s+jelly\b[^.;]{0,30}\b(?:poo|poos|stool|stools|nappy|nappies|diaper|bottom)\b|\bjelly[- ]like\s+(?:\w+\s+)?(?:poo|stool|mess|blood)\b`,
  ]),
  define('upper_gi_bleed', [
    r`\bcoffee[- ]?grounds?\b`,
    r`\b(?:vomit|vomiting|vomited|threw\s+up|throwing\s+up|sick|puking|puked|bringing\s+up)\s+(?:up\s+)?(?:\w+\s+){0,2}?(?:blood|bloody|clots)\b`,
    r`\b(?:blood|bloody)\s+(?:in\s+(?:the\s+|his\s+|her\s+|my\s+)?)?(?:vomit|sick)\b`,
  ]),
  define(
    'melaena',
    [
      r`\b(?:black|jet\s+black|tar-?like|tarry|sticky\s+black|black\s+sticky|very\s+dark)\s*,?\s+(?:and\s+tarry\s+|tarry\s+|sticky\s+|(?:and\s+)?(?:sticky|tarry|smelly|shiny)\s*,?\s+)?(?:poo|poos|poop|stools?|stool|motions?|bowel\s+movements?|diarrh\w+|faeces|feces|shits?)\b`,
      r`\b(?:poo|poop|stools?|motions)\s+(?:is\s+|are\s+|looks?\s+|has\s+been\s+)?(?:black\s+and\s+tarry|like\s+tar|tarry|jet\s+black|(?:all\s+|really\s+|very\s+)?black(?:\s+and\s+(?:sticky|tarry|shiny|smelly|runny))?|(?:sticky|tarry|shiny)\s+and\s+black|very\s+dark|dark\s+like\s+tar|like\s+(?:black\s+)?(?:treacle|tar|molasses))\b`,
      r`\bblack\s+(?:sticky\s+)?tar(?:ry)?\b|\btar[- ]?like\s+(?:black\s+)?(?:poo|poop|stools?)\b`,
      // The colour told after the stool, a few words on: "bowel movements today that were jet black", "stools have been black like tar".
      r`\b(?:poos?|poop|stools?|motions|bowel\s+movements?|faeces|feces)\b[^.;]{0,30}?\b(?:were|was|is|are|been|looked|looks?|came\s+out|coming\s+out|turned|gone)\s+(?:(?:all|really|very|completely|totally)\s+)?(?:jet\s+black|black|tarry|like\s+tar)\b`,
    ],
    { ordinaryWhen: /\b(?:iron\s+tablets?|iron\s+supplements?|pepto|bismuth|blueberr|liquorice|licorice)\b/ },
  ),
  // Melaena told by what only a bleed gives: tar, stickiness, a foul smell (NICE CKS: oral iron blackens stools, it
  // does not make them tarry). It stands whatever medicine is told beside it.
  define('tarry_stool', [
    r`\b(?:tarry|tar[- ]?like|like\s+(?:black\s+)?(?:tar|treacle|molasses)|sticky\s+(?:and\s+)?black|black\s+(?:and\s+)?sticky|(?:poo|poos|poop|stools?|motions?)\s+(?:is\s+|are\s+|was\s+|were\s+|(?:has|have)\s+been\s+)?(?:all\s+)?sticky|(?:smelly|foul[- ]smelling|stinking)\s+(?:and\s+)?black)\b`,
  ]),
  // A medicine that darkens the stools, named anywhere in the message (NICE CKS iron deficiency anaemia: oral iron;
  // BNF: bismuth). Beside it black stools are the medicine's, unless a bleed's own signs are told (see the rule).
  define(
    'stool_darkening_medicine',
    [
      r`\b(?:ferrous\s+(?:sulph|sulf|fumar|glucon)\w*|iron\s+(?:tablets?|supplements?|pills?|capsules?|syrup|drops|liquid|medicine|therapy|replacement)|(?:on|taking|started|starting|takes|took)\s+(?:\w+\s+){0,2}?iron\b|feospan|fersaday|fefol|galfer|sytron|pepto[- ]?bismol|pepto|bismuth)\b`,
    ],
    { timeless: true, background: true, discriminatorOnly: true },
  ),
  define('rectal_bleeding', [
    r`\b(?:bleeding|blood)\s+(?:from|out\s+of)\s+(?:the\s+|my\s+|his\s+|her\s+)?(?:back\s+passage|bottom|bum|rectum|anus|behind)\b`,
    r`\brectal\s+(?:bleed\w*|blood)\b`,
    r`\b(?:pooing|pooping|passing|shitting)\s+(?:\w+\s+)?(?:blood|clots)\b`,
    r`\bblood\s+(?:in|with)\s+(?:\w+\s+)?(?:poo|poop|stools?|motions|diarrh\w+)\b`,
    r`\bbloody\s+(?:diarrh\w+|stools?|poo)\b`,
    // Dark red or maroon stools (NICE CG141: a brisk bleed from high in the gut): "three large maroon
    // bowel motions", "plum-coloured stools", "poo is dark red and full of clots".
    r`\b(?:maroon|plum[- ]colou?red|claret|port[- ]wine|burgundy|dark\s+red|redcurrant)\s+(?:\w+\s+)?(?:poos?|poop|stools?|motions?|bowel\s+(?:motions?|movements?)|diarrh\w+|faeces|feces)\b|\b(?:poos?|poop|stools?|motions|bowel\s+(?:motions?|movements?)|faeces|feces)\b[^.;]{0,25}?\b(?:maroon|plum[- ]colou?red|claret|port[- ]wine|burgundy|dark\s+red)\b`,
  ]),
  // Volume words that make any bleed heavy: "toilet full of blood", "large volume", "a lot".
  define('heavy_blood_volume', [
    r`\b(?:toilet|bowl|pan|sink|bucket|floor|bed)\s+(?:is\s+|was\s+)?(?:full\s+of|filled\s+with|covered\s+in|red\s+with)\s+blood\b`,
    r`\b(?:large|huge|massive|big)\s+(?:volume|amount|amounts|clots?|quantity)\b|\b(?:mouthfuls?|cupfuls?|handfuls?|cups?|pints?|puddles?|pools?)\s+of\s+(?:\w+\s+)?(?:blood|clots)\b`,
    r`\b(?:a\s+lot\s+of|lots\s+of|loads\s+of|so\s+much|cups?\s+of|mugfuls?\s+of)\s+(?:fresh\s+|bright\s+red\s+|dark\s+)?(?:blood|clots)\b`,
    r`\b(?:bleeding|blood)\s+(?:\w+\s+){0,4}?(?:very\s+much|so\s+much|a\s+lot|loads|heavily)\b`,
  ]),
  define(
    'severe_abdominal_pain',
    [
      r`\b(?:severe|intense|terrible|really\s+bad|very\s+bad|excruciating|unbearable|agonising|agonizing|horrendous|horrible|worst|crippling|screaming|awful)\s+(?:\w+\s+){0,2}?${BELLY}\s*${PAIN}?`,
      r`\b${BELLY}\s+${PAIN}\s+(?:is\s+)?(?:so\s+|really\s+|very\s+)?(?:severe|unbearable|excruciating|agonising|agonizing|awful|terrible)\b`,
      r`\b(?:severe|intense|terrible|excruciating|unbearable|agonising|agonizing|stabbing|awful)\s+(?:pain|cramps?|cramping)\s+(?:in\s+)?(?:${POSSESSIVE}\s+)?(?:(?:lower|upper|right|left|bottom|top)\s+){0,2}${BELLY}\b`,
      r`\b${BELLY}\s+(?:is\s+|has\s+been\s+)?(?:so|really|very|extremely)\s+(?:bad|sore|painful)\b`,
      r`\b(?:doubled\s+(?:over|up)|curled\s+up\s+in\s+(?:a\s+ball|agony)|screaming\s+(?:in|with)\s+pain|rolling\s+around\s+in\s+(?:pain|agony)|writhing)\b`,
      r`\b${BELLY}(?:'s)?\s+(?:${PAIN}\s+)?(?:is\s+)?(?:so|really|very)\s+(?:bad|much)\b|\b${BELLY}\s+(?:hurts|aches|is\s+hurting)\s+so\s+(?:much|bad)\b|\bpain\s+(?:\w+\s+){0,3}?(?:out\s+of\s+proportion|way\s+worse\s+than|much\s+worse\s+than|worse\s+than\s+it\s+looks)\b|\bpain\s+(?:is\s+)?everywhere\b`,
      r`\bin\s+agony\b|\ba\s+lot\s+of\s+pain\s+in\s+(?:my|his|her|the)\s+(?:tummy|belly|stomach|abdomen)\b`,
    ],
    // Period pain told as the usual one (usual-period-pain.ts).
    { ordinaryUnlessElsewhere: USUAL_PERIOD_PAIN_GUARD },
  ),
  define(
    'abdominal_pain',
    [
      r`\b${BELLY}(?:'s)?\s+(?:\w+\s+){0,4}?(?:${PAIN}|painful|sore)\b`,
      r`\b(?:pain|ache)\s+(?:in\s+)?(?:the\s+|my\s+|his\s+|her\s+)?(?:lower\s+|upper\s+|bottom\s+)?(?:right|left)\s+side\b`,
      r`\b${PAIN}\s+(?:(?:low|high|down)\s+(?:down\s+)?)?in\s+${POSSESSIVE}\s+(?:lower\s+|upper\s+)?${BELLY}\b`,
      r`\b${BELLY}\s+(?:is\s+)?(?:killing|hurting)\b`,
    ],
    { graded: true },
  ),
  // Peritonism: a rigid belly, pain on the slightest movement or on a bump in the road.
  define(
    'peritonism',
    [
      r`\b(?:belly|stomach|tummy|abdomen)\s+(?:is\s+|feels\s+|went\s+|has\s+gone\s+)?(?:rock\s+hard|hard\s+as\s+a\s+board|rigid|board[- ]like|hard\s+and\s+swollen|swollen\s+and\s+hard|distended\s+and\s+(?:hard|tight))\b`,
      r`\b(?:rigid|board[- ]like|guarding)\b`,
      r`\b(?:hurts|pain|agony)\s+(?:to|when\s+(?:i|he|she))\s+(?:move|walk|cough|breathe)\s+at\s+all\b`,
      r`\b(?:belly|stomach|tummy|abdomen)\s+(?:is\s+|feels\s+|went\s+|has\s+gone\s+|gone\s+)?(?:\w+\s+)?(?:hard\s+as\s+(?:a\s+)?(?:wood|rock|stone|board|plank|brick|iron)|rock\s+solid|solid\s+as|like\s+(?:a\s+)?(?:board|rock|plank|piece\s+of\s+wood))\b`,
      r`\b(?:belly|stomach|tummy|abdomen)\b[^.;]{0,30}\b(?:hard\s+like\s+a\s+drum|like\s+a\s+drum|tight\s+as\s+a\s+drum|drum[- ]like)\b`,
      r`\bhernia\b[^.;]{0,50}\b(?:gone\s+hard|hard\s+and|(?:will\s+not|cannot|does\s+not)\s+(?:go|push|pop)\s+back)\b`,
      r`\b(?:cannot|could\s+not)\s+(?:move|walk|stand\s+up\s+straight|straighten\s+up)\s+(?:because|for|with)\s+(?:of\s+)?(?:the\s+)?pain\b`,
    ],
    // A whole body that "went rigid" is the stiffening of a fit, not a board-like belly - unless the belly is named.
    {
      ordinaryWhen:
        /^(?!.*\b(?:belly|stomach|tummy|abdomen|abdominal)\b).*\b(?:went|gone|goes|go|going|became|become|becomes)\s+(?:all\s+|completely\s+)?rigid\b/,
    },
  ),
  // Pain on movement or touch (tenderness, peritonism) in someone with belly pain.
  define('pain_on_movement', [
    r`\b(?:agony|hurts|painful|pain)\s+(?:to\s+|when\s+(?:i|he|she)\s+)(?:walk|cough|move|jump|go\s+over\s+bumps)\b|\b(?:will\s+not|does\s+not)\s+let\s+(?:me|us|anyone)\s+touch\b|\brebound\b`,
    // Peritonism told by a parent or the patient: lying still, screaming when touched, walking bent over.
    r`\b(?:will\s+not|cannot|does\s+not\s+want\s+to|refuses\s+to)\s+(?:jump|hop|walk|stand\s+up\s+straight)\b|\bcurled\s+up\s+with\s+(?:his|her|their|my)\s+(?:knees|legs)\s+up\b|\b(?:lying|lies|lay)\s+(?:really\s+|very\s+|completely\s+|totally\s+)?still\b|\b(?:screams?|screaming|cries|crying|yelps?|winces?|wincing|flinch\w*)\s+(?:out\s+)?(?:if|when|whenever|as\s+soon\s+as)\s+(?:we|i|you|anyone|someone|the\s+doctor)\s+(?:touch|press|prod|feel)\w*\b`,
    r`\b(?:cannot|could\s+not)\s+(?:even\s+)?(?:walk|stand)\s+(?:without\s+(?:bending|doubling|hunching|holding)|up\s+straight|upright)\b|\bwalking\s+(?:bent|hunched|doubled)\s+over\b|\bevery\s+bump\s+(?:in\s+the\s+road\s+)?(?:hurts|is\s+agony)\b`,
  ]),
  // Pain that started around the navel and moved to the lower right: appendicitis (MTS, NICE CKS). Told
  // with or without the preposition: "moved to the lower right", "moved low right", "now lower right".
  define('migratory_rif_pain', [
    r`\b(?:pain|ache|it)\b[^.;]{0,40}\b(?:moved|moving|shifted|went|travelled|traveled|spread|settled|now)\s+(?:down\s+)?(?:(?:to|into|in)\s+(?:the\s+|my\s+|his\s+|her\s+)?(?:lower\s+|low\s+|bottom\s+)?|(?:lower|low|bottom)\s+)right\b`,
  ]),
  // The two halves of the migration, told in separate clauses: "started round the belly button, now it's lower right".
  define('umbilical_pain_onset', [r`\b(?:belly\s*button|navel|periumbilical|umbilic\w*)\b`]),
  define('right_lower_pain', [
    r`\b(?:lower|bottom)\s+right\b|\bright\s+(?:lower|iliac|bottom)\b|\brif\b|\blow\s+(?:down\s+)?on\s+the\s+right\b`,
  ]),
  // Upper abdominal pain boring through to the back with vomiting: pancreatitis, a leaking aneurysm (MTS).
  define('abdominal_pain_to_back', [
    r`\b(?:stomach|tummy|belly|abdomen|abdominal|upper\s+\w+|epigastric)\b[^.;]{0,30}\b(?:through|to|into|round|radiating\s+to|going\s+to|goes\s+to)\s+(?:to\s+)?(?:my|his|her|their|the)\s+back\b`,
  ]),
  // A hernia or groin lump that is stuck, hard or tender: with vomiting, strangulation (NHS 111, MTS).
  define('hernia_trouble', [
    r`\b(?:hernia|(?:groin|belly\s*button|tummy)\s+lump|lump\s+in\s+(?:my|his|her|the)\s+groin)\b[^.;]{0,40}\b(?:stuck|tender|painful|sore|hard|swollen|red|purple|bigger|will\s+not|cannot|does\s+not|agony)\b`,
  ]),
  // An irreducible hernia told across clauses: "my hernia came out ... it will not go back in".
  define('hernia_named', [r`\bhernias?\b|\b(?:groin|belly\s*button|tummy\s+button)\s+lump\b`], { timeless: true }),
  define('will_not_reduce', [
    r`\b(?:will\s+not|cannot|could\s+not|can\s+not|does\s+not|did\s+not|would\s+not|unable\s+to)\s+(?:\w+\s+)?(?:go|pop|push|slip|get\s+it|put\s+it)\s+back\s+(?:in|inside)\b|\b(?:stuck|stays)\s+out\b`,
  ]),
  define('abdominal_distension', [
    r`\b(?:belly|stomach|tummy|abdomen)\s+(?:is\s+|has\s+|looks\s+)?(?:really\s+|very\s+|so\s+)?(?:swollen|swelling|distended|bloated|blown\s+up|huge)\b|\b(?:swollen|distended|tense)\s+(?:belly|stomach|tummy|abdomen)\b`,
  ]),
  define('no_bowel_movement', [
    r`\b(?:not|has\s+not|have\s+not|had\s+no|cannot|no)\s+(?:pooed|pooped|been\s+for\s+a\s+poo|passed\s+(?:wind|gas|a\s+stool|stool)|opened\s+(?:my|his|her|their)\s+bowels|farted|bowel\s+movement)\b`,
  ]),
  define('jaundice', [
    r`\b(?:i\s+am|he\s+is|she\s+is|gone|turned|going|looks?|looking)\s+(?:all\s+|quite\s+|really\s+|very\s+)?yellow\b`,
    r`\b(?:yellow\s+(?:eyes|skin|whites)|(?:eyes|skin|whites\s+of\s+(?:his|her|my)\s+eyes)(?:'s)?\s+(?:are\s+|is\s+|have\s+|has\s+)?(?:gone\s+|turned\s+|look\s+)?yellow|jaundic\w*)\b`,
  ]),
  define('bilious_vomiting', [
    r`\b(?:vomit\w*|sick|throwing\s+up|threw\s+up)\s+(?:up\s+)?(?:\w+\s+){0,2}?(?:green|bile|dark\s+green|bright\s+green|poo|faec\w+|fec\w+)\b`,
    // Told by its colour after the sick itself: "the sick looks greenish", "her vomit is green-tinged", "bile in it".
    r`\b(?:vomit|sick|puke)\s+(?:is|was|looks?|looked|has\s+(?:gone|turned|been)|turned|went|is\s+now|looks\s+a\s+bit)\s+(?:\w+\s+){0,2}?(?:green\w*|green[- ]tinged|yellow[- ]green|bil(?:e|ious)[\w-]*)\b|\b(?:vomit\w*|sick|throwing\s+up)\b[^.;]{0,40}\b(?:greenish|green[- ]tinged|yellowy?[- ]green|bilious|with\s+bile|bile\s+in\s+it)\b`,
    r`\b(?:green|greenish|bilious)\s+(?:vomit|sick)\b|\b(?:vomit\w*|sick|throwing\s+up)\s+(?:up\s+)?(?:\w+\s+)?(?:brown|smelly|foul|poo[- ]?smelling)\s+(?:smelly\s+|foul\s+)?(?:stuff|liquid|fluid|vomit|sick|muck)\b`,
  ]),
  define('bowel_obstruction', [
    // Faeculent vomiting, or no stool and no wind with a swollen belly (NICE CKS bowel obstruction).
    r`\b(?:vomit\w*|sick|throwing\s+up|bringing\s+up)\s+(?:\w+\s+){0,2}?(?:brown|foul|faecal|fecal|faeculent|poo)\b[^.;]{0,30}\b(?:stuff|smell\w*|liquid|fluid|vomit|material)?|\bvomit\w*\s+(?:that\s+)?(?:smells?|smelled|smelling)\s+(?:like|of)\s+(?:poo|faeces|feces|sewage)\b|\bfaeculent\b`,
    r`\b(?:not|has\s+not|have\s+not|cannot|no)\s+(?:\w+\s+)?(?:opened\s+(?:my|his|her)\s+bowels|pooed|pooped|had\s+a\s+poo)\s+or\s+(?:passed\s+)?(?:wind|gas)\b`,
    r`\b(?:not|has\s+not|have\s+not|cannot)\s+(?:pooed|pooped|passed\s+(?:wind|gas|a\s+stool)|opened\s+(?:my|his|her)\s+bowels|farted)\b[^.;]{0,40}\b(?:vomit\w*|swollen|bloated|distended)\b`,
  ]),
];
