/**
 * Environmental emergencies: burns (NHS / British Burn Association referral criteria: large,
 * deep, electrical, chemical, or on the face, hands, feet, genitals or airway; any burn in a
 * baby that blisters), smoke inhalation, electric shock, heat stroke (NHS: hot and confused,
 * fitting or unresponsive, not sweating), hypothermia (NHS: drowsy, confused, slurred speech,
 * shivering that has stopped) and drowning (any submersion with cough, breathlessness or a
 * moment of unconsciousness needs hospital assessment: Resuscitation Council UK).
 */

import { type SignalDefinition, define, POSSESSIVE, r } from './signal-definition.js';

const BURNT = r`(?:burn|burns|burned|burnt|scald|scalds|scalded|scalding)`;

/**
 * A fire told and then taken back as staged or not real: "her costume caught fire in the school play? no it was a fake
 * flame effect" (review V21, 23:50). A stage effect, a prop or a pretend fire burns no one; a real flame told beside it
 * ("the fake candle set his sleeve on fire") is told before the word, which this reads only after.
 */
const NOT_TOLD_AS_STAGED = r`(?![^.;]{0,80}\b(?:fake|pretend|a\s+prop|(?:special|stage|flame|fire|lighting)\s+effects?|not\s+(?:a\s+)?real(?:\s+fire)?|was\s+not\s+real)\b)`;

/** The body's surfaces a spilt liquid lands on. */
/**
 * A site told as untouched by the burn (NHS / BBA read the site of a burn): "face and hands spared", "genitals
 * unaffected", "sparing the face". Read after a site or a pair of sites joined by "and"/"or", or after "sparing".
 */
const NOT_TOLD_SPARED = r`(?!(?:\s+(?:and|or)\s+[\w'-]+){0,2}\s+(?:(?:are|is|were|was|both|all|completely|entirely)\s+)?(?:spared|unaffected|uninvolved|not\s+(?:involved|affected|burnt|burned|scalded)))(?<!\bsparing\s+(?:the\s+)?(?:[\w'-]+\s+(?:and|or)\s+){0,2}[\w'-]+)`;

const BODY_SURFACE = r`(?:arms?|hands?|fingers|chest|face|neck|head|legs?|lap|thighs?|tummy|belly|stomach|back|shoulders?|feet|foot|skin)`;

/**
 * The trunk and the lap: where a poured or spilt liquid spreads wider than the casualty's hand, the size that makes a
 * burn an A&E burn (NHS burns and scalds; British Burn Association: over 1% of the body surface in a child). A back,
 * front, side or bottom only as someone's ("his back", "the baby's bottom"): "the kettle on the side", "the bottom of
 * the pan" and "the back burner" are places (review V21, 23:18).
 */
const TRUNK = r`(?:(?:(?:his|her|my|their|your|the|its)\s+)?(?:\w+\s+)?(?:chest(?!\s+of\s+drawers)|tummy|belly|stomach|abdomen|torso|trunk|lap|thighs|buttocks)|(?:his|her|my|their|your|[a-z]+'s)\s+(?:\w+\s+)?(?:back|front|side|bottom))`;

/** A liquid that scalds deep at once: boiling water, hot oil or fat, a kettle or pan just off the boil. */
const DEEP_SCALDING_LIQUID = r`(?:(?:boiling|scalding|just[- ]boiled|freshly[- ]boiled)\s+(?:\w+\s+)?(?:water|oil|fat|soup|milk|liquid|tea|coffee)|boiling\s+water|(?:hot|boiling|burning|frying|chip)\s+(?:oil|fat)|chip\s+pan|kettle)`;

/** Any hot liquid: a hot drink or food as well. */
const SCALDING_LIQUID = r`(?:${DEEP_SCALDING_LIQUID}|(?:hot|steaming|piping\s+hot)\s+(?:water|tea|coffee|drink|soup|milk|noodles|porridge|gravy|chocolate)(?!\s+bottle)|(?:cup|mug|pot)\s+of\s+(?:tea|coffee|hot\s+\w+))`;

/** The liquid told as landing on the trunk, or the trunk told as burnt by it: "boiling water on his chest", "burnt my chest with boiling water". */
function overTheTrunk(liquid: string): string {
  return r`\b${liquid}\b[^.;]{0,40}\b(?:on(?:to)?|over|down|across|in(?:to)?)\s+${TRUNK}\b|\b${TRUNK}\b[^.;]{0,30}\b(?:with|by|from|after)\s+(?:(?:the|some|a|his|her|my|their)\s+)?${liquid}`;
}

/** A moment told as the length of a submersion: "for a second or two", "for a few seconds", "for a moment". */
const A_MOMENT = r`(?:for\s+(?:a|one|two|three|a\s+few|a\s+couple\s+of|[1-5])\s+(?:or\s+two\s+)?(?:seconds?|secs?|moments?)\b|for\s+a\s+(?:split\s+)?(?:second|moment)\b)`;

