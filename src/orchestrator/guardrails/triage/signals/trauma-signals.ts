/**
 * Major trauma: the mechanism-of-injury criteria of the field triage guidelines (ACS / CDC,
 * the NHS major-trauma triage tool): a fall from more than about 2 m or down a flight of
 * stairs, a vehicle crash at speed or with ejection or rollover, a pedestrian or cyclist hit by
 * a vehicle, crush and penetrating injury; plus what makes a limb injury an emergency (bone
 * through the skin, a deformed or cold limb). Anticoagulation is here because it turns a
 * minor knock or cut into a red flag (NICE NG232 head injury, NHS bleeding advice).
 */

import { type SignalDefinition, define, r } from './signal-definition.js';

/**
 * A perch told as low or small, or the bottom of a ladder or a flight ("a low ladder", "a small stepladder", "the bottom
 * rung", "the last two steps"): under NICE NG232's metre or five stairs, no dangerous mechanism by its height.
 */
const LOW_PERCH = r`(?:\w+\s+)?(?:low|small|little|tiny|short|kitchen|two[- ]step|three[- ]step)\s+(?:\w+\s+)?(?:wall|ladder|stepladder|step\s*ladder|steps?|stool)\b|(?:bottom|last|first|lowest)\s+(?:(?:one|two|three|couple\s+of|few)\s+)?(?:rungs?|steps?|stairs?)\b`;

