/** Severe bleeding, wounds, and loss of consciousness. */

import { type SignalDefinition, define, CANNOT, r } from './signal-definition.js';
import { ANY_PERSON, NOT_A_WISH, ORDINARY_STARING, PERSON_OBJECT, THIRD_PERSON } from '../triage-vocabulary.js';
import { EXERTION, NO_WARNING_OR_EXERTION } from '../urgent-after-resolution.js';
import { BLEEDING_SETTLING_AFTER_A_BIRTH } from './bleeding-settling-after-a-birth.js';
import { OOZE_AFTER_A_TOOTH_OUT } from './ooze-after-a-tooth-out.js';

/**
 * The effort at the moment of a collapse, told by the exertion or by where it is done: "on the bike", "on the pitch",
 * "in spin class" (NICE CG109 1.1.3.1: a collapse during exertion is an emergency however well the person is after).
 */
const AT_THE_EFFORT = new RegExp(
  String.raw`${EXERTION.source}|\b(?:on\s+the\s+(?:bike|exercise\s+bike|treadmill|cross[- ]trainer|rowing\s+machine|erg|pitch|court|track|running\s+track)|(?:in|during|at)\s+(?:a\s+|the\s+|my\s+|his\s+|her\s+|their\s+)?(?:spin|aerobics|zumba|hiit|bootcamp|circuits|boxing|pe)\s+(?:class|session|lesson))\b`,
);

