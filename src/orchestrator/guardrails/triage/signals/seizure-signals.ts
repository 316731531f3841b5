/**
 * Seizures: NICE CG137 / NG217 and NHS 111 send for an ambulance when a seizure lasts more than
 * five minutes, repeats without recovery in between, is the first one, follows a head injury,
 * happens in water or in pregnancy, or the person does not wake up afterwards.
 */

import { type SignalDefinition, define, r } from './signal-definition.js';
import { ORDINARY_STARING, episodeAskedAbout, episodeToldNow } from '../triage-vocabulary.js';

/**
 * Epilepsy, or febrile seizures before, told as known: a fit that passed with recovery is its usual course (NHS seizure
 * first aid; NICE CKS febrile seizure: a first one, or one over 5 minutes or not recovered from, is admitted).
 */
const KNOWN_EPILEPSY =
  /(?<!\b(?:not|no|never)\s)\b(?:(?:has|have|with|known|diagnosed|her|his|my|their|our\s+\w+'?s?)\s+(?:\w+\s+)?epilep\w+|(?:am|is|are)\s+(?:an\s+)?epileptic|breakthrough\s+(?:seizure|fit)|(?:his|her|my|their)\s+(?:usual|typical|normal|regular)\s+(?:[\w-]+\s+)?(?:seizures?|fits?)|(?:previous|past|prior|earlier|known)\s+(?:simple\s+)?febrile\s+(?:seizures?|convulsions?|fits?)|history\s+of\s+febrile\s+(?:seizures|convulsions|fits))\b/;

/**
 * What NICE NG217 and the NHS send on even in a known epilepsy, told in the fit's own sentence: water, an injury told
 * by its circumstance (off a bike, down the stairs, a crash, a burn, the head hit) and a second seizure of the day
 * ("her third seizure today"). Not told as absent just before ("not in the bath", "no injury").
 */
const SEND_ON_EVEN_WHEN_KNOWN = String.raw`(?<!\b(?:no|not|nor|without|never)\s)\b(?:in(?:to)?\s+the\s+(?:bath|bathtub|pool|water|sea|river|lake)|swimming|injur\w*|(?:fell|fallen|came|come|thrown)\s+(?:off|from|out\s+of|down)|crash\w*(?!\s+(?:out|asleep))|hit\s+(?:his|her|their|my)\s+head|burn\w*|burnt|scald\w*|stairs|(?:second|third|fourth|fifth|2nd|3rd|4th|5th)\s+(?:[\w-]+\s+){0,2}?(?:seizure|fit|convulsion)s?\s+(?:today|tonight|this\s+(?:morning|afternoon|evening)|since|in\s+(?:an?|one|the\s+(?:last|past))\s+(?:hour|day|\d+)))\b`;

/** The known condition, read only where the fit's sentence tells nothing of `SEND_ON_EVEN_WHEN_KNOWN`. */
const KNOWN_EPILEPSY_AND_NOTHING_SENDING_ON = new RegExp(
  String.raw`^(?![^]*${SEND_ON_EVEN_WHEN_KNOWN})[^]*?${KNOWN_EPILEPSY.source}`,
);

/**
 * What a fitter fits: a kitchen, a carpet, a door, a car seat. "Was fitting a new kitchen", "the cupboard I was fitting" tell
 * a job of work, not a fit; "fitting on the floor", "fitting in the bath", "fitting for ten minutes" stay fits, and so does
 * "fitting floor shaking" with no article before the thing (review V34, 15:11).
 */
const FITTED = String.raw`(?:kitchens?|carpets?|doors?|windows?|tiles?|shelves|shelf|shelving|units?|cupboards?|cabinets?|worktops?|boilers?|radiators?|bathrooms?|showers?|sinks?|toilets?|pipes?|pipework|blinds?|curtains?|curtain\s+poles?|flooring|laminate|skirting(?:\s+boards?)?|sockets?|lights?|light\s+fittings?|locks?|tyres?|tires?|wardrobes?|cots?|car\s?seats?|alarms?|smoke\s+alarms?|fences?|panels?|gutters?|glass|glazing|plasterboard|insulation|aerials?|satellite\s+dishes?)`;
/** "fitting" as a seizure: not followed by what is fitted, nor told of something fitted before it. */
const FITTING = String.raw`(?<!\b${FITTED}\s+(?:that\s+|which\s+)?(?:i|he|she|we|they|you)\s+(?:was|were|am|is|are|had\s+been|have\s+been|has\s+been|been)\s+)fitting(?!\s+(?:(?:a|an|the|some|his|her|my|our|their|your|those|these)\s+(?:new\s+|replacement\s+)?|new\s+|replacement\s+)${FITTED}\b)`;

/** Five minutes or more, told in figures or words: a seizure's length that makes it status epilepticus. */
const FIVE_MINUTES_OR_MORE = String.raw`(?:[5-9]|[1-9]\d|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty)\s*(?:min|mins|minutes)\b`;

/**
 * Minutes told after a seizure's name that date it rather than measure it: "a seizure 10 minutes ago", "a seizure about
 * 10 minutes after I woke up", "a fit 15 minutes before school" (review V35; last round's reviewer). Its length is told
 * with "for", "lasting" or "went on", read by the patterns that name them. "10 minutes apart" and another "10 minutes
 * later" tell seizures one after another, and stay read. A seizure told still going after those minutes ("6 mins into
 * the ambulance ride and still going", "8 minutes before the paramedics came and it's still happening") has lasted them
 * at least: they measure it (review V36's STOP-THE-LINE at the merge). The same words told after a seizure's name are a
 * seizure now ("the fit has not stopped", "seizure still going", "it won't stop"): one reading for both.
 */
const STILL_GOING = String.raw`(?:still\s+(?:going|happening|jerking|shaking|fitting|seizing|convulsing)|not\s+stopped|(?:will|would|does|do|is|are|has|have)\s+not\s+stop(?:ping)?(?!\s+(?:me|him|her|us|them|you|my|his|their|our)\b)|keeps?\s+going)`;
/**
 * The same told of shaking or jerking, which is also a tremor, a shiver or restless legs ("a shaking that does not stop
 * when I'm nervous", "the shaking keeps going under the duvet"): only a seizure still under way, "still jerking", "has
 * not stopped" (review V37, 23:50).
 */
const STILL_SEIZING = String.raw`(?:still\s+(?:going|happening|jerking|shaking|fitting|seizing|convulsing)|(?:has|have|had|is|are)\s+not\s+stopped|not\s+stopped\s+yet)`;
/**
 * Another seizure told for today, either way round ("and another one this morning", "this morning she had one again"):
 * a date of an earlier day then dates only the first, and a second febrile seizure within 24 hours is not the history
 * the date means (NICE NG143: a recurrent seizure in the same illness needs urgent assessment).
 */
const RECURRED_TODAY = String.raw`(?:\b(?:another|again|a\s+second|second\s+one|a\s+third|one\s+more|once\s+more|(?:had|having|has)\s+(?:one|it)|(?:fitting|seizing|convulsing|jerking|fitted|seized|convulsed)\s+(?:again|now))\b[^.;]{0,40}\b(?:today|this\s+(?:morning|afternoon|evening)|tonight|now)\b|\b(?:today|this\s+(?:morning|afternoon|evening)|tonight|just\s+now)\b[^.;]{0,40}\b(?:another|again|a\s+second|second\s+one|one\s+more|(?:had|having|has)\s+one)\b)`;
const NOT_A_TIME_SINCE = String.raw`(?!\s+(?:ago|earlier|back|since|after|before|into)\b(?![^.;]*\b${STILL_GOING}\b))`;

/**
 * "Fit" of health: "I keep fit for 30 minutes every morning" (review V36, 20:38). A fit of temper ("he threw a massive fit
 * for 15 minutes because I took his iPad", "a hissy fit") is read as a fit and set aside as a figure of speech by
 * `idioms.ts`, so that the wording model, which reads "fit for 15 minutes" as a seizure, is held back too.
 */
const NOT_A_FIT_OF_TEMPER_OR_HEALTH = String.raw`(?<!\b(?:keep|keeps|keeping|kept|stay|stays|staying)\s+(?:a\s+|an\s+)?(?:(?!having|getting|had|has|have|another|his|her|their)\w+\s+)?)`;

/** A seizure named as a noun or told as a verb ("a fit", "convulsions", "seizing"): what its length, rescue medicine, stop and repeat are told of. */
const SEIZURE_WORD = String.raw`(?:seizures?|${NOT_A_FIT_OF_TEMPER_OR_HEALTH}fits?|convulsions?|fitting|seizing|convulsing)`;

const SEIZURE = [
  define(
    'seizure_now',
    [
      // A seizure told by its look and course: stiff then jerking, still going, a third before waking; a kind of seizure
      // named, unless as the history ("two previous febrile seizures").
      r`\bstiff\w*\s+(?:and|then|before)\s+(?:started\s+)?(?:shaking|jerking|jerked|shook|twitch\w*|convuls\w*)\b|\b(?:jerk(?:ed|ing)|shook|shaking|twitch(?:ed|ing)|convuls(?:ed|ing))\s+all\s+over\b|\b(?:jerking|shaking|fitting|seizing|convulsing)\s+for\s+(?:like|about|around|over|nearly|almost|more\s+than)\s+(?:[5-9]|\d\d|five|six|seven|eight|nine|ten)\s*(?:min|mins|minutes)\b|\b(?:seizures?|fits?|convulsions?)\b[^.;]{0,60}\b${STILL_GOING}\b|\b(?:jerking|shaking)\b[^.;]{0,60}\b${STILL_SEIZING}\b|\b(?:is|are|am|be|now)\s+having\s+(?:a\s+)?(?:second|third|fourth|another)\b|\bbefore\s+(?:he|she|they)\s+(?:\w+\s+){0,2}?(?:woke|woken|wakes|came\s+round|come\s+round|came\s+to|come\s+to|recovered|came\s+back)\b(?:\s+up)?[^.;]{0,30}\b(?:another|again|second|third)\b`,
      ...episodeToldNow(r`seizures?|convulsions?`),
      r`\b(?:is|are|am|keeps|keep|started|starting|began|been)\s+(?:seizing|convulsing|${FITTING})\b`,
      r`\b(?:his|her|their|my)\s+(?:whole\s+)?body\s+(?:is\s+)?(?:jerking|convulsing|stiffening\s+and\s+jerking)\b`,
      r`\b(?:shaking|jerking)\s+(?:and\s+jerking\s+)?(?:uncontrollably|all\s+over|violently)\b[^.;]{0,30}\b(?:not\s+respond|unresponsive|eyes)`,
      r`\beyes\s+(?:(?:are|keep|kept|keeps|started|start)\s+)?(?:rolled|rolling)\s+(?:back|up)\b`,
      // Still fitting after rescue medication; rhythmic jerking is the clinical word for a convulsion.
      r`\bstill\s+(?:fitting|seizing|convulsing)\b|\brhythmic(?:al)?\s+(?:jerking|jerks|twitching|clonic)\b|\b(?:jerking|twitching)\b[^.;]{0,20}\bspread\w*\s+(?:to|up|down|into)\b`,
      r`\bfoaming\s+at\s+the\s+mouth\b`,
      // Fits told in the plural or as going on: "is having fits continuously", "seizures back to back".
      r`\b(?:is|are|am|keeps?|kept|started|been)\s+having\s+(?:\w+\s+)?(?:fits|seizures|convulsions)\b(?!\s+(?:of|about|over))|\b(?:fits?|seizures?|convulsions?|fitting|seizing|convulsing)\s+(?:\w+\s+)?(?:continuously|non[- ]?stop|back\s+to\s+back|one\s+after\s+(?:another|the\s+other)|without\s+stopping|not\s+stopping|will\s+not\s+stop)\b`,
      r`\b(?:having|had|has\s+had|in|is\s+having)\s+(?:a|another|his|her)\s+(?:\w+\s+)?fit\b(?!\s+(?:of|about|over))|\b(?:is|was|keeps|started|been)\s+${FITTING}\b`,
      r`\b(?:shaking|jerking|twitching|convulsing)\b[^.;]{0,30}\b(?:cannot\s+stop|will\s+not\s+stop|not\s+responding|unresponsive|eyes\s+(?:rolled|rolling)|stiff|went\s+stiff|for\s+(?:\d+|five|ten)\s+min)`,
      r`\b(?:went|goes|gone)\s+(?:all\s+)?stiff\s+and\s+(?:started\s+)?(?:shaking|jerking|twitching)\b|\b(?:whole\s+)?body\s+(?:\w+\s+)?(?:shaking|jerking)\s+(?:uncontrollably|rhythmically)\b`,
      r`(?<!\b(?:previous|past|prior|earlier|history\s+of)\s+(?:simple\s+)?)\b(?:prolonged|continuous|ongoing)\s+(?:\w+\s+)?(?:seizures?|convulsions?|fits?)\b(?!\s+(?:care\s+plan|action\s+plan|plan)\b)|\bstatus\s+epilepticus\b|\b(?:\d+|two|three|four|several|multiple)\s+(?:[\w-]+\s+){0,2}?(?:seizures|fits)\s+(?:in(?!\s+(?:(?:my|his|her|their)\s+(?:whole\s+|entire\s+)?life|(?:total|all)(?![\s,]+(?:today|tonight|this\s+\w+|since\b|so\s+far|within|in\s+(?:the\s+)?(?:last|past)\b|in\s+a\s+row|back\s+to\s+back))|(?:the\s+(?:last|past)\s+)?(?:\d+|two|three|four|five|six|ten|many|several|a\s+few|few)\s+years))|within|today|since)\b`,
      r`\b(?:jerking|convulsing|fitting)\s+on\s+the\s+(?:floor|ground)\b|\bstiff\s+and\s+(?:jerking|shaking|twitching)\b|\b(?:jerking|shaking|fitting|seizure|${NOT_A_FIT_OF_TEMPER_OR_HEALTH}fit|convulsion|twitching)\b[^.;]{0,30}\b(?:over|more\s+than|for)\s+(?:\d+|five|ten|three)\s+min\w*`,
      r`\b(?:first|another)\s+(?:ever\s+)?(?:seizure|fit|convulsion)\b|\b(?:seizure|fit)s?\s+(?:back\s+to\s+back|one\s+after\s+(?:another|the\s+other))\b`,
      // Duration told as a note does (NICE NG217: over 5 minutes is status): "seizure 12 min", "fitting 10 mins",
      // "twitching down the left side of his face and arm for 15 minutes".
      r`\b${SEIZURE_WORD}\s+(?:for\s+(?:about\s+|around\s+|over\s+|nearly\s+|almost\s+|~\s*)?(?:[5-9]|[1-9]\d|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty)\s*(?:min|mins|minutes)\b|(?:about\s+|around\s+|over\s+|nearly\s+|almost\s+|~\s*)?(?:[5-9]|[1-9]\d|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty)\s*(?:min|mins|minutes)\b${NOT_A_TIME_SINCE})`,
      r`\b(?:twitch\w*|jerk\w*)\s+(?:\w+\s+){0,10}?(?:face|mouth|cheek|lips?|arms?|hands?|legs?)\b[^.;]{0,20}?\bfor\s+(?:about\s+|around\s+|over\s+|nearly\s+|almost\s+|more\s+than\s+|like\s+)?(?:[5-9]|[1-9]\d|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty)\s*(?:min|mins|minutes)\b`,
      r`\b(?:face|mouth|cheek|lips?|arms?|hands?|legs?|side)\b[^.;]{0,40}\b(?:twitch\w*|jerk\w*)\s+(?:\w+\s+){0,8}?for\s+(?:about\s+|around\s+|over\s+|nearly\s+|almost\s+|more\s+than\s+|like\s+)?(?:[5-9]|[1-9]\d|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty)\s*(?:min|mins|minutes)\b`,
      // Rescue medicine given and the fit goes on (NICE NG217: call an ambulance).
      r`\b(?:${SEIZURE_WORD}|jerking|shaking)\b[^.;]{0,40}\b(?:despite|even\s+after|after)\s+(?:\w+\s+){0,2}?(?:midazolam|buccolam|diazepam|lorazepam|epistatus|rescue\s+med\w*|emergency\s+med\w*)\b|\b(?:midazolam|buccolam|diazepam|lorazepam|epistatus|rescue\s+med\w*)\b[^.;]{0,30}\b(?:has\s+not|did\s+not|does\s+not|not)\s+(?:stopped|stop|worked|work|helped|help)\b`,
      r`\bseizures?\b[^.;]{0,20}\b(?:lasting|lasted|has\s+lasted|going\s+on)\s+(?:for\s+)?(?:over\s+|more\s+than\s+)?(?:\d+|five|ten)\s+minutes\b`,
    ],
    // A fit of known epilepsy told as over in the next sentence is its usual course.
    { resolvesWhenKnown: KNOWN_EPILEPSY_AND_NOTHING_SENDING_ON },
  ),
  // A kind of seizure named ("a witnessed generalised tonic-clonic seizure", "febrile convulsion"), as a note tells the
  // one it is about, unless as the history ("two previous febrile seizures"). Not one dated to an earlier day ("a febrile
  // seizure last week", "last winter", "yesterday"): a seizure is over in minutes, and what makes one told of another
  // day an emergency now is told by its own signal (not woken since, a first one, another today); nor the kind a
  // condition is told to have ("epilepsy with tonic-clonic seizures", "her seizures are usually tonic-clonic").
  define(
    'seizure_kind_named',
    [
      r`(?<!\b(?:previous|past|prior|earlier|history\s+of)\s+(?:simple\s+)?)\b(?:witnessed|generali[sz]ed|tonic[- ]clonic|febrile|full|grand\s+mal)\s+(?:\w+\s+)?(?:seizures?|convulsions?|fits?)\b(?!\s+(?:care\s+plan|action\s+plan|plan)\b)`,
    ],
    {
      resolvesWhenKnown: KNOWN_EPILEPSY_AND_NOTHING_SENDING_ON,
      ordinaryWhen: new RegExp(
        String.raw`(?<!${RECURRED_TODAY}[^.;]*)(?![^.;]*${RECURRED_TODAY})` +
          /\b(?:yesterday|last\s+(?:night|week|weekend|month|year|winter|summer|spring|autumn|christmas)|(?:on|last)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|the\s+other\s+day|(?:a|one|two|three|four|five|six|few|couple\s+of|several|\d+)\s+(?:nights?|days?|weeks?|months?|years?)\s+ago|(?:epilepsy|epileptic)\s+with|seizures\s+are\s+(?:usually|normally|always|mostly))\b/
            .source,
      ),
    },
  ),
  // A seizure told as lasting five minutes or more is status epilepticus (NICE NG217, NHS: call 999 when a seizure
  // lasts more than 5 minutes), which needs emergency care even once it has stopped and even in known epilepsy, whose
  // usual fit that stops sooner is the one care plans leave at home. Not a length told as the usual one, nor a plan's.
  define(
    'prolonged_seizure',
    [
      r`\b${SEIZURE_WORD}\s+(?:for|lasting|lasted|that\s+lasted|went\s+on\s+for|going\s+on\s+for)\s+(?:about\s+|around\s+|over\s+|nearly\s+|almost\s+|more\s+than\s+|~\s*)?${FIVE_MINUTES_OR_MORE}`,
      // A note's bare length ("seizure 12 min"), not a time since ("a seizure 10 minutes ago": review V35, 18:05). Seizures
      // "10 minutes apart" or another "10 minutes later" come one after another, and stay read.
      r`\b${SEIZURE_WORD}\s+(?:about\s+|around\s+|over\s+|nearly\s+|almost\s+|more\s+than\s+|~\s*)?${FIVE_MINUTES_OR_MORE}${NOT_A_TIME_SINCE}`,
      r`\b(?:seizures?|fits?|convulsions?)\b[^.;]{0,20}\b(?:lasting|lasted|has\s+lasted|went\s+on|going\s+on|gone\s+on)\s+(?:for\s+)?(?:about\s+|around\s+|over\s+|nearly\s+|almost\s+|more\s+than\s+)?${FIVE_MINUTES_OR_MORE}`,
      // The length told before the noun, as a note does: "a 6-minute generalised convulsion", "a 10 min fit".
      r`\b(?:[5-9]|[1-9]\d|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty)[- ]?(?:min|mins|minutes?)[- ](?:long\s+)?(?:[\w-]+\s+){0,2}?(?:seizures?|convulsions?|fits?)\b`,
    ],
    {
      persistsWhenResolved: true,
      ordinaryWhen:
        /\b(?:usual\w*|normally|always|typical\w*|care\s+plan|action\s+plan|used\s+to|tend\s+to|if|when(?:ever)?\s+(?:he|she|they)\s+(?:has|have|gets?))\b/,
    },
  ),
];

/**
 * "Is this a seizure?", "it might be a fit": what the writer sees, pointed at and named. Alone it is a
 * seizure now; beside a movement told as one of the ordinary ones that look like a fit, it is a question.
 */
const SEIZURE_ASKED = [
  define('seizure_asked', [
    episodeAskedAbout(r`seizures?|convulsions?`),
    // "a fit" asked the same way, not a fit for something ("is this a good fit for me").
    r`\b(?:(?:is|could|might|may)\s+(?:this|it|that)(?:\s+be)?|(?:this|it|that)\s+(?:could|might|may|must)\s+be)\s+a\s+fit\b(?!\s+(?:for|with|to|in|of)\b)`,
  ]),
  // Movements that are not seizures (NICE NG217's differential; Schmitt-Thompson's normal newborn
  // behaviours): a startle at a noise or a touch, jerks while falling asleep or asleep that stop on
  // waking, jitters or trembling that stop when the limb is held, hiccups. A red flag told beside them
  // (not waking, blue, floppy, rhythmic jerking, eyes rolling) fires its own signal.
  define(
    'ordinary_jerks',
    [
      r`\bstartl(?:e|es|ed|ing)\b|\bmoro\b|\b(?:jump|jerk|flinch)(?:s|ed|ing)?\s+(?:\w+\s+){0,6}?(?:at|when|every\s+time|whenever)\b[^.;]{0,40}\b(?:noises?|sounds?|bangs?|barks?|door|loud|touch\w*|moved?)\b`,
      r`\b(?:jerk\w*|twitch\w*|jump\w*)\b[^.;]{0,50}\b(?:asleep|in\s+(?:his|her|their|my)\s+sleep|(?:falling|drifting|dropping|nodding)\s+off|(?:falling|going|drops?\s+off)\s+to\s+sleep|dozing|naps?)\b|\b(?:asleep|(?:falling|drifting|dropping|nodding)\s+off|(?:falling|going)\s+to\s+sleep|in\s+(?:his|her|their)\s+sleep)\b[^.;]{0,40}\b(?:jerk\w*|twitch\w*)\b`,
      r`(?<!\b(?:not|never)\s)\bstops?\s+(?:when|if|as\s+soon\s+as)\s+(?:i|we|you)\s+(?:gently\s+)?(?:hold|touch|pick|feed|cuddle)\b|\bhiccups?\b`,
      // The Moro reflex as parents describe it: "flings her arms out like she is falling".
      r`\b(?:fling\w*|flung|throw\w*|threw|thrown)\s+(?:(?:her|his|their|both)\s+)?arms\s+(?:out|up|wide|open)\b`,
      // Jitters: trembling of the chin or limbs when a baby cries or is hungry, or told by that name.
      r`\bjitter(?:s|y|iness)\b|\b(?:chin|lip|lips|hands?|arms?|legs?)\s+(?:\w+\s+)?(?:trembl\w*|quiver\w*|shak\w*|wobbl\w*)\b[^.;]{0,30}\bwhen\s+(?:he|she|they|baby|the\s+baby)\s+(?:cries|cry|is\s+crying|crying|is\s+upset|gets\s+upset|is\s+hungry|feeds)\b`,
    ],
    // What the movement is like, told however it ends ("then she settles"): no event that passes.
    { timeless: true },
  ),
  // What no ordinary movement does, told beside one (review V8, 07:06): a subtle seizure in a baby
  // (eyes drifting or flicking to one side, lip smacking, cycling legs, staring; NICE NG217, Schmitt-Thompson
  // newborn: cycling legs, eyes fixed or open and blinking), rhythm, a run of them, carrying on when held,
  // minutes told, not herself, or this one set against the usual ("but now", "this is different"; review V8
  // 07:06 and 07:26).
  define(
    'seizure_features_told',
    [
      r`\beyes?\s+(?:\w+\s+){0,2}?(?:flick\w*|dart\w*|deviat\w*|drift\w*|pulled|turn\w*|stuck|fixed|locked|roll\w*)\s+(?:\w+\s+)?(?:to\s+|towards\s+)?(?:the|one)\s+side\b|\beyes?\s+(?:keep\s+|keeps\s+)?(?:flicking|darting)\b|\b(?:gaze|eye)\s+deviation\b|\beyes?\s+(?:are\s+|were\s+|is\s+)?(?:wide\s+)?(?:open\s+and\s+)?(?:fixed|glazed|blank)\b|\b(?:smack\w*|chew\w*|lick\w*)\s+(?:her|his|their)\s+lips\b|\blip[- ]?smack\w*|\b(?:bicycl\w*|cycling|pedall?ing)\b|\brhythmic\w*|\bblinking\b|\bnot\s+(?:herself|himself|themselves)\b`,
      // Staring that is a seizure's, not a baby watching the fan: blank, into space, not answering.
      r`\bstar(?:ing|es|ed)\s+(?:blankly|into\s+space|at\s+nothing|through\s+(?:me|us)|and\s+(?:not|does\s+not|will\s+not|is\s+not)\s+(?:respond\w*|answer\w*|look\w*))|\b(?:is|was)\s+staring\b(?!\s+(?:at|up|around))`,
      r`\bagain\s+and\s+again\b|\bover\s+and\s+over\b|\b(?:string|run|series|cluster|bunch)\s+of\s+(?:them|jerks|spasms|these|those)\b|\bclusters?\b|\b(?:carries|carried|carrying|keeps?|kept|goes|went|going)\s+on\s+(?:\w+\s+){0,2}?(?:when|while|if)\s+(?:i|we)\s+(?:hold|held)\b|\b(?:does\s+not|did\s+not|will\s+not|not|cannot|can\s+not|could\s+not)\s+stop\b[^.;]{0,30}\b(?:hold|held|holding|it)\b`,
      // Minutes told of the movement itself (not hiccups for ten minutes after a feed).
      r`\b(?:[2-9]|[1-5]\d|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)\s*(?:min|mins|minutes)\s+(?:now|so\s+far|already|long)\b|\b(?:jerk\w*|twitch\w*|shak\w*|moving|movements?|stiff\w*|fit\w*|seizures?|it|this|episode)\b[^.;]{0,30}\bfor\s+(?:about\s+|around\s+|over\s+|maybe\s+|like\s+|nearly\s+|almost\s+)?(?:[2-9]|[1-5]\d|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)\s*(?:min|mins|minutes)\b`,
      // A contrast turning to another sign, or the minutes of the last stretch (review V8, 08:16): "startles at
      // the dog, but for the last 3 minutes she's been making chewing movements and her eyes are staring off".
      r`\bbut\b[^.;?]{0,60}\b(?:eyes?|mouth|lips?|chew\w*|star(?:ing|es|ed)|blue|breath\w*|stiff\w*|limp|floppy|respond\w*)\b|\b(?:for|over|in)\s+the\s+(?:last|past)\s+(?:[2-9]|[1-5]\d|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)\s*(?:min|mins|minutes)\b|\bchewing\s+(?:movements?|motions?)\b|\bstaring\s+(?:off|out)\b`,
      r`\bbut\s+(?:now|just\s+now|today|tonight|this\s+time|this\s+morning)\b|\b(?:this|it)\s+(?:is|was|one\s+is|time\s+is|time\s+it\s+is)\s+different\b(?!\s+(?:to|from|than))|\bdifferent\s+(?:this\s+time|today|now)\b|\bnot\s+(?:like|the\s+same\s+as)\s+(?:usual|before|normal|the\s+others|her\s+usual|his\s+usual)\b`,
    ],
    { timeless: true },
  ),
];

/** A seizure named in the telling of this episode: remote history ("a seizure 10 years ago") is dropped. */
const SEIZURE_TOLD = [
  define(
    'seizure_happened',
    [
      r`\b(?:his|her|their|the|a)\s+(?:\w+\s+)?fit\s+(?:started|began|is|has|was|went|lasted|kept)\b`,
      r`\btonic[- ]clonic\b|\b(?:focal|absence|partial)\s+seizures?\b`,
      r`\b(?:seizures?|convulsions?|convulsing|seizing)\b|\b(?:had|having|has\s+had|another)\s+(?:a\s+|his\s+|her\s+)?(?:\w+\s+)?fits?\b`,
      // Non-native present with its subject: "after maybe 1 minute he have a fit on the floor" (not "has a fit about").
      r`\b(?:he|she|they|son|daughter|boy|girl|baby|child)\s+(?:have|has|get|gets)\s+a\s+fit\b(?!\s+(?:of|about|if|when|over|at))`,
      // What happened in the fit: "fell off his bike during one of his usual fits", "in the middle of a fit".
      r`\b(?:during|in\s+the\s+middle\s+of|mid)\s+(?:one\s+of\s+)?(?:a|an|his|her|their|my)\s+(?:[\w-]+\s+)?fits?\b`,
    ],
    { persistsWhenResolved: true, resolvesWhenKnown: KNOWN_EPILEPSY_AND_NOTHING_SENDING_ON },
  ),
];

/** Convulsive movements told in lay words, whether or not the word "seizure" is used. */
const CONVULSIVE = [
  define(
    'convulsive_movements',
    [
      r`\b(?:arms\s+and\s+legs|legs\s+and\s+arms|limbs|whole\s+body|all\s+four\s+limbs)\s+(?:\w+\s+){0,2}?(?:jerking|jerked|convulsing|twitching\s+and\s+jerking|shaking\s+and\s+jerking|stiffened|went\s+stiff)\b`,
      r`\b(?:jerking|twitching|convulsing)\s+(?:all\s+over|(?:his|her|their|my)\s+(?:arms|legs|limbs|whole\s+body))\b|\b(?:went|goes|gone)\s+(?:all\s+)?(?:stiff|rigid)\s+(?:and|then)\s+(?:started\s+)?(?:jerking|shaking|twitching)\b|\b(?:seizure|fit)[- ]like\s+(?:shaking|jerking|episode|movements?)\b`,
      // Stiffening then shaking, in any voice: "stiffened up and shook", "gone stiff and she is jerking".
      r`\b(?:stiffened|went\s+stiff|gone\s+stiff|goes\s+stiff|went\s+rigid|gone\s+rigid)\s+(?:up\s+)?(?:and|then)\s+(?:(?:he|she|they)\s+(?:is|are|was|were)\s+)?(?:started\s+)?(?:shook|shaking|jerked|jerking|twitched|twitching)\b`,
      // A vignette's verbs in any form: "is seen to go stiff and then jerk all four limbs", "jerks both arms and legs",
      // and a note's "jerking all limbs" / "jerking all 4 limbs".
      r`\b(?:jerk|jerks|jerked|jerking|shake|shakes|shook|shaking|twitch|twitches|twitched|convulse|convulses|convulsed)\s+(?:all\s+(?:(?:four|4)\s+|(?:his|her|their)\s+)?limbs|(?:both\s+)?(?:(?:his|her|their|my)\s+)?(?:arms\s+and\s+legs|legs\s+and\s+arms|limbs)|both\s+arms\s+and\s+(?:both\s+)?legs)\b|\b(?:jerking|shaking|twitching)\s+of\s+(?:all\s+(?:four\s+|4\s+)?limbs|(?:both|his|her|their|the)\s+(?:arms\s+and\s+legs|legs\s+and\s+arms|limbs))\b|\b(?:arms\s+and\s+legs|legs\s+and\s+arms|limbs|whole\s+body)\s+(?:\w+\s+)?(?:shaking|jerking|twitching|shook|jerked)\s+(?:rhythmically|in\s+rhythm|violently|uncontrollably)\b|\b(?:tonic|stiffening)\s+(?:phase\s+)?(?:then|followed\s+by|and\s+then)\s+(?:clonic|jerking|rhythmic)\b`,
      // Focal motor seizure: one part keeps jerking, or the jerking spreads (a Jacksonian march).
      r`\b(?:arms?|legs?|hands?|face|lips?|mouth)\s+(?:[\w-]+\s+){0,4}?(?:keeps?|kept|started|starts)\s+(?:twitching|jerking)\b`,
    ],
    { persistsWhenResolved: true, resolvesWhenKnown: KNOWN_EPILEPSY_AND_NOTHING_SENDING_ON },
  ),
  // Told in separate clauses ("she has gone stiff and she is jerking"): stiffening, and jerking now.
  define(
    'stiffening',
    [r`\b(?:gone|went|goes|going|go|became|become|becomes)\s+(?:all\s+)?(?:stiff|rigid)\b|\bstiffened\b`],
    {
      persistsWhenResolved: true,
      resolvesWhenKnown: KNOWN_EPILEPSY_AND_NOTHING_SENDING_ON,
    },
  ),
  define(
    'jerking_now',
    [
      r`\b(?:is|are|was|were|started|keeps?|kept)\s+(?:jerking|convulsing|shaking\s+all\s+over)\b`,
      // After the stiffening, in the clause that follows: "and then jerk all four limbs", "then started to shake".
      r`^(?:and\s+)?then\s+(?:started\s+(?:to\s+)?|began\s+(?:to\s+)?)?(?:jerk|jerked|jerking|shake|shook|shaking|convulse|convulsed|convulsing)\b`,
    ],
    { persistsWhenResolved: true, resolvesWhenKnown: KNOWN_EPILEPSY_AND_NOTHING_SENDING_ON },
  ),
  // Not answering while it happens, or blanking out between jerks.
  define(
    'absent_during_episode',
    [
      r`\b(?:not|is\s+not|will\s+not)\s+(?:talking|answering|speaking)\s+(?:to\s+)?(?:me|us)\b|\bblanking\s+out\b|\bkeeps?\s+blanking\b`,
      // Non-native: "eyes open but no answer to me".
      r`\bno\s+(?:answer|response|reply)\s+(?:to|from)\s+(?:me|us|him|her)\b|\b(?:does\s+not|did\s+not)\s+answer\s+(?:me|us)\b`,
      // Absences and focal seizures as parents tell them: "absent moments", "he is not there", "eyes flutter".
      r`\b(?:absent|absence|blank|vacant|zoned[- ]out)\s+(?:\w+\s+)?(?:moments?|spells?|episodes?|seizures?|staring|stares|look)\b|\b(?:is|was|he\s+is|she\s+is)\s+(?:just\s+)?not\s+there\b|\beyes?\s+(?:\w+\s+)?(?:flutter\w*|roll\w*\s+(?:up|back))\b|\b(?:stares|staring)\s+(?:blankly|into\s+space|at\s+nothing)\b|\b(?:and\s+)?(?:she|he|they)\s+(?:just\s+)?(?:stares|zones\s+out|goes\s+blank|is\s+not\s+with\s+(?:us|it))\b`,
    ],
    { ordinaryWhen: ORDINARY_STARING },
  ),
  // Not back to themselves after the fit (NICE NG217, NHS: call 999 when the person does not regain full consciousness):
  // "not back to his usual self", "still not herself", "not fully come round", "still confused an hour later". Confusion
  // told as the first minutes of the usual recovery ("confused at first, then just tired") is no such sign.
  define('not_recovered_after', [
    r`\bstill\s+(?:(?:really|very|quite|so|a\s+bit|completely|totally)\s+)?(?:confused|disorient\w*|dazed|not\s+making\s+(?:any\s+)?sense)\b|\b(?:confused|disorient\w*|dazed)\s+(?:\w+\s+){0,3}?(?:(?:an|one|two|three|\d+)\s+hours?|(?:[3-9]\d|forty|fifty|sixty)\s+min\w*)\s+(?:later|after|on)\b`,
    r`\bnot\s+(?:\w+\s+)?back\s+to\s+(?:(?:his|her|their|my)\s+(?:usual|normal|old)\s+self|normal|himself|herself|themselves)\b|\b(?:still|has\s+not\s+been|have\s+not\s+been|is\s+still\s+not|still\s+is\s+not|is\s+not)\s+(?:\w+\s+)?(?:himself|herself|themselves|with\s+it)\b|\bnot\s+(?:fully|properly|completely)\s+(?:awake|recovered|come\s+round|come\s+to|conscious|with\s+it)\b|\b(?:keeps?|kept)\s+(?:asking|repeating)\s+(?:the\s+same\s+)?(?:questions?|things?|himself|herself)\b|\brepeating\s+(?:the\s+same\s+)?questions\b`,
  ]),
  // A seizure in water risks drowning (NHS 111 sends an ambulance), even once over and recovered from: water breathed in
  // may harm hours later, so "he's back to himself now" does not end it.
  define(
    'in_water',
    [
      r`\b(?:in|into|under)\s+the\s+(?:bath|bathtub|pool|water|sea|river|lake)\b|\b(?:took|swallowed|breathed)\s+in\s+(?:some\s+)?water\b`,
    ],
    { persistsWhenResolved: true },
  ),
  // Repeated episodes: "every couple of minutes", "dozens today".
  define('recurring_episodes', [
    r`\bevery\s+(?:couple\s+of|few|\d+|two|three|five|ten)\s+min\w*|\bdozens\s+(?:of\s+times\s+)?today\b`,
    r`\b(?:[4-9]|\d{2}|four|five|six|seven|eight|nine|ten|dozens\s+of|lots\s+of|loads\s+of|so\s+many)\s+(?:times|episodes|of\s+them|in\s+a\s+row)\s+(?:today|this\s+morning|this\s+afternoon|tonight|in\s+(?:an|the\s+last|the\s+past)\s+(?:hour|few\s+hours))\b|\b(?:dozens|dozens\s+of\s+times|loads|lots)\s+(?:today|this\s+morning)\b`,
  ]),
  // Still going: "started 6 min ago, still shaking", "has been going for like 5 min".
  define('still_convulsing', [
    // A running count of the minutes, told in its own clause beside the movements (NICE NG217: call 999 at 5 minutes):
    // "his arms and legs are jerking and it has not stopped, 6 minutes now", "7 mins so far".
    r`\b(?:[5-9]|[1-5]\d|five|six|seven|eight|nine|ten|fifteen|twenty)\s*(?:min|mins|minutes)\s+(?:now|so\s+far|already)\b`,
    // The clause after the seizure's ("... and still going", "... and it's still happening", "... and it won't stop").
    r`^(?:and\s+)?(?:(?:it|he|she|this|the\s+(?:seizure|fit|jerking|shaking))\s+(?:is|has\s+been|was|keeps)\s+)?(?:still\s+(?:going|happening)|going\s+on\s+still)\b|^(?:and\s+)?(?:it|he|she|this|the\s+(?:seizure|fit|jerking|shaking))\s+(?:(?:will|would|does|is)\s+not\s+stop(?:ping)?|(?:has|have)\s+not\s+stopped)\b(?!\s+(?:me|him|her|us|them|you|my|his|their|our)\b)|\bstill\s+going\s+(?:on\s+)?(?:now|strong)?\b(?=[^.;]{0,40}\b(?:jerk\w*|shak\w*|seiz\w*|fit\w*|convuls\w*|twitch\w*))|\b(?:has|have)\s+not\s+stopped\s+(?:yet|since)\b`,
    r`\b(?:it\s+is|it\s+has|has|have)\s+been\s+(?:going\s+(?:on\s+)?(?:for\s+)?)?(?:over\s+|about\s+|nearly\s+|more\s+than\s+)?(?:[5-9]|\d{2}|five|ten|fifteen|twenty)\s+min\w*|\bstill\s+(?:shaking|jerking|fitting|seizing|convulsing|twitching)\b|\b(?:started|began)\s+(?:about\s+|like\s+)?(?:[2-9]|\d{2}|a\s+few|five|ten)\s+min\w*\s+ago\b`,
    r`\b(?:jerking|shaking|fitting|seizing|convulsing|twitching|seizure|fit|it)\b[^.;]{0,30}\b(?:going|been\s+going|lasting|lasted|gone\s+on)\s+(?:on\s+)?(?:for\s+)?(?:like\s+|about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?(?:[5-9]|\d{2}|five|six|seven|eight|nine|ten|fifteen|twenty)\s+min\w*`,
  ]),
  // NICE: a first seizure is assessed the same day; "never had one before", "not epileptic".
  define(
    'first_episode',
    [
      r`\bfirst[\s-]+(?:ever[\s-]+)?(?:(?:tonic[- ]clonic|generali[sz]ed|febrile|focal|major|big|proper|grand\s+mal)\s+){0,2}(?:time|one|seizure|fit|convulsion|episode)\b|\bnever\s+had\s+(?:one|anything\s+like\s+(?:this|that|it))\b|\bnever\s+had\s+(?:a\s+)?(?:seizure|fit|convulsion)s?\s+before\b|\bno\s+(?:history|hx|previous)\s+(?:of\s+)?(?:epilepsy|seizures|fits)\b|\bno\s+(?:(?:previous|past|prior|known)\s+)?(?:neurological|seizure|epilepsy)\s+(?:history|hx)\b|\bnot\s+(?:an\s+)?epileptic\b`,
    ],
    { persistsWhenResolved: true },
  ),
  // Repeated seizures without recovery between them count as status epilepticus.
  define(
    'repeated_seizures',
    [
      // A second seizure told straight after the first, or with no waking between: "he had a seizure and then another one
      // straight after without waking up", "a fit, then another right after". With no waking told between, "another" needs no
      // noun: the clause splitter parts "and then another one ..." from the seizure before it.
      // A count of the day told by its ordinal (NICE NG217: a cluster): "her third seizure today", "his 2nd fit since lunch".
      r`\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th)\s+(?:[\w-]+\s+){0,2}?(?:seizure|fit|convulsion)s?\s+(?:today|tonight|this\s+(?:morning|afternoon|evening)|since\s+(?:this\s+morning|lunch|breakfast|last\s+night|\d)|in\s+(?:an?|one|the\s+(?:last|past))\s+(?:hour|day|\d+\s+hours?))\b`,
      r`\banother\s+(?:one\s+)?(?:[\w-]+\s+){0,3}?without\s+(?:waking|coming\s+(?:round|around|to)|recovering|regaining\s+consciousness)\b`,
      r`\b${SEIZURE_WORD}\b[^.;]{0,40}?\banother\s+(?:one\s+|seizure\s+|fit\s+)?(?:(?:straight|right|immediately|just)\s+after(?:wards)?\b|(?:\w+\s+){0,3}?without\s+(?:waking|coming\s+(?:round|around|to)|recovering|regaining|opening)\b)`,
      r`\b(?:one|seizure|fit)\s+after\s+(?:another|the\s+other)\b|\bback[- ]to[- ]back\s+(?:seizures|fits)\b|\bkeeps?\s+having\s+(?:seizures|fits|them)\b|\bstarted\s+(?:twitching|jerking|fitting|seizing|shaking)\s+again\b`,
      r`\b(?:not|has\s+not|did\s+not|without|never)\s+(?:\w+\s+)?(?:come|coming|came|woken|woke|waking|recovering|regaining\s+consciousness|(?:getting|got|gotten|coming|come|came)\s+back\s+to\s+(?:himself|herself|themselves|normal)|regained\s+consciousness)\s+(?:round\s+|around\s+|to\s+|up\s+)?(?:in\s+)?between\b|\b(?:then|and)\s+another\s+(?:one\s+)?before\s+(?:he|she|they)\s+(?:woke|came\s+round)\b|\b(?:never|not|has\s+not|did\s+not)\s+(?:\w+\s+)?(?:came|come|coming)\s+(?:round|to)\s+(?:from|after)\s+the\s+(?:first|last|previous|other)(?:\s+one)?\b`,
    ],
    { persistsWhenResolved: true },
  ),
  // An unwitnessed seizure leaves traces: a bitten tongue, incontinence, post-ictal drowsiness.
  define(
    'seizure_aftermath',
    [
      r`\b(?:started|began|was)\s+(?:shaking|jerking|convulsing|fitting)\b[^.;]{0,40}\bfoaming\s+at\s+the\s+mouth\b|\bfoaming\s+at\s+the\s+mouth\b[^.;]{0,40}\b(?:stopped|over|finished)\b`,
      r`\b(?:bit|bitten|biting)\s+(?:his|her|my|their)\s+tongue\b|\btongue\s+(?:is\s+|was\s+)?bitten\b|\b(?:wet|soiled)\s+(?:himself|herself|themselves|myself)\b|\blost\s+control\s+of\s+(?:his|her|my|their)\s+bladder\b|\bpost[- ]?ictal\b`,
    ],
    { persistsWhenResolved: true },
  ),
  // Coming to on the floor with a bitten tongue, told by the person it happened to, is an unwitnessed seizure (NICE
  // NG217: a suspected first seizure needs emergency assessment; a bitten tongue is the trace a faint seldom leaves,
  // where wet clothes alone are not). Alone it may be sleep or drink: it counts only with the tongue told after it in
  // its sentence, beside the traces (see the seizure rule), and not where the message tells the drink or the sleep.
  define(
    'came_to_on_the_floor',
    [
      r`\b(?:woke|woken|waking|wake|came\s+(?:round|around|to)|come\s+(?:round|around|to)|coming\s+(?:round|around|to)|found\s+(?:myself|himself|herself))\s+(?:up\s+)?(?:lying\s+)?(?:on|in)\s+the\s+(?:\w+\s+)?(?:floor|ground|pavement)\b(?=[^.;]*\b(?:bit|bitten|biting)\s+(?:(?:his|her|my|their)\s+)?tongue\b|[^.;]*\btongue\s+(?:is\s+|was\s+)?bitten\b)`,
    ],
    {
      ordinaryWhen:
        /\b(?:drunk|night\s+out|drinking|hammered|wasted|pissed|hung\s*over|hangover|fell\s+asleep|dozed\s+off|nodded\s+off)\b/,
    },
  ),
  // West syndrome: clusters of jerks in a baby (NICE NG217 urgent referral).
  define(
    'infant_spasms',
    [
      r`\bkeeps?\s+(?:doing\s+)?(?:these\s+|this\s+)?(?:jerky|jerking|twitchy|stiffening|spasm)\w*|\b(?:jerks|spasms|jerky\s+movements)\b[^.;]{0,40}\bclusters?\b|\binfantile\s+spasms\b`,
    ],
    { ordinaryWhen: /\b(?:asleep|sleep|sleeping|startle\w*|hiccups?|moro|dozing)\b/ },
  ),
];

/**
 * "My dad had a stroke years ago and I think he is having another one": the noun and the
 * present episode sit in different clauses. The noun counts whenever it is named outside a
 * general question; the present "having one" must pass every clause filter.
 */
const EPISODE_BY_PRONOUN = [
  define('episode_pronoun_now', [
    r`\b(?:is|are|am|be)\s+(?:having|going\s+into)\s+(?:one|another(?:\s+one)?)\b`,
    // Another one just now: "10 mins later he's had another one", "she has just had another".
    r`\b(?:later|now|just)\s+(?:he|she|they)\s+(?:is|has|have)\s+(?:just\s+)?had\s+another(?:\s+one)?\b|\b(?:he|she|they)\s+(?:is|has|have)\s+just\s+had\s+another(?:\s+one)?\b`,
    // The next of a run beginning: "now a third is starting", "another one has started".
    r`\b(?:a|the)\s+(?:second|third|fourth|fifth|next)\s+(?:one\s+)?(?:is\s+|has\s+)?(?:starting|started|beginning|begun|coming\s+on)\b|\banother\s+(?:one\s+)?(?:is\s+|has\s+)?(?:starting|beginning|begun|coming\s+on)\b`,
    // The episode of a named condition told as going on: "this one has lasted over five minutes".
    r`\b(?:this|the)\s+(?:one|episode|attack)\s+(?:has\s+)?(?:lasted|gone\s+on|been\s+going(?:\s+on)?|is\s+still\s+going)\s+(?:for\s+)?(?:over\s+|more\s+than\s+|nearly\s+|about\s+)?(?:[5-9]|\d\d|five|six|seven|eight|nine|ten|fifteen|twenty)\s*(?:min|mins|minutes)\b`,

    // The present length told after a plan's limit ("call 999 if a seizure lasts over 5 minutes, and it has now lasted
    // 7"; "..., it's now 8 minutes"): "it" is the episode the plan named, going on past five minutes now (NICE NG217).
    // Read from the length, so that what tells it going on ends a safety net's condition (`safety-net.ts`). Not a time
    // since ("it has been 10 minutes since his tablets") nor one of hours or days.
    r`(?<=\bit\s+(?:(?:has\s+|is\s+)?now\s+(?:(?:lasted|gone\s+on|been(?:\s+going(?:\s+on)?)?)\s+)?|(?:has\s+|is\s+)?(?:lasted|gone\s+on|been\s+going(?:\s+on)?)\s+|is\s+still\s+going\s+(?:on\s+)?)(?:for\s+)?)(?:over\s+|more\s+than\s+|nearly\s+|about\s+|almost\s+)?(?:[5-9]|[1-5]\d|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)(?:\s*(?:min|mins|minutes)\b|(?=\s*(?:now\b|$)))(?![^.;]*\b(?:since|ago|after|later)\b)`,
  ]),
  // A fit that stopped and then started again ("the seizure stopped but it started again", "the fit stopped and then
  // started again", a reading of Hindi "दौरा रुका था लेकिन फिर से शुरू हो गया"): a second seizure with no recovery told
  // between (NICE NG217). The clause splitter parts the stop from the start, so each is read in its own clause and the
  // rule weighs them together: what stopped is a fit named in its own clause (not hiccups told beside a fit named
  // elsewhere, review V24), and a return over weeks or years is epilepsy's course.
  define(
    'seizure_stopped',
    [
      r`\b${SEIZURE_WORD}\b[^.;]{0,40}?\b(?:stopped|passed|ended|finished|eased)\b(?![^.;]*\b(?:years?|months?|weeks?|ago)\b)`,
    ],
    { persistsWhenResolved: true, discriminatorOnly: true },
  ),
  define('episode_started_again', [
    r`\b(?:it|they|then)\s+(?:has\s+|have\s+)?(?:just\s+)?(?:started|began|begun|restarted)\s+(?:up\s+)?again\b(?![^.;]*\b(?:years?|months?|weeks?|ago|last|since)\b)`,
  ]),
  // "fit" also means healthy or matching: "fit and well", "keep fit", "fairly fit", "I am fit", "fits in the car".
  define(
    'seizure_named',
    [
      r`\b(?:convulsed|had\s+a\s+convulsion|seized\s+up\s+and\s+shook)\b`,
      r`\b(?:seizures?|convulsions?|convulsing|seizing)\b|(?<!\b(?:keep|keeping|get|getting|very|quite|feel|feels|feeling|look|looks|so|really|pretty|fairly|reasonably|physically|generally|otherwise|super|extremely|stay|staying|am|be|being)\s)\bfits?\b(?!-(?:to|for|and)\b|\s+(?:and|as|to|for|enough|in|into|well|the|perfectly|me|him|her|them|it|of|note|notes|letter))`,
    ],
    { timeless: true },
  ),
  define('stroke_named', [r`\b(?:stroke|mini[- ]stroke|tia)\b`], { timeless: true }),
  define('heart_attack_named', [r`\bheart\s+attacks?\b`], { timeless: true }),
];

export const SEIZURE_SIGNALS: readonly SignalDefinition[] = [
  ...SEIZURE,
  ...SEIZURE_ASKED,
  ...SEIZURE_TOLD,
  ...CONVULSIVE,
  ...EPISODE_BY_PRONOUN,
];
