/**
 * Head injury and the findings NICE NG232 (head injury: assessment and early management) makes
 * red flags after one: loss of consciousness, more than one vomit, amnesia, drowsiness or
 * confusion, focal deficit, seizure, signs of a basal skull fracture, anticoagulation.
 */

import { type SignalDefinition, define, POSSESSIVE, r } from './signal-definition.js';

/**
 * A newborn's swelling or lump on the head told as from the birth (caput, a cephalhaematoma, moulding after forceps or
 * ventouse): NHS "your newborn baby" and NICE CKS postnatal care: it settles over days to weeks and is checked by the
 * midwife, not a head injury. Never where the sentence tells a fall, a drop or a knock, or a lump that is new; a soft
 * or boggy swelling stays a skull sign (`skull_injury_sign`: a subgaleal bleed after ventouse is boggy and spreads).
 */
const SWELLING_FROM_THE_BIRTH =
  /^(?![\s\S]*\b(?:fell|fall|falls|fallen|falling|dropped|rolled|slipped|hit|bumped|banged|knocked|bashed)\b)(?![\s\S]*\bnew\b)[\s\S]*\b(?:(?:lump|swelling|bump|bruis\w*)\b[^.;]{0,60}\b(?:from|since|during|because\s+of)\s+(?:the\s+|his\s+|her\s+|a\s+|my\s+)?(?:birth|delivery|labou?r|forceps|ventouse|being\s+born)\b|caput|cephal[oa]?ha?ematoma|cephalohematoma)/;

/**
 * A sentence that tells the injury as weeks or more back, or already scanned or checked: there an amnesia told beside
 * an ending ("came off my bike last month, don't remember the crash, had a CT that was normal") is history.
 */
const AMNESIA_NOT_YET_SEEN =
  /^(?![^]*\b(?:last\s+(?:week|month|year)|(?:\d+|a|one|two|three|four|few|a\s+few|several|couple\s+of|a\s+couple\s+of)\s+(?:weeks?|months?|years?)\s+ago|ct|mri|scan|scanned|x-?ray|(?:checked|seen|assessed|cleared)\s+(?:over\s+)?(?:by|at|in))\b)/;