const BLEEDING = [
  define('severe_bleeding', [
    // Arterial bleeding told by its look: jets in time with the heartbeat, a towel drenched at once.
    r`\b(?:squirting|spurting|pumping|pulsing|gushing|jetting)\s+(?:out\s+)?(?:in\s+jets|with\s+(?:each|every|my|his|her|the)\s+(?:heart\s*beat|pulse|beat)|everywhere)\b|\bin\s+jets\b|\b(?:tea\s+towel|towel|t-?shirt|bandage|dressing|jumper|cloth)s?\s+(?:is\s+|are\s+|was\s+)?(?:already\s+)?(?:drenched|sodden|soaked\s+through|dripping)\b`,
    r`\bbleeding\s+(?:very\s+|really\s+|so\s+)?(?:heavily|a\s+lot|badly|profusely|nonstop|non-stop|uncontrollably|everywhere|like\s+crazy|like\s+mad|loads|lots|a\s+ton|so\s+much|too\s+much|really\s+bad|through|all\s+over)\b`,
    r`\b(?:heavy|severe|uncontrolled|uncontrollable|massive|profuse|serious|excessive|major|lots\s+of|a\s+lot\s+of|so\s+much|too\s+much)\s+(?:bleeding|blood\s+loss|blood)\b(?!\s+(?:pressure|sugar|tests?|work|counts?|glucose|type|results?|levels?|draws?|donation|thinners?|vessels?))`,
    r`\b(?:will\s+not|does\s+not|cannot|is\s+not\s+going\s+to|would\s+not|did\s+not|has\s+not)\s+stop(?:ped)?\s+(?:the\s+)?bleeding\b`,
    r`\b(?:bleeding|bleed|nosebleed|nose\s+bleed|blood|cut|wound|gash)\s+(?:that\s+|which\s+|and\s+it\s+|and\s+)?(?:still\s+)?(?:will\s+not|does\s+not|is\s+not\s+going\s+to|would\s+not|has\s+not|cannot\s+be)\s+(?:stop|stopped|stopping|slow|slowing|controlled)\b`,
    r`\bblood\s+(?:is\s+|keeps\s+)?(?:everywhere|gushing|spurting|pouring|pumping|squirting|soaking)\b`,
    r`\b(?:gushing|spurting|pouring|squirting|pumping)\s+(?:out\s+)?blood\b`,
    r`\bsoaked\s+(?:through\s+)?(?:with|in)\s+blood\b`,
    r`\b(?:soaked|soaking|bled)\s+through\s+(?:\w+\s+){0,3}(?:towels?|bandages?|pads?|cloths?|shirt|gauze|dressing|tissues|kitchen\s+roll)\b`,
    r`\b(?:lost|losing|lose)\s+(?:a\s+lot\s+of|lots\s+of|so\s+much|too\s+much)\s+blood\b`,
    r`\b(?:vomiting|throwing\s+up|threw\s+up|vomited|coughing(?:\s+up)?|coughed(?:\s+up)?|spitting(?:\s+(?:up|out))?|spat\s+out|puking)\s+(?:up\s+)?(?:a\s+lot\s+of\s+|lots\s+of\s+|bright\s+red\s+|fresh\s+(?:red\s+)?|red\s+)?blood\b`,
    // Heavy vaginal bleeding by pad count: soaking a pad an hour or faster (NHS, RCOG).
    r`\b(?:soak\w*|fill\w*|chang\w*|going\s+through|went\s+through|bleeding\s+through|bled\s+through)\s+(?:through\s+)?(?:a|one|\d+|two|three|four|several)?\s*(?:\w+\s+)?(?:pads?|sanitary\s+towels?|tampons?|maternity\s+pads?)\s+(?:an|every|per|each|in\s+(?:an|one|half\s+an))\s+(?:hour|half\s+hour|(?:[1-5]?\d)\s+(?:minutes|mins?))\b`,
    // The same told as a count over hours, as many pads as hours or more: "soaked 6 pads in 2 hours".
    r`\b(?:soak\w*|fill\w*|chang\w*|going\s+through|went\s+through|gone\s+through|bled\s+through|used)\s+(?:through\s+)?(?:(?:[2-9]|\d{2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:\w+\s+)?(?:pads?|sanitary\s+towels?|tampons?)\s+in\s+(?:the\s+(?:last|past)\s+)?(?:2|two)|(?:[3-9]|\d{2}|three|four|five|six|seven|eight|nine|ten)\s+(?:\w+\s+)?(?:pads?|sanitary\s+towels?|tampons?)\s+in\s+(?:the\s+(?:last|past)\s+)?(?:3|three)|(?:[4-9]|\d{2}|four|five|six|seven|eight|nine|ten)\s+(?:\w+\s+)?(?:pads?|sanitary\s+towels?|tampons?)\s+in\s+(?:the\s+(?:last|past)\s+)?(?:4|four))\s+hours\b`,
    r`\bblood\s+in\s+(?:my|his|her|their)\s+vomit\b`,
    r`\b(?:cut|slashed|sliced|severed)\s+(?:an?\s+|the\s+)?artery\b|\b(?:brisk|pulsatile|pulsing|arterial|spurting|torrential|catastrophic)\s+(?:\w+\s+)?(?:bleed\w*|haemorrhage|hemorrhage|blood\s+loss)\b`,
    r`\b(?:still|keeps?)\s+(?:pouring|gushing|spurting|streaming)\b`,
    r`\bpouring\s+(?:with\s+)?blood\b|\bblood\s+(?:is\s+)?pooling\b|\bpool(?:s|ing)?\s+of\s+blood\b`,
    // Blood brought up told by its amount: "a cupful of bright red blood", "half a mug of blood".
    r`\b(?:vomit\w*|threw\s+up|throwing\s+up|thrown\s+up|coughed\s+up|coughing\s+up|coughs\s+up|brought\s+up|bringing\s+up|spat\s+(?:out|up)|spitting\s+(?:out|up)|puked?|puking|sick(?:\s+up)?)\s+(?:up\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|like\s+|at\s+least\s+|over\s+)?(?:half\s+)?(?:a|an|one|two|three|some|several|lots\s+of|loads\s+of)?\s*(?:\w+\s+)?(?:cups?|cupfuls?|mugs?|mugfuls?|glass|glassfuls?|bowls?|bowlfuls?|tablespoons?|spoonfuls?|mouthfuls?|handfuls?|pints?|litres?|liters?|lots|loads|clots)\s+(?:of\s+)?(?:bright\s+red\s+|fresh\s+|dark\s+|red\s+)?(?:blood|clots)\b`,
    // A wound told with blood pouring: "a flap of skin hanging off his shin ... it's pouring".
    r`\b(?:flap|gash|wound|cut|laceration|stump)\b[^.;]{0,60}\b(?:pouring|gushing|pumping|spurting|won't\s+stop)\b`,
  ]),
  // Bleeding that goes on despite pressure: beyond ~20 minutes it needs A&E (NHS 111), sooner on anticoagulants.
  define(
    'prolonged_bleeding',
    [
      r`\b(?:bleeding|bled|bleed|nosebleed|nose\s+bleed|pouring|oozing)\b[^.;]{0,40}\b(?:for\s+|over\s+|more\s+than\s+|nearly\s+|almost\s+)+(?:an?\s+|\d+\s+|half\s+an\s+|over\s+an?\s+)?(?:hour|hours|hrs?|(?:[2-9]\d|1[5-9])\s*(?:min|mins|minutes))\b`,
      r`\b(?:despite|even\s+with|after)\s+(?:\w+\s+){0,2}?(?:pressure|pinching|pressing)\b[^.;]{0,30}\b(?:still|keeps|continu\w+|not\s+stop\w*)\b|\bbled\s+continuously\b|\bdespite\s+pressure\b`,
      r`\b(?:will\s+not|does\s+not|cannot|is\s+not|has\s+not|would\s+not|not)\s+stop(?:ping|ped)?\b|\b(?:keeps|kept|still)\s+(?:coming|bleeding|oozing|pouring|dripping)\b(?!\s+(?:back|and\s+going|on\s+and\s+off))`,
      // The time it was pressed may stand between: "despite 15 minutes of direct pressure" (review V25, 12:00).
      r`\b(?:despite|even\s+with|through)\s+(?:(?:\d{1,2}|ten|fifteen|twenty)\s+(?:min|mins|minutes)\s+of\s+)?(?:a\s+|the\s+|firm\s+|direct\s+)?(?:pressure(?:\s+dressing)?|dressing|bandage|tourniquet|packing)\b`,
      // A case note's "pressure applied 20 min without settling" (NHS: over 10-15 minutes of pressure, A&E).
      r`\bpressure\s+(?:applied\s+|held\s+)?(?:for\s+)?(?:over\s+|more\s+than\s+)?(?:1[5-9]|[2-9]\d)\s*(?:min|mins|minutes)\s+(?:without\s+(?:settling|stopping|success)|and\s+(?:still|not)\b)`,
    ],
    // Lochia or bleeding after a miscarriage that is settling, or a socket oozing after a tooth is out: "still
    // bleeding a bit" is the normal course of each.
    { ordinaryWhen: new RegExp(`${BLEEDING_SETTLING_AFTER_A_BIRTH.source}|${OOZE_AFTER_A_TOOTH_OUT.source}`) },
  ),
  // Arterial bleeding told by its rhythm: "blood is coming out in spurts", "bright red coming in pulses" (MTS
  // haemorrhage: pulsatile bleeding). The rhythm alone is no discriminator (a venepuncture, a nosebleed that
  // stopped, a first-aid lesson tell it too; review V10, 13:28): it counts beside a wound told (wound_told).
  define('bleeding_rhythm', [
    r`(?<!\b(?:period|menstrual)\s)\b(?:blood|bleeding|bright\s+red)\s+(?:is\s+|was\s+|keeps\s+|still\s+|just\s+)*(?:coming|comes?|came|pumping|pumps|gushing|squirting|spurting|shooting|spraying)\s+(?:out\s+)?in\s+(?:little\s+|big\s+|short\s+)?(?:spurts?|pulses?|jets?|squirts?)\b`,
    // The jet told of the wound itself, or timed to the heart: "it's spraying out in little spurts", "started spurting
    // again every time my heart beats" (MTS: pulsatile bleeding; a bleed that had stopped and jets again is one too).
    // A throb or a pulse in time with the heart is pain, not blood, so only a jet's verbs count.
    r`\b(?:spurt\w*|squirt\w*|spray\w*|pumping|pumps|jetting|gush\w*)\s+(?:out\s+)?(?:again\s+)?(?:in\s+(?:little\s+|big\s+|short\s+)?(?:spurts|jets|squirts)|(?:in\s+time\s+with|with\s+(?:each|every))\s+(?:(?:my|his|her|their|the|a)\s+)?(?:heart\s*beats?|pulse|beats?)|every\s+time\s+(?:my|his|her|their|the)\s+heart\s+beats)\b`,
  ]),
  // A wound told by how it was made or by its name: a cut, a blade, broken glass.
  define('wound_told', [
    r`\b(?:cut|cuts|sliced|slashed|gashed|stabbed|glassed|severed|lacerat\w*|lac|gash|wound|machete|knife|blade|chainsaw|strimmer|grinder|mandolin|axe|hatchet|billhook|sickle|scythe|razor|scalpel|box\s+cutter|stanley\s+knife|broken\s+(?:glass|window|jar|bottle|mirror|plate)|glass\s+(?:bottle|door|pane|panel)|window\s+pane)\b`,
  ]),
  define('bleeding_any', [
    r`\bmouthfuls?\s+of\s+(?:bright\s+)?(?:red|blood)\b|\b(?:jelly|liver)[- ]?(?:like\s+)?(?:lumps|clots|blobs)\b|\bbright\s+red\s+(?:keeps?\s+)?(?:coming|pouring|running)\b`,
    // Blood taken for a test is a procedure, not a bleed: "I faint every time I have blood taken".
    // "Cut down", "cut back", "cut out" a habit is no wound: "wants to cut down on the wine" tells no bleed.
    r`(?<!\b(?:giving|give|gave|donate|donating|donated|taking|took|had|see|sees|seeing|saw|seen|sight\s+of|look\s+at|looking\s+at|thought\s+of)\s)\b(?:bleeding|bleed|bled|blood(?!\s+(?:(?:being\s+)?(?:taken|drawn)|draws?|samples?|work)\b)|nosebleed|cut(?!\s+(?:(?:it|them|this|that|things|right|way|right\s+way)\s+)?(?:down|back|out)\b)|laceration|gash|wound)\b(?!\s+(?:pressure|sugars?|tests?|glucose|thinners?|count|results?|levels?|type|donation))`,
  ]),
  define(
    'penetrating_wound',
    [
      r`\b(?:was|were|been|got|has\s+been|have\s+been|i\s+am|is|just)\s+(?:been\s+)?(?:stabbed|shot)\b(?!\s+(?:with|by)\s+(?:a\s+)?(?:nerf|water|paintball|bb|toy))`,
      r`\b(?:gunshot|gun\s+shot|stab)\s+wound\b|\bimpaled\b`,
      // A stab by one's own hand is a penetrating wound all the same: "he stabbed himself with a knife" (a fork or a
      // pin in a finger is a prick, not a stab wound).
      r`\bstabbed\s+(?:him|her|my|them|your)sel(?:f|ves)\b(?![^.;]{0,40}\b(?:fork|pin|needle|pencil|toothpick|finger\s*tip|splinter)\b)`,
      // Told without a subject: "stabbed in the leg", "been shot through the arm".
      r`^(?:just\s+|been\s+|got\s+)?(?:stabbed|shot)\b|\b(?:stabbed|shot)\s+(?:in|through|into)\s+(?:the|my|his|her|their)\s+(?:\w+\s+)?(?:thigh|leg|chest|belly|stomach|tummy|abdomen|arm|neck|hand|foot|back|side|groin|shoulder|head|face|buttock)\b`,
      r`\b(?:stuck|gone|went|is|it\s+is|sticking|right)\s+(?:right\s+)?(?:through|into)\s+(?:his|her|my|their)\s+(?:thigh|leg|chest|belly|stomach|tummy|abdomen|arm|neck|hand|foot|back|side)\b`,
    ],
    { timeless: true },
  ),
];