export const TRAUMA_SIGNALS: readonly SignalDefinition[] = [
  // A mechanism that is a trauma-centre transfer by itself (CDC field triage 2021: a fall of more than
  // 10 ft, ejection from a vehicle), whatever injury is told: a second-floor balcony, 4 metres, 15 feet.
  define(
    'fall_from_height',
    [
      r`\b(?:fell|fallen|falls?|falling|jumped|dropped)\s+(?:\w+\s+){0,3}?(?:from|off|out\s+of)\s+(?:(?:a|an|the|his|her|my|their|our)\s+)?(?:first|second|third|fourth|fifth|top|upper|upstairs|1st|2nd|3rd|4th|5th)[- ]?(?:floor|storey|story)\s+(?:balcony|window|flat|landing)\b|\b(?:fell|fallen|falls?|falling|jumped)\s+(?:\w+\s+){0,2}?(?:from|out\s+of)\s+(?:a|an|the|his|her|my|their)\s+(?:upstairs|bedroom|upper)\s+window\b`,
      r`\b(?:fell|fallen|fall|dropped|falling)\s+(?:about\s+|around\s+|over\s+|nearly\s+|at\s+least\s+|more\s+than\s+)?(?:[3-9]|\d\d)\s*(?:m|metres?|meters?)\b(?!\s*(?:away|from|along))|\b(?:fell|fallen|dropped)\s+(?:about\s+|around\s+|over\s+|at\s+least\s+|more\s+than\s+)?(?:1\d|[2-9]\d)\s*(?:ft|feet|foot)\b|\b(?:ejected|thrown\s+clear)\s+(?:from|out\s+of)\s+(?:the\s+|a\s+|his\s+|her\s+)?(?:car|vehicle|van|truck|lorry)\b`,
    ],
    { timeless: true },
  ),
  define(
    'high_energy_mechanism',
    [
      r`\b(?:rtc|rta|mvc|mva|rollover)\b`,
      r`\b(?:car|motorbike|motorcycle|motor\s+bike|bike|scooter|road\s+traffic|rta|rtc|mvc|mva|head[- ]on|high[- ]speed|motorway)\s+(?:\w+\s+){0,2}?(?:crash|accident|collision|smash|pile[- ]up|wreck|rollover|rolled)\b`,
      r`\b(?:car|van|truck|lorry|vehicle|jeep|quad|tractor)\s+(?:\w+\s+)?(?:flipped|rolled\s+over|overturned|upside\s+down|went\s+off\s+the\s+road)\b`,
      r`\b(?:crashed|rolled|flipped|wrapped|overturned)\s+(?:(?:his|her|my|their|the|a)\s+)?(?:car|motorbike|motorcycle|bike|van|truck|scooter|quad|quad\s+bike|atv|tractor|buggy)\b`,
      r`\b(?:hit|knocked\s+(?:down|over)|run\s+over|struck|mown\s+down|ran\s+over)\s+by\s+(?:a|an|the)\s+(?:\w+\s+)?(?:car|van|bus|lorry|truck|vehicle|motorbike|train|tractor)\b`,
      // A wall, a ladder or steps told as low or small, or its bottom rungs, are no height (NICE NG232's dangerous fall is
      // from over a metre or five stairs).
      r`\b(?:fell|fallen|falling|fall|jumped)\s+(?:\w+\s+){0,2}?(?:from|off|out\s+of|down)\s+(?:(?:a|an|the|his|her|my|their|\d+)\s+)?(?!${LOW_PERCH})(?:\w+\s+){0,2}?(?:roof|ladder|balcony|scaffold\w*|window|bridge|cliff|building|storey|floors?|stories|metres|meters|feet|ft|m|height|tree|wall|flight\s+of\s+stairs)\b`,
      r`\bknocked\s+off\s+(?:his|her|my|their|a|the)\s+(?:bike|motorbike|motorcycle|scooter|horse|moped)\b|\bfell\s+(?:\w+\s+){0,3}?(?:through|off)\s+(?:a|an|the)\s+(?!${LOW_PERCH})(?:\w+\s+)?(?:roof|skylight|ceiling|loft\s+hatch|scaffold\w*|ladder)\b`,
      r`\b(?:thrown|ejected|bucked)\s+(?:from|off|out\s+of)\s+(?:the\s+|a\s+|his\s+|her\s+|my\s+)?(?:car|vehicle|bike|motorbike|horse|quad)\b`,
      r`\b(?:dove|dived|dive|diving|jumped)\s+(?:\w+\s+){0,2}?(?:into|in)\s+(?:the\s+)?(?:shallow|pool|water|sea|river|lake)\b`,
      r`\b(?:crushed|trapped|pinned)\s+(?:under|by|between|beneath)\b|\bcrush\s+injur\w+\b`,
      // "motorbike vs car", "pedestrian v lorry": the write-up shorthand for a collision.
      r`\b(?:car|motorbike|motorcycle|bike|cyclist|pedestrian|scooter|moped|rider|driver|van|horse)\s+(?:vs|versus|v)\.?\s+(?:car|van|bus|lorry|truck|tree|wall|vehicle|motorbike|train|tractor|pedestrian|lamppost|post)\b`,
      r`\b(?:thrown|flung|launched|catapulted)\s+(?:over|across|through|into|onto|from|off|out\s+of)\s+(?:the\s+|a\s+|his\s+|her\s+)?(?:car|bonnet|windscreen|windshield|handlebars|road|air|vehicle|bike|motorbike)\b`,
      // Machinery and crush: "arm caught in a farm machine", "his forearm's crushed".
      r`\b(?:caught|trapped|dragged|pulled)\s+in\s+(?:a|an|the)\s+(?:\w+\s+)?(?:machine|machinery|press|roller|rollers|conveyor|auger|baler|mangle|shredder|mixer|belt)\b`,
      r`\b(?:arm|leg|forearm|chest|pelvis|hand|foot|legs|arms|body|hips?)(?:'s)?\s+(?:is\s+|was\s+|got\s+|has\s+been\s+|have\s+been\s+|are\s+|were\s+)?(?:crushed|mangled)\b`,
      r`\bfell\s+down\s+(?:a\s+|the\s+)?(?:whole\s+|full\s+)?(?:flight\s+of\s+)?stairs\b`,
      // A fall of 2 m or more however it is told: "fell about 5m", "dropped 10 feet".
      r`\b(?:fell|fallen|fall|dropped|falling)\s+(?:about\s+|around\s+|roughly\s+|over\s+|nearly\s+|like\s+|at\s+least\s+)?(?:[2-9]|\d\d)\s*(?:m|metres?|meters?|storeys?|stories|floors?)\b|\b(?:fell|fallen|dropped)\s+(?:about\s+|around\s+|over\s+|like\s+)?(?:[7-9]|\d\d)\s*(?:ft|feet|foot)\b`,
      r`\b(?:came|come|coming|thrown|fell)\s+off\s+(?:(?:his|her|my|the|a|their)\s+)?(?:(?:mountain|push|road|dirt|pit|electric|e-)\s*)?(?:motor\s*bike|motorcycle|bike|horse|quad|scooter|moped)?\s*at\s+(?:high\s+)?(?:speed|\d+\s*(?:mph|kmh|km\/h)?)\b|\bcame\s+off\s+(?:(?:his|her|my|the|their)\s+)?(?:motor\s*bike|motorcycle|horse|quad\s+bike|quad)\b`,
      r`\b(?:car|van|vehicle|lorry|truck|bus|he|she|they)\s+(?:that\s+|which\s+)?(?:hit|went\s+into|ploughed\s+into|smashed\s+into|crashed\s+into|drove\s+into|struck)\s+(?:a|the)\s+(?:\w+\s+)?(?:wall|tree|lamppost|lamp\s+post|barrier|bridge|pole|house|ditch)\b|\bunbelted\b|\bnot\s+wearing\s+(?:a\s+|his\s+|her\s+)?seat\s*belt\b|\b(?:broken|smashed|starred|cracked)\s+windscreen\b`,
      // Assault with a weapon.
      r`\b(?:hit|struck|beaten|attacked|battered|bashed|smashed)\s+(?:\w+\s+){0,6}?with\s+(?:a\s+|an\s+)?(?:baseball\s+bat|bat|hammer|iron\s+bar|crowbar|brick|golf\s+club|machete|weapon|metal\s+(?:pole|bar)|pole|bottle|plank|cricket\s+bat)\b`,
      r`\b(?:stab(?:bed)?|knife|gunshot|shot)\s+(?:wound\s+)?(?:in|to)\s+(?:the\s+)?(?:chest|belly|stomach|abdomen|neck|back|head|groin)\b`,
    ],
    { timeless: true },
  ),
  // Entrapment under a heavy object (field triage: crushed, trapped, pinned).
  define(
    'entrapment',
    [
      r`\b(?:trapped|stuck|pinned)\s+(?:in|inside)\s+(?:the\s+)?(?:car|van|vehicle|wreck\w*|passenger\s+side|driver'?s?\s+(?:seat|side)|cab)\b|\b(?:is|are|was)\s+trapped\b|\brolled\s+(?:back\s+)?(?:onto|on\s+top\s+of|over)\s+(?:his|her|my|their)\s+(?:legs?|chest|body|arm)\b`,
      r`\b(?:pinned|trapped|stuck|crushed)\s+(?:\w+\s+)?(?:under|beneath|underneath|between)\s+(?:a|an|the|it|them|his|her)\b|\bcrushed\s+(?:by|under|beneath|between)\b|\b(?:trapped|caught|pinned)\s+in\s+(?:a|an|the)\s+(?:\w+\s+)?(?:machine|machinery|press|wreck|wreckage|rubble|car|vehicle)\b`,
      r`\b(?:leg|legs|arm|arms|foot|feet|hand|he|she|i|body)\s+(?:is\s+|are\s+|am\s+|was\s+|got\s+)?(?:stuck\s+|trapped\s+|pinned\s+)?(?:under|underneath|beneath)\s+(?:the|a)\s+(?:car|van|vehicle|tractor|lorry|truck|wall|tree|rubble|quad|machine|horse)\b|\bjack\s+(?:slipped|gave\s+way|collapsed)\b`,
      r`\b(?:tree|branch|wall|car|vehicle|van|beam|wardrobe|machine|tractor|quad|forklift|rocks?|boulder|scaffold\w*|roof|ceiling|girder|pallet|horse|load|tv|television)\s+(?:has\s+|had\s+|just\s+)?(?:fell|fallen|collapsed|landed|came\s+down|rolled|overturned|tipped|toppled)\s+(?:over\s+)?(?:on|onto|on\s+top\s+of)\s+(?:him|her|them|me|my|his|our|the|a)\b`,
    ],
    { timeless: true },
  ),
  // A blow to the trunk (belly, chest, back, pelvis): a hidden bleed shows as shock (ATLS).
  define(
    'trunk_blow',
    [
      r`\b(?:hit|struck|kicked|punched|rammed|impaled|speared|stamped\s+on|run\s+into|crushed)\s+(?:\w+\s+){0,3}?(?:in|on|into|across)\s+(?:the\s+|his\s+|her\s+|my\s+|their\s+)?(?:belly|stomach|tummy|abdomen|chest|ribs|side|back|pelvis|flank)\b`,
      r`\b(?:handlebars?|steering\s+wheel|seat\s*belt)\b[^.;]{0,30}\b(?:belly|stomach|tummy|abdomen|chest|ribs)\b|\bseat\s*belt\s+(?:sign|bruis\w*|mark)\b`,
    ],
    { timeless: true },
  ),
  // Landing on the head or neck, or new tingling in the hands or legs after an injury: spinal injury (NEXUS, Canadian C-spine).
  define('spine_impact', [
    r`\b(?:landed|fell|dived|dove|came\s+down|thrown)\s+(?:\w+\s+){0,4}?(?:on|onto)\s+(?:his|her|my|their|the)\s+(?:neck|head|back|spine)\b|\b(?:arms|legs|hands|feet)\s+(?:\w+\s+){0,3}?(?:numb|tingl\w*|dead|floppy)\b|\b(?:cannot|could\s+not)\s+feel\s+(?:his|her|my|their)\s+(?:fingers|hands|arms|legs|feet|toes)\b|\b(?:tingling|pins\s+and\s+needles|numb\w*|electric\s+shocks?)\s+(?:in|down)\s+(?:both\s+)?(?:(?:his|her|my|their)\s+)?(?:hands|arms|legs|fingers)\b`,
  ]),
  // Pain at an injured site told by a bystander: "crying about his back and hip".
  // The seat-belt sign: a belt's bruise across the belly or chest after a crash marks a deceleration injury beneath it
  // (ATLS: seat-belt sign raises the odds of a hollow-organ or spinal injury), whatever the pain.
  define('seat_belt_sign', [r`\bseat[- ]?belt\s+(?:bruis\w*|mark\w*|sign|abrasion|burn|injur\w*)\b`]),
  define('injury_pain', [
    r`\b(?:crying|screaming|moaning|groaning|complaining|yelling|shouting)\s+(?:in\s+pain\s+)?(?:about|of|with|from)\s+(?:(?:his|her|my|their|the)\s+)?(?:back|hip|hips|neck|pelvis|leg|legs|arm|ribs|chest|head|belly|tummy|stomach|side)\b`,
    r`\b(?:back|hip|neck|pelvis|ribs|chest)\s+(?:is\s+|are\s+)?(?:really\s+|so\s+)?(?:hurting|hurts|agony|killing|painful)\b`,
  ]),
  define('limb_deformity', [
    // An unstable or crushed pelvis bleeds out of sight (ATLS, NICE NG39).
    r`\b(?:unstable|crushed|shattered|open\s+book)\s+pelvi[cs]\b|\bpelvi[cs]\s+(?:\w+\s+)?(?:unstable|crushed|shattered)\b|\bcrush(?:ed|ing)?\s+(?:injury\s+)?(?:to\s+)?(?:the\s+|his\s+|her\s+)?(?:pelvis|hips|chest|abdomen|torso)\b|\bpelvi[cs]\s+(?:\w+\s+)?(?:crush\w*|under\s+(?:a|the))\b`,
    // A broken hip as a carer sees it: the leg shorter and the foot turned out (NICE CG124).
    r`\b(?:leg|foot)\s+(?:\w+\s+){0,2}?(?:shorter|turned\s+(?:out|outwards)|rotated|twisted\s+out)\b`,
    r`\b(?:legs?|arms?|foot|feet|hand|hands)\s+(?:\w+\s+){0,2}?(?:squashed|crushed|flattened|mangled)\b`,
    r`\b(?:arm|leg|hand|foot|limb|forearm|fingers)(?:'s)?\s+(?:is\s+|was\s+|got\s+|has\s+been\s+)?(?:mangled|degloved|crushed)\b|\bdegloving\b|\bbone\s+(?:is\s+)?(?:sticking|poking|coming|showing|visible)\s*(?:out|through)?\b|\b(?:open|compound)\s+(?:\w+\s+)?fracture\b`,
    r`\b(?:arm|leg|ankle|wrist|knee|hip|shoulder|elbow|finger|thigh|forearm|shin)\b[^.;]{0,20}?\b(?:bent\s+(?:the\s+)?wrong\s+way|at\s+(?:a\s+|an\s+)?(?:weird|funny|strange|odd|wrong)\s+angle|deformed|pointing\s+the\s+wrong\s+way)\b`,
    r`\b(?:limb|leg|arm|foot|hand)\b[^.;]{0,30}\b(?:cold|white|blue)\s+and\s+(?:numb|no\s+pulse)\b`,
    r`\b(?:hip|leg)\b[^.;]{0,25}\b(?:shortened|turned\s+out|rotated)\b`,
    r`\bamputat\w+|\b(?:cut|chopped|sliced|severed)\s+(?:off|clean\s+off)\b(?!\s+(?:an?|the|some)\s+(?:envelope|page|paper|box|packet|card|bread|loaf|piece|bit|slice|branch|label|tag))|\bcame\s+off\b(?=[^.;]{0,20}\b(?:finger|toe|hand))`,
  ]),
  define('cannot_move_limbs', [
    r`\b(?:cannot|could\s+not|unable\s+to)\s+(?:move|feel)\s+(?:his|her|my|their)\s+(?:arms|legs|hands|feet|arms\s+or\s+legs|anything\s+below)\b`,
  ]),
  define(
    'anticoagulant',
    [
      r`\b(?:blood\s+thinners?|anticoagula\w+|warfarin|coumadin|apixaban|eliquis|rivaroxaban|xarelto|edoxaban|dabigatran|pradaxa|heparin|clexane|enoxaparin|clopidogrel|plavix|ticagrelor|haemophilia\w*|hemophilia\w*|aspirin\s+and\s+clopidogrel|bleeding\s+disorder)\b`,
    ],
    { timeless: true },
  ),
  define(
    'elderly',
    [
      r`\b(?:(?:6[5-9]|[7-9]\d|10\d)\s*(?:year|yr|y)s?[- ]?old|aged\s+(?:6[5-9]|[7-9]\d)|(?:6[5-9]|[7-9]\d)\s+year\s+old|elderly|frail|grandma|grandmother|granny|grandpa|grandfather|grandad|granddad|nan|nana|in\s+(?:his|her)\s+(?:70s|80s|90s|seventies|eighties|nineties)|(?:is|aged|age|she\s+is|he\s+is)\s+(?:6[5-9]|[7-9]\d)(?!\s*(?:%|kg|mg|min\w*|bpm|over|\.\d)))\b`,
    ],
    { timeless: true },
  ),
];
