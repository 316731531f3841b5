/**
 * Cauda equina and spinal cord compression - the NICE and GIRFT red flags for back pain:
 * numbness in the saddle area, new loss of bladder or bowel control or being unable to pee,
 * and weakness or numbness in both legs. Any of them with back pain, or after a back or neck
 * injury, is an emergency (NHS: "go to A&E immediately").
 */

import { type SignalDefinition, define, r } from './signal-definition.js';

export const SPINAL_SIGNALS: readonly SignalDefinition[] = [
  define(
    'back_pain',
    [
      r`\b(?:back|spine|spinal|sciatica|lumbar|disc|disk|slipped\s+disc|neck)\b[^.;]{0,25}\b(?:pain|ache|aching|hurts?|hurting|injur\w*|problem|trouble)\b`,
      r`\b(?:pain|ache|aching|hurts?)\b[^.;]{0,20}\b(?:in|of)\s+(?:my|his|her|the)\s+(?:lower\s+|upper\s+)?(?:back|spine)\b`,
      // The pain told by a figure of its strength: "my back is killing me", "his back's been agony since Tuesday".
      r`\b(?:my|his|her|their|your)\s+(?:lower\s+)?back(?:'s|\s+(?:is|was|has\s+been|had\s+been))(?:\s+been)?\s+(?:really\s+|so\s+|absolutely\s+|just\s+)?(?:killing|agony|in\s+agony|murder|excruciating|unbearable|in\s+bits|screaming|wrecked|playing\s+up|really\s+bad|so\s+bad)\b`,
      r`\bbad\s+back\b|\bband\s+of\s+pain\b|\b(?:thoracic|lumbar)\s+(?:back\s+)?pain\b|\bback\s+(?:went|has\s+gone|gave\s+(?:out|way)|locked|is\s+out)\b|\bsciatica\b|\bslipped\s+dis[ck]\b|\bdis[ck]\s+(?:prolapse|bulge|herniation)\b`,
    ],
    { timeless: true },
  ),
  define('saddle_numbness', [
    // Not across a denial of the feeling: "tingling in my foot, no numbness around the bottom" tells the saddle free of it;
    // a "not" of another verb stays in ("tingling that will not go away between my legs": review V40, 09:33).
    r`\b(?:numb|numbness|no\s+feeling|cannot\s+feel|pins\s+and\s+needles|tingling)\b(?:(?!\b(?:no|not|nor|without|never|nothing|none)\s+(?:\w+\s+)?(?:numb\w*|tingl\w*|pins|feeling|sensation)\b)[^.;]){0,40}\b(?:saddle|bum|buttocks?|bottom|groin|genitals|privates|private\s+parts|between\s+(?:(?:my|his|her|the)\s+)?legs|back\s+passage|inner\s+thighs?|inside\s+(?:of\s+)?(?:my\s+|his\s+|her\s+)?thighs|anus|perineum|vagina|penis)\b`,
    r`\b(?:perianal|perineal)\s+(?:numbness|an(?:a|ae)sthesia|sensory\s+loss)\b|\b(?:reduced|altered|loss\s+of|no|decreased|lost)\s+(?:perineal|perianal|saddle)\s+sensation\b`,
    r`\b(?:numb|numbness|no\s+feeling|dead)\s+(?:\w+\s+)?(?:down\s+there|down\s+below|in\s+(?:my|his|her)\s+(?:private|nether)\s+(?:parts|regions))\b`,
    // Not across a denial either way round: "pain down into my bum, no numbness, peeing fine" tells the saddle spared.
    r`\b(?:saddle|bum|buttocks?|bottom|groin|genitals|privates|between\s+(?:(?:my|his|her|the)\s+)?legs|inner\s+thighs?)\b(?:(?!\b(?:no|not|nor|without|never|nothing)\b)[^.;]){0,25}\b(?:numb|numbness|no\s+feeling|dead|tingling)\b`,
    r`\b(?:cannot|could\s+not)\s+feel\s+(?:the\s+)?(?:toilet\s+paper|tissue)\s+when\s+(?:i|he|she)\s+wipes?\b|\bsaddle\s+an(?:a|ae)sthesia\b|\b(?:numb|no\s+feeling|feels?\s+(?:numb|odd|dead|different)|cannot\s+feel\s+(?:it|anything|myself|himself|herself))\s+when\s+(?:i|he|she)\s+wipes?\b`,
  ]),
  define('sphincter_disturbance', [
    r`\b(?:cannot|could\s+not|unable\s+to|not\s+able\s+to|have\s+not|has\s+not|struggling\s+to)\s+(?:pee|wee|urinate|pass\s+urine|empty\s+(?:my|his|her)\s+bladder)\b`,
    // Any lay verb for it, told as unnoticed: "wet myself", "peed myself", "pissed himself without knowing".
    r`\b(?:wet|wetting|weeing|weed|peeing|peed|pissing|pissed|soiled|soiling|pooed|pooing)\s+(?:my|him|her)?(?:self|selves)?\s*(?:(?:\w+\s+){0,3}?without\s+(?:knowing|realising|realizing|feeling|noticing)|and\s+(?:did\s+not|cannot)\s+(?:feel|notice))\b`,
    r`\b(?:lost|losing|loss\s+of)\s+(?:control\s+(?:of|over)\s+)?(?:(?:my|his|her)\s+)?(?:bladder|bowel|bowels)(?:\s+control)?\b|\bno\s+(?:control\s+(?:of|over)\s+(?:(?:my|his|her)\s+)?(?:bladder|bowels?)|(?:bladder|bowel)\s+control)\b`,
    r`\b(?:new\s+)?(?:incontinen\w+|urinary\s+retention)\b`,
    r`\b(?:not\s+been\s+able|unable|struggling|trouble|difficulty)\s+(?:to\s+|with\s+|in\s+)?(?:pee|wee|urinate|pass\s+urine|peeing|weeing|urinating|passing\s+urine)\b|\b(?:cannot|could\s+not)\s+(?:control|hold)\s+(?:wind|(?:my|his|her)\s+(?:bowels|bladder|wind|wee|pee))\b|\bcannot\s+tell\s+if\s+(?:i|he|she)\s+need\s+(?:a\s+)?(?:wee|pee|poo)\b`,
  ]),
  define('bilateral_leg_weakness', [
    r`\b(?:both|two)\s+(?:legs|feet)\b[^.;]{0,30}\b(?:weak|numb|giving\s+way|gave\s+way|dead|tingl\w+|heavy|not\s+working|cannot\s+move|paraly[sz]ed)\b`,
    r`\b(?:weak|numb|weakness|numbness|sciatica|pain)\b[^.;]{0,20}\b(?:in|down)\s+both\s+(?:legs|feet)\b|\bbilateral\s+(?:leg|sciatica)\w*\b|\bfoot\s+(?:is\s+)?(?:dragging|drop)\b`,
    r`\b(?:legs|feet)\s+(?:keep\s+|kept\s+|have\s+|are\s+|keeps\s+|suddenly\s+)?(?:giving\s+(?:way|out)|gave\s+(?:way|out)|given\s+(?:way|out)|gone\s+(?:weak|numb|dead)|going\s+(?:weak|numb|dead)|not\s+working|will\s+not\s+(?:work|hold\s+(?:me|him|her)))\b`,
    r`\b(?:cannot|could\s+not|can\s+(?:\w+\s+)?not|unable\s+to)\s+(?:\w+\s+)?(?:feel|move|lift|stand\s+on)\s+(?:my|his|her|their)\s+legs\b`,
    r`\b(?:legs|feet)\s+(?:\w+\s+){0,3}?(?:weak|wobbly|jelly|numb|heavy)\s+and\s+(?:weak|wobbly|numb|heavy|tingly)\b`,
    // Both legs told by the plural, getting weak over days (NICE NG234): "her legs are becoming weak".
    r`\b(?:her|his|my|their)\s+legs\s+(?:are|have\s+been|keep)\s+(?:becoming|getting|going)\s+(?:more\s+)?(?:weak|weaker|numb|heavy|heavier)\b`,
    // A sensory level reaches both legs: "numb from the waist down", "cannot feel anything below my chest".
    r`\b(?:numb|numbness|no\s+feeling|tingling|weak|weakness|paraly[sz]ed)\s+(?:\w+\s+)?(?:from|below)\s+(?:the\s+|my\s+|his\s+|her\s+)?(?:waist|belly\s*button|navel|chest|hips?|nipples?|ribs)(?:\s+down)?\b|\bfrom\s+the\s+waist\s+down\b|\b(?:cannot|could\s+not)\s+feel\s+(?:anything\s+)?(?:below|under)\s+(?:the|my|his|her)\s+(?:waist|chest|ribs|belly\s*button)\b`,
  ]),
  // A sensory level: numb below a line across the trunk is a cord lesion wherever the pain is
  // (NICE NG234, GIRFT), unless it is the expected effect of an epidural or spinal anaesthetic.
  define(
    'sensory_level',
    [
      r`\b(?:numb|numbness|no\s+feeling|cannot\s+feel\s+(?:anything|a\s+thing)|dead)\s+(?:\w+\s+)?(?:from|below)\s+(?:the\s+|my\s+|his\s+|her\s+|their\s+)?(?:waist|belly\s*button|navel|tummy\s+button|chest|nipples?|ribs|hips)(?:\s+down(?:wards)?)?\b`,
      // The level told by the belly or stomach, with the direction: "numbness from belly downwards".
      r`\b(?:numb|numbness|no\s+feeling|dead)\s+(?:\w+\s+)?from\s+(?:the\s+|my\s+|his\s+|her\s+|their\s+)?(?:belly|tummy|stomach|abdomen)\s+(?:down|downwards|and\s+below)\b`,
      r`\b(?:cannot|could\s+not)\s+feel\s+(?:anything\s+)?(?:below|under|beneath)\s+(?:the|my|his|her|their)\s+(?:waist|chest|ribs|belly\s*button|navel|nipples?)\b`,
    ],
    { ordinaryWhen: /\b(?:epidural|spinal\s+(?:an(?:a|ae)sthetic|block)|caesarean|c-?section|numbing\s+injection)\b/ },
  ),
  // New difficulty walking: with back pain and a cancer, spinal cord compression (NICE NG234).
  define('difficulty_walking', [
    r`\b(?:cannot|could\s+not|unable\s+to|can\s+(?:barely|hardly))\s+stand(?:\s+up)?(?=\s*(?:$|[,.;!?]|and\b|or\b|without\b|on\s+(?:her|his|my|their)\s+(?:own|legs|feet)\b))|\b(?:new\s+)?(?:difficulty|trouble|problems?|struggling)\s+(?:with\s+)?walking\b|\b(?:cannot|could\s+not|unable\s+to|can\s+(?:barely|hardly))\s+walk\b|\bunsteady\s+on\s+(?:his|her|my|their)\s+feet\b`,
    // NICE NG234 in plain words: heavy legs, stumbling, legs giving out, trouble out of a chair or up the stairs.
    r`\b(?:heavy|leaden)\s+legs\b|\blegs\s+(?:\w+\s+){0,2}?(?:like\s+(?:lead|jelly)|heavy|giving\s+(?:out|way)|gave\s+(?:out|way)|buckl\w+)\b|\b(?:stumbl\w+|keeps?\s+tripping|tripping\s+(?:up|over))\b`,
    r`\b(?:trouble|difficulty|struggl\w+|cannot|could\s+not|can\s+(?:barely|hardly)|unable)\s+(?:to\s+|with\s+)?(?:get(?:ting)?\s+(?:up\s+)?(?:from|out\s+of|off)\s+(?:a|the|his|her|my)\s+(?:chair|sofa|bed|toilet)|(?:manag\w+|climb\w*|get(?:ting)?\s+up)\s+(?:the\s+)?stairs)\b`,
  ]),
  // A known cancer: back pain with neurological signs is metastatic cord compression until proven otherwise.
  define(
    'cancer_history',
    [
      r`\b(?:cancer|tumou?rs?|metasta\w+|mets|myeloma|lymphoma|carcinoma|malignan\w+|oncology|spread\s+to\s+(?:his|her|my|the)\s+(?:bones?|spine))\b`,
    ],
    { timeless: true },
  ),
];
