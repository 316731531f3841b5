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

export const ENVIRONMENTAL_SIGNALS: readonly SignalDefinition[] = [
  define('burn', [
    r`\b${BURNT}\b(?!\s+(?:out|the\s+(?:toast|food|dinner|candle)|calories|fat|money|bridges))`,
    r`\b(?:boiling|hot)\s+(?:water|oil|kettle|tea|coffee|soup|fat)\s+(?:\w+\s+){0,4}?(?:on|over|down)\b`,
    r`\b(?:caught|set)\s+(?:on\s+)?fire\b|\bon\s+fire\b`,
  ], { timeless: true, ordinaryWhen: /\b(?:heartburn|sunburn|razor\s+burn|burning\s+(?:when|pee|urine|sensation\s+when)|carpet\s+burn|burnout|burnt\s+out)\b/ }),
  // What makes a burn an A&E burn (NHS): bigger than the person's hand, deep, white or charred.
  define('burn_large_or_deep', [
    r`\b(?:large|big|huge|massive|deep|full[- ]thickness|charred|leathery|blackened|waxy|painless)\s+(?:\w+\s+)?(?:burn|burns|scald|area|patch|wound|blisters?)\b|\b(?:across|over|on)\s+both\s+(?:thighs|legs|arms|hands|feet)\b`,
    r`\b(?:bigger|larger)\s+than\s+(?:\w+\s+){0,2}?(?:hand|palm)\b`,
    r`\b(?:skin\s+(?:is\s+|is\s+going\s+|going\s+|has\s+gone\s+|looks\s+|went\s+)?(?:white|charred|black|leathery|waxy)|whole\s+(?:arm|leg|chest|back|front|side|hand)|all\s+(?:down|over)\s+(?:his|her|my|their))\b`,
  ], { timeless: true }),
  // ...or that blisters on the face, hands, arms, feet, legs or genitals.
  define('burn_blisters', [r`\b(?:blisters?|blistering|blistered|skin\s+(?:came|coming|peeling|peeled|hanging)\s+off|raw\s+skin)\b`], { timeless: true }),
  define('burn_site', [r`\b(?:face|eyes?|mouth|lips|throat|neck|hands?|fingers|palms?|arms?|feet|foot|legs?|genitals|groin|privates|joints?)\b`], { timeless: true }),
  define('chemical_or_electrical_burn', [
    r`\b(?:chemical|acid|alkali|bleach|caustic|lye|oven\s+cleaner|drain\s+cleaner)\s+(?:burn|splash|spill|on\s+(?:his|her|my)\s+skin)\b`,
    r`\b(?:spilled|spilt|splashed|got|poured)\s+(?:\w+\s+){0,2}?(?:acid|bleach|caustic|drain\s+cleaner|oven\s+cleaner|lye|chemicals?)\s+(?:on|over|onto)\b|\blive\s+(?:wire|cable|rail)\b|\btouched\s+(?:a|the)\s+(?:\w+\s+)?(?:wire|cable|socket|power\s+line|electric\s+fence)\b`,
    r`\b(?:electric(?:al)?\s+shock|electrocuted|electrocution|shocked\s+by\s+(?:a|the)\s+(?:socket|wire|cable|plug|fence)|high\s+voltage|struck\s+by\s+lightning|lightning\s+strike)\b`,
  ]),
  define('smoke_inhalation', [
    r`\b(?:smoke\s+inhalation|breathed\s+in\s+(?:a\s+lot\s+of\s+)?smoke|inhaled\s+(?:a\s+lot\s+of\s+)?smoke|in\s+a\s+(?:house\s+)?fire|soot\s+(?:in|around)\s+${POSSESSIVE}\s+(?:nose|mouth)|singed\s+(?:nose\s+hairs|eyebrows))\b`,
    r`\b(?:hoarse|croaky)\s+(?:voice\s+)?(?:after|since)\s+(?:the\s+)?(?:fire|smoke)\b`,
  ]),
  define('heat_exposure', [
    r`\b(?:heat\s*stroke|heat\s+exhaustion|sunstroke|overheated|overheating|heatwave|heat\s+wave|in\s+the\s+(?:sun|heat)|hot\s+(?:car|day|weather|sun)|sauna|(?:running|ran)\s+a\s+marathon|left\s+in\s+(?:a|the)\s+(?:hot\s+)?car|outside\s+all\s+day|festival|rave|ecstasy|mdma|molly|(?:boiling|burning|roasting)\s+(?:hot|up))\b`,
    r`\b(?:skin|body|he|she|they)\s+(?:is\s+|feels\s+)?(?:burning\s+hot|red\s+hot|very\s+hot\s+and\s+dry|hot\s+and\s+dry|hot\s+to\s+touch\s+and\s+dry)\b`,
  ], { timeless: true }),
  define('stopped_sweating', [r`\b(?:stopped|not|no\s+longer|is\s+not|has\s+stopped)\s+sweating\b`, r`\bhot\s+(?:and\s+)?dry\s+skin\b|\bskin\s+(?:is\s+)?hot\s+and\s+dry\b`]),
  define('cold_exposure', [
    r`\b(?:hypotherm\w+|frostbite|freezing\s+cold|out\s+in\s+the\s+(?:cold|snow)|in\s+the\s+snow|all\s+night\s+(?:outside|in\s+the\s+cold)|outside\s+all\s+night|lying\s+(?:on\s+the\s+floor|outside)\s+all\s+night|fell\s+(?:in|into)\s+(?:a\s+)?(?:icy|freezing|cold)|icy\s+water|freezing\s+water|cold\s+water|very\s+cold\s+house|no\s+heating)\b`,
    r`\b(?:body|skin|he|she|they)\s+(?:is\s+|feels\s+)?(?:ice\s+cold|freezing\s+cold|cold\s+as\s+ice|stone\s+cold)\b`,
  ], { timeless: true }),
  define('shivering_stopped', [r`\b(?:stopped|no\s+longer|not)\s+shivering\b|\bshivering\s+(?:has\s+)?stopped\b`]),
  define('drowning', [
    r`\b(?:drown\w*|near[- ]drown\w*|nearly\s+drowned|almost\s+drowned)\b(?!\s+(?:myself|himself|herself|in\s+(?:work|paperwork|debt|emails)))`,
    r`\b(?:pulled|dragged|fished|rescued|got|recovered)\s+(?:him|her|them|my\s+\w+|the\s+\w+)?\s*(?:out\s+of|from)\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:water|quarry|pool|sea|river|lake|bath|pond|canal|hot\s+tub)\b`,
    r`\b(?:found|was|went|face\s+down|under|underwater|went\s+under)\s+(?:\w+\s+){0,2}?(?:face\s+down\s+in|under\s+the|underwater\s+in|at\s+the\s+bottom\s+of)\s+(?:the\s+)?(?:water|pool|bath|sea|pond)\b`,
    r`\b(?:went|was|been)\s+under\s+(?:the\s+)?water\b|\bunderwater\s+for\b|\bsubmer(?:sion|ged)\b`,
    r`\b(?:swallowed|inhaled|breathed\s+in)\s+(?:a\s+lot\s+of\s+)?(?:pool\s+|sea\s+|bath\s+)?water\b`,
  ], { timeless: true }),
  define('cough_or_breathing_after_water', [r`\b(?:cough\w*|wheez\w*|breathless|short\s+of\s+breath|breathing\s+(?:fast|funny|hard)|vomit\w*|sleepy|drowsy|not\s+(?:himself|herself))\b`]),
];