export const ENVIRONMENTAL_SIGNALS: readonly SignalDefinition[] = [
  define(
    'burn',
    [
      r`\b(?:fell\s+asleep|passed\s+out|lay|lying|slept)\s+(?:on|against|next\s+to|by|too\s+close\s+to)\s+(?:the|a|his|her|my)\s+(?:heater|radiator|fire|hot\s+water\s+bottle|stove|heat\s+pad|heating\s+pad|electric\s+blanket)\b`,
      r`\b${BURNT}\b(?!\s+(?:out|the\s+(?:toast|food|dinner|candle)|calories|fat|money|bridges))`,
      r`\b(?:boiling|hot)\s+(?:water|oil|kettle|tea|coffee|soup|fat)\s+(?:\w+\s+){0,4}?(?:on|over|down)\b`,
      r`\b(?:caught|set)\s+(?:on\s+)?fire\b${NOT_TOLD_AS_STAGED}|\bon\s+fire\b${NOT_TOLD_AS_STAGED}`,
      // How scalds and flame burns happen, told without the word "burn".
      r`\b(?:kettle|saucepan|pan|teapot|chip\s+pan|hot\s+drink|cup\s+of\s+(?:tea|coffee)|boiling\s+water|hot\s+(?:water|oil|fat|tea|coffee))\b[^.;]{0,30}\b(?:on(?:to)?|over|down)\s+(?:him|her|them|me|my|his|their|himself|herself|myself|themselves)\b`,
      // The drink told fresh from the kettle: "a cup of just-boiled tea over himself", "a mug of freshly boiled water onto her thigh".
      r`\b(?:cup|mug|pot|jug|bowl|pan|flask)\s+of\s+(?:just[- ]boiled|freshly[- ]boiled|just[- ]made|freshly[- ]made|boiled|steaming|piping\s+hot|scalding)\s+(?:tea|coffee|water|soup|milk|noodles)\b[^.;]{0,30}\b(?:on(?:to)?|over|down)\s+(?:him|her|them|me|my|his|their|himself|herself|myself|themselves)\b`,
      r`\b(?:grabbed|touched|held|picked\s+up|leaned\s+on|sat\s+on|fell\s+(?:on|against)|put\s+(?:his|her|my|their)\s+hand\s+on)\s+(?:a|an|the)\s+(?:hot|boiling|red[- ]hot)\s+\w+|\b(?:iron|hob|oven\s+door|stove|radiator|straighteners|curling\s+(?:iron|tongs)|exhaust|log\s+burner|wood\s+burner)\b[^.;]{0,30}\b(?:blister\w*|burn\w*)\b`,
      r`\b(?:petrol|gasoline|lighter\s+fluid|aerosol|fireworks?|gas\s+(?:canister|bottle))\b[^.;]{0,40}\b(?:exploded|explosion|went\s+up|flared|caught|blew\s+up|went\s+off)\b|\b(?:flared|flare)\s+up\b[^.;]{0,30}\b(?:petrol|fuel|face|hands?|arms?)\b|\bflash\s+(?:burn|fire)\b`,
      // A hot drink or food spilt onto someone, told without "hot" (hot drinks scald more young children than anything
      // else: NHS, Child Accident Prevention Trust): "grabbed my coffee and it spilled on her arm". Onto a person or a
      // body part only: coffee spilt on a laptop is no burn.
      // A scald told by what it did to the skin and what did it: "the skin of his chest is coming off after the hot water".
      // Hot oil or boiling water spilt or splashed is a scald told by its cause; how bad it is (blisters, where, who) is
      // read by the rules from the rest of the message: "spilled hot oil and his hand is covered in blisters".
      r`\b(?:spilled|spilt|splashed|tipped|knocked|poured)\s+(?:\w+\s+){0,2}?(?:hot|boiling|burning|frying|scalding)\s+(?:oil|fat|water)\b(?!\s+(?:on(?:to)?|over|all\s+over|across)\s+(?:the\s+|my\s+|our\s+)?(?:kitchen\s+)?(?:floor|counter|worktop|table|hob|cooker|stove|carpet|rug|ground|sink|laptop|phone|dog|cat))`,
      r`\b(?:blister\w*|peel\w*|(?:coming|came|come)\s+off)\b[^.;]{0,40}\b(?:after|from|with|by)\s+(?:the\s+|some\s+|a\s+)?(?:boiling|hot|scalding|just[- ]boiled)\s+(?:water|oil|fat|tea|coffee|soup|milk|steam)\b`,
      // A young child who grabs or pulls over a hot drink, a kettle or a pan: the scald told by its cause, before "and it
      // went all over her" is told in the clause after (never where the drink is told empty, cold or missed).
      r`\b(?:grabbed|grabs|pulled|knocked|tipped|yanked)\s+(?:over\s+|down\s+)?(?:my|his|her|their|a|an|the|our)\s+(?:hot\s+|full\s+)?(?:coffee|tea|cuppa|mug|cup\s+of\s+(?:tea|coffee)|hot\s+drink|kettle|teapot|saucepan|pan)\b(?![^.;]{0,40}\b(?:empty|cold|cooled|lukewarm|missed|not\s+spill\w*|no\s+harm)\b)`,
      r`(?<!\b(?:cold|iced|lukewarm|warm)\s)\b(?:tea|coffee|cuppa|hot\s+chocolate|soup|noodles|porridge|gravy)\b[^.;]{0,30}\b(?:spilled|spilt|spilling|spills|tipped|knocked|poured|went|splashed)\s+(?:all\s+)?(?:on(?:to)?|over|down)\s+(?:him|her|them|me|himself|herself|myself|themselves|(?:his|her|my|their|the\s+baby's)\s+(?:\w+\s+)?${BODY_SURFACE})\b`,
    ],
    {
      timeless: true,
      // A burn told as healing is one being looked after (NHS: see a GP if it is not healing after two weeks, or
      // shows infection, which the infection rules read for themselves). A drink or a kettle told as empty or gone
      // cold, in the clause after the grab ("pulled the kettle over but it was empty"), scalded no one.
      ordinaryWhen:
        /\b(?:heartburn|sunburn|razor\s+burn|burning\s+(?:when|pee|urine|sensation\s+when)|(?:burns|stings)\s+(?:\w+\s+)?(?:when|as|to|after)\s+(?:i|he|she|they|you|we)?\s*(?:wee|wees|pee|pees|urinate|urinates|pass\s+(?:urine|water)|passes\s+(?:urine|water)|go\s+to\s+the\s+(?:toilet|loo))|carpet\s+burn|burnout|burnt\s+out|healing|heals|healed|scabbed|scabbing|new\s+skin|(?:it|the\s+(?:tea|coffee|drink|water|kettle|pan|mug|cup|soup))\s+(?:was|were|had\s+gone|had\s+been|was\s+only)\s+(?:\w+\s+)?(?:empty|cold|cooled(?:\s+down)?|lukewarm|warm)|missed\s+(?:him|her|them|me)|no\s+harm\s+done)\b/,
    },
  ),
  // What makes a burn an A&E burn (NHS): bigger than the person's hand, deep, white or charred.
  define(
    'burn_large_or_deep',
    [
      // Full thickness: white, waxy or leathery and painless.
      r`\b(?:white|waxy|leathery|charred|grey)\s+(?:and\s+)?(?:waxy|leathery|white|dry|charred)\b|\b(?:cannot|can\s+not|could\s+not)\s+feel\s+(?:it|the\s+burn|anything\s+(?:there|on\s+it))\b`,
      r`\b(?:white|pale|grey)\s+and\s+(?:waxy|leathery)\b|\blike\s+leather\b|\b(?:numb|no\s+pain|painless)\b[^.;]{0,30}\bburn\w*|\bburn\w*\b[^.;]{0,40}\b(?:numb|no\s+pain|painless)\b`,
      r`\b(?:large|big|huge|massive|deep|full[- ]thickness|charred|leathery|blackened|waxy|painless)\s+(?:\w+\s+)?(?:burn|burns|scald|area|patch|wound|blisters?)\b|\b(?:across|over|on)\s+both\s+(?:thighs|legs|arms|hands|feet)\b`,
      r`\b(?:bigger|larger)\s+than\s+(?:\w+\s+){0,2}?(?:hand|palm)\b|\b(?:big|large|huge|wide)\s+area\b|\b(?:chest|back|arms|legs|face|tummy|belly|torso|stomach)\s+and\s+(?:both\s+)?(?:arms?|legs?|chest|back|face|hands|neck|tummy|belly|stomach)\b${NOT_TOLD_SPARED}`,
      // A share of the body over the palm's 1 % (NICE CKS, the rule of palms): "8% TBSA", "2.5 percent of his body",
      // or the share named without its figure. A decimal is read whole ("0.5% TBSA" is half a palm, not 5 %).
      r`(?<![\d.,])(?:[2-9]|[1-9]\d|1[.,]\d*[1-9]|1\d\d)(?:[.,]\d+)?\s*(?:%|percent)\s*(?:tbsa|bsa|of\s+(?:his\s+|her\s+|the\s+)?body)\b|(?<!\b(?:[01]|[01][.,]\d+|0?[.,]\d+)\s*(?:%|percent)\s*)\btbsa\b`,
      r`\b(?:skin\s+(?:is\s+|is\s+going\s+|going\s+|has\s+gone\s+|looks\s+|went\s+)?(?:white|charred|black|leathery|waxy)|whole\s+(?:arm|leg|chest|back|front|side|hand)|all\s+(?:down|over)\s+(?:his|her|my|their))\b`,
      // The skin of a part told white, charred or leathery, and both hands or feet burnt (NHS, BBA; review V33, 12:27:
      // "the skin on his hands is white", "burns on both his hands").
      r`\bskin\s+(?:on|of)\s+(?:[\w']+\s+){1,3}?(?:is|are|has\s+gone|have\s+gone|looks?|went|turned)\s+(?:all\s+|very\s+)?(?:white|charred|black|leathery|waxy)\b|\b(?:across|over|on|to)\s+both\s+(?:of\s+)?(?:his|her|my|their|the)\s+(?:hands|feet|arms|legs|thighs)\b`,
      // Many blisters told by their largest, a limb covered, or a burn from one joint to the next (review V26, 14:20: "the
      // largest is a 4 cm blister" is not the burn's size).
      r`\b(?:(?:the\s+)?(?:largest|biggest)\s+(?:one\s+|blister\s+)?(?:is|was|being)|covered\s+in\s+blisters|whole\s+(?:\w+\s+)?(?:forearm|arm|leg|thigh|shin|calf|foot|tummy|stomach|belly)|from\s+(?:the\s+|his\s+|her\s+|my\s+|their\s+)?(?:wrist|hand|elbow|shoulder|knee|ankle|hip|thigh|collarbone|neck|chest)\s+(?:right\s+)?(?:to|down\s+to)\s+(?:the\s+|his\s+|her\s+|my\s+|their\s+)?(?:elbow|wrist|shoulder|knee|ankle|foot|hip|waist|belly\s+button|tummy|stomach))\b`,
      // A third-degree (full-thickness) burn is deep whatever its size; a burn told in a house or car fire is a flame
      // burn with smoke beside it (NHS: deep burns and burns from fires go to A&E).
      r`\b(?:third|3rd|fourth|4th)[- ]degree\s+(?:burns?|scalds?)\b|\b(?:burned|burnt|scalded)\s+in\s+(?:a|the)\s+(?:house\s+|car\s+|flat\s+)?fire\b`,
      // Clothing on fire burns wide and deep (NHS; BBA: flame burns from clothing).
      r`(?:\b(?:clothes|clothing|dress|shirt|top|jumper|sleeve|trousers|pyjamas|nightie|nightdress|costume)\s+(?:\w+\s+)?(?:caught|went\s+up\s+in|set)\s+(?:on\s+)?(?:fire|flames?)\b|\b(?:caught|set)\s+(?:his|her|my|their)\s+(?:clothes|clothing|dress|shirt|top|jumper|sleeve|trousers|pyjamas|nightie)\s+(?:on\s+)?fire\b)${NOT_TOLD_AS_STAGED}`,
      // A white centre inside a blister or a red edge is a deep burn (NHS: burns that cause white or charred skin).
      r`\bwhite\s+(?:in\s+the\s+(?:middle|centre|center)|patch(?:es)?\s+in\s+(?:the\s+)?(?:middle|centre|center))\b|\b(?:middle|centre|center)\s+(?:of\s+it\s+)?(?:is|has\s+gone|looks|went)\s+white\b`,
    ],
    { timeless: true },
  ),
  // A liquid poured or spilt over the trunk or lap: wider than the hand wherever it lands (see TRUNK).
  define(
    'scald_over_the_trunk',
    [
      overTheTrunk(SCALDING_LIQUID),
      // A scald is a hot liquid's burn whatever the liquid is called: "a scald on the chest of my son with tea".
      r`\b(?:scalds?|burns?)\s+(?:on|to|over|across|down|covering)\s+${TRUNK}\b|\bscalded\s+${TRUNK}\b|\b${TRUNK}\s+(?:is\s+|was\s+|got\s+|has\s+been\s+)?scalded\b`,
    ],
    { timeless: true },
  ),
  // ...and with boiling water or hot oil, deep as well as wide (NHS: large or deep burns go to A&E).
  define('deep_scald_over_the_trunk', [overTheTrunk(DEEP_SCALDING_LIQUID)], { timeless: true }),
  // ...or that blisters on the face, hands, arms, feet, legs or genitals.
  define(
    'burn_blisters',
    [
      r`\b(?:blisters?|blistering|blistered|skin(?:'s|\s+is)?\s+(?:came|coming|peeling|peeled|hanging)\s+off|(?:skin\s+is\s+|is\s+)?peeling|raw\s+skin)\b`,
      // A second-degree (partial-thickness) burn is the blistering burn by its name (NHS).
      r`\b(?:second|2nd)[- ]degree\s+(?:burns?|scalds?)\b`,
      // The skin told before what it does: "the skin of his chest is coming off".
      r`\bskin\s+(?:of|on)\s+(?:\w+\s+){1,3}?(?:is|are|was|were)\s+(?:coming|came|peeling|hanging)\s+off\b`,
    ],
    { timeless: true },
  ),
  // A burn of the face, eyes, mouth or genitals goes to A&E whatever its size (NHS, BBA).
  define(
    'burn_face_or_genitals',
    [
      r`\b(?:face|eyes?|eyelids?|lips|mouth|nose|eyebrows|eyelashes|genitals|privates|groin|penis|vagina|scrotum)\b${NOT_TOLD_SPARED}`,
    ],
    {
      timeless: true,
      ordinaryWhen:
        /\b(?:pizza|soup|tea|coffee|hot\s+drink|tongue|curry|spicy|chill?i|hot\s+sauce|pepper|sunburn\w*|straightener|curling|wax\w*)\b/,
    },
  ),
  // "a small area, the size of a coin": what keeps a burn a matter for first aid (NHS).
  define(
    'burn_small',
    [
      r`\b(?:small|tiny|little(?!\s+(?:son|daughter|boy|girl|one|ones|brother|sister|baby|lad|kid|man|guy|princess))|coin[- ]sized|superficial|size\s+of\s+a\s+(?:coin|pea|penny|fingernail|stamp|10p|5p))\b`,
      // A drop or a splash that spat from the pan: a spot, not a spread.
      r`\ba\s+(?:drop|few\s+drops|splash|speck|spot|spit)\s+of\b|\b(?:spat|spitting)\s+(?:out\s+)?(?:on(?:to)?|at)\b`,
    ],
    { timeless: true },
  ),
  // The face, the eyes or the genitals beside a blister: referred whatever the size or what burnt them, a drink, hair
  // straighteners, wax or hot oil (NICE CKS burns and scalds; review V26, 14:20), unlike a burn there told without one,
  // which a hot drink on the lips explains. Sunburn and a cold sore are not burns of the kind.
  define(
    'blister_site_face_or_genitals',
    [
      r`\b(?:face|eyes?|eyelids?|lips|mouth|nose|ears?|cheeks?|forehead|genitals|privates|groin|penis|vagina|scrotum)\b${NOT_TOLD_SPARED}`,
    ],
    { timeless: true, ordinaryWhen: /\b(?:sunburn\w*|cold\s+sores?)\b/ },
  ),
  // NICE CKS burns and scalds: a blister on a limb the size of a larger coin or measured under 5 cm, well under the 1 %
  // of the body a palm is. Read only beside a limb or a hand (the face, the genitals, a child's trunk and a baby are
  // referred whatever the size: review V26, 13:59).
  define(
    'burn_coin_sized_on_a_limb',
    [
      r`\bsize\s+of\s+a\s+(?:1p|2p|20p|50p|pound(?:\s+coin)?|£[12](?:\s+coin)?|(?:one|two)[- ]pound\s+coin|grape|thumbnail)\b`,
      r`\bsize\s+of\s+a\s+(?:1|2|5|10|20|50|one|two|five|ten|twenty|fifty)\s*(?:p|pence|penny)(?:\s+(?:coin|piece))?\b`,
      // Measured both ways under 5 cm: "2 x 3 cm", "3 by 1 cm".
      r`\b[1-4](?:\.\d)?\s*(?:cm\s*)?(?:x|by)\s*[1-4](?:\.\d)?\s*(?:cm|centimetres?|centimeters?)\b`,
      r`\b(?:[1-4](?:\.\d)?|half\s+a|one|two|three|four)\s*(?:cm|centimetres?|centimeters?)\s+(?:\w+\s+)?(?:blister\w*|burn|scald|patch|area|mark)\b`,
      // The measure told after the blister: "a blister about 2cm", "the burn is roughly 3 cm across".
      r`\b(?:blister\w*|burn|scald|patch|area|mark)\s+(?:is\s+|was\s+|of\s+|measuring\s+)?(?:about\s+|around\s+|roughly\s+|approx\w*\s+|maybe\s+|only\s+|just\s+|under\s+)?(?:[1-4](?:\.\d)?|half\s+a|one|two|three|four)\s*(?:cm|centimetres?|centimeters?)\b(?!\s*(?:x|by)\s*(?:[5-9]|\d\d))`,
    ],
    { timeless: true },
  ),
  // NICE CKS burns and scalds, the rule of palms: the person's own palm with fingers is about 1 % of the body, under the
  // 2 % (a child) and 3 % (an adult) over which a blistering burn is referred. A palm told as the patient's own.
  // A share of the body told at the palm's 1 % or under: "about 1% TBSA", "0.5% of the body".
  define(
    'burn_palm_sized',
    [
      r`\bsize\s+of\s+(?:his|her|their)\s+(?:own\s+)?palm\b`,
      r`(?<![\d.,])(?:1|0?[.,]\d+|1[.,]0+)\s*(?:%|percent)\s*(?:tbsa|bsa|of\s+(?:his\s+|her\s+|the\s+)?body)\b`,
    ],
    { timeless: true },
  ),
  // The teller's palm: the patient's own when the teller is the patient, more than 1 % of a small child's body.
  define('burn_teller_palm_sized', [r`\bsize\s+of\s+my\s+(?:own\s+)?palm\b`], { timeless: true }),
  define(
    'burn_site',
    [
      r`\b(?:face|eyes?|mouth|lips|throat|neck|hands?|fingers|palms?|arms?|forearms?|wrists?|elbows?|feet|foot|legs?|thighs?|knees?|shins?|calf|calves|ankles?|genitals|groin|privates|joints?)\b${NOT_TOLD_SPARED}`,
    ],
    { timeless: true },
  ),
  define(
    'chemical_or_electrical_burn',
    [
      // An electric shock from the mains or a high-voltage source is an emergency whatever the burn looks like (NHS).
      r`\b(?:electric(?:al)?\s+)?shock\s+(?:from|off)\s+(?:a|the|an)\s+(?:\w+\s+){0,3}?(?:cable|wire|socket|mains|plug|fence|line|appliance|pylon|rail)\b|\b(?:[1-9]\d{2,})\s*v(?:olts?)?\b(?=[^.;]{0,40}\b(?:shock|cable|wire|burn|mains)\b)`,
      r`\b(?:chemical|acid|alkali|bleach|caustic|lye|oven\s+cleaner|drain\s+cleaner)\s+(?:burn|splash|spill|on\s+(?:his|her|my)\s+skin)\b`,
      r`\b(?:spilled|spilt|splashed|got|poured)\s+(?:\w+\s+){0,2}?(?:acid|bleach|caustic|drain\s+cleaner|oven\s+cleaner|lye|chemicals?)\s+(?:on|over|onto)\b|\blive\s+(?:wire|cable|rail)\b|\btouched\s+(?:a|the)\s+(?:\w+\s+)?(?:wire|cable|socket|power\s+line|electric\s+fence)\b`,
      r`\b(?:electric(?:al)?\s+shock|electrocuted|electrocution|shocked\s+by\s+(?:a|the)\s+(?:socket|wire|cable|plug|fence)|high\s+voltage|struck\s+by\s+lightning|lightning\s+strike)\b|\b(?:got|had|took)\s+a\s+(?:\w+\s+)?shock\s+(?:off|from)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:cable|wire|socket|plug|fence|mains|rail|power\s+line)\b`,
      r`\b(?:splashed|sprayed|squirted|doused|soaked)\s+(?:\w+\s+){0,3}?(?:with|by|in)\s+(?:\w+\s+)?(?:acid|bleach|caustic|drain\s+cleaner|oven\s+cleaner|lye|chemicals?|ammonia|hydrofluoric)\b|\b(?:acid|bleach|caustic|drain\s+cleaner|oven\s+cleaner|lye|ammonia)\s+(?:attack|thrown)\b`,
    ],
    { timeless: true },
  ),
  define(
    'smoke_inhalation',
    [
      r`\b(?:smoke\s+inhalation|breathed\s+in\s+(?:a\s+lot\s+of\s+)?smoke|inhaled\s+(?:a\s+lot\s+of\s+)?smoke|in\s+a\s+(?:house\s+)?fire|soot\s+(?:in|around)\s+${POSSESSIVE}\s+(?:nose|mouth)|singed\s+(?:nose\s+hairs|eyebrows))\b`,
      r`\b(?:hoarse|croaky)\s+(?:voice\s+)?(?:after|since)\s+(?:the\s+)?(?:fire|smoke)\b`,
      r`\b(?:sooty|soot|singed|coughing\s+(?:up\s+)?(?:black|soot\w*|grey)|black\s+(?:phlegm|sputum|spit|mucus))\b`,
    ],
    { timeless: true },
  ),
  define(
    'heat_exposure',
    [
      // Hard work or play for hours in 32 degrees or more (NHS heatstroke).
      // The day's heat told as a reading: "it is 34 degrees today", "hit 36 outside", "35 degrees in the shade".
      r`\b(?:it\s+is|it\s+was|it\s+has\s+been|it\s+hit|reached|hitting|outside\s+it\s+is)\s+(?:about\s+|around\s+|over\s+|nearly\s+)?(?:3[2-9]|4\d)\s*(?:degrees|°\s*c?|c)?\s+(?:today|outside|in\s+the\s+shade|this\s+afternoon)\b|\b(?:3[2-9]|4\d)\s*(?:degrees|°\s*c?|c)\s+(?:today|outside|in\s+the\s+shade)\b`,
      r`\b(?:in|at|over)\s+(?:3[2-9]|4\d)\s*(?:degrees|°\s*c?|c)\b|\b(?:gardening|working|digging|walking|hiking|playing|labouring)\s+(?:\w+\s+){0,3}?(?:all\s+day|for\s+hours)\s+(?:in\s+the\s+)?(?:sun|heat)\b`,
      r`\b(?:heat\s*stroke|heat\s+exhaustion|sunstroke|overheated|overheating|heatwave|heat\s+wave|in\s+the\s+(?:sun|heat)|hot\s+(?:car|day|weather|sun)|sauna|(?:running|ran)\s+a\s+marathon|marathon|half\s+marathon|left\s+in\s+(?:a|the)\s+(?:hot\s+)?car|outside\s+all\s+day|festival|rave|ecstasy|mdma|molly|(?<!\b(?:skin|forehead|head|tummy|chest|back)\s+(?:is\s+|feels\s+|felt\s+|was\s+|is\s+still\s+)?)(?:boiling|burning|roasting)\s+(?:hot|up))\b`,
      // Hot and dry skin tells the heat has beaten the body's cooling (NHS heatstroke). The skin (or forehead) told
      // "burning hot" alone is how a parent tells a fever (NICE NG143), read by the fever rules and, as body heat,
      // beside a heat exposure told; a person told burning hot or burning up is read as before.
      r`\b(?:body|he|she|they)\s+(?:is\s+|feels\s+)?(?:burning\s+hot|red\s+hot)\b|\b(?:skin|body|he|she|they)\s+(?:is\s+|feels\s+)?(?:very\s+hot\s+and\s+dry|hot\s+and\s+dry|hot\s+to\s+touch\s+and\s+dry)\b`,
      r`\b(?:like\s+(?:an\s+oven|a\s+sauna|a\s+furnace|a\s+greenhouse)|(?:boiling|baking|sweltering|stifling|roasting|really\s+hot|very\s+hot|so\s+hot)\s+(?:flat|house|room|home|day|car|tent|attic|loft|greenhouse)|no\s+(?:air\s*con|fan|shade)|in\s+full\s+kit|route\s+march|on\s+a\s+march)\b`,
    ],
    { timeless: true },
  ),
  // The person is hot to the touch: with collapse or confusion in exertion or heat, heat stroke (NHS).
  define('body_hot', [
    r`\bhot\s+and\s+dry\s+to\s+(?:the\s+)?touch\b|\bhot\s+to\s+(?:the\s+)?touch\b|\b(?:really|very|so|extremely|burning|boiling|red)\s+hot\b(?!\s+(?:day|weather|outside|in\s+here|room|flat|house|car|drink|water|bath|shower))`,
  ]),
  define('stopped_sweating', [
    r`\b(?:stopped|not|no\s+longer|is\s+not|has\s+stopped)\s+sweating\b`,
    r`\bhot\s+(?:and\s+)?dry\s+skin\b|\bskin\s+(?:is\s+)?hot\s+and\s+dry\b`,
    // Not sweating in the heat (NHS heatstroke): "he has not sweated at all", "hot and dry to the touch".
    r`\b(?:has\s+not|have\s+not|had\s+not|did\s+not|is\s+not|was\s+not|not)\s+(?:been\s+)?(?:sweated|sweating|perspired|perspiring)\s+(?:at\s+all|all\s+(?:day|afternoon)|once|even\s+a\s+bit)\b|\bhot\s+and\s+dry\s+to\s+(?:the\s+)?touch\b|\bskin\s+(?:is\s+)?(?:bone\s+)?dry\s+and\s+(?:very\s+|really\s+|burning\s+)?hot\b`,
  ]),
  define(
    'cold_exposure',
    [
      // Cold indoors: an older person whose heating broke (NICE: hypothermia at home).
      r`\b(?:heating|boiler)\s+(?:has\s+|had\s+)?(?:broke|broken|packed\s+up|gone|failed|stopped\s+working|not\s+working|been\s+off)\b|\b(?:house|flat|home|room|bedroom|caravan)\s+(?:was|is|has\s+been)\s+(?:freezing|ice\s+cold|so\s+cold|really\s+cold|like\s+a\s+fridge)\b|\b(?:night|nights|hours)\s+out\s+in\s+the\s+(?:cold|rain|snow|frost)\b`,
      r`\b(?:hypotherm\w+|frostbite|freezing\s+cold|out\s+in\s+the\s+(?:cold|snow)|in\s+the\s+snow|all\s+night\s+(?:outside|in\s+the\s+cold)|outside\s+all\s+night|lying\s+(?:on\s+the\s+floor|outside)\s+all\s+night|fell\s+(?:in|into)\s+(?:a\s+)?(?:icy|freezing|cold)|icy\s+water|freezing\s+water|cold\s+water|very\s+cold\s+house|no\s+heating|cold\s+(?:flat|house|home|room|bedroom|caravan|tent)|on\s+the\s+(?:\w+\s+)?floor\s+(?:all\s+night|overnight|for\s+hours|since\s+(?:last\s+night|yesterday))|(?:icy|ice[- ]cold|freezing|stone[- ]cold)\s+to\s+(?:the\s+)?touch|(?:fell|fallen|slipped|swept|went)\s+(?:in|into)\s+(?:the\s+|a\s+)?(?:river|lake|sea|canal|pond|quarry|reservoir|harbour|loch|icy\s+water))\b`,
      // The night's cold told as a reading: "it is minus four", "below freezing all night".
      r`\b(?:it\s+is|it\s+was|it\s+has\s+been|it\s+got\s+down\s+to|temperature\s+(?:is|was|of))\s+(?:about\s+|around\s+)?minus\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b|\b(?:below|under)\s+(?:zero|freezing)\s+(?:all\s+night|overnight|outside|last\s+night)\b`,
      r`\b(?:body|skin|he|she|they)\s+(?:is\s+|feels\s+|was\s+)?(?:ice\s+cold|freezing\s+cold|cold\s+as\s+ice|stone\s+cold|freezing|frozen|icy)\b|\bskin\s+(?:feels\s+|is\s+)?cold\s+all\s+over\b`,
      // A night spent out of doors, told by the place (NICE: accidental hypothermia in older people): "a night on his
      // allotment", "slept rough", "spent the night in the shed"; with a lowered consciousness it is hypothermia.
      r`\b(?:a|the|all|whole)\s+night\s+(?:out\s+)?(?:on|in|at)\s+(?:his|her|their|the|a)\s+(?:allotment|garden|shed|park|bench|street|moor|moors|hills?|mountain|fells?|field|beach|porch|doorstep|garage|yard|woods)\b|\b(?:slept|sleeping|sleeps|sleep)\s+rough\b|\b(?:spent|stayed|slept|lay|lying)\s+(?:\w+\s+)?(?:night|nights)\s+(?:outside|outdoors|out\s+there|in\s+the\s+(?:shed|garden|park|street|snow|rain))\b|\bfell\s+asleep\s+(?:out\s+there|outside|outdoors|in\s+the\s+(?:shed|garden|park|snow))\b`,
    ],
    {
      timeless: true,
      ordinaryWhen:
        /\b(?:burn\w*|scald\w*|(?:held|hold|holding|ran|run|running|cool\w*|put)\s+(?:it\s+|them\s+)?(?:under\s+)?(?:the\s+)?(?:cold|cool)\s+(?:running\s+)?(?:water|tap))\b/,
    },
  ),
  // Shivering that has stopped in the cold (NICE CKS, RLSS). A bare "not shivering" is how a feverish adult tells
  // what is well ("eating, not shivering, thinking clearly"): it is one only told as ended ("not shivering any more")
  // or beside the cold in its sentence ("icy cold, not shivering, barely talking").
  define('shivering_stopped', [
    r`\b(?:stopped|no\s+longer)\s+shivering\b|\bnot\s+shivering\s+(?:any\s*more|now|any\s+longer)\b|\bshivering\s+(?:has\s+)?stopped\b`,
    r`(?<=\b(?:icy|freezing|frozen|cold|chilled|hypotherm\w*)\b[^.;]{0,60})\bnot\s+shivering\b|\bnot\s+shivering\b(?=[^.;]{0,60}\b(?:icy|freezing|frozen|cold|chilled|hypotherm\w*)\b)`,
  ]),
  define(
    'drowning',
    [
      // A submersion told by its rescue: 'face down in the paddling pool', 'pulled him out after a minute'.
      r`\bface\s+down\s+in\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:pool|water|bath|pond|river|lake|sea|puddle)\b|\b(?:fell|slipped|went|was)\s+(?:in|into|under)\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:pool|water|bath|pond|river|lake|sea|canal)\b(?!\s+${A_MOMENT})[^.;]{0,60}\b(?:pulled|dragged|fished|lifted|got)\s+(?:him|her|them)\s+out\b`,
      // "Dry" or "secondary" drowning is the lay name of a feared complication, not a submersion: it is read as a
      // brief one, which counts with the signs that follow (Resuscitation Council UK).
      r`(?<!\b(?:dry|secondary|delayed|silent)\s+)\b(?:drown\w*|near[- ]drown\w*|nearly\s+drowned|almost\s+drowned)\b(?!\s+(?:myself|himself|herself|in\s+(?:work|paperwork|debt|emails)))`,
      r`\b(?:(?:pulled|dragged|fished|rescued|recovered)\s+(?:him|her|them|my\s+\w+|the\s+\w+)?|got\s+(?:him|her|them|my\s+\w+|the\s+\w+))\s*(?:out\s+of|from)\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:water|quarry|pool|sea|river|lake|bath|pond|canal|hot\s+tub)\b`,
      r`\b(?:found|was|went|face\s+down|under|underwater|went\s+under)\s+(?:\w+\s+){0,2}?(?:face\s+down\s+in|under\s+the|underwater\s+in|at\s+the\s+bottom\s+of)\s+(?:the\s+)?(?:water|pool|bath|sea|pond)\b`,
      r`\b(?:went|was|been|slipped|sank|sunk|fell|gone|ducked|dunked|pushed|held|stayed|got\s+dragged|dragged|pulled|sucked|swept)\s+under\s+(?:the\s+)?(?:bath\s+|pool\s+|sea\s+|river\s+|lake\s+|pond\s+|canal\s+)?(?:water|waves?)\b(?!\s+(?:for\s+\d+\s+min|tap|${A_MOMENT}))|\bunderwater\s+for\b|\bsubmer(?:sion|ged)\b`,
      r`\b(?:dragged|pulled|sucked|swept)\s+(?:\w+\s+)?under\b|\brip\s+(?:current|tide)\b|\b(?:lifeguard|coastguard)\s+(?:\w+\s+)?(?:pulled|dragged|got|rescued|brought)\b|\bfloating\s+face\s+down\b`,
      // Water breathed in is a submersion's; water swallowed is one only with the signs that follow (brief_submersion).
      r`\b(?:inhaled|breathed\s+in)\s+(?:a\s+lot\s+of\s+)?(?:pool\s+|sea\s+|bath\s+)?water\b`,
      r`\b(?:fell|fallen|slipped|was\s+swept|got\s+swept)\s+(?:in|into)\s+(?:the\s+|a\s+)?(?:river|lake|sea|canal|pond|pool|swimming\s+pool|quarry|reservoir|harbour|loch|water)\b|\bfound\s+(?:\w+\s+){0,2}?floating\b|\bfloating\s+(?:face\s+down|in\s+the)\b`,
    ],
    { timeless: true },
  ),
  // A short spell under the surface, told without the word "water" ("slipped under in the hotel pool", "went
  // under in the bath", "lifted her out spluttering"), or water swallowed with a cough on coming up (Resuscitation
  // Council UK: no drowning when breathing is normal since): often nothing, so it counts only with signs that follow.
  define(
    'brief_submersion',
    [
      r`\b(?:went|slipped|sank|sunk|gone|ducked|dunked|disappeared|bobbed|dipped)\s+under\s+(?:the\s+surface\s+)?(?:in|at|off|near)\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:pool|bath|sea|river|lake|pond|canal|shallow\s+end|deep\s+end|paddling\s+pool|hot\s+tub|quarry)\b|\b(?:slipped|went|sank|ducked|dipped)\s+under\s+the\s+surface\b|\b(?:dunked|knocked\s+(?:over|down)|tumbled|rolled|dragged)\s+(?:\w+\s+)?by\s+(?:a|the)\s+(?:big\s+)?waves?\b|\bswallowed\s+(?:(?:loads|lots|a\s+lot|a\s+load|some|a\s+bit|a\s+little|a\s+mouthful|mouthfuls)\s+(?:of\s+)?)?(?:the\s+)?(?:sea\s*|pool\s+|bath\s+|river\s+|lake\s+)?water\b|\b(?:went|slipped|ducked|dipped)\s+under\b[^.;]{0,40}\b(?:swimming|lesson|pool|bath|sea|waves?)\b`,
      // A moment under the water ("slipped under the water for a second or two"), and the feared name of what may
      // follow it ("worried about dry drowning").
      r`\bunder\s+(?:the\s+)?(?:bath\s+|pool\s+|sea\s+)?water\s+${A_MOMENT}|\b(?:dry|secondary|delayed|silent)\s+drowning\b`,
      r`\b(?:lifted|scooped|hauled|yanked|grabbed|pulled)\s+(?:him|her|them)\s+(?:straight\s+)?out\b[^.;]{0,40}\b(?:splutter\w*|cough\w*|choking|gasping|not\s+breathing|blue|limp)\b`,
    ],
    { timeless: true },
  ),
  define('cough_or_breathing_after_water', [
    r`\b(?:cough\w*|wheez\w*|breathless|short\s+of\s+breath|breathing\s+(?:fast|funny|hard)|vomit\w*|sleepy|drowsy|not\s+(?:himself|herself))\b`,
  ]),
  // Resuscitation Council UK: after a submersion, a cough that goes on, fast or hard breathing, chest pain or
  // drowsiness needs hospital now ("two hours later she is still coughing, breathing faster than normal and
  // unusually tired"). The splutter on coming up is not one of them.
  define('signs_after_submersion', [
    r`\b(?:still|keeps?|kept|keeps\s+on|has\s+not\s+stopped|not\s+stopped)\s+(?:\w+\s+)?(?:coughing|spluttering|wheezing|being\s+sick|vomiting)\b|\bcoughing\s+(?:a\s+lot|lots|loads|constantly|non[- ]?stop|and\s+coughing)\b`,
    r`\bbreathing\s+(?:\w+\s+)?(?:fast|faster|quicker|rapid\w*|quickly|heavily|hard|noisily)\b|\b(?:rapid|fast|quick|noisy|laboured|labored)\s+breathing\b`,
    r`\b(?:unusually|very|really|so|abnormally|extremely)\s+(?:tired|sleepy|drowsy|lethargic|floppy)\b|\bdrowsy\b|\bchest\s+(?:hurts|is\s+(?:sore|tight|hurting))\b`,
  ]),
];
