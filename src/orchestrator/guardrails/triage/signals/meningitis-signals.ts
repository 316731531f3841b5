/** Fever, neck stiffness, rashes, light sensitivity and headache - meningitis and its companions. */

import { type SignalDefinition, define, CANNOT, r } from './signal-definition.js';

/**
 * Spots or stars before the eyes, the "spots before the eyes" of pre-eclampsia (NHS) and also what a quick stand-up
 * brings. Floaters are not this: long-standing ones are the vitreous, checked by an optician (review V19).
 */
const SPOTS_BEFORE_THE_EYES = [
  r`\bseeing\s+(?:spots|stars)\b|\b(?:spots|stars|black\s+dots|dots)\s+(?:before|in\s+front\s+of)\s+(?:my|his|her|their|the)\s+eyes\b`,
];

/**
 * The word fever as what a question asks about: "is this a fever", "whether it counts as a fever", "at what point is it
 * a fever", "what temperature a fever starts at", "from how much is fever" (a reading of "a partir de cuanto es
 * fiebre"). Only "a"/"an" or no article: "how long is the fever going to last" tells one.
 */
const FEVER_ASKED_ABOUT = r`(?<!\b(?:(?:is|are)\s+(?:this|that|it|these)|(?:if|whether)\s+(?:this|that|it)\s+(?:is|counts\s+as)|counts?\s+as|classed\s+as|considered|(?:what|which|when|how|cuanto|quanto|combien)\b(?:\s+[\w-]+){0,3}?\s+(?:is|counts\s+as)(?:\s+(?:it|this|that))?|(?:what|which)\s+(?:temperature|temp|number|point|reading|level))\s+(?:a\s+|an\s+)?(?:real\s+|proper\s+|true\s+)?)`;

