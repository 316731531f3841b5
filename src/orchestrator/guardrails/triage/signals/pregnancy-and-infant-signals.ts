/** Danger signs in pregnancy and in babies. */

import { type SignalDefinition, define, r } from './signal-definition.js';
import { INFANT, NEWBORN, NOT_AN_AGE_THEN, episodeNow } from '../triage-vocabulary.js';
import { TEN_AS_THE_TOP_OF_A_SHORTER_RANGE } from './periodic-breathing-signals.js';
import { BABY_UNDER_ONE } from '../urgent-after-resolution.js';
import { USUAL_PERIOD_PAIN_GUARD } from './usual-period-pain.js';
import { BLEEDING_SETTLING_AFTER_A_BIRTH } from './bleeding-settling-after-a-birth.js';
import { BLEEDING_TOLD_AS_A_TRACE } from './bleeding-told-as-a-trace.js';

/**
 * Movements not expected yet: before about 24 weeks, and later in a first pregnancy, a mother may not feel them
 * ("no kicks yet at 20 weeks", "first baby, is it normal I have not felt him yet"). Never beside a gestation of 24 weeks
 * or more in the sentence, nor a "yet today" (review V19: "first pregnancy, 38 weeks, not felt any kicks since
 * yesterday evening, is this normal?"; RCOG GTG57: reduced movements after 28 weeks need assessment the same day).
 */
const MOVEMENTS_NOT_YET_EXPECTED =
  /\b1\d\s+weeks\b|^(?![\s\S]*\b(?:(?:2[4-9]|3\d|4[0-2])\s*(?:\+\s*\d\s*)?(?:weeks?|wks)|(?:twenty[- ]?(?:four|five|six|seven|eight|nine)|thirty|forty)[\w-]*\s+weeks?)\b)[\s\S]*?(?:\byet\b(?!\s+(?:today|tonight|this\s+(?:morning|afternoon|evening)))|\bfirst\s+(?:pregnancy|baby)\b[^.;]*\bnormal\b)/;

/**
 * Bleeding in its normal course after a birth or a miscarriage: lochia turning brown and light (NICE postnatal care),
 * or settling as told in bleeding-settling-after-a-birth.ts.
 */
const BLEEDING_ORDINARY_AFTER_A_BIRTH = new RegExp(
  `${BLEEDING_SETTLING_AFTER_A_BIRTH.source}|${/\b(?:brown|brownish)\b[^.]{0,30}\b(?:light|spotting|slowed|less)\b|\b(?:light|slowed|less)\b[^.]{0,30}\b(?:brown|brownish)\b|\b(?:weeks?|days?)\s+after\s+(?:giving\s+birth|the\s+birth|delivery)\b[^.]*\b(?:getting\s+lighter|lighter\s+each\s+day|tailing\s+off|easing\s+off)\b/.source}`,
);

/** Bleeding after a birth in its normal course, or bleeding in pregnancy told as a trace or a show. */
const BLEEDING_ORDINARY_IN_ITS_COURSE = new RegExp(
  `${BLEEDING_ORDINARY_AFTER_A_BIRTH.source}|${BLEEDING_TOLD_AS_A_TRACE.source}`,
);

/**
 * Someone a "he" or "she" may be besides the baby in the womb (review V20, 20:16: "my toddler ..., he's been still");
 * never the pregnant woman herself ("my wife is 37 weeks and she says he's hardly moved").
 */
const SOMEONE_ELSE = r`(?:toddler|son|daughter|husband|boyfriend|fiance|dad|father|brother|sister|boy|girl|child|kid|kids|dog|cat|puppy|nephew|niece|grandson|granddaughter|friend|man|grandad|grandpa|grandma|nan)`;

/**
 * Periods absent for a known reason that is no pregnancy: a contraceptive that stops them, breastfeeding, the
 * menopause (review V20, 20:16: "no periods for 6 months since the implant").
 */
const PERIODS_STOPPED_FOR_A_REASON =
  /\b(?:implant|nexplanon|pill|mini[- ]?pill|coil|ius|mirena|depo|injection|contracept\w*|breastfeed\w*|breast\s*feed\w*|menopaus\w*|perimenopaus\w*|hysterectomy|ablation)\b/;

/** Swelling told as coming on by the end of the day, in a sentence that tells no sudden or facial swelling. */
const EVENING_SWELLING =
  /^(?![^.;]*\b(?:sudden\w*|overnight|face|facial|puffed\s+up|today|this\s+morning|pain\w*|ribs|epigastric|protein\w*)\b)[^.;]*\b(?:(?:by|in|towards?|at)\s+the\s+(?:evening|end\s+of\s+the\s+day)|by\s+(?:evening|bedtime|night))\b/;

