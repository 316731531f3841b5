/** Stroke, head injury and seizures. */

import { type SignalDefinition, define, CANNOT, POSSESSIVE, r } from './signal-definition.js';
import { episodeNow } from '../triage-vocabulary.js';

/** Contexts that explain a droop, a slur or a numb face without a stroke. */
const NOT_A_STROKE = /\b(?:bell'?s\s+palsy|dentist|dental|anaesthetic|anesthetic|filling|botox|drunk|tipsy|had\s+a\s+few\s+drinks)\b/;

const STROKE = [
  define('face_droop', [
    r`\b(?:face|mouth|smile|lip|cheek)\b[^.,;]{0,20}\b(?:is\s+|are\s+|looks?\s+|has\s+|went\s+|started\s+|suddenly\s+|seems\s+){0,2}(?:drooping|droopy|droops|drooped|sagging|saggy|sagged|paraly[sz]ed)\b`,
    r`\b(?:drooping|droopy|sagging)\s+(?:face|mouth|smile|lip|on\s+one\s+side)\b`,
    r`\bfacial\s+(?:droop|weakness|palsy|asymmetry)\b|\b(?:half|one\s+side)\s+(?:of\s+)?(?:his|her|my|the)\s+face\s+(?:will\s+not|cannot|does\s+not|is\s+not|not)\s+mov\w*`,
    // A crooked smile can be how someone always looks; one that has just become so is a sign.
    r`\b(?:face|mouth|smile)\s+(?:looks?|is|has\s+gone|went|seems?|suddenly\s+\w+)\s+(?:\w+\s+)?(?:lopsided|uneven|crooked)\b`,
    r`\b(?:one|left|right)\s+side\s+of\s+(?:my|his|her|their|the)\s+face\b[^.;]{0,20}\b(?:droop|sag|numb|paraly|weak|fall|fell|drop|frozen|not\s+moving)`,
    r`\b(?:cannot|unable\s+to|could\s+not)\s+(?:smile|close\s+(?:his|her|my|their)\s+eye|raise\s+(?:his|her|my|their)\s+eyebrow)\b[^.;]{0,20}\b(?:one\s+side|properly|evenly|straight)\b`,
    r`\b(?:cannot|could\s+not)\s+feel\s+(?:my|his|her|their)\s+(?:face|tongue|lips)\b`,
  ], { persistsWhenResolved: true, graded: 'course', ordinaryWhen: NOT_A_STROKE }),
  define('speech_difficulty', [
    r`\bslurr(?:ed|ing|s)\b`,
    r`\b(?:speech|words|talking)\s+(?:(?:is|are|sounds?|suddenly|all|so|really|very|getting|coming\s+out)\s+)*(?:garbled|jumbled|gibberish|nonsense|not\s+making\s+sense|mixed\s+up)\b`,
    r`\b(?:speech|voice|talking)\s+(?:suddenly\s+)?(?:went|has\s+gone|is|sounds?|became)\s+(?:all\s+|really\s+|very\s+)?(?:funny|weird|strange|odd|wrong|off)\b`,
    r`\b(?:suddenly|all\s+of\s+a\s+sudden)\b[^.;]{0,30}\b(?:cannot|unable\s+to|trouble|difficulty|struggling\s+to|hard\s+to)\s+(?:speak|speaking|talk|talking|get\s+(?:the\s+|his\s+|her\s+|my\s+)?words\s+out|find\s+(?:the\s+|his\s+|her\s+|my\s+)?words)\b`,
    r`\b(?:cannot|unable\s+to|trouble|difficulty|struggling\s+to)\s+(?:speak|speaking|talk|talking)\s+(?:properly|clearly|right|normally|straight)\b`,
    r`\b(?:cannot|could\s+not)\s+get\s+(?:the|his|her|my)\s+words\s+out\b`,
    r`\b(?:dysarthri\w*|dysphasi\w*|aphasi\w*)\b|\b(?:cannot|could\s+not)\s+(?:find|get)\s+(?:his|her|my|the)\s+words\b|\bwords\s+(?:are|were|came\s+out)\s+(?:all\s+)?(?:wrong|muddled|mixed\s+up)\b|\bwords\s+(?:that|which)\s+(?:did|do|does)\s+not\s+make\s+sense\b`,
    r`\b(?:words|speech)\s+(?:came|coming|come)\s+out\s+(?:all\s+)?(?:wrong|jumbled|muddled|funny|weird|slurred)\b|\b(?:could|can)\s+not\s+(?:find|get)\s+(?:his|her|my|the)\s+words\b|\bsudden(?:ly)?\s+(?:\w+\s+)?(?:confused\s+speech|talking\s+gibberish)\b`,
  ], { persistsWhenResolved: true, graded: 'course', ordinaryWhen: NOT_A_STROKE }),
  define('one_sided_weakness', [
    r`\b(?:weakness|numbness|tingling|paralysis|no\s+feeling|heaviness)\s+(?:in|on|down|of|along)\s+(?:the\s+|my\s+|his\s+|her\s+|their\s+)?(?:left|right|one)\s+side\b`,
    r`\b(?:left|right|one)\s+side\s+of\s+(?:my|his|her|their|the)\s+body\b[^.;]{0,25}\b(?:weak|numb|paraly|dead|heavy|limp|tingl|not\s+moving|cannot\s+move)`,
    r`\b(?:${CANNOT}|do\s+not|does\s+not)\s+(?:move|lift|feel|raise|use)\s+(?:my|his|her|their|the)\s+(?:left|right)\s+(?:arm|leg|hand|side|foot)\b`,
    r`\bone[- ]sided\s+(?:weakness|numbness|paralysis)\b`,
    r`\b(?:his|her|my|their)\s+(?:left\s+|right\s+)?(?:arm|leg)\s+(?:suddenly\s+|just\s+)?(?:dropped|drooped|drifted\s+down|went\s+limp|gave\s+way)\b`,
    r`\b(?:arm|leg|hand|side|face)\b[^.;]{0,20}\bsudden(?:ly)?\b[^.;]{0,15}\b(?:numb|weak|limp|dead|heavy|paraly[sz]ed)\b`,
    r`\b(?:arm|leg|hand|side|face)\b[^.;]{0,20}\b(?:numb|weak|limp|dead|heavy|paraly[sz]ed)\b[^.;]{0,15}\b(?:suddenly|all\s+of\s+a\s+sudden|out\s+of\s+nowhere)\b`,
    r`\bsudden(?:ly)?\s+(?:\w+\s+)?(?:weakness|numbness|paralysis)\b`,
    r`\b(?:his|her|my|their)\s+(?:left\s+|right\s+)?(?:arm|leg|hand|face)\s+(?:suddenly\s+|just\s+)?(?:went|gone|going|has\s+gone)\s+(?:weak|numb|dead|heavy|floppy)\b`,
    r`\b(?:arm|leg|pronator)\s+drift\b|\bhemi(?:paresis|plegia|paretic|plegic)\b|\b(?:hand|arm|leg|foot)\s+(?:is\s+)?not\s+working\b`,
  ], { persistsWhenResolved: true, graded: 'course', ordinaryWhen: NOT_A_STROKE }),
  define(
    'limb_numbness',
    [
      r`\b(?:left|right)\s+(?:arm|leg|side)\s+(?:is\s+|went\s+|has\s+gone\s+|feels\s+|has\s+been\s+|is\s+feeling\s+|seems\s+){0,2}(?:(?:really|very|completely|totally|suddenly|now|all|quite|so|kind\s+of|a\s+bit)\s+){0,2}(?:numb|weak|limp|dead|heavy|paraly[sz]ed)\b`,
      r`\b(?:numb|numbness|weakness)\s+(?:in|down)\s+(?:my|his|her|the)\s+(?:left|right)\s+(?:arm|leg|side)\b`,
    ],
    {
      ordinaryWhen:
        /\b(?:fell\s+asleep|slept\s+on|sleeping\s+on|when\s+i\s+(?:type|sleep|wake)|for\s+(?:weeks|months|years)|on\s+and\s+off|sometimes|every\s+(?:morning|night)|pins\s+and\s+needles|after\s+(?:running|exercise|exercising|a\s+workout|the\s+gym|lifting|my\s+workout))\b/,
    },
  ),
  define('stroke_now', [
    ...episodeNow(r`stroke|mini[- ]stroke|tia|transient\s+isch(?:a)?emic\s+attack`),
    r`\b(?:signs?\s+of\s+a\s+stroke|stroke\s+symptoms)\b(?!\s+(?:are|include))`,
  ], { persistsWhenResolved: true }),
  // Posterior-circulation stroke signs outside FAST (BE-FAST adds balance and eyes; AHA/ASA, NICE NG128).
  define('diplopia', [
    r`\b(?:sudden(?:ly)?\s+)?(?:double\s+vision|seeing\s+(?:double|two\s+of\s+everything)|diplopia)\b`,
  ], { persistsWhenResolved: true }),
  define('ataxia', [
    r`\b(?:cannot|could\s+not|unable\s+to|not\s+able\s+to)\s+(?:walk|stand)\s+(?:straight|properly|in\s+a\s+straight\s+line|without\s+falling|up\s+straight)\b`,
    r`\b(?:staggering|stumbling|swaying|veering|lurching|falling)\s+(?:to\s+one\s+side|all\s+over|about|around|like\s+(?:he|she|i)\s+(?:is|was|am)\s+drunk)\b|\bwalking\s+like\s+(?:he|she|i)\s+(?:is|was|am)\s+drunk\b`,
    r`\b(?:sudden(?:ly)?)\b[^.;]{0,25}\b(?:lost\s+(?:my|his|her)\s+balance|off\s+balance|unsteady|no\s+balance|(?:cannot|could\s+not)\s+(?:walk|stand|balance)|clumsy|ataxi\w*)\b`,
    r`\b(?:vertigo|spinning|nystagmus)\b[^.;]{0,50}\b(?:cannot|unable\s+to|inability\s+to|could\s+not)\s+(?:walk|stand)\b`,
    r`\b(?:lost\s+(?:my|his|her)\s+balance|off\s+balance|unsteady\s+on\s+(?:my|his|her)\s+feet|ataxi\w*)\b[^.;]{0,30}\b(?:suddenly|all\s+of\s+a\s+sudden|vomit\w*|slurr\w*|double\s+vision|spinning|cannot\s+walk)\b`,
  ], { persistsWhenResolved: true }),
  define('thunderclap_headache', [
    r`\b(?:worst|most\s+severe|most\s+painful)\s+headache\s+(?:of|in)\s+(?:my|his|her|their)\s+(?:entire\s+|whole\s+)?life\b`,
    r`\bworst\s+headache\s+(?:ever|(?:i|he|she|they)\s+(?:have|has)\s+ever\s+had)\b`,
    r`\bthunderclap\s+headache\b`,
    r`\bsudden(?:ly)?[\s,]+(?:\w+[\s,]+)?(?:severe|excruciating|explosive|blinding|intense|terrible|splitting|awful|horrible|crushing|pounding|worst)\s+headache\b`,
    r`\bheadache\b[^.;]{0,20}\blike\s+(?:i\s+have\s+been|i\s+was|being|he\s+was|she\s+was)\s+(?:hit|struck|kicked)\b`,
    r`\bheadache\b[^.;]{0,20}\blike\s+a\s+thunderclap\b`,
    r`\b(?:headache|head\s+pain|pain\s+in\s+(?:my|his|her)\s+head)\b[^.;]{0,40}\b(?:like\s+(?:being\s+)?(?:hit|struck|smacked|whacked|kicked)|(?:came|come)\s+on\s+(?:suddenly|in\s+(?:seconds|a\s+second|an\s+instant)|like\s+a|all\s+at\s+once|out\s+of\s+nowhere)|peaked\s+(?:in|within)\s+(?:seconds|a\s+minute)|out\s+of\s+the\s+blue|(?:explosion|exploded|bang|snap|pop)\s+in\s+(?:my|his|her)\s+head)\b`,
    r`\b(?:like\s+(?:being\s+)?(?:hit|struck|smacked|whacked)\s+(?:on|in|over)\s+the\s+(?:back\s+of\s+the\s+)?head\s+(?:with|by)\s+(?:a|an)\s+\w+|something\s+(?:burst|popped|snapped|exploded)\s+in\s+(?:my|his|her)\s+head)\b`,
    r`\bworst\s+(?:pain|headache)\s+(?:of\s+(?:my|his|her)\s+life|ever|i\s+have\s+ever\s+(?:had|felt))\b`,
    r`\b(?:severe|excruciating|explosive|blinding)\s+headache\s+(?:that\s+)?(?:came\s+on\s+)?(?:suddenly|out\s+of\s+nowhere|all\s+of\s+a\s+sudden|in\s+seconds)\b`,
  ]),
  define('sudden_vision_loss', [
    r`\bsudden(?:ly)?\b[^.;]{0,20}\b(?:lost\s+(?:\w+\s+)?(?:vision|sight)|loss\s+of\s+(?:vision|sight)|cannot\s+see|went\s+blind|double\s+vision|vision\s+loss|blind\s+in\s+one\s+eye)\b`,
    r`\b(?:lost|losing)\s+(?:the\s+|all\s+)?(?:vision|sight)\s+in\s+(?:one|my|his|her|their)\s+(?:left\s+|right\s+)?eye\b`,
    r`\bwent\s+blind\b`,
    r`\b(?:lost|losing|loss\s+of|no)\s+(?:all\s+|the\s+|part\s+of\s+(?:the\s+|my\s+|his\s+|her\s+)?)?(?:vision|sight)\b(?!\s+(?:test|check|insurance))|\b(?:cannot|could\s+not)\s+see\s+(?:out\s+of|anything\s+(?:out\s+of|with|in))\s+(?:my|his|her|one|the)\s+(?:left\s+|right\s+)?eye\b`,
    r`\b(?:cannot|could\s+not)\s+see\s+(?:anything\s+|properly\s+)?(?:on|to|out\s+of)\s+(?:the|my|his|her|one)\s+(?:left|right|one)?\s*side\b|\bhalf\s+(?:of\s+)?(?:the\s+)?(?:world|everything|things)\s+(?:is\s+)?missing\b`,
    r`\b(?:vision|sight)\s+(?:suddenly\s+|just\s+)?(?:went|gone|goes|going|has\s+gone)\s+(?:black|dark|blank|grey|gr[ae]y|blurry\s+in\s+one\s+eye)\b|\bhalf\s+(?:of\s+)?(?:my|his|her|the)\s+(?:vision|sight)\b`,
  ], { persistsWhenResolved: true }),
];

const HEAD = [
  define(
    'head_knock',
    [
      r`\b(?:hit|hits|hitting|bumped|bumping|banged|banging|bashed|smacked|struck|knocked|cracked|whacked|slammed)\s+(?:${POSSESSIVE}|the\s+(?:back|side|front)\s+of\s+${POSSESSIVE}|(?:my\s+)?[\w-]+'s)\s+head\b`,
      r`\b(?:hit|bumped|banged|bashed|smacked|struck|knocked|cracked|whacked|slammed)\s+head\b`,
    r`\bhead\s+(?:injury|injuries|trauma|wound|knock|bump)\b`,
      r`\b(?:hit|struck|kicked|punched|whacked)\s+(?:him|her|me|them\s+)?\s*(?:in|on)\s+the\s+head\b`,
      r`\b(?:fell|fall|fallen|falling)\b[^.;]{0,40}\b(?:on|onto|hit|hitting|landed\s+on|bumped|banged)\s+(?:${POSSESSIVE}|the\s+back\s+of\s+${POSSESSIVE})\s+head\b`,
      r`\b(?:head\s+first|head-first|headfirst)\b`,
      // A fall from a height is a head injury mechanism even when the head is not mentioned.
      r`\b(?:fell|fallen|falling)\s+(?:off|from|down|out\s+of)\s+(?:a|an|the|his|her|my|their)\s+(?:\w+\s+)?(?:ladder|roof|stairs|steps|balcony|horse|bike|bicycle|scaffold\w*|tree|wall|bunk(?:\s+bed)?|bed|swing|trampoline|climbing\s+frame|changing\s+table|high\s+chair|window)\b`,
      r`\bconcussion\b`,
      r`\b(?:knee|elbow|kick|kicked|punch|punched|ball|bat|blow|knock|bang|bump|whack|hit|headbutt\w*)\s+(?:to|on|in)\s+(?:the|his|her|my)\s+head\b|\b(?:dent|depression|boggy\s+swelling|egg)\s+(?:on|in)\s+(?:his|her|my|the)\s+(?:head|skull)\b`,
      r`\b(?:rolled|tumbled|slipped)\s+(?:off|from|out\s+of)\s+(?:a|an|the|his|her|my)\s+(?:\w+\s+)?(?:bed|sofa|couch|changing\s+table|table|chair)\b`,
    ],
    { timeless: true },
  ),
  define('knocked_out', [
    r`\bknocked\s+(?:out|unconscious)\b(?!\s+(?:the|a|an|my|his|her|their|of|some|two|one|three|\w+\s+teeth|\w+\s+tooth))`,
    r`\bskull\s+fracture\b|\bfractured\s+(?:his|her|my|their)\s+skull\b`,
  ]),
  define('brief_blackout', [
    r`\b(?:passed\s+out|blacked\s+out|lost\s+consciousness|fainted|out\s+cold|was\s+out\s+for)\b`,
  ]),
  // NICE NG232 head-injury CT criteria: more than one vomit, amnesia, anticoagulation, age 65+.
  define('repeated_vomiting', [
    r`\b(?:vomit\w*|sick|thrown\s+up|threw\s+up|throwing\s+up|puked|puking)\b[^.;]{0,30}\b(?:twice|again|(?:two|three|four|several|many|2|3|4|5)\s+times|more\s+than\s+once|repeatedly|keeps|non-?stop|over\s+and\s+over)\b`,
    r`\b(?:keeps?|kept|been|keep)\s+(?:on\s+)?(?:vomiting|being\s+sick|throwing\s+up|puking)\b|\b(?:vomited|been\s+sick|thrown\s+up)\s+(?:twice|again)\b`,
  ]),
  define('amnesia', [
    r`\b(?:cannot|could\s+not|does\s+not|do\s+not|did\s+not)\s+remember\s+(?:\w+\s+){0,3}?(?:happened|hitting|falling|the\s+(?:fall|accident|crash)|anything|how|where|what)\b|\b(?:memory\s+loss|amnesia|keeps\s+asking\s+the\s+same\s+(?:thing|question)s?|repeating\s+(?:him|her)sel(?:f|ves))\b`,
  ]),
  define('cannot_get_up', [r`\b(?:cannot|unable\s+to|could\s+not)\s+(?:get|stand|move)\s+(?:back\s+)?up\b`]),
  define('vomiting', [
    r`\b(?:vomit\w*|throwing\s+up|threw\s+up|throw\s+up|thrown\s+up|been\s+sick|being\s+sick|puking|puked|puke)\b`,
  ]),
  define('confusion', [
    r`\b(?:confused|confusion|disoriented|disorientated|delirious|dazed)\b(?!\s+(?:about|by|with|as\s+to|over))`,
    r`\bnot\s+making\s+(?:any\s+)?sense\b`,
    r`\b(?:does|did)\s+not\s+(?:know|recogni[sz]e)\s+(?:where|who|me|us|what|anyone)\b`,
    r`\b(?:cannot|could\s+not)\s+remember\s+(?:what\s+happened|anything|where|who)\b`,
    r`\b(?:memory\s+loss|acting\s+(?:strange|strangely|weird|odd|oddly)|talking\s+nonsense)\b`,
    r`\bnot\s+(?:himself|herself|themselves)\b`,
  ]),
  define('drowsy', [
    r`\b(?:very|really|extremely|unusually|abnormally|so)\s+(?:drowsy|sleepy)\b`,
    r`\bdrowsy\b`,
    r`\b(?:cannot|could\s+not)\s+(?:stay|keep\s+(?:him|her|them))\s+awake\b`,
    r`\bkeeps?\s+(?:falling|nodding)\s+(?:asleep|off)\b`,
    r`\b(?:hard|difficult)\s+to\s+(?:wake|rouse)\b`,
    r`\blethargic\b`,
    r`\b(?:can|could)\s+(?:hardly|barely)\s+keep\s+(?:his|her|my|their)\s+eyes\s+open\b`,
  ]),
  define('fall', [r`\b(?:fell|fallen|had\s+a\s+fall|a\s+fall|falls)\b`], { timeless: true }),
  define('head_fluid_leak', [
    r`\b(?:clear\s+fluid|blood|fluid)\s+(?:\w+\s+){0,2}(?:from|out\s+of|coming\s+out\s+of|leaking\s+from|draining\s+from)\s+(?:his|her|my|their|the)\s+(?:ears?|nose)\b`,
  ]),
  define('unequal_pupils', [
    r`\bpupils?\s+(?:are\s+|is\s+|look\s+|looks\s+)?(?:different\s+sizes?|unequal|uneven|not\s+the\s+same)`,
    r`\bone\s+pupil\s+(?:is\s+)?(?:bigger|larger|smaller|dilated|blown)\b`,
  ]),
  define('worsening_headache', [
    r`\b(?:severe|terrible|worsening|splitting|excruciating|intense|awful|bad|(?:really|very|so)\s+bad|horrible|unbearable|blinding)\s+headache\b|\bheadache\s+(?:that\s+)?(?:will\s+not|does\s+not|is\s+not\s+going\s+to)\s+go\b`,
    r`\bheadache\s+(?:is\s+|keeps\s+)?(?:getting\s+worse|worsening)\b`,
  ]),
];

const SEIZURE = [
  define('seizure_now', [
    ...episodeNow(r`seizures?|convulsions?`),
    r`\b(?:is|are|am|keeps|keep|started|starting|began|been)\s+(?:seizing|convulsing|fitting)\b`,
    r`\b(?:his|her|their|my)\s+(?:whole\s+)?body\s+(?:is\s+)?(?:jerking|convulsing|stiffening\s+and\s+jerking)\b`,
    r`\b(?:shaking|jerking)\s+(?:and\s+jerking\s+)?(?:uncontrollably|all\s+over|violently)\b[^.;]{0,30}\b(?:not\s+respond|unresponsive|eyes)`,
    r`\beyes\s+(?:rolled|rolling|are\s+rolling)\s+(?:back|up)\b`,
    r`\bfoaming\s+at\s+the\s+mouth\b`,
    r`\b(?:having|had|has\s+had|in|is\s+having)\s+(?:a|another|his|her)\s+(?:\w+\s+)?fit\b(?!\s+(?:of|about|over))|\b(?:is|was|keeps|started|been)\s+fitting\b`,
    r`\b(?:shaking|jerking|twitching|convulsing)\b[^.;]{0,30}\b(?:cannot\s+stop|will\s+not\s+stop|not\s+responding|unresponsive|eyes\s+(?:rolled|rolling)|stiff|went\s+stiff|for\s+(?:\d+|five|ten)\s+min)`,
    r`\b(?:went|goes|gone)\s+(?:all\s+)?stiff\s+and\s+(?:started\s+)?(?:shaking|jerking|twitching)\b|\b(?:whole\s+)?body\s+(?:\w+\s+)?(?:shaking|jerking)\s+(?:uncontrollably|rhythmically)\b`,
    r`\b(?:witnessed|generali[sz]ed|tonic[- ]clonic|prolonged|continuous|ongoing|febrile|full|grand\s+mal)\s+(?:\w+\s+)?(?:seizures?|convulsions?|fits?)\b|\bstatus\s+epilepticus\b|\b(?:\d+|two|three|four|several|multiple)\s+(?:seizures|fits)\s+(?:in|within|today|since)\b`,
    r`\b(?:jerking|convulsing|fitting)\s+on\s+the\s+(?:floor|ground)\b|\bstiff\s+and\s+(?:jerking|shaking|twitching)\b|\b(?:jerking|shaking|fitting|seizure|it)\b[^.;]{0,30}\b(?:over|more\s+than|for)\s+(?:\d+|five|ten|three)\s+min\w*`,
    r`\b(?:first|another)\s+(?:ever\s+)?(?:seizure|fit|convulsion)\b|\b(?:seizure|fit)s?\s+(?:back\s+to\s+back|one\s+after\s+(?:another|the\s+other))\b`,
    r`\bseizures?\b[^.;]{0,20}\b(?:will\s+not|does\s+not|is\s+not)\s+stop(?:ping)?\b`,
    r`\bseizures?\b[^.;]{0,20}\b(?:lasting|lasted|has\s+lasted|going\s+on)\s+(?:for\s+)?(?:over\s+|more\s+than\s+)?(?:\d+|five|ten)\s+minutes\b`,
  ]),
];

/**
 * "My dad had a stroke years ago and I think he is having another one": the noun and the
 * present episode sit in different clauses. The noun counts whenever it is named outside a
 * general question; the present "having one" must pass every clause filter.
 */
const EPISODE_BY_PRONOUN = [
  define('episode_pronoun_now', [r`\b(?:is|are|am|be)\s+(?:having|going\s+into)\s+(?:one|another(?:\s+one)?)\b`]),
  define('seizure_named', [r`\b(?:seizures?|convulsions?|fits?)\b`], { timeless: true }),
  define('stroke_named', [r`\b(?:stroke|mini[- ]stroke|tia)\b`], { timeless: true }),
  define('heart_attack_named', [r`\bheart\s+attacks?\b`], { timeless: true }),
];

export const NEUROLOGICAL_SIGNALS: readonly SignalDefinition[] = [...STROKE, ...HEAD, ...SEIZURE, ...EPISODE_BY_PRONOUN];