const HEAD = [
  define(
    'head_knock',
    [
      // "got hit on the side of the head by a ball", "caught in the back of the head".
      r`\b(?:struck|hit|knocked|smacked|whacked|clipped|caught|thumped)\s+(?:on|in)\s+the\s+(?:(?:side|back|front|top)\s+of\s+(?:the|his|her|my|their)\s+)?head\b`,
      r`\b(?:hit|hits|hitting|bumped|bumping|banged|banging|bashed|smacked|struck|strikes|striking|knocked|knocks|cracked|whacked|slammed|caught|clipped|thumped|clattered)\s+(?:${POSSESSIVE}|the\s+(?:back|side|front)\s+of\s+${POSSESSIVE}|(?:my\s+)?[\w-]+'s)\s+head\b`,
      r`\b(?:hit|bumped|banged|bashed|smacked|struck|knocked|cracked|whacked|slammed)\s+(?:the\s+)?(?:(?:back|side|front|top)\s+of\s+(?:the\s+)?)?head\b`,
      r`\bhead\s+(?:injury|injuries|trauma|wound|knock|bump)\b|\bhead\s+(?:was\s+)?(?:struck|hit|bashed|banged|stamped\s+on|kicked)\b`,
      // A write-up names the wound by its site on the scalp: "occipital laceration", "frontal haematoma".
      r`\b(?:occipital|frontal|parietal|temporal|scalp|forehead)\s+(?:laceration|lac|haematoma|hematoma|wound|swelling|bruis\w*|cut|gash)\b`,
      r`\b(?:laceration|lac|haematoma|hematoma|wound|cut|gash|bump|lump|egg|bruise|swelling)\s+(?:to|on|over|above)\s+(?:the\s+|his\s+|her\s+|my\s+|their\s+)?(?:left\s+|right\s+)?(?:forehead|head|scalp|temple|eyebrow|back\s+of\s+(?:the|his|her|my)\s+head)\b`,
      r`\b(?:hit|struck|kicked|punched|whacked)\s+(?:him|her|me|them\s+)?\s*(?:in|on)\s+the\s+head\b`,
      r`\b(?:hit|struck|smacked|whacked|clipped)\s+(?:\w+\s+)?(?:by|with)\s+(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:on|in)\s+(?:the\s+)?(?:(?:side|back|front|top)\s+of\s+)?(?:my|his|her|their|the)\s+head\b`,
      r`\b(?:fell|fall|fallen|falling)\b[^.;]{0,40}\b(?:on|onto|hit|hitting|landed\s+on|bumped|banged)\s+(?:${POSSESSIVE}|the\s+back\s+of\s+${POSSESSIVE})\s+head\b`,
      r`\b(?:head\s+first|head-first|headfirst)\b`,
      // Non-native present, the head bare: "my girl 7 bang head on table corner".
      r`\b(?:bang|bump|hit|knock|smack)\s+(?:his\s+|her\s+|my\s+|the\s+)?head\s+(?:on|against|into)\b`,
      // Walking into something, or a ball to the head or face: "walked into a low beam", "took a football to the face".
      r`\b(?:walked|ran|bumped|stood\s+up)\s+(?:straight\s+|right\s+|smack\s+)?into\s+(?:a|an|the)\s+(?:low\s+|open\s+|glass\s+|metal\s+|concrete\s+)?(?:beam|door|doorframe|lamp\s*post|post|pole|shelf|cupboard|wall|girder|branch|sign)\b|\b(?:took|got|had)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:ball|football|cricket\s+ball|hockey\s+ball|golf\s+ball|puck|bat|stick|racket|boot|elbow|knee|fist)\s+(?:to|in|on)\s+the\s+(?:head|face|temple|skull)\b`,
      // A fall from a height is a head injury mechanism even when the head is not mentioned.
      r`\b(?:fell|fallen|falling)\s+(?:off|from|down|out\s+of)\s+(?:a|an|the|his|her|my|their)\s+(?:\w+\s+)?(?:ladder|roof|stairs|steps|balcony|horse|bike|bicycle|scaffold\w*|tree|wall|bunk(?:\s+bed)?|bed|swing|trampoline|climbing\s+frame|changing\s+table|high\s+chair|window)\b`,
      r`\bconcussion\b`,
      // Something falling on the head, a cracked helmet, a bruise or lump on the head.
      r`\b(?:fell|dropped|landed|came\s+down|swung)\s+(?:on|onto)\s+(?:his|her|my|their|the)\s+head\b|\bhelmet\s+(?:\w+\s+)?(?:cracked|split|broke|broken|smashed|dented)\b|\b(?:cracked|split|smashed)\s+(?:his|her|my|their)\s+helmet\b`,
      r`\b(?:bruise|bruising|lump|cut|gash|swelling|wound|graze)\s+(?:\w+\s+){0,2}?(?:on|to)\s+(?:his|her|my|their|the)\s+(?:head|forehead|skull|temple)\b`,
      // No memory of the crash or fall means the head was involved (NICE NG232 amnesia criterion).
      r`\b(?:no|cannot|does\s+not|do\s+not|did\s+not)\s+(?:memory|recollection|remember|recall)\b[^.;]{0,50}\b(?:accident|crash|collision|fall|impact|being\s+hit)\b`,
      r`\b(?:knee|elbow|kick|kicked|punch|punched|ball|bat|blow|knock|bang|bump|whack|hit|headbutt\w*)\s+(?:to|on|in)\s+(?:the|his|her|my)\s+head\b|\b(?:dent|depression|boggy\s+swelling|egg)\s+(?:on|in)\s+(?:his|her|my|the)\s+(?:head|skull)\b`,
      // Heads meeting heads, walls or the ground: "header clash", "headbutted a wall", "hit his forehead".
      r`\bheadbutt\w*|\b(?:head|header)\s+clash\b|\bclash(?:ed)?\s+(?:of\s+)?heads\b|\b(?:hit|bumped|banged|smacked|struck|cracked|split)\s+(?:his|her|my|their|the)\s+(?:forehead|temple|skull|occiput)\b|\b(?:fell|fall|falls|falling|fallen|tumbled)\s+down\s+(?:\w+\s+)?(?:stairs|steps)\b`,
      r`\b(?:rolled|tumbled|slipped|slid|fell|fallen)\s+(?:off|from|out\s+of)\s+(?:a|an|the|his|her|my)\s+(?:\w+\s+)?(?:bed|sofa|couch|changing\s+table|changer|changing\s+mat|table|chair|worktop|counter|bouncer|car\s+seat)\b`,
    ],
    { timeless: true, ordinaryWhen: SWELLING_FROM_THE_BIRTH },
  ),
  // Basal skull fracture: panda eyes, Battle's sign, clear fluid from the nose or ear (NICE NG232).
  define(
    'basal_skull_signs',
    [
      r`\bpanda\s+eyes\b|\bbruis\w*\s+(?:round|around)\s+(?:both|his|her|my|their)\s+eyes\b|\bbruis\w*\s+behind\s+(?:his|her|my|their|the)\s+ears?\b|\bbattle'?s\s+sign\b|\bperiorbital\s+(?:bruis\w*|ecchymos[ie]s|haematoma)\b|\b(?:csf\s+)?(?:rhinorrh?oea|otorrh?oea)\b`,
      r`\b(?:purple|black|dark|blue)\s+(?:rings?|circles?|rims?)\s+(?:round|around|under)\s+(?:both|his|her|my|their)\s+eyes\b|\bbruis\w*\s+behind\s+(?:one|an|each|both)\s+ears?\b|\b(?:two|both)\s+black\s+eyes\b|\braccoon\s+eyes\b|\b(?:blood|bleeding)\s+(?:\w+\s+){0,2}?(?:from|out\s+of|in)\s+(?:his|her|my|their|the|one)\s+ear\b|\bear\s+(?:is\s+)?bleeding\b`,
      r`\b(?:clear|watery)\s+(?:fluid|liquid)\s+(?:\w+\s+){0,4}?(?:nose|ears?)\b|\b(?:nose|ears?)\s+(?:\w+\s+){0,2}?(?:clear|watery)\s+(?:fluid|liquid)\b`,
    ],
    { timeless: true },
  ),
  // A limb that has stopped working after the injury (focal deficit).
  define('limb_weakness', [
    r`\b(?:one|an|his|her|my|their|left|right)\s+(?:arm|leg|hand|side)(?:'s|\s+is|\s+has|\s+went|\s+has\s+gone|\s+feels|\s+seems)?\s+(?:gone\s+|going\s+|all\s+|really\s+|very\s+|a\s+bit\s+)?(?:weak|numb|limp|floppy|dead|useless|not\s+working)\b`,
  ]),
  define('knocked_out', [
    r`\bknocked\s+(?:out|unconscious)\b(?!\s+(?:the|a|an|my|his|her|their|of|some|two|one|three|\w+\s+teeth|\w+\s+tooth))`,
    r`\bskull\s+fracture\b|\bfractured\s+(?:his|her|my|their)\s+skull\b`,
  ]),
  define('brief_blackout', [
    r`\b(?:passed\s+out|blacked\s+out|lost\s+consciousness|fainted|out\s+cold|was\s+out\s+for)\b`,
    // A note's or a coach's words: "loss of consciousness approx 1 min", "out for 30 secs", "spark out".
    r`\bloss\s+of\s+consciousness\b|\bspark(?:ed)?\s+out\b|(?<!\b(?:went|go|going|gone|goes|popped|nipped|stepped|headed|ran|walked|come|came)\s)\bout\s+for\s+(?:about\s+|around\s+|like\s+|maybe\s+|roughly\s+|nearly\s+|approx\w*\s+)?(?:a|half\s+a|one|two|\d+|a\s+few|several)\s+(?:seconds?|secs?|minutes?|mins?)\b`,
    // Seen by a team-mate or a bystander: "lay motionless for roughly a minute" (NICE NG232: any loss of consciousness).
    r`\b(?:lay|lying|was\s+lying|stayed|was)\s+(?:there\s+)?(?:motionless|unmoving|limp|not\s+moving|out)\s+for\s+(?:about\s+|roughly\s+|around\s+|maybe\s+|nearly\s+|a\s+good\s+)?(?:a|half\s+a|one|two|\d+|a\s+few|several)\s+(?:seconds?|secs?|minutes?|mins?)\b`,
  ]),
  // NICE NG232 head-injury CT criteria: more than one vomit, amnesia, anticoagulation, age 65+.
  define('repeated_vomiting', [
    r`\b(?:vomit\w*|sick|thrown\s+up|threw\s+up|throwing\s+up|puked|puking)\b[^.;]{0,30}\b(?:twice|again|(?:two|three|four|several|many|2|3|4|5)\s+times|more\s+than\s+once|repeatedly|keeps|non-?stop|over\s+and\s+over)\b`,
    r`\b(?:keeps?|kept|been|keep)\s+(?:on\s+)?(?:vomiting|being\s+sick|throwing\s+up|puking)\b|\b(?:vomited|been\s+sick|thrown\s+up)\s+(?:twice|again)\b`,
  ]),
  // A gap in memory for the event is told after it by nature, so "feel ok now" does not end it: NICE NG232 sends any
  // amnesia since a head injury for assessment however well the person feels (review, session 57: "hit by a cricket
  // ball ... don't remember the next bit, feel ok now"), unless its sentence tells the injury weeks back or scanned.
  define(
    'amnesia',
    [
      // An adverb between does not lift it, and the landing is the fall told by its end: "I can't actually remember
      // hitting the ground", "I honestly don't remember landing".
      r`\b(?:cannot|could\s+not|does\s+not|do\s+not|did\s+not)\s+(?:actually|really|even|honestly|properly|quite)?\s*remember\s+(?:\w+\s+){0,3}?(?:happened|hitting|falling|landing|the\s+(?:fall|accident|crash|landing|next\s+bit|impact|blow|tackle|collision)|being\s+(?:hit|struck|knocked|tackled)|it\s+happen(?:ing)?|anything|how|where|what)\b`,
      // Repeated questions and lost stretches of time (NICE NG232 amnesia): "keeps asking what the score is",
      // "cannot remember the first half", "cannot remember the score".
      r`\bkeeps?\s+(?:on\s+)?asking\s+(?:us\s+|me\s+)?(?:what|where|who|why|how|if|whether|the\s+same)\b|\b(?:cannot|could\s+not|does\s+not|do\s+not|did\s+not)\s+remember\s+(?:\w+\s+){0,2}?(?:the\s+)?(?:first|second|last|whole|rest\s+of\s+the)\s+(?:half|match|game|quarter|period|tackle|collision|impact|hour|part)\b|\b(?:cannot|could\s+not|does\s+not|do\s+not|did\s+not)\s+remember\s+(?:the|his|her|their)\s+(?:match|game|fall|accident|crash|tackle|collision|hit|race|ride|score|scoreline|result)\b|\bamnes(?:ic|tic)\b|\b(?:i|he|she|they)\s+(?:(?:has|have|had|keeps?|kept)\s+)?(?:asked|asking)\s+(?:me|her|him|us|them|the\s+same\s+(?:thing|question))\s+(?:\w+\s+){0,3}?(?:three|four|five|six|several|[3-9]|\d\d)\s+times\b|\b(?:cannot|could\s+not|does\s+not|do\s+not|did\s+not)\s+(?:\w+\s+)?remember\s+(?:the\s+|his\s+|her\s+|my\s+)?(?:drive|journey|walk|ride|way|trip)\s+(?:home|back|here)\b|\b(?:memory\s+loss|amnesia|keeps\s+asking\s+the\s+same\s+(?:thing|question)s?|repeating\s+(?:him|her)sel(?:f|ves))\b`,
    ],
    { persistsWhenResolvedIn: AMNESIA_NOT_YET_SEEN },
  ),
  define('cannot_get_up', [r`\b(?:cannot|unable\s+to|could\s+not)\s+(?:get|stand|move)\s+(?:back\s+)?up\b`]),
  // NICE NG232: vomiting after a head injury is a CT criterion from its second episode (adults: more than one; children:
  // three or more beside another finding); a single vomit, told as once, is no red flag on its own. Read only beside a
  // head knock (see the head-injury rule): a second vomit, drowsiness, a blow told with a blackout, an anticoagulant or
  // any other red flag beside it is read as before.
  define(
    'vomit_once',
    [
      r`\b(?:vomit\w*|sick|threw\s+up|thrown\s+up|throw\s+up|puked?)\s+(?:just\s+|only\s+)?(?:once|one\s+time|a\s+single\s+time)\b(?!\s+(?:more|again|and\s+(?:again|then|now)))`,
      r`\b(?:one|a\s+single|only\s+one|just\s+one|the\s+one)\s+(?:small\s+|little\s+|quick\s+)?(?:vomit|episode\s+of\s+vomiting|sick(?:ness)?\s+episode)\b`,
    ],
    { timeless: true, discriminatorOnly: true },
  ),
  define('vomiting', [
    r`\b(?:vomit\w*|throwing\s+up|threw\s+up|throw\s+up|thrown\s+up|been\s+sick|being\s+sick|puking|puked|puke)\b`,
  ]),
  define('confusion', [
    // Disorientation as a bystander tests it: not knowing their name, the year or where they are.
    r`\b(?:does\s+not|did\s+not|cannot|can\s+not|could\s+not)\s+(?:know|tell\s+(?:me|us|you))\s+(?:his|her|my|their)\s+(?:own\s+)?name\b|\b(?:does\s+not|did\s+not|cannot|could\s+not)\s+(?:know|tell\s+(?:me|us|you))\s+(?:what\s+(?:year|day|month|time)\s+it\s+is|where\s+(?:he|she|they|i)\s+(?:is|are|am|was|were))\b`,
    r`\b(?:confused|confusion|disoriented|disorientated|delirious|dazed)\b(?!\s+(?:about|by|with|as\s+to|over))`,
    r`\bnot\s+making\s+(?:any\s+)?sense\b`,
    // "found sweaty and confused by her husband": who found the person, not what confused them.
    r`\bfound\b[^.;]{0,40}\bconfused\s+by\s+(?:his|her|their|a|the)\s+(?:wife|husband|partner|son|daughter|mum|mother|dad|father|carer|neighbou?r|friend|family|nurse|paramedics?|daughter[- ]in[- ]law|son[- ]in[- ]law)\b`,
    // Non-native: "now he wake but very confuse".
    r`\b(?:very|so|is|look|looks|seem|seems|become|little\s+bit)\s+confuse\b`,
    // Not knowing what to do or say is someone at a loss, not disorientation.
    r`\b(?:does|did)\s+not\s+(?:know|recogni[sz]e)\s+(?:where|who|me|us|what(?!\s+(?:to|else\s+to)\s+(?:do|say|think|expect|make|feel|try))|anyone)\b`,
    r`\b(?:cannot|could\s+not)\s+remember\s+(?:what\s+happened|anything|where|who)\b`,
    r`\b(?:memory\s+loss|acting\s+(?:strange|strangely|weird|odd|oddly)|talking\s+nonsense)\b`,
    r`\bnot\s+(?:himself|herself|themselves)\b|\bnot\s+(?:seem|seeming|look|looking|acting|quite)\s+(?:like\s+)?(?:himself|herself|themselves)\b`,
    // Delirium in lay words.
    r`\b(?:muddled|befuddled|not\s+with\s+it|away\s+with\s+the\s+fairies)\b|\b(?:does|did)\s+not\s+know\s+(?:what\s+day|what\s+year|what\s+time|where\s+(?:he|she|they|i)\s+(?:is|are|was|am))\b|\b(?:picking|grabbing|plucking)\s+at\s+(?:the\s+air|nothing|the\s+(?:sheets|bedclothes|covers))\b|\bpulling\s+at\s+(?:his|her|their)\s+(?:drip|lines?|catheter|cannula)\b`,
  ]),
  define(
    'drowsy',
    [
      r`\b(?:very|really|extremely|unusually|abnormally|so)\s+(?:drowsy|sleepy)\b`,
      r`\bdrowsy\b`,
      r`\b(?:cannot|could\s+not)\s+(?:stay|keep\s+(?:him|her|them))\s+awake\b`,
      r`\b(?:keeps?|kept)\s+(?:falling|nodding|dozing|drifting)\s+(?:asleep|off)\b|\b(?:dozing|nodding|drifting)\s+off\s+mid[- ]?(?:conversation|sentence)\b`,
      r`\b(?:hard|difficult)\s+to\s+(?:wake|rouse)\b`,
      r`\blethargic\b`,
      // Getting sleepier after a lucid interval (NICE NG232: deteriorating consciousness).
      r`\b(?:sleepier|drowsier)\b|\b(?:getting|becoming|more\s+and\s+more)\s+(?:more\s+)?(?:sleepy|drowsy)\b`,
      r`\b(?:can|could)\s+(?:hardly|barely)\s+keep\s+(?:his|her|my|their)\s+eyes\s+open\b`,
    ],
    { briefEpisode: true },
  ),
  // NICE NG232: a baby who cried at once and is behaving normally after a short fall is low risk.
  // What the baby did after the knock, not a symptom: a later "settled within a minute" does not end it,
  // and it is not dated away ("cried straight away a couple of hours ago"). Negation still holds.
  define(
    'well_after_knock',
    [
      r`\bcried\s+(?:at\s+once|immediately|straight\s+away|right\s+away|straightaway)\b|\b(?:acting|feeding|playing|behaving|eating)\s+(?:completely\s+|totally\s+|perfectly\s+)?normal(?:ly)?\b|\bback\s+to\s+(?:normal|(?:his|her)\s+usual\s+self)\b`,
      r`\b(?:acting|behaving)\s+(?:completely\s+|totally\s+|entirely\s+)?(?:himself|herself|like\s+(?:himself|herself))\b|\b(?:carries|carried|carrying|went|goes)\s+(?:straight\s+)?(?:on|back\s+to)\s+(?:playing|feeding|crawling|cruising)\b`,
      // Told as back to normal in other words: "now feeding happily", "he's been fine since", "smiling and playing".
      r`\b(?:now\s+|is\s+|been\s+|back\s+to\s+)(?:feeding|playing|smiling|eating|crawling|babbling|laughing)\s+(?:happily|well|fine|as\s+usual|like\s+normal)\b|\b(?:been|is|was|seemed|seems)\s+(?:totally\s+|completely\s+|perfectly\s+|absolutely\s+)?fine\s+(?:ever\s+)?since\b`,
    ],
    { timeless: true },
  ),
  // Falling asleep, ill or pregnant is no fall (review V38, 03:36: "don't remember what happened in the film, fell asleep").
  define(
    'fall',
    [
      r`\b(?:fell|fallen|had\s+a\s+fall|a\s+fall|the\s+fall|falls)\b(?!\s+(?:asleep|ill|pregnant|behind|apart|in\s+love|out\s+with))`,
    ],
    { timeless: true },
  ),
  define('head_fluid_leak', [
    r`\bclear\s+(?:watery\s+)?(?:fluid|stuff|liquid|water)\s+(?:\w+\s+){0,2}?(?:dripping|coming|leaking|running|draining|trickling)\s+(?:out\s+of|from)\s+(?:his|her|my|their|the|one)\s+(?:ears?|nose)\b`,
    // CSF told in any tense or word for the drip (NICE NG232 basal skull fracture): "clear watery stuff drips
    // out of my nose", "a salty clear drip keeps running from my left nostril".
    r`\b(?:clear|watery|salty)\s+(?:\w+\s+){0,2}?(?:fluid|stuff|liquid|water|drip|discharge)\b[^.;]{0,30}?\b(?:drip\w*|runs?|running|ran|leak\w*|trickl\w*|com(?:es|ing)|came|pour\w*|seep\w*|drain\w*)\s+(?:\w+\s+)?(?:out\s+of|from)\s+(?:his|her|my|their|the|one|a)\s+(?:left\s+|right\s+)?(?:ears?|nose|nostrils?)\b`,
    r`\b(?:ears?|nose|nostrils?)\s+(?:\w+\s+){0,2}?(?:dripping|leaking|running|trickling|drips|leaks)\s+(?:\w+\s+)?(?:clear|watery)\s+(?:fluid|liquid|stuff|water)\b`,
    r`\b(?:clear\s+fluid|blood|fluid)\s+(?:\w+\s+){0,2}(?:from|out\s+of|coming\s+out\s+of|leaking\s+from|draining\s+from)\s+(?:his|her|my|their|the|one|both)\s+(?:ears?|nose)\b`,
  ]),
  define('unequal_pupils', [
    r`\bpupils?\s+(?:are\s+|is\s+|look\s+|looks\s+)?(?:different\s+sizes?|unequal|uneven|not\s+the\s+same)`,
    r`\bone\s+(?:of\s+(?:his|her|my|their|the)\s+)?pupils?\s+(?:is\s+)?(?:\w+\s+){0,2}?(?:bigger|larger|smaller|dilated|blown)\b`,
    r`\b(?:left|right|one|l|r)\s+pupil\s+(?:is\s+|looks\s+)?(?:\w+\s+)?(?:bigger|larger|smaller|dilated|blown|fixed|sluggish|huge|wider)\b|\bpupils?\b[^.;]{0,12}\b\d\s*mm\b[^.;]{0,25}\b\d\s*mm\b|\bpupils?\s+(?:are\s+|look\s+)?(?:odd|mismatched|lopsided)\b`,
  ]),
  define('worsening_headache', [
    r`\b(?:severe|terrible|worsening|splitting|excruciating|intense|awful|bad|(?:really|very|so)\s+bad|horrible|unbearable|blinding)\s+headache\b|\bheadache\s+(?:that\s+)?(?:will\s+not|does\s+not|is\s+not\s+going\s+to)\s+go\b`,
    r`\bheadache\s+(?:that\s+|which\s+)?(?:is\s+|keeps\s+|has\s+been\s+|have\s+been\s+|has\s+|kept\s+)?(?:getting\s+(?:steadily\s+|much\s+|a\s+lot\s+)?worse|worsening|got\s+worse)\b`,
    // Progressive, or beyond painkillers (NICE NG232 and CKS headache red flags): "worse every hour",
    // "building all day", "paracetamol does nothing for it".
    r`\bheadache\b[^.;]{0,25}?\b(?:(?:is\s+|gets?\s+|getting\s+)?worse\s+(?:and\s+worse|(?:every|each|by\s+the)\s+(?:hour|minute)|hour\s+by\s+hour)|(?:has\s+been\s+|is\s+|keeps\s+)?(?:building|ramping\s+up|intensifying|escalating)|(?:getting|got)\s+(?:stronger|more\s+intense))\b`,
    r`\bheadache\b[^.;]{0,60}?\b(?:(?:painkillers|paracetamol|ibuprofen|co-?codamol|tablets)\s+(?:do|did|are\s+doing)\s+nothing|(?:painkillers|paracetamol|ibuprofen|tablets)\s+(?:are\s+|have\s+)?not\s+(?:touching|touched|helping|helped|working|shifting)\s+it|nothing\s+(?:touches|touched|shifts|shifted|helps|helped)\s+it)\b`,
  ]),
];