/**
 * A defibrillator or CPR named as a thing owned, bought or kept somewhere, or as a skill practised or asked about in the
 * conditional ("we've got a defibrillator by the front desk", "the committee may buy a portable defib", "how often should
 * staff practise CPR", "would I start CPR straight away"), in a sentence that tells it used on no one: nothing now, no
 * pads on or shock given, no compressions done or started, nothing used, put or attached on anyone ("we've got the defib
 * on him", "they are doing CPR now", "the staff have got a defib and are using it on a man by the pool" stay read: review
 * V35, 17:52), no rescue under way (reviving, fetching or running for it, an ambulance, "quick", "help us"), and no
 * implanted defibrillator, whose shocks are a finding of their own ("I have an implanted defibrillator and it has gone off
 * three times today"). The Resuscitation Council UK tells cardiac arrest by a person unresponsive and not breathing
 * normally, which their own signals read wherever they are told.
 */
const CPR_NAMED_AS_A_THING = String.raw`^(?![^]*\b(?:now|right\s+now|currently|doing|started|starting|giving|gave|did|done|pads?|shock\w*|on\s+(?:him|her|them|someone|somebody|anyone|anybody|my|his|their|(?:a|an|the|this|that)\s+(?:man|woman|person|patient|baby|child|kid|lad|guy|girl|boy|casualty|player|customer|colleague|member|resident|runner|swimmer|driver|passenger))|us(?:e|es|ed|ing)|put(?:s|ting)?\s+(?:it|them|the\s+(?:pads|defib\w*|aed|machine))|apply\w*|applied|attach\w*|stuck|placed|hook\w*|connect\w*|still|been|today|tonight|reviv\w*|resuscitat\w*|trying|saving|grab\w*|fetch\w*|bring\w*|brought|ran|running|quick\w*|hurry|help\s+(?:him|her|them|us|me|a|the|my|his)|emergency|999|911|112|ambulance|paramedics?|implant\w*|internal|icd|fitted|(?:gone|went|goes|going)\s+off|fired|firing|kicked\s+in)\b)(?=[^]*(?:\b(?:we|i|they|you|the\s+\w+|our\s+\w+|it)\s+(?:have|has|had|got|keeps?|keep|owns?)\s+(?:got\s+)?(?:an?|the|our|its|their|one)\s+(?:[\w-]+\s+){0,2}?(?:defib\w*|aed)\b|\b(?:buy|buying|bought|purchas\w*|install\w*|fundrais\w*|donat\w*|order\w*|get)\s+(?:an?\s+|the\s+|our\s+|one\s+|our\s+own\s+)?(?:[\w-]+\s+){0,2}?(?:defib\w*|aed)\b|\b(?:defib\w*|aed)\s+(?:is\s+|are\s+)?(?:on\s+the\s+wall|by\s+the|next\s+to|in\s+the\s+(?:foyer|office|reception|canteen|hall|lobby|corridor|clubhouse|staff\s*room))|\b(?:practis\w*|practic\w*)\s+(?:\w+\s+){0,2}?cpr\b|\bwould\s+(?:i|we|you|they)\s+(?:\w+\s+)?(?:start|do|give|use)\s+(?:cpr|compressions|(?:the|a|their)\s+(?:defib\w*|aed))\b))`;