const MENINGITIS = [
  define('fever', [
    r`(?<!\b(?:hay|cabin)[\s-])\b(?:fever|temperature|temp)\s+(?:is\s+|very\s+|so\s+|really\s+)*(?:high|very\s+high)\b|\b(?:he|she|they|i|baby|skin|body)\s+(?:is\s+|was\s+|feels?\s+)?(?:roasting|boiling)(?:\s+hot)?\b|\bred\s+hot\s+to\s+(?:the\s+)?touch\b`,
    // Hay fever is an allergy and cabin fever an idiom (NHS hay fever: no temperature), not a fever; nor is the word
    // asked about as a threshold ("at what temperature is it a fever?", "asks whether this counts as a fever"): a
    // reading told beside it is read by the number (NICE NG143: fever is 38 C or more).
    r`(?<!\b(?:hay|cabin)[\s-])${FEVER_ASKED_ABOUT}\b(?:fever|febrile|feverish|(?:high|raging|spiking|big)\s+(?:temperature|temp|fever)|running\s+a\s+(?:high\s+)?temp(?:erature)?|burning\s+up|(?:temp|temperature)\s+(?:is\s+)?(?:sky\s*high|through\s+the\s+roof|really\s+high|very\s+high|spiking))\b`,
    // British lay usage: "he has a temperature" means a fever (a reading below 38 does not).
    r`\b(?:has|have|had|got|with|running)\s+(?:got\s+)?(?:a\s+)?(?:temperature|temp)\b(?!\s+(?:of\s+|is\s+|was\s+)?(?:3[0-7](?:[.,]\d)?|9\d(?:[.,]\d)?)\b)(?!\s+(?:check|reading|probe|gun))`,
    r`\b(?:feels?|felt|is|was)\s+(?:very\s+|really\s+|so\s+|quite\s+)?hot(?:\s+to\s+the\s+touch|\s+and|\s*,)`,
    // "she is hot" closing its clause, said of a person or their skin (not of the weather or a drink).
    r`\b(?:he|she|they|baby|bby|skin|forehead|head|body|chest|tummy)\s+(?:feels?|felt|is|was)\s+(?:very\s+|really\s+|so\s+|quite\s+|burning\s+)?hot$`,
    r`\b(?:feels?|felt)\s+(?:very\s+|really\s+|so\s+)hot\b`,
    r`\b(?:temperature|temp)\s+(?:is\s+|of\s+|was\s+|reading\s+|reads\s+|at\s+){0,2}(?:3[89](?:[.,]\d)?|4[0-2](?:[.,]\d)?|10[0-6](?:[.,]\d)?)\b`,
    r`\b(?:3[89](?:[.,]\d)?|4[0-2](?:[.,]\d)?|10[0-6](?:[.,]\d)?)\s*(?:degrees|c|f)\b`,
    // A reading told by the thermometer that gave it: "my thermometer says 39.1" (NICE NG143: 38 C or more).
    r`\bthermometer\s+(?:says|said|reads|read|shows|showed|showing|gave|gives|is\s+on|was\s+on)\s+(?:3[89](?:[.,]\d)?|4[0-2](?:[.,]\d)?|10[0-6](?:[.,]\d)?)\b`,
  ]),
  define('stiff_neck', [
    r`\bneck\s+(?:no|not|does\s+not|cannot|can\s+not|will\s+not|do\s+not)\s+(?:move|bend|turn)\b`,
    // In a baby or toddler meningism shows as arching the back and screaming when handled (NICE NG143).
    // Pain on flexing the neck told by what the child does: "cries when she bends her head forward".
    r`\b(?:cries|screams|winces|yelps|crying|screaming)\s+(?:\w+\s+){0,2}?(?:when|if|as)\s+(?:i|he|she|they|you|we)\s+(?:tr(?:y|ies)\s+to\s+)?(?:(?:bend|bends|tilt|tilts|move|moves|put|puts|drop|drops|lower|lowers)\s+(?:(?:his|her|their|my)\s+)?(?:head|chin|neck)|looks?)\s*(?:forward|forwards|down|to\s+(?:his|her|their|my)\s+chest|onto\s+(?:his|her|their|my)\s+chest)\b`,
    // The neck itself bent or moved, told with no direction: "cries when she bends her neck" (NICE NG143 neck stiffness).
    r`\b(?:cries|screams|winces|yelps|crying|screaming|hurts|screeches)\s+(?:\w+\s+){0,2}?(?:when|if|as|whenever)\s+(?:i|he|she|they|you|we)\s+(?:tr(?:y|ies)\s+to\s+)?(?:bend|bends|move|moves|turn|turns|tilt|tilts)\s+(?:(?:his|her|their|my)\s+)?neck\b`,
    r`\barch(?:es|ing|ed)\s+(?:his|her|their)\s+back\b|\b(?:screams|cries|screaming|crying)\s+(?:\w+\s+)?when\s+(?:i|you|we|anyone)\s+(?:pick|move|lift|touch|handle)\b`,
    r`\bstiff\s+(?:neck|next\b(?!\s+(?:day|morning|week)))`,
    r`\bneck\s+(?:is\s+|feels\s+)?(?:very\s+|really\s+|so\s+|too\s+)?stiff\b|\bneck\b[^.;]{0,20}\b(?:sore|painful|hurts?|hurting|agony)\s+(?:to|when\s+(?:i|he|she|they)\s+(?:try\s+to\s+)?)\s*(?:moves?|bends?|turns?|nods?|looks?\s+down|puts?\s+(?:his|her|my|their)\s+chin\s+down)\b|\b(?:cannot|will\s+not|unable\s+to)\s+(?:move|bend|turn)\s+(?:his|her|my|their)\s+neck\b`,
    r`\b${CANNOT}\s+(?:bend|flex|touch|move|put|get|tilt|look|lower)\s+(?:(?:his|her|my|their)\s+)?(?:chin|head|neck)\s+(?:\w+\s+)?(?:to|down|forward|towards|on|onto)\b`,
    r`\b(?:neck|back\s+of\s+(?:my|his|her)\s+neck)\b[^.;]{0,25}\b(?:hurts?|pain|painful|agony)\s+(?:so\s+(?:bad|much)\s+|badly\s+|a\s+lot\s+)?(?:to\s+|when\s+(?:i|he|she|they)\s+(?:tr(?:y|ies)\s+to\s+)?)(?:bends?|looks?\s+down|moves?|nods?|tilts?|puts?)\b`,
    r`\b(?:hurts?|pain|painful|cannot)\s+(?:\w+\s+){0,2}?(?:to\s+)?(?:bend|look\s+down|put\s+(?:my|his|her)\s+chin)\s+(?:\w+\s+){0,2}?(?:neck|chin|chest|forward)\b|\b(?:will\s+not|does\s+not)\s+let\s+(?:me|us|anyone)\s+(?:touch|move)\s+(?:his|her|their)\s+(?:neck|head)\b|\barch(?:es|ing)\s+(?:his|her|their)\s+back\b|\bneck\s+stiffness\b|\bmeningism\w*\b|\bkernig\b|\bbrudzinski\b`,
  ]),
  define('rash', [r`\b(?:rash(?:es)?|spots|blotch\w*|petechiae|purpura)\b`]),
  define('purpuric_rash', [
    r`\b(?:purple|purplish|dark\s+red|red-purple|purple-red|blue-black)\s+(?:\w+\s+)?(?:spots|blotch\w*|rash|dots|marks|bruis\w*|patches|pin-?pricks?|specks|freckles)\b`,
    r`\b(?:spots|rash|dots|blotch\w*|marks|patches)\b[^.;]{0,20}\blike\s+(?:tiny\s+|little\s+)?(?:bruises|bruising|pin-?pricks|blood\s+spots)\b|\bbruise[- ]like\s+(?:rash|spots|marks|blotch\w*)\b`,
  ]),
  define('non_blanching_rash', [
    r`\bnon[- ]?blanching\b`,
    // NICE NG143 glass test in lay words: the spots "stay", "stay dark red", "are still there" under a glass or a press.
    r`\b(?:rash|spots|blotches|dots|marks|pinpricks?)\b[^.;]{0,40}\b(?:stay|stays|stayed|staying|remain|remains|still\s+(?:there|visible|red|purple|dark)|(?:do|does|did|will)\s+not\s+(?:go\s+(?:white|pale|away)|fade))\b[^.;]{0,40}\b(?:glass|tumbler|press\w*|roll\w*|push\w*)\b`,
    r`\b(?:rash|spots|blotches|dots|marks)\b[^.;]{0,30}\b(?:does|did|will|is|do|are)?\s*not\s+(?:fade|fading|go|going|go\s+away|going\s+away|disappear\w*|vanish\w*|blanch|turn\s+white|turning\s+white)\b[^.;]{0,30}\b(?:glass|press|pressed|pressing|tumbler)`,
    r`\b(?:glass|tumbler|press\w*)\b[^.;]{0,40}\b(?:rash|spots|blotches)\b[^.;]{0,30}\bnot\s+(?:fade|go\s+away|disappear|blanch)\b`,
    r`\b(?:glass|tumbler)\b[^.;]{0,40}\b(?:does|did|will|do)\s+not\s+(?:fade|go\s+away|disappear|blanch)\b`,
    // The spots named in a clause before, the glass test told of "they": "they don't go when I press the glass".
    r`\b(?:they|it)\s+(?:still\s+)?(?:do|does|did|will)\s+not\s+(?:fade|go|go\s+away|disappear|blanch)\b[^.;]{0,30}\b(?:glass|tumbler)\b`,
    r`\b(?:petechiae|purpura|purpuric)\b`,
    // "Blanch" is the glass test itself: a rash that does not blanch needs no glass named.
    r`\b(?:rash|spots|blotches|dots|marks|bruis\w+)\b[^.;]{0,25}\b(?:(?:does|did|will|do|is|are)\s+not|never|won't)\s+blanch\w*|\bunblanching\b`,
    r`\bglass(?:\s+test)?\b[^.;]{0,60}\b(?:still\s+(?:there|visible|see)|(?:do|does|did|will)\s+not\s+(?:fade|go\s+away|disappear|blanch)|not\s+fading)\b`,
  ]),
  // The glass test told in steps: "did the glass test ... the spots are still there".
  define(
    'glass_test',
    [
      r`\bglass\s+test\b|\b(?:pressed|press|rolled|rolling|pressing)\s+(?:a\s+|the\s+)?(?:glass|tumbler)\b|\btumbler\s+test\b`,
      // "put a glass on them", "held a tumbler over the spots".
      r`\b(?:put|putting|held|hold|holding|placed|place|pushed|push)\s+(?:a\s+|the\s+)?(?:clear\s+)?(?:glass|tumbler)\s+(?:on|over|against)\b`,
    ],
    { timeless: true },
  ),
  define('spots_persist', [
    r`\b(?:rash|spots|blotches|dots|marks)\b[^.;]{0,40}\b(?:(?:do|does|did|will|is|are)\s+not\s+(?:fade|blanch|go\s+away|disappear)|(?:are|is)\s+still\s+(?:there|visible)|still\s+(?:showing|see\s+them))\b`,
    // Told of "them" after the glass, or as specks and pinpricks: "they stay showing", "they are still there".
    r`\b(?:they|specks|pinpricks|freckles|spots|dots)\s+(?:still\s+)?(?:(?:stay|stays|stayed|staying|remain|remained)\s+(?:showing|visible|there|dark|red|purple|the\s+same)|(?:are|were)\s+still\s+(?:there|visible|showing)|still\s+show\w*|(?:do|did)\s+not\s+(?:fade|blanch|go\s+(?:away|white|pale)|disappear))\b`,
  ]),
  // A rash that spreads or tiny pinprick spots with fever (NICE NG143 / NG240).
  define('spreading_rash', [
    r`\b(?:rash|spots|dots|marks)\b[^.;]{0,20}\b(?:spreading|spreads|spread|getting\s+bigger|multiplying|more\s+and\s+more)\b|\b(?:tiny|little|pinprick|pin\s+prick)\s+(?:red|purple|dark)?\s*(?:spots|dots|marks)\b`,
  ]),
  // Reduced activity in a feverish person: "just lying there", "listless" (NICE NG143 amber/red).
  define('reduced_activity', [
    r`\bjust\s+lying\s+there\b|\blistless\b|\bnot\s+(?:moving|playing)\s+(?:much|at\s+all)\b`,
  ]),
  define('sore_neck', [
    r`\b(?:head\s+and\s+)?neck\s+(?:both\s+)?(?:hurt|hurts|hurting|ache|aches|aching|are\s+sore|is\s+sore)\b`,
    r`\bneck\s+(?:is\s+)?(?:so\s+|really\s+|very\s+)?(?:sore|hurts|aches|aching|painful)\b|\b(?:sore|painful)\s+neck\b`,
  ]),
  define('photophobia', [
    // Photophobia as parents and non-native writers tell it.
    r`\b(?:screw\w*|squint\w*|scrunch\w*|shield\w*|cover\w*)\s+(?:up\s+)?(?:his|her|their|my)\s+eyes\s+(?:up\s+)?(?:at|against|in|from)\s+(?:the\s+)?(?:light|lights|sun|brightness)\b|\blight\s+(?:is\s+)?(?:bad|hurts?|painful|too\s+bright|hurting)\s+(?:for|on|to)\s+(?:my|his|her|the)?\s*eyes?\b`,
    r`\b(?:sensitiv\w+|sensitive)\s+to\s+(?:the\s+)?(?:light|bright\s+lights?)\b`,
    // Dislike of bright light, the NHS meningitis list's own words, as a parent tells it: "she doesn't like the light".
    r`\b(?:does\s+not|do\s+not|did\s+not|cannot\s+stand)\s+like\s+(?:the\s+|any\s+|bright\s+)*(?:light|lights|sunlight)\b|\bdislik\w*\s+(?:of\s+)?(?:the\s+|any\s+|bright\s+)*(?:light|lights|sunlight)\b`,
    r`\blight\s+(?:hurts|hurting|bothers)\s+(?:his|her|my|their)\s+eyes\b`,
    r`\bphotophobia\b|\b(?:hates?|hating|avoiding|shielding\s+(?:his|her|my|their)\s+eyes\s+from|squinting\s+at|screaming\s+at|flinch\w*\s+(?:at|from))\s+(?:the\s+|any\s+|bright\s+)?(?:light|lights|sunlight)\b|\b(?:screams|cries|winces|cannot\s+(?:stand|bear))\s+(?:\w+\s+){0,3}?(?:the\s+)?(?:light|lights)\s+(?:on|is\s+on|are\s+on)?\b|\b(?:light|lights)\s+(?:is\s+|are\s+)?(?:too\s+bright|unbearable|killing\s+(?:his|her|my)\s+eyes)\b`,
    r`\b(?:cannot)\s+(?:stand|bear|tolerate|look\s+at)\s+(?:the\s+)?(?:light|bright\s+light)`,
    r`\b(?:light|lights|brightness)\b[^.;]{0,25}\b(?:unbearable|too\s+much|too\s+bright|hurts?\s+(?:her|his|my|their)\s+eyes)\b`,
    r`\b(?:light|lights|brightness|the\s+sun)\s+(?:(?!(?:not|never|no)\b)\w+\s+){0,2}?(?:hurts?|hurting|painful|bothers?)\b|\b(?:curtains\s+closed|in\s+the\s+dark|hiding\s+from\s+the\s+light|turn\s+(?:the\s+)?lights?\s+off|lights?\s+off)\b`,
  ]),
  // New visual disturbance: blurred or double vision, flashing lights, an aura's sparkles and zigzags (NICE NG133 /
  // RCOG: visual disturbance after 20 weeks is pre-eclampsia until shown otherwise). Never read as postural: blurred or
  // double vision on standing is still new blurred or double vision (review V19: "36 weeks pregnant, blurred vision as
  // soon as I stand up, headache that paracetamol won't touch"; "double vision whenever he gets up").
  define('vision_disturbance', [
    r`\bvision\s+(?:is\s+|has\s+gone\s+|went\s+|is\s+going\s+)?(?:all\s+|really\s+|very\s+|a\s+bit\s+|a\s+little\s+|sort\s+of\s+|kind\s+of\s+|kinda\s+|sorta\s+|like\s+)?(?:flashing|sparkly|sparkling|funny|weird|shimmer\w*|zig\s*zag\w*)\b|\bflashing\s+lights\b|\b(?:blurry|blurred|double)\s+vision\b|\bvision\s+(?:is\s+|has\s+gone\s+|went\s+)?(?:blurry|blurred)\b|\bseeing\s+(?:flashing\s+lights|flashes)\b`,
    // An aura's words: "seeing zigzag lights", "sparkly lines" (RCOG: new visual disturbance in late pregnancy).
    r`\b(?:flashes|flashing|lights|sparkles|sparkly\s+bits)\s+(?:before|in\s+front\s+of)\s+(?:my|his|her|their|the)\s+eyes\b|\bzig\s*-?\s*zag\w*\s+(?:lines?|lights?|patterns?|shapes?)\b|\bseeing\s+(?:zig\s*-?\s*zags?|sparkl\w+|shimmer\w*|wavy\s+lines)\b`,
  ]),
  define(
    'spots_before_eyes',
    SPOTS_BEFORE_THE_EYES,
    // Stars or spots seen on standing up quickly are postural, over in a second (NHS: dizziness on standing), not the
    // new visual disturbance of pre-eclampsia; beside a headache in late pregnancy they are read whatever the posture
    // ('spots_before_eyes_any_posture', the obstetric rule).
    {
      graded: 'course',
      ordinaryWhen:
        /\b(?:when|whenever|if|as\s+soon\s+as|every\s+time)\s+(?:i|he|she|they)\s+(?:stand|stands|stood|get|gets|got)\s+up\b|\b(?:standing|getting)\s+up\s+(?:too\s+)?(?:quickly|fast)\b|\bon\s+standing\b/,
    },
  ),
  // The same spots read beside a headache in late pregnancy: posture does not explain them then, unless the stand-up
  // spots are told as over in the same breath ("spots when i stood up from the sofa, gone now", review V19).
  define('spots_before_eyes_any_posture', SPOTS_BEFORE_THE_EYES, {
    ordinaryWhen:
      /\b(?:stand|stands|stood|standing|get|gets|got|getting)\s+up\b[^.;]{0,40}\b(?:gone\s+now|goes\s+(?:away\s+)?(?:in|after)\s+(?:a|one)\s+(?:second|sec|moment)|went\s+(?:away\s+)?(?:in|after)\s+(?:a|one)\s+(?:second|sec|moment)|passed\s+(?:now|straight\s+away)|fine\s+now)\b/,
  }),
  define('headache', [
    r`\bhead\s+(?:and\s+(?:neck|back)\s+)?(?:hurts?|hurting|aches?|aching|is\s+sore|is\s+killing)\b`,
    r`\bheadaches?\b`,
    r`\bhead\s+(?:hurts|is\s+pounding|pain)\b`,
    r`\bmigraine\b`,
  ]),
];

export const MENINGITIS_SIGNALS: readonly SignalDefinition[] = [...MENINGITIS];