const PREGNANCY = [
  define(
    'pregnancy',
    [
      r`\b(?:pregnant|pregnancy|trimester)\b`,
      r`\bexpecting\s+(?:a\s+)?(?:baby|twins|child)\b`,
      r`\b(?:\d+|[a-z]+)\s+weeks?\s+(?:along|pregnant|gestation)\b`,
      r`\b(?:i\s+am|she\s+is|is|at|currently|^)\s*(?:[1-4]\d|[4-9])\s*(?:\+\s*\d\s*)?(?:weeks?|wks)\b(?!\s+(?:ago|old|of\s+\w+ing|now\s+of))`,
      // The weeks in words or after "her's": "wife is thirty six weeks", "my girlfriend's 34 weeks", "is thirty-two weeks".
      r`\b(?:i\s+am|she\s+is|is|at|currently|(?:she|wife|partner|girlfriend|fiancee|daughter|sister|patient|pt|mum|mom)'s|^)\s*(?:(?:[1-4]\d|[4-9])|(?:twenty|thirty)(?:[- ]?(?:one|two|three|four|five|six|seven|eight|nine))?|forty(?:[- ]?(?:one|two))?)\s*(?:\+\s*\d\s*)?(?:weeks?|wks)\b(?!\s+(?:ago|old|of\s+\w+ing|now\s+of|since|after|post))`,
      // Gestation in obstetric shorthand ("33+2"), a confirmed test, a birth just over, a parity note.
      r`\b[1-4]\d\s*\+\s*[0-6]\b|\bpositive\s+(?:pregnancy\s+)?test\b|\b(?:post|after)\s+(?:home\s+|the\s+)?birth\b|\bhome\s+birth\b|\bdelivered\s+(?:a\s+|my\s+|our\s+|the\s+|her\s+)?baby\b|\bprimip\w*|\bmultip\w*|\bpregnant\b`,
      r`\b(?:c\s+section|postnatal|post-?natal|puerperal|had\s+a\s+baby|after\s+(?:the\s+)?birth|(?:weeks?|days?)\s+after\s+(?:giving\s+birth|delivery|(?:the|my|her|a)\s+(?:c\s+section|baby)))\b`,
      r`\b(?:waters?\s+(?:has\s+|have\s+|just\s+)?(?:broke|broken)|in\s+labou?r|contractions)\b`,
      r`\b(?:just\s+)?had\s+(?:a|my|our|the|her)\s+baby\b`,
      // Care only given near term: a membrane sweep, an induction, a midwife's internal exam.
      r`\b(?:membrane|cervical)\s+sweep\b|\bhad\s+(?:a|my|her)\s+sweep\b|\b(?:being|been|getting)\s+induced\b|\binduction\s+of\s+labou?r\b`,
      r`\b(?:gave\s+birth|postpartum|post-partum|after\s+(?:giving\s+birth|delivery|my\s+c-?section)|delivered\s+(?:a|my|our|the)\s+baby)\b`,
    ],
    // A pregnancy wondered about or ruled out is none: "could I be pregnant", "the test was negative".
    {
      timeless: true,
      ordinaryWhen:
        /\b(?:could|might|may)\s+(?:i|she)\s+be\s+pregnant\b|\bam\s+i\s+pregnant\b|\btrying\s+(?:to\s+(?:get|fall)\s+pregnant|for\s+a\s+baby)\b|\b(?:planning|plan|hoping|want|wanting|thinking\s+about|before\s+(?:getting|trying))\s+(?:\w+\s+)?(?:a\s+|another\s+)?(?:pregnancy|to\s+(?:get|fall|become)\s+pregnant)\b|\btest\s+(?:was\s+|is\s+|came\s+back\s+)?negative\b/,
    },
  ),
  // The half of pregnancy in which pre-eclampsia comes, and the weeks after the birth when it still can (NICE NG133:
  // after 20 weeks, and postpartum): "36 weeks", "thirty two weeks", "33+2", "gave birth 5 days ago".
  define(
    'pregnancy_from_twenty_weeks_or_after_birth',
    [
      r`\b(?:2\d|3\d|4[0-2])\s*(?:\+\s*[0-6]\s*)?(?:weeks?|wks)\b(?!\s+(?:ago|old))|\b(?:twenty|thirty|forty)(?:[- ]?(?:one|two|three|four|five|six|seven|eight|nine))?\s+weeks?\b(?!\s+(?:ago|old))|\b(?:2\d|3\d|4[0-2])\s*\+\s*[0-6]\b|\bthird\s+trimester\b`,
      r`\b(?:gave\s+birth|given\s+birth|post-?partum|post-?natal|puerperal|had\s+(?:a|my|our|the|her)\s+baby|delivered|c\s*-?\s*section|after\s+(?:the\s+)?birth)\b`,
    ],
    { timeless: true, background: true },
  ),
  define('miscarriage_now', [
    ...episodeNow(r`miscarriage|ectopic(?!\s+(?:beats?|heart\s*beats?|rhythms?|atrial|ventricular))(?:\s+pregnancy)?`),
    r`\b(?:am|is)\s+miscarrying\b`,
  ]),
  // Any bleeding except from the gums, nose or a small cut: in pregnancy, any of it is a danger sign.
  define(
    'bleeding_mentioned',
    [
      // A bleed told of another part (the gums, the nose, a cut, a cracked nipple a feed makes bleed) is no bleed of
      // the pregnancy or the birth.
      r`(?<!\b(?:gums?|nose|lips?|finger|toe|knee|cut|scrape|graze|hemorrhoids?|haemorrhoids?|piles|mouth|ear|nipples?)\s(?:(?:is|are|keep|keeps|started|have\s+been|has\s+been)\s)?(?:(?:cracked|sore|raw|split|chapped|blistered|grazed)\s(?:and\s)?)?)\b(?:bleeding|blood(?!\s+(?:(?:being\s+)?(?:taken|drawn)|samples?)\b)|bled|bleed|haemorrhag\w*|hemorrhag\w*|passing\s+clots|clots|spotting\s+(?:heavily|a\s+lot)|heavy\s+spotting)\b(?!\s+(?:pressure|sugar|tests?|work|counts?|glucose|type|results?|levels?|draws?|donation|thinners?|gums|from\s+(?:my|his|her|the)\s+(?:nose|gums|mouth)))`,
      // Lochia turning brown and light weeks after a birth is the normal course (NICE postnatal care).
    ],
    {
      ordinaryWhen: BLEEDING_ORDINARY_IN_ITS_COURSE,
    },
  ),
  define(
    'severe_abdominal_pain',
    [
      r`\b(?:severe|intense|terrible|bad|really\s+bad|very\s+bad|sharp|excruciating|unbearable|stabbing|awful|agonising|agonizing)\s+(?:\w+\s+)?(?:abdominal|stomach|belly|tummy|pelvic|abdomen|cramps|cramping|period[- ]?(?:type\s+|like\s+)?pains?)\b`,
      r`\b(?:abdominal|stomach|belly|tummy|pelvic)\s+pain\s+(?:is\s+)?(?:so\s+|really\s+|very\s+)?(?:severe|unbearable|excruciating)\b`,
      r`\b(?:severe|intense|terrible|bad|sharp|excruciating|unbearable|stabbing|awful)\s+(?:pain|cramps?|cramping)\s+in\s+(?:my|her|the)\s+(?:belly|stomach|abdomen|tummy|pelvis|lower\s+\w+|side)\b`,
    ],
    // Period pain told as the usual one (usual-period-pain.ts).
    { ordinaryUnlessElsewhere: USUAL_PERIOD_PAIN_GUARD },
  ),
  define(
    'reduced_fetal_movement',
    [
      r`\bbab(?:y|ies)\s+(?:has\s+|is\s+|have\s+|are\s+)?(?:not\s+(?:been\s+)?moving|stopped\s+moving|not\s+kick\w*|stopped\s+kick\w*|moving\s+(?:much\s+)?less|not\s+moved|(?:hardly|barely|scarcely)\s+(?:moved|moving|kicked|kicking)|moved\s+(?:much\s+|a\s+lot\s+|way\s+|far\s+)?less)\b`,
      r`\b(?:cannot|could\s+not|have\s+not|has\s+not|did\s+not)\s+(?:felt|feel)\s+(?:the\s+|my\s+|her\s+)?baby\s+(?:move|moving|kick\w*)\b`,
      r`\b(?:no|reduced|decreased)\s+(?:fetal|foetal|baby)\s+movements?\b`,
      // Less than the usual pattern, however told: "not felt the baby as much today", "moving way less".
      r`\b(?:not|have\s+not|has\s+not|did\s+not|hardly|barely|only\s+just)\s+(?:felt|feel|feeling|been\s+feeling)\s+(?:the\s+|my\s+|her\s+)?bab(?:y|ies)\s+(?:move\s+|moving\s+|kick\w*\s+)?(?:as\s+much|much|as\s+often|at\s+all|today|since|all\s+day|for)\b|\bbab(?:y|ies)(?:'s|\s+is|\s+has|\s+have)?\s+(?:been\s+)?(?:moving|kicking)\s+(?:\w+\s+)?(?:less|fewer)\b|\b(?:movements?|kicks?|moving|kicking)\b[^.;]{0,25}\bless\s+than\s+(?:usual|normal|before)\b`,
      // RCOG GTG57 / NHS: any reduction in the usual pattern, told as quiet, fewer kicks, flutters, nothing.
      r`\bbab(?:y|ies)(?:'s|\s+is|\s+has)?\s+(?:been\s+)?(?:really\s+|very\s+|so\s+|much\s+|a\s+lot\s+)?(?:quiet|quieter|still|less\s+active|not\s+as\s+active|slowed\s+down)\b|\bno\s+(?:kicks?|movements?|wriggles|flutters)\s+(?:at\s+all\s+)?(?:since|all\s+(?:day|morning|night)|today|for\s+(?:\d+|a\s+few|several|hours))\b|\b(?:not|have\s+not|has\s+not|cannot|could\s+not|did\s+not|hardly|barely)\s+(?:felt|feel|feeling|been\s+feeling)\s+(?:\w+\s+){0,2}?(?:kick\w*|mov\w*|move)\b|\bnot\s+moving\s+as\s+much\b|\b(?:fm|fetal\s+movements?|foetal\s+movements?|movements?)\s+(?:are\s+|have\s+)?(?:reduced|decreased|less|absent|stopped)\b|\bno\s+(?:fetal\s+|foetal\s+)?movements?\b|\bflutters\s+instead\b|\b(?:cannot|could\s+not)\s+feel\s+(?:the\s+|my\s+|her\s+)?baby\b|\bbaby\s+feels\s+different\b|\b(?:kicks|movements)\s+(?:are\s+|have\s+been\s+|feel\s+)?(?:much\s+|a\s+lot\s+|so\s+)?(?:weaker|fewer|less|softer|different)\b`,
    ],
    { ordinaryWhen: MOVEMENTS_NOT_YET_EXPECTED },
  ),
  // The baby in the womb told by a pronoun: "39 weeks, he's been much quieter today", "she's hardly moved since
  // yesterday". Said of a born child or an adult it is something else, so it counts only beside a gestation of 24 weeks
  // or more (the obstetric rule's 'fetal movements told by a pronoun'), never as an infant not moving.
  define(
    'fetal_movement_told_by_a_pronoun',
    [
      r`(?<!\b${SOMEONE_ELSE}\b[^.;]{0,80})\b(?:he|she|they)(?:'s|\s+is|\s+has|\s+have|\s+are|\s+was)\s+(?:been\s+|gone\s+|got\s+|become\s+)?(?:really\s+|very\s+|so\s+|much\s+|a\s+lot\s+|way\s+|far\s+)?(?:quiet|quieter|still|less\s+active|not\s+as\s+active|slowed\s+down)\b|(?<!\b${SOMEONE_ELSE}\b[^.;]{0,80})\b(?:he|she|they)(?:'s|\s+is|\s+has|\s+have|\s+are)?\s+(?:been\s+)?(?:really\s+|very\s+|so\s+|much\s+|a\s+lot\s+|way\s+|far\s+)?(?:(?:hardly|barely|scarcely)\s+(?:moved|moving|kicked|kicking)|(?:not|stopped)\s+(?:moving|kicking|moved)|moving\s+(?:much\s+|a\s+lot\s+|way\s+)?less|moved\s+(?:much\s+|a\s+lot\s+|way\s+)?less|kicking\s+(?:much\s+|a\s+lot\s+|way\s+)?less|not\s+moving\s+as\s+much)\b`,
      r`\b(?:not|have\s+not|has\s+not|did\s+not|hardly|barely)\s+(?:felt|feel|feeling|been\s+feeling)\s+(?:him|her|them)\s+(?:move|moving|kick\w*)\b(?!\s+yet\b(?!\s+(?:today|tonight|this\s+(?:morning|afternoon|evening))))`,
    ],
    { ordinaryWhen: MOVEMENTS_NOT_YET_EXPECTED },
  ),
  // The weeks of pregnancy from which movements are expected and a reduction needs same-day assessment (RCOG GTG57:
  // from 24 weeks; a first pregnancy may feel them only from 20 to 24).
  define(
    'gestation_from_twenty_four_weeks',
    [
      r`\b(?:2[4-9]|3\d|4[0-2])\s*(?:\+\s*[0-6]\s*)?(?:weeks?|wks)\b(?!\s+(?:ago|old))|\b(?:twenty[- ]?(?:four|five|six|seven|eight|nine)|thirty(?:[- ]?(?:one|two|three|four|five|six|seven|eight|nine))?|forty(?:[- ]?(?:one|two))?)\s+weeks?\b(?!\s+(?:ago|old))|\b(?:2[4-9]|3\d|4[0-2])\s*\+\s*[0-6]\b|\bthird\s+trimester\b|\b(?:[7-9]|seven|eight|nine)\s+months\s+pregnant\b`,
    ],
    { timeless: true, background: true },
  ),
  // A baby in the womb that has "gone quiet" (RCOG GTG57: any reduction in the usual pattern). Said of a born baby it
  // is a baby settled at last (review V19: "the baby has gone quiet at last, she fed well"), so it counts only in
  // pregnancy (the obstetric rule), never as an infant not moving.
  define(
    'baby_in_womb_gone_quiet',
    [
      r`\bbab(?:y|ies)(?:'s|\s+is|\s+has)?\s+(?:gone|going|went|become|got)\s+(?:really\s+|very\s+|so\s+|much\s+|a\s+lot\s+)?(?:quiet|quieter|still|less\s+active|not\s+as\s+active|slowed\s+down)\b`,
    ],
    { ordinaryWhen: MOVEMENTS_NOT_YET_EXPECTED },
  ),
  define('cord_prolapse', [
    r`\bloop\s+of\s+(?:the\s+|her\s+|my\s+|(?:the\s+)?baby's\s+)?(?:umbilical\s+)?cord\b|\b(?:feel|see|there\s+is)\s+(?:something|a\s+loop)\s+(?:in|coming\s+out\s+of|hanging\s+out\s+of)\s+(?:my|her|the)\s+vagina\b|\b(?:umbilical\s+)?cord\s+(?:is\s+)?(?:coming\s+out|hanging\s+out|visible|prolaps\w*)\b|\b(?:it\s+is|think\s+it\s+is|feel|see)\s+the\s+(?:umbilical\s+)?cord\b`,
  ]),
  // The cord told in plain words once the waters have gone (RCOG GTG50): "something like a cord hanging down",
  // "I can feel the cord between my legs", "a slippery cord down there"; not a newborn's cord stump or clamp.
  define('cord_felt', [
    r`\b(?:feel|felt|feeling|see|saw|seeing|touch|touched)\s+(?:something\s+)?(?:like\s+)?(?:a|the)\s+(?:\w+\s+)?cord\b(?!\s+(?:stump|clamp|blood|care|was\s+cut|being\s+cut))|\b(?:something\s+like\s+)?a\s+(?:\w+\s+)?cord\s+(?:is\s+)?(?:hanging|coming|sticking|poking|dangling)\b|\bcord\s+(?:\w+\s+){0,2}?(?:between\s+(?:my|her)\s+legs|down\s+(?:there|below))\b`,
  ]),
  // NICE NG25 / RCOG: preterm or stained ruptured membranes, pre-eclampsia features, ectopic signs.
  define('waters_broken', [
    r`\bwaters?\s+(?:has\s+|have\s+|just\s+)?(?:broke|broken|went|gone|leaking)\b|\b(?:leaking|gush\s+of)\s+(?:clear\s+)?(?:fluid|water)\b`,
    r`\b(?:water|waters|fluid|liquid)\s+(?:is\s+|keeps\s+)?(?:coming|come|came|pouring|running|trickling|leaking|gushing)\s*(?:out|from|down)?\b|\b(?:keeps|kept)\s+trickling\b|\b(?:s?rom|p?prom|ruptured\s+membranes|rupture\s+of\s+(?:the\s+)?membranes)\b`,
  ]),
  // Birth under way outside a unit: urge to push, head visible, contractions a couple of minutes apart.
  define(
    'imminent_birth',
    [
      r`\b(?:need|needs|urge|want|wants|started|starting|is|am|she\s+is)\s+(?:to\s+)?push(?:ing)?\b|\b(?:see|seeing|feel|feeling)\s+(?:the\s+)?(?:baby(?:'s)?\s+)?head\b|\bhead\s+(?:is\s+)?(?:coming|crowning)\b|\bcrowning\b|\b(?:[1-3]|one|two|three)\s*(?:-\s*\d\s*)?(?:min|mins|minutes)\s+apart\b|\bbaby\s+is\s+coming\s+(?:now|out|fast)\b`,
    ],
    {
      ordinaryWhen:
        /\b(?:poo\w*|stool|constipat\w*|bowel|toilet|door|car\s+out|button|swing|pram|pushchair|buggy|head\s*(?:ache|lice)|shoulders?)\b/,
    },
  ),
  // Preterm labour (NICE NG25): tightenings in waves or pressure below before 37 weeks.
  define(
    'labour_signs',
    [
      r`\bcontractions\b|\bcontracting\b|\btightenings?\b|\bcoming\s+in\s+waves\b|\bevery\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s*(?:min|mins|minutes)\b|\bpressure\s+(?:down\s+below|in\s+my\s+(?:bottom|pelvis|vagina)|down\s+there)\b`,
    ],
    {
      ordinaryWhen:
        /\b(?:braxton|irregular|painless|practice|not\s+(?:painful|regular|sore)|go\s+away\s+when|settle\s+when)\b/,
    },
  ),
  // Placental abruption (RCOG GTG63): a hard, tender womb that does not relax, with pain.
  define('abruption_signs', [
    r`\b(?:uterus|womb|bump|tummy|belly)\b[^.;]{0,20}\b(?:rock\s+hard|tender\s+and\s+hard|hard\s+and\s+tender|rigid|woody|(?:does|will)\s+not\s+relax)\b`,
  ]),
  // Ectopic pregnancy (NICE NG126): a possible early pregnancy with one-sided pain and faintness.
  define(
    'possible_pregnancy',
    [
      r`\bpositive\s+(?:home\s+|urine\s+|pee\s+|hcg\s+|clearblue\s+)?(?:pregnancy\s+)?test\b|\b(?:[4-9]|1[0-2]|four|five|six|seven|eight|nine|ten)\s+weeks?\s+since\s+(?:my|her|the)\s+(?:last\s+)?period\b`,
      r`\b(?:missed|late)\s+(?:my|her|a)?\s*period\b|\bperiod\s+(?:is\s+)?(?:late|overdue)\b|\bpositive\s+(?:pregnancy\s+)?test\b`,
      // Early pregnancy, when an ectopic presents (NICE NG126: up to about 12 weeks).
      r`\b(?:[4-9]|1[0-2]|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*(?:weeks?|wks)\s+(?:pregnant|along|gestation)\b|\b(?:early\s+pregnancy|first\s+trimester)\b|\b(?:might|could|may)\s+be\s+pregnant\b|\bfound\s+out\s+(?:i\s+am|she\s+is)\s+pregnant\b|\bpregnancy\s+test\s+(?:was\s+|is\s+|came\s+(?:back\s+)?)?positive\b|\bperiod\s+(?:is\s+|was\s+)?(?:\w+\s+){0,2}?(?:days?|weeks?)\s+late\b|\b(?:have|has)\s+not\s+had\s+(?:my|her|a)\s+period\s+(?:for|in|since)\b`,
    ],
    { timeless: true },
  ),
  // Periods that have stopped or are weeks late, told as such: a pregnancy until a test says not (NICE NG126: think of
  // an ectopic pregnancy in any woman of reproductive age with abdominal pain and a missed period).
  define(
    'periods_missed',
    [
      r`\b(?:no|not\s+had\s+(?:a|my|any)|have\s+not\s+had\s+(?:a|my|any)|has\s+not\s+had\s+(?:a|her|any)|had\s+no)\s+periods?\s+(?:for|in|since)\s+(?:\w+\s+)?(?:\d+|two|three|four|five|six|a\s+few|several|a\s+couple\s+of)?\s*(?:weeks|months)\b|\bperiods?\s+(?:is|are|was)\s+(?:\w+\s+)?(?:\d+|two|three|four|five|six|seven|eight|a\s+few|several)\s+(?:weeks?|months?)\s+late\b|\b(?:missed|skipped)\s+(?:\d|two|three|a\s+couple\s+of|a\s+few)\s+periods\b`,
    ],
    { timeless: true, ordinaryWhen: PERIODS_STOPPED_FOR_A_REASON },
  ),
  // Pain told as like a period's: the ectopic pregnancy's pain is often so told (NICE NG126).
  define('period_type_pain', [
    r`\bperiod[- ]?(?:type|like|style)?\s+(?:pains?|cramps?|cramping|ache)\b|\bmenstrual\s+(?:pains?|cramps?)\b`,
  ]),
  define('one_sided_pelvic_pain', [
    r`\b(?:one[- ]sided|left[- ]sided|right[- ]sided)\s+(?:\w+\s+){0,2}?(?:pain|ache|cramps?)\b|\b(?:lower\s+)?(?:left|right)\s+(?:lower\s+)?(?:abdominal|tummy|stomach|belly|pelvic|groin|iliac)\s+(?:pain|ache|cramps?)\b`,
    r`\b(?:one[- ]sided|left[- ]sided|right[- ]sided)\s+(?:\w+\s+)?pain\b|\bpain\s+(?:on|in|down)\s+(?:one|(?:the|my|her)\s+(?:left|right|lower\s+left|lower\s+right))\s+side\b|\b(?:sharp|stabbing|bad|horrible|severe)\s+pain\s+on\s+one\s+side\b|\bone\s+side\s+of\s+(?:my|her)\s+(?:tummy|belly|stomach|pelvis|abdomen)\b`,
    r`\b(?:pain|ache|cramp\w*|stabbing|twinge)\b[^.;]{0,25}?\b(?:low(?:\s+down)?|down\s+low)\s+(?:on\s+|in\s+)?(?:one|the\s+(?:left|right)|my\s+(?:left|right)|her\s+(?:left|right))(?:\s+side)?\b|\b(?:pain|ache|cramp\w*|stabbing)\b[^.;]{0,20}?\b(?:lower\s+)?(?:left|right)\s+(?:side\s+of\s+(?:my|her|the)\s+)?(?:lower\s+)?(?:tummy|belly|stomach|abdomen|pelvis|groin|ovary)\b|\b(?:left|right)\s+iliac\s+fossa\b|\b[lr]if\s+pain\b`,
  ]),
  define(
    'preterm',
    [
      r`\b(?:2\d|3[0-6]|1\d)\s*(?:\+\s*\d\s*)?(?:weeks?|wks)\b|\b(?:2\d|3[0-6]|1\d)\s*\+\s*[0-6]\b|\b[4-8]\s*(?:months?|mnths?)\s+pregnant\b|\bpregnant\s+[4-8]\s*(?:months?|mnths?)\b`,
    ],
    { timeless: true },
  ),
  define('stained_liquor', [r`\b(?:green\w*|brown|meconium|smelly|foul|bloody)\b`]),
  define(
    'preeclampsia_swelling',
    [
      // NICE NG133: swelling of the face or hands, or sudden swelling; puffy ankles by evening are common.
      // "My face and hands aren't swollen" names the sign as absent: the denial inside the span is read, not skipped.
      r`\b(?:face|hands|fingers)\b(?:(?!\b(?:not|no|never|nor)\b)[^.;]){0,30}\b(?:swollen|swelling|puffy|puffed\s+up)\b|\b(?:feet|ankles|legs)\b[^.;]{0,30}\b(?:suddenly|massively|hugely|very|really|so)\s+(?:swollen|puffy)\b|\bsudden\s+swelling\b|\bproteinuria\b|\bepigastric\s+pain\b|\bpain\s+(?:right\s+|just\s+)?(?:under|below)\s+(?:my|her|the)\s+(?:right\s+)?ribs\b`,
    ],
    // Hands and feet that swell by the evening and go down overnight are the common swelling of pregnancy (NHS, NICE
    // antenatal care), for the midwife; swelling told as sudden, of the face, or beside another sign (read by its
    // own signal: a headache, the vision, a high blood pressure) keeps the danger sign.
    { ordinaryWhen: EVENING_SWELLING },
  ),
  // Something coming down through the cervix before term: cord or membranes (RCOG GTG50, NICE NG25).
  define('something_protruding', [
    r`\bsomething\s+(?:is\s+)?(?:coming|hanging|sticking|poking|bulging|pushing)\s+(?:out|down|through)\b|\b(?:feel|felt|see|saw)\s+(?:something|a\s+lump|a\s+bulge)\s+(?:down\s+(?:below|there)|in\s+(?:my|her)\s+vagina|between\s+(?:my|her)\s+legs)\b`,
  ]),
  // Puerperal sepsis (RCOG GTG64b, NICE NG51): fever with offensive lochia in the weeks after a birth.
  define('offensive_discharge', [
    r`\b(?:smelly|foul|offensive|bad[- ]smelling|stinking|green|pus)\s+(?:\w+\s+)?(?:discharge|lochia|bleeding|blood|loss)\b|\b(?:discharge|lochia|bleeding)\s+(?:\w+\s+)?(?:smells|stinks|is\s+smelly|is\s+foul)\b|\b(?:offensive|foul|bad|horrible|awful|strong|fishy|rotten)\s+smell\s+(?:from\s+)?(?:down\s+(?:below|there)|(?:my|her|the)\s+(?:vagina|stitches|wound|pad)|vaginal\w*)\b`,
  ]),
  define(
    'postpartum',
    [
      r`\b(?:had|delivered|gave\s+birth\s+to)\s+(?:my|our|her|the|a)\s+(?:baby|son|daughter|twins)\s+(?:\d+\s+|a\s+|one\s+|two\s+|three\s+|last\s+|this\s+)?(?:days?|weeks?|week|fortnight)\b|\b(?:postpartum|post-partum|postnatal|post-natal|puerperal)\b|\b(?:medical\s+|surgical\s+)?(?:abortion|termination|miscarriage)\s+(?:\d+\s+|a\s+few\s+|two\s+|three\s+)?(?:days?|weeks?)\s+ago\b|\b(?:days?|weeks?)\s+(?:after|since)\s+(?:giving\s+birth|(?:the\s+|my\s+|her\s+)?(?:birth|delivery|c\s+section))\b`,
      // A birth dated inside the six weeks of the puerperium, told by its verb or its operation: "gave birth last week",
      // "c-section 10 days ago", "since giving birth a fortnight ago", "delivered on monday".
      r`\b(?:gave\s+birth|given\s+birth|giving\s+birth|delivered|(?:a|my|the|her|emergency)\s+(?:c-?\s*section|caesarean|cesarean|section|delivery))\s+(?:to\s+\w+\s+)?(?:(?:about|nearly|almost|just|only|just\s+over)\s+)?(?:last\s+(?:week|weekend|night)|this\s+week|yesterday|a\s+fortnight\s+ago|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:[1-9]|[1-3]\d|a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|a\s+couple\s+of)\s+days?\s+ago|(?:[1-6]|a|one|two|three|four|five|six|a\s+few|a\s+couple\s+of)\s+weeks?\s+ago)\b`,
      r`^(?:c-?\s*section|caesarean|cesarean|delivery|birth)\s+(?:(?:[1-9]|[1-3]\d|a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|a\s+couple\s+of)\s+days?|(?:[1-6]|a|one|two|three|four|five|six|a\s+few)\s+weeks?)\s+ago\b`,
    ],
    { timeless: true },
  ),
  define(
    'shoulder_tip_pain',
    [
      r`\b(?:pain|ache)\s+(?:at|in|on)\s+(?:the|my|her)\s+(?:left\s+|right\s+)?shoulder[- ]?tip\b`,
      r`\bshoulder[- ]tip\s+pain\b|\bpain\s+in\s+(?:the\s+)?tip\s+of\s+(?:my|her)\s+shoulder\b`,
      r`\bshoulder[- ]?tips?\b[^.;]{0,15}\b(?:hurts?|hurting|pain\w*|aches?|aching|sore)\b|\b(?:pain|ache)\s+(?:at|in|on)\s+(?:the\s+)?(?:top|tip|point)\s+of\s+(?:my|her|the)\s+(?:left\s+|right\s+)?shoulder\b`,
    ],
    // The gas of a laparoscopy gives shoulder-tip pain for a few days after (NHS laparoscopy aftercare), review V20 20:16.
    { ordinaryWhen: /\b(?:laparoscop\w*|keyhole|from\s+the\s+gas|the\s+gas\s+they\s+(?:used|put))\b/ },
  ),
];