const CONSCIOUSNESS = [
  define('unresponsive', [
    // Shaken and shouted at with no reaction; 'won't rouse' (AVPU: unresponsive).
    r`\b(?:shook|shaken|shaking|shouted\s+at|shouting\s+at|shouted\s+(?:his|her)\s+name|pinched|rubbed\s+(?:his|her)\s+(?:chest|sternum))\b[^.;]{0,50}\b(?:nothing|no\s+reaction|zero\s+(?:reaction|response)|not\s+a\s+flicker|(?:does|did)\s+not\s+(?:react|stir|flinch|wake))\b|\b(?:zero|absolutely\s+no)\s+(?:reaction|response)\b|\b(?:will\s+not|would\s+not|cannot|could\s+not|can\s+not)\s+(?:be\s+)?(?:rouse|roused|rouse\s+(?:him|her|them))\b|\bunrous(?:e)?able\b|\b(?:will\s+not|would\s+not|cannot|could\s+not|can\s+not|unable\s+to)\s+be\s+(?:woken|wakened|awakened|woke|stirred)\b`,
    r`\b(?:unresponsive|unconscious|not\s+conscious|lost\s+consciousness|losing\s+consciousness|keeps\s+losing\s+consciousness)\b(?!\s+(?:bias|mind|thoughts?|level|desires?|habits?))`,
    r`${THIRD_PERSON}\s+(?:[\w-]+\s+){0,4}?(?:is\s+|are\s+|has\s+been\s+)?(?:not|no\s+longer)\s+(?:responding|responsive|reacting|moving|rousable)\b(?!\s+(?:his|her|their|the|its|my|a|an)\b)`,
    r`\bnot\s+(?:responding|reacting)\s+to\s+(?:me|us|anything|anyone|voice|touch|pain|(?:his|her|their)\s+name|my\s+voice|shaking)\b`,
    // A note's AVPU in words, past voice to pain: "not rousable to voice or sternal rub", "no response to a sternal
    // rub" (MTS: unresponsive). Voice alone is left to the readings above: a heavy sleeper is not rousable to voice.
    r`\bnot\s+(?:rousable|rouseable)\s+to\s+(?:voice\s+(?:or|and|nor)\s+)?(?:pain|(?:a\s+)?sternal\s+rub|(?:painful\s+)?stimul\w*)\b|\b(?:not\s+(?:responsive|responding|reacting)|no\s+(?:response|reaction))\s+to\s+(?:a\s+)?sternal\s+rub\b`,
    // Not waking for an alarm or the school run is a heavy sleeper: "I literally can't wake him for his alarm".
    r`\b(?:${CANNOT}|will\s+not)\s+(?:wake|rouse)\s+${PERSON_OBJECT}\b(?!\s+(?:up\s+)?(?:in\s+time\s+)?for\s+(?:his|her|their|my|the)\s+(?:alarm|work|shift|school|lectures?|class|bus|train))`,
    r`\b${CANNOT}\s+get\s+${PERSON_OBJECT}\s+to\s+(?:wake|respond|open)\b`,
    // "No way to wake him", "impossible to rouse her": not woken at all, unlike a teenager not up before noon or for
    // school. A groan, a moan or a grunt only to a pinch, a squeeze or a rub of the breastbone is a response to pain
    // alone (AVPU "P"), however the rest of the message tells what the person still does; a grunt when shaken is not.
    r`\b(?:no\s+way\s+(?:to|of)|impossible\s+to)\s+(?:wake|waking|rouse|rousing)\s+${PERSON_OBJECT}\b(?![^.;]{0,40}\b(?:before|for\s+(?:his|her|their|my|the|school|work|college)|in\s+the\s+mornings?|at\s+(?:the\s+)?weekends?|alarms?)\b)`,
    r`\b(?:only|just)\s+(?:groans?|groaning|moans?|moaning|grunts?|grunting)\s+(?:\w+\s+)?(?:when|if|as)\s+(?:i|we|you|they|someone|the\s+\w+)\s+(?:\w+\s+)?(?:pinch\w*|rub\w*\s+(?:his|her|their)\s+(?:chest|sternum|breastbone)|squeez\w*|press\w*\s+(?:on\s+)?(?:his|her|their)\s+(?:nail|fingernail|finger))\b|\b(?:groans?|groaning|moans?|moaning|grunts?|grunting)\s+(?:only\s+)?to\s+(?:a\s+)?(?:pinch|pain|sternal\s+rub|painful\s+stimul\w*)\b`,
    r`${THIRD_PERSON}\s+(?:[\w-]+\s+){0,4}?${NOT_A_WISH}(?:will\s+not|is\s+not|does\s+not|did\s+not|has\s+not|not)\s+(?:wake|waking|woken|woke|come|coming)\s+(?:up|to|round|around)\b`,
    r`\b(?:fainted|passed\s+out|blacked\s+out)\b[^.;]{0,30}\b(?:not|will\s+not|cannot|is\s+not|has\s+not)\s+(?:\w+\s+)?(?:wake|waking|woken|respond|responding|come\s+(?:to|round)|coming\s+(?:to|round))`,
    // A bystander's words: "won't answer me", "not opening her eyes", "still not coming round". A question the teller
    // could not answer ("he asked questions I couldn't answer") is no one unresponsive.
    r`(?<!\bi\s)(?<!\b(?:questions?|which)\s+(?:\w+\s+){0,3}?(?:i|we|you)\s+(?:could|can|did)\s+)\b(?:will\s+not|would\s+not|does\s+not|did\s+not|is\s+not|not|no\s+longer)\s+(?:\w+\s+)?(?:respond|responding|answer|answering|react|reacting)\b(?!\s+(?:to\s+)?(?:treatment|antibiotics|medication|meds|the\s+(?:phone|door|antibiotics|treatment|inhaler)|(?:my|his|her)\s+(?:calls|texts|messages|phone|emails)|calls|texts|messages|emails|the\s+inhaler|(?:his|her)\s+inhaler|painkillers|paracetamol|ibuprofen))`,
    r`\b(?:not|will\s+not|cannot|does\s+not|is\s+not)\s+(?:\w+\s+)?(?:open|opening)\s+(?:his|her|their|the)?\s*eyes\b`,
    r`\b(?:not|still\s+not|has\s+not|have\s+not)\s+(?:\w+\s+)?(?:come|coming|came)\s+(?:round|around|to)\b`,
    // "If I didn't wake up" is a wish about oneself, not someone found unresponsive (see suicidal_context).
    r`${NOT_A_WISH}\b(?:does|did)\s+not\s+(?:move|wake)\b|\b(?:lifeless|out\s+cold|limp\s+and\s+(?:not|unresponsive))\b`,
    // Shouted at, shaken, pinched - "and nothing": the bystander's test of responsiveness (RCUK BLS).
    r`\b(?:wake|waking|respond\w*|react\w*|open\w*)\b[^.;]{0,30}\beven\s+(?:when|if|with|after)\s+(?:i|we|you|they|someone)\s+(?:shout|shake|shook|pinch|call|yell|rub|slap|tap|splash)\w*\b`,
    r`\b(?:shak|shout|pinch|call|yell|tapp|slapp|rubb)\w*\s+(?:at\s+)?(?:him|her|them|his\s+name|her\s+name)?\s*(?:and|but)\s+(?:there\s+is\s+|there\s+was\s+)?(?:nothing|no\s+(?:response|reaction|answer))\b|\bno\s+(?:response|reaction)\s+(?:at\s+all|to\s+(?:anything|voice|pain|us|me))\b`,
    r`\b(?:responds?|responding|reacts?)\s+(?:only\s+)?to\s+pain\b|\bunrousable\b|\bobtunded\b|\baltered\s+(?:mental\s+status|consciousness|level\s+of\s+consciousness)\b`,
  ]),
  // Altered but present responsiveness: vague, not with it, staring - MTS "altered conscious level".
  define(
    'not_alert',
    [
      // AVPU 'V': eyes open only to a voice, drifting off at once, barely responsive.
      r`\b(?:only\s+)?opens?\s+(?:his|her|their|my)\s+eyes\s+(?:only\s+)?(?:to|when|if)\s+(?:a\s+)?(?:loud\s+)?(?:voice|pain|shouted|spoken|shaken|called)\b|\bdrifts?\s+(?:back\s+)?off\s+(?:again\s+)?(?:immediately|straight\s+away|at\s+once|mid[- ]sentence|while\s+talking)\b|\b(?:barely|hardly)\s+(?:responsive|responding|responds|reacts|reacting|rousable|conscious)\b|\bnot\s+(?:fully\s+)?(?:awake|conscious|with\s+it)\s+(?:after|since|yet)\b`,
      r`\bnot\s+with\s+it\b|\b(?:very\s+|really\s+|so\s+)?vague\b(?!\s+(?:\w+\s+)?(?:pain|discomfort|ache|aches|symptoms?|feeling|sense|memory|idea|abdominal|periumbilical|tummy|history|answer|about))|\b(?:staring|stares)\s+(?:blankly|into\s+space|at\s+nothing)\b|\bjust\s+staring\b`,
      r`\b(?:barely|hardly|only\s+just)\s+(?:conscious|awake|responding|rousable)\b|\bin\s+and\s+out\s+of\s+(?:consciousness|it)\b|\bdrifting\s+in\s+and\s+out\b|\bmumbl\w+\b|\bincoherent\b`,
      // Falling asleep while talking or eating, or becoming harder to rouse: a falling level of consciousness.
      r`\b(?:nodding|nods|dozing|dozes|drifting|drifts|falling|falls)\s+(?:off|asleep)\s+(?:mid[- ]?|in\s+the\s+middle\s+of\s+|while\s+|during\s+)(?:a\s+)?(?:sentence|conversation|talking|speaking|eating|meal|sentences|conversations)\b`,
      r`\b(?:harder|more\s+difficult|impossible)\s+(?:and\s+harder\s+)?to\s+(?:wake|rouse|keep\s+awake)\b|\b(?:cannot|could\s+not|can\s+(?:hardly|barely))\s+keep\s+(?:him|her|them|my\s+\w+)\s+awake\b|\bnot\s+blinking\b`,
      // AVPU "V": responds only to voice (NEWS2: new confusion or V/P/U scores 3).
      r`\b(?:responsive|responds?|responding|rousable)\s+(?:only\s+)?to\s+(?:voice|his\s+name|her\s+name|loud\s+voice)(?:\s+only)?\b`,
    ],
    // Staring that breaks off when called, or comes with tiredness or daydreaming, is ordinary.
    {
      graded: true,
      ordinaryWhen: ORDINARY_STARING,
    },
  ),
  // Someone else "out of it", barely answering or answering slowly: a lowered level of consciousness as a relative
  // tells it (MTS altered conscious level). Alone it is too loose ("so out of it after the anaesthetic", "i feel out
  // of it after a night shift"), so it counts only beside what makes it dangerous: cold, heat, a hypo, withdrawal.
  define('lowered_response_told_plainly', [
    r`\b(?:he|she|they|dad|mum|mom|gran|grandad|grandma|grandpa|nan|husband|wife|partner)\s+(?:is|was|seems|seemed|looks|looked|are|were|has\s+been|have\s+been|went|gone)\s+(?:like\s+)?(?:(?:really|very|so|completely|totally|properly|still|quite|pretty|well|half|just|all)\s+)?out\s+of\s+it\b`,
    r`\b(?:barely|hardly|only\s+just)\s+(?:answering|answers|answered|making\s+sense)\b|\b(?:answers|answering|responds|responding|replies|replying)\s+(?:to\s+)?(?:questions\s+|us\s+|me\s+)?(?:very\s+|really\s+|so\s+)?slowly\b|\b(?:very\s+|really\s+|so\s+)?slow\s+to\s+(?:answer|reply|respond)\b`,
  ]),
  // Signs a bystander sees in a collapsed person: not moving, eyes closed, not talking, slow breaths.
  define('not_moving', [
    r`\b(?:is\s+not|not|no\s+longer|has\s+not\s+been|stopped)\s+(?:moving|talking|speaking|responding)\b|\bno\s+talk\w*\b|\b(?:lying|lies)\s+(?:completely\s+|totally\s+|really\s+)?still\b|\beyes?\s+(?:are\s+|is\s+|were\s+)?(?:closed|shut|rolled\s+back|rolling)\b|\b(?:breath|breathing|breaths)\s+(?:is\s+|are\s+)?(?:very\s+|really\s+)?(?:slow|shallow)\b`,
  ]),
  // Cardiopulmonary resuscitation under way: cardiac arrest whatever else is said. Not where its sentence names it as
  // a thing or a skill, used on no one (CPR_NAMED_AS_A_THING).
  define('cpr_in_progress', [r`\b(?:cpr|chest\s+compressions|doing\s+compressions|defib\w*|aed|resuscitat\w+)\b`], {
    ordinaryWhen: new RegExp(
      String.raw`\b(?:course|training|class|learn\w*|certificate|certified|refresher|first\s+aid\s+kit|dnr|dnacpr|do\s+not\s+resuscitate)\b|${CPR_NAMED_AS_A_THING}`,
    ),
  }),
  // Fainting without any warning, or at rest with a racing heart: cardiac syncope (NICE CG109).
  define(
    'no_warning',
    [
      r`\b(?:with\s+no|without\s+(?:any\s+)?)\s*warning\b|\bno\s+warning\s+signs\b|\bjust\s+dropped\b`,
      // Told as a sentence of its own: "No warning at all.", "There was no warning whatsoever."
      r`^(?:there\s+was\s+|it\s+gave\s+(?:me|him|her)\s+|had\s+)?(?:absolutely\s+)?no\s+(?:warning|prodrome|aura|dizziness\s+beforehand)(?:\s+(?:at\s+all|whatsoever|beforehand|first))?$`,
    ],
    { persistsWhenResolved: true },
  ),
  // A faint during effort told by what the person was doing (NICE CG109: exertional syncope is cardiac
  // until shown otherwise): "blacked out walking up the hill", "passed out sprinting for the bus", "nearly blacked out
  // on the stairs" (a near-faint on effort is read as one: the ESC syncope guideline's high-risk presyncope).
  define(
    'faint_on_exertion',
    [
      r`\b(?:fainted|passed\s+out|blacked\s+out|collapsed|keeled\s+over|went\s+down|dropped|syncope|syncopal\s+(?:episode|event))\s+(?:\w+\s+){0,2}?(?:(?:while|whilst|when|as)\s+(?:(?:i|he|she|they)\s+(?:was|were)\s+)?)?(?:sprinting|running|racing|rushing|hurrying|jogging|cycling|climbing|walking\s+(?:up|uphill)|going\s+up|carrying|pushing|lifting|digging|shovel+ing|mowing|dancing|exercising|on\s+exertion|with\s+exertion|on\s+effort|(?:on|up)\s+the\s+(?:stairs|steps|hill))\b(?!\s+(?:a\s+bath|late|water|the\s+tap|a\s+temperature|a\s+fever))`,
      // Part way through the effort: "passed out halfway up the stairs", "blacked out midway through my run" (a person, not
      // a team or a tent: review V38, 03:32).
      r`(?<!\b(?:team|side|squad|club|defen[cs]e|league|tent|roof|bridge|wall|deal|plan|talks|economy|market|scrum|souffle|cake)\s)\b(?:fainted|passed\s+out|blacked\s+out|collapsed|keeled\s+over)\s+(?:\w+\s+){0,2}?(?:halfway|half\s+way|part\s+way|partway|midway|mid\s+way)\s+(?:up|through|into|round|around|along)\s+(?:the|a|my|his|her|their)\s+(?:[\w-]+\s+)?(?:stairs|steps|hill|climb|run|parkrun|race|match|game|set|lap|workout|session|class|walk|hike|course|circuit|route|track)\b`,
      r`\bexertional\s+(?:syncope|collapse|blackout|faint)\b|\b(?:syncope|collapse|blackout|faint)\s+(?:on|with|during)\s+(?:exertion|effort|exercise)\b`,
    ],
    {
      persistsWhenResolved: true,
      ordinaryWhen:
        /\b(?:vasovagal|(?:sight|thought)\s+of\s+(?:blood|needles?)|blood\s+(?:tests?|donation)|(?:hot|long)\s+bath|drunk|hungover)\b/,
    },
  ),
  define(
    'family_sudden_death',
    [
      r`\bfamily\s+history\s+of\s+(?:\w+\s+){0,2}?sudden\s+(?:cardiac\s+|unexplained\s+)?death\b|\b(?:died|dropped\s+dead)\s+suddenly\s+(?:at|aged|in\s+(?:his|her)\s+(?:20s|30s|40s))\b|\bsudden\s+(?:cardiac\s+|unexplained\s+)?death\s+(?:in\s+the\s+family|age\s+\d+)\b`,
    ],
    { timeless: true },
  ),
  // Not coming round after a faint: "she is still out", "out cold for two minutes" (RCUK: call 999).
  define('still_out', [
    // Slow to come round, or not right since (NICE CG109: a faint without a full and quick recovery is no uncomplicated
    // faint): "took ages to come round", "out of it for a while afterwards and still not right".
    r`\b(?:took|takes|taking|needed)\s+(?:(?:him|her|me|them)\s+)?(?:ages|forever|a\s+long\s+time|a\s+good\s+while|a\s+while|(?:a\s+good\s+|about\s+|over\s+)?(?:\d+|five|ten|fifteen|twenty|several)\s+min\w*)\s+to\s+(?:come\s+(?:round|around|to)|wake\s+up|be\s+(?:himself|herself|myself|themselves)|recover|make\s+sense)\b|\b(?:fainted|passed\s+out|blacked\s+out|collapsed)\b[^.]{0,80}\bstill\s+not\s+(?:right|himself|herself|myself|with\s+it|making\s+sense)\b`,
    r`\b(?:is|are|has\s+been|been)\s+still\s+out(?:\s+cold)?\b(?!\s+(?:at|with|shopping|of|on|in|there|and\s+about))|\bstill\s+out\s+cold\b|\bout\s+(?:cold\s+)?for\s+(?:about\s+|over\s+|nearly\s+|more\s+than\s+)?(?:\d+|two|three|five|a\s+few|several)\s+min\w*`,
  ]),
  define('found_down', [
    r`\bon\s+the\s+(?:\w+\s+)?(?:floor|ground|pavement|road|street)\b[^.;]{0,15}\b(?:not\s+moving|motionless|unconscious|not\s+responding|out\s+cold)\b`,
    // A thing found on the floor is no person found down: "one paracetamol tablet found on the floor".
    r`(?<!\b(?:tablets?|pills?|capsules?|sachets?|packets?|bottles?|batteries|battery|magnets?|coins?|beads?|bags?)\s)\bfound\s+(?:\w+\s+){0,3}?(?:on\s+(?:the\s+)?(?:\w+\s+)?(?:floor|ground|pavement)|collapsed|unconscious|unresponsive|slumped|lying\s+(?:on|in|at))\b`,
    r`\bslumped\s+(?:over|in|on|against|at|down)\b|\blying\s+(?:(?:on|in)\s+the\s+(?:floor|ground|pavement|road|street|middle\s+of\s+the\s+road)|motionless|face\s+down)\b`,
    r`\b(?:fell|fall|fallen|dropped|went)\s+(?:down|over|to\s+the\s+floor|to\s+the\s+ground)\b[^.;]{0,40}\b(?:not|will\s+not|cannot|is\s+not|has\s+not)\s+(?:\w+\s+)?(?:get\s+up|getting\s+up|respond|responding|answer|answering|move|moving|wake|waking|breathing)\b`,
  ]),
  define(
    'repeated_faint',
    [
      r`\b(?:fainted|passed\s+out|blacked\s+out|collapsed)\b[^.;]{0,40}\b(?:again|twice|(?:two|three|several|2|3)\s+times|more\s+than\s+once)\b`,
      r`\bkeeps?\s+(?:fainting|passing\s+out|blacking\s+out|collapsing)\b`,
      r`\b(?:[2-9]|two|three|four|several|multiple|repeated|recurrent)\s+(?:\w+\s+)?(?:fainting|faints|blackouts?|collapses|collapsing)\s*(?:episodes|spells|attacks|today|this\s+week)?\b`,
      r`\b(?:fainted|passed\s+out|blacked\s+out|collapsed|keeled\s+over|went\s+down|dropped)\s+(?:while|during|when)\s+(?:\w+\s+){0,2}?(?:exercis\w+|running|jogging|cycling|training|dancing|lifting|working\s+out|playing\s+(?:football|sport|rugby)|swimming|exertion|sitting|lying|at\s+the\s+gym|on\s+the\s+treadmill)\b`,
      // Any exertion at the moment of the faint (NICE CG109): 'while sprinting at sports day', 'mid-match'.
      r`\b(?:fainted|passed\s+out|blacked\s+out|collapsed|keeled\s+over|went\s+down|dropped)\s+(?:\w+\s+){0,2}?${EXERTION.source}`,
      // At the place of the effort, a few words on: "collapsed on the pitch during the match", "passed out on the bike".
      r`\b(?:fainted|passed\s+out|blacked\s+out|collapsed|keeled\s+over)\s+(?:[\w-]+\s+){0,4}?(?:${AT_THE_EFFORT.source})`,
    ],
    // Faints at the sight of blood or needles, spread over a lifetime, are vasovagal (NICE CG109).
    {
      ordinaryWhen:
        /\b(?:in\s+my\s+life|my\s+whole\s+life|ever|giving\s+blood|blood\s+(?:tests?|taken|draws?|donation)|needles?|injections?|jabs?|sight\s+of\s+blood)\b/,
      persistsWhenResolvedIn: AT_THE_EFFORT,
    },
  ),
  // Onset words alone (not severity): "suddenly confused" is delirium or a stroke, "screaming" is not onset.
  define(
    'sudden_onset',
    [
      r`\b(?:sudden|suddenly|all\s+of\s+a\s+sudden|out\s+of\s+nowhere|out\s+of\s+the\s+blue|came\s+on\s+(?:quickly|fast|within)|since\s+(?:this\s+(?:morning|afternoon|evening)|lunch|an\s+hour\s+ago)|new\s+today|this\s+is\s+new)\b`,
    ],
    { qualifier: true },
  ),
  // A faint with no warning or on exertion needs care though he is fine now (NICE CG109). A near
  // faint ("almost fainted") is no collapse: faint_on_standing reads it.
  define(
    'brief_collapse',
    [
      r`(?<!\b(?:nearly|almost|practically|just\s+about)\s)\b(?:fainted|passed\s+out|blacked\s+out|fainting|collapsed|lost\s+consciousness|keeled\s+over)\b|\bcollapse\s+(?:on|in|at)\s+(?:the\s+)?(?:street|floor|ground|road|shop|work|home|bus)\b`,
    ],
    {
      persistsWhenResolvedIn: NO_WARNING_OR_EXERTION,
      // A faint told as vasovagal or at the sight of blood or a needle is the ordinary kind (NICE CG109),
      // unless told with no warning, on exertion, or with no coming round.
      ordinaryWhen: new RegExp(
        String.raw`^(?!.*(?:${NO_WARNING_OR_EXERTION.source}|\bnot\s+(?:\w+\s+)?(?:woken|waking|wake|responding|breathing|come\s+round|coming\s+round)\b|\bstill\s+out\b|\bunconscious\b)).*\b(?:vasovagal|(?:sight|thought)\s+of\s+(?:blood|needles?|a\s+needle)|blood\s+(?:being\s+)?(?:drawn|taken)|(?:drawing|taking)\s+(?:her|his|my|their)\s+blood)\b`,
      ),
    },
  ),
  define('collapsed', [
    r`\b(?:uncle|aunt|auntie|friend|mate|brother|sister|boy|girl|child|kid|patient|colleague|neighbou?r|partner|boyfriend|girlfriend|grandpa|granny|nana|grandmother|grandfather|father|mother|player|runner|stranger|customer|passenger)\s+(?:just\s+|suddenly\s+)?(?:went|dropped)\s+down\s+(?:in|on|at|like)\b`,
    // A collapse as a bystander tells it: 'she just went down in the garden', 'dropped like a stone'.
    r`\b(?:he|she|they|mum|dad|wife|husband|son|daughter|man|woman|guy|lady|gran|grandad|grandma|nan)\s+(?:just\s+)?(?:went|dropped)\s+down\s+(?:in|on|at|like)\b|\b(?:dropped|crumpled|keeled\s+over|slumped)\s+(?:to\s+the\s+(?:floor|ground)|like\s+a\s+(?:stone|sack))\b`,
    r`${ANY_PERSON}\s+(?:[\w-]+\s+){0,5}?(?<!\b(?:lung|lungs|vein|veins|arch|arches|disc|discs|airway|trachea)\s)(?:collapsed|collapses|collapsing)\b`,
    r`\bcollapsed\s+(?:on|onto|to|in)\s+(?:the\s+)?(?:floor|ground|street|road|bathroom|kitchen|shower|pavement|sidewalk)\b`,
    r`\b(?:slumped|keeled)\s+over\b`,
    r`\b(?:dropped|(?:suddenly|just)\s+(?:fell|went\s+down))\s+to\s+the\s+(?:floor|ground)\b`,
  ]),
];

export const BLEEDING_AND_COLLAPSE_SIGNALS: readonly SignalDefinition[] = [...BLEEDING, ...CONSCIOUSNESS];