// Depressed or open skull injury (NICE NG232): a dent or a boggy swelling on the head.
const SKULL_AND_NECK = [
  // Mechanisms that injure the head without naming it: assaults, falls from wheels or animals, blows.
  define(
    'injury_mechanism',
    [
      r`\b(?:punched|kicked|attacked|assaulted|beaten\s+up|jumped\s+(?:by|on)|mugged|glassed|hit\s+by\s+(?:a|an|the)\s+(?:car|van|bus|ball|bat|cricket\s+ball|golf\s+ball|stick|bottle|brick|swing)|knocked\s+(?:off|over|down)|came\s+off|thrown\s+(?:off|from)|fell\s+(?:off|from|out\s+of)|slipped\s+(?:on|and\s+fell)|tackled|tackle|crash\w*|(?:went|flew|came|was\s+thrown)\s+over\s+(?:the|my|his|her|their)\s+handlebars)\b`,
    ],
    { timeless: true },
  ),
  define(
    'skull_injury_sign',
    [
      r`\bboggy\s+(?:\w+\s+)?(?:swelling|lump|bump)\b|\b(?:squashy|squishy|spongy|soft|mushy)\s+(?:\w+\s+)?(?:swelling|lump|bump)\s+(?:on|above|behind|over)\s+(?:the\s+(?:side|back|front|top)\s+of\s+)?(?:his|her|the|their)\s+(?:head|ear|skull|forehead)\b|\b(?:a|there\s+is\s+a)\s+dent\b|\bdepressed\s+(?:skull|fracture)\b`,
    ],
    { timeless: true },
  ),
  // A swelling told by its size: over 5 cm is NICE NG232's CT criterion in a baby (not in an adult).
  define(
    'large_head_swelling',
    [
      r`\b(?:swelling|lump|bump|bruise|haematoma|hematoma)\s+(?:\w+\s+){0,2}?(?:the\s+)?size\s+of\s+(?:an?\s+)?(?:egg|golf\s*ball|satsuma|plum|tangerine|orange|lemon|tennis\s+ball|fist)\b|\b(?:egg|golf\s*ball|satsuma|plum|tangerine|orange|lemon|tennis\s+ball)[- ]sized\s+(?:swelling|lump|bump|bruise)\b`,
      // Told by a word for its size, on the head or over an ear (review V20, 20:30: "a big swelling over his ear" in a
      // baby after a fall must stand whatever 'now feeding happily' says).
      r`\b(?:big|large|huge|massive|enormous|growing)\s+(?:\w+\s+)?(?:swelling|lump|bump|egg|bruise|haematoma|hematoma)\s+(?:\w+\s+){0,2}?(?:on|over|above|behind|to)\s+(?:the\s+(?:side|back|front|top)\s+of\s+)?(?:his|her|their|the|my)\s+(?:head|ear|forehead|scalp|skull|temple)\b`,
    ],
    { timeless: true },
  ),
  // Cervical spine after a head injury (NICE NG41 / Canadian C-spine rule): neck pain with limb tingling.
  define('neck_pain_after_injury', [
    r`\bneck\s+(?:hurts|is\s+(?:sore|painful|hurting)|pain|ache\w*)\b|\b(?:hurt|sore|painful)\s+neck\b`,
  ]),
  define('limb_tingling', [
    r`\b(?:arms?|hands?|legs?|fingers|feet)\b[^.;]{0,15}\b(?:tingl\w*|pins\s+and\s+needles|numb|weak)\b|\btingl\w*\s+(?:in|down)\s+(?:his|her|my|their|both)\s+(?:arms?|hands?|legs?)\b`,
  ]),
  // Penetrating head injury: something embedded in the scalp or skull (NICE NG232), an emergency by itself.
  define(
    'penetrating_head_injury',
    [
      r`\b(?:embedded|lodged|impaled|sticking\s+out)\s+(?:in|into|of)\s+(?:the\s+|his\s+|her\s+|my\s+)?(?:scalp|skull|head|forehead)\b|\bstuck\s+in\s+(?:the\s+|his\s+|her\s+|my\s+)?(?:scalp|skull)\b|\b(?:scalp|skull|head)\b[^.;]{0,30}\b(?:embedded|impaled|lodged)\b`,
    ],
    { timeless: true },
  ),
];

export const HEAD_INJURY_SIGNALS: readonly SignalDefinition[] = [...HEAD, ...SKULL_AND_NECK];