const INFANT_SIGNS = [
  define('infant', [INFANT], { timeless: true }),
  define('newborn', [NEWBORN], { timeless: true }),
  define(
    'limp_floppy',
    [
      r`\b(?:is|went|gone|goes|feels|feel|seems|looks|seem|look|become|became|very|really|all|completely|so)\s+(?:limp|floppy)\b`,
      r`(?<!\ba\s)\blimp\s+(?:and|like)\b`,
      // Not a part told floppy that is no muscle tone: "the doctor said floppy larynx" (laryngomalacia, NHS: it settles).
      r`\bfloppy\b(?!\s+(?:larynx|airway|voice\s*box|epiglottis|ears?|hat|disks?|discs?))`,
      r`\blethargic\b`,
      // A breath-holding spell in a tantrum that ends in crying and recurs is benign (NHS breath-holding spells).
    ],
    {
      // Floppy since birth with low muscle tone (Down syndrome, hypotonia) is long-standing, not new.
      graded: 'course',
      persistsWhenResolvedIn: BABY_UNDER_ONE,
      ordinaryWhen:
        /\bheld\s+(?:his|her|their)\s+breath\b[^.]*\b(?:then\s+(?:cried|came\s+round|was\s+fine)|happens\s+(?:often|a\s+lot|regularly))\b/,
    },
  ),
  define('not_feeding', [
    r`\b(?:not|will\s+not|refusing\s+to|refuses\s+to|stopped|does\s+not)\s+(?:feeding|feed|taking\s+(?:the\s+|her\s+|his\s+)?(?:bottle|breast|milk|feeds))\b`,
  ]),
  define('bulging_fontanelle', [
    // NICE NG143: a bulging fontanelle told as tense, raised or full.
    r`\b(?:fontanel\w*|soft\s+spot)\b[^.;]{0,30}\b(?:tense|raised|swollen|full|domed|puffed\s+up|pushing\s+out|sticking\s+out|bulg\w*)\b`,
    r`\bsoft\s+spot\b[^.;]{0,40}\b(?:bulging|swollen|sunken|sunk)\b`,
    r`\b(?:bulging|sunken)\s+(?:\w+\s+)?(?:soft\s+spot|fontanel\w*)\b|\bfontanel\w*\s+(?:is\s+)?(?:bulging|tense|full|sunken)\b`,
  ]),
  // NICE NG143 / Schmitt-Thompson newborn red flags told plainly: a reading of 38 or "feels hot",
  // pauses in breathing long enough or with gasping or colour change (apnoea), cold and still.
  define(
    'infant_temperature',
    [
      r`\b(?:thermometer\s+(?:says|said|reads|read|shows|showed|was)|t|temp|temperature)\s*(?:of\s+|is\s+|was\s+|at\s+)?3[89](?:[.,]\d)?\b|\bfeels?\s+(?:really\s+|very\s+|so\s+)?hot\b`,
      // A parent's reading told by where or how it was taken, without the word "temperature": "I measured
      // 38.4 under his arm", "armpit reading 38.6", "38.1 on the ear thermometer", "felt hot, so I checked: 38.0".
      r`\b(?:3[89]|4[01])(?:[.,]\d)?\s*(?:degrees\s*|°\s*c?\s*|c\s+)?(?:(?:on|in|under|from)\s+(?:the\s+|his\s+|her\s+|their\s+|an?\s+)?(?:ear|armpit|arm|underarm|forehead|mouth|bottom|rectal|temporal)\b|(?:with|using|by|on)\s+(?:the\s+|his\s+|her\s+|their\s+|our\s+|an?\s+)?(?:\w+\s+)?thermometer\b)`,
      r`\b(?:armpit|underarm|axillary|ear\s+thermometer|tympanic|rectal|forehead|thermometer|measured|measuring|checked|reading|reads|taken)\s*(?:\w+\s+){0,3}?(?:was\s+|of\s+|at\s+|is\s+|:\s*|it\s+(?:at|as)\s+)?(?:3[89]|4[01])(?:[.,]\d)?\b(?!\s*(?:weeks?|wks?|years?|days?|hours?|times?|mins?|minutes?|%|percent|kg|cm|mm))`,
      r`\b(?:felt|feeling|is|was|has\s+been)\s+(?:really\s+|very\s+|so\s+|quite\s+)?hot\s+(?:to\s+(?:the\s+)?touch|all\s+(?:day|evening|afternoon|night)|since)\b|\b(?:has\s+|have\s+|he\s+is\s+|she\s+is\s+|is\s+|been\s+)(?:felt|feeling)\s+(?:really\s+|very\s+|so\s+)?hot\b`,
    ],
    // NICE NG143 grades a baby under three months by the reading, not by how well the baby seems:
    // "38.2 but she seems ok" is still red.
    { persistsWhenResolved: true },
  ),
  define(
    'apnoea',
    [
      r`\b(?:apnoea\w*|apnea\w*|apn(?:o|oe)ic)\b|\b(?:stops?|stopping|stopped)\s+breathing\s+(?:\w+\s+){0,4}?for\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|maybe\s+|like\s+)?(?:a\s+few|\d+|several|a\s+(?:couple|while)|ten|fifteen|twenty|thirty)\b|\bpauses?\s+in\s+(?:(?:his|her|the|their)\s+)?breathing\b[^.;]{0,30}\b(?:${TEN_AS_THE_TOP_OF_A_SHORTER_RANGE}10|1[1-9]|[2-9]\d|\d{3,})\s*(?:s|secs?|seconds)\b|\bpauses?\s+in\s+(?:(?:his|her|the|their)\s+)?breathing\s*(?:>|over|more\s+than|longer\s+than)\s*(?:1[5-9]|[2-9]\d)`,
    ],
    {
      // A baby who stopped breathing and is well again still needs emergency assessment (AAP BRUE).
      persistsWhenResolvedIn: BABY_UNDER_ONE,
      ordinaryWhen:
        /\b(?:pink|wakes?\s+(?:up\s+)?fine|normal\s+(?:breathing|pattern)|periodic\s+breathing|carr(?:y|ies)\s+on\s+(?:normally|again|fine)|starts?\s+again\s+(?:by\s+itself|on\s+its\s+own|normally))\b/,
    },
  ),
  // Neonatal sepsis (NICE NG51): a low reading in a baby matters as much as a high one.
  define('infant_low_temperature', [
    r`\b(?:thermometer\s+(?:says|said|reads|read|shows|showed|was)|t|temp|temperature)\s*(?:of\s+|is\s+|was\s+|at\s+|only\s+)?(?:3[45](?:[.,]\d)?|35[.,]\d)\b`,
  ]),
  // Babies under three months told by age in weeks or by birth: "she is 6 weeks", "born 10 days ago".
  define(
    'young_infant_age',
    [
      r`${NOT_AN_AGE_THEN}\b(?:is|she\s+is|he\s+is|aged|only|just|baby|infant|newborn|neonate|bubs|bub)\s+(?:[1-9]|1[0-1]|one|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+(?:weeks?|wks)\b(?!\s+(?:ago|pregnant|along|gestation))|\bborn\s+(?:\w+\s+){0,2}?(?:days?|weeks?)\s+ago\b`,
    ],
    { timeless: true },
  ),
  define('infant_cold_still', [
    r`\b(?:very\s+|really\s+|so\s+)?cold\s+to\s+(?:the\s+)?touch\b|\bnot\s+moving\s+(?:much|at\s+all)\b|\bhardly\s+moving\b`,
  ]),
  define(
    'not_feeding_lay',
    [
      r`\b(?:has\s+not|have\s+not|had\s+not|not)\s+(?:fed|eaten|had\s+(?:a|any)\s+(?:feed|feeds|bottle|milk))\s+(?:since|for|in)\b|\bnot\s+interested\s+in\s+(?:the\s+|her\s+|his\s+|any\s+)?(?:bottle|breast|feeds?|milk)\b|\bturns?\s+away\s+from\s+(?:the\s+)?(?:bottle|breast)\b`,
    ],
    { ordinaryWhen: /\b(?:teeth\w*|otherwise\s+(?:fine|well|happy)|is\s+fine|plenty\s+of\s+wet\s+nappies)\b/ },
  ),
  // A baby who went blue or grey and floppy, even for a minute and recovered: a brief resolved
  // unexplained event that is not low-risk (AAP BRUE guideline), so it persists when resolved.
  define(
    'colour_and_tone_episode',
    [
      r`\b(?:went|gone|turned|became|become|becomes|go|goes|going)\s+(?:all\s+|very\s+|really\s+|a\s+bit\s+)?(?:blue|grey|gray|purple|dusky)\b[^.;]{0,25}\b(?:and|then)\s+(?:\w+\s+){0,2}?(?:floppy|limp|soft|stiff|rigid|no\s+power|like\s+a\s+rag\s*doll|not\s+breathing|stopped\s+breathing)\b`,
      r`\b(?:went|gone|turned|became|become|becomes|go|goes|going)\s+(?:all\s+|very\s+|really\s+)?(?:floppy|limp|soft|stiff|rigid)\b[^.;]{0,25}\b(?:and|then)\s+(?:\w+\s+){0,2}?(?:blue|grey|gray|purple|dusky)\b`,
    ],
    { persistsWhenResolved: true },
  ),
];

export const PREGNANCY_AND_INFANT_SIGNALS: readonly SignalDefinition[] = [...PREGNANCY, ...INFANT_SIGNS];
