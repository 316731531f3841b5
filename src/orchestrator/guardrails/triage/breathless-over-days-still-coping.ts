import { toldPresent } from './told-as-absent.js';

/**
 * A breathlessness told over days, with the person told coping: "I've been a bit short of breath for the last week
 * with a cold, I can talk normally and walk to the shops", "60F with COPD, more breathless than usual for 3 days with
 * more phlegm, talking in full sentences", "my nan with heart failure is a bit more breathless this week, she can still
 * talk and walk to the loo".
 *
 * Why it is not an emergency: NHS 111 / NHS Pathways (breathing problems) and the Manchester Triage "shortness of
 * breath" chart send on at once a breathlessness that came on suddenly, is severe (cannot speak in sentences, gasping),
 * is there at rest and new, or comes with blue or grey lips, chest pain, a faint or confusion, a clot's risk, a child's
 * recession or grunting, or a reliever that does not help; a breathlessness that has gone on for days in someone who
 * is talking, walking, eating or working is seen by the GP or the out-of-hours service the same day (BTS/SIGN asthma:
 * moderate; NICE NG115: a COPD flare managed at home; NICE NG106: a heart failure worse over days to the heart failure
 * team). The course and the function are what tell them apart, not the word "breathless".
 *
 * Read over the whole message, since people tell the course, the function and the red flags in separate sentences: a
 * course of a day or more told, the person told talking, walking, eating, playing, sleeping or working (or a saturation
 * of 94 or more), the breathlessness told mild or its worst features told absent, and none of the red flags told but as
 * absent in its clause. Any other finding the rules accept beside
 * the breathlessness keeps it an emergency: see `emergency-triage.ts`.
 */

const NUMBER = String.raw`(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|few|several|a\s+couple\s+of|couple\s+of)`;
const WEEKDAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;

/** A course of a day or more: "for 3 days", "since yesterday", "this week", "the last few days", "for a week". */
const COURSE_OF_DAYS = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`(?:for|over|past|last|the\s+last|the\s+past|about|nearly|almost)\s+(?:the\s+)?(?:last\s+|past\s+)?${NUMBER}\s+(?:days?|weeks?|months?)`,
      String.raw`${NUMBER}\s+days?\s+(?:now|ago)`,
      String.raw`since\s+(?:yesterday|the\s+weekend|${WEEKDAY}|last\s+(?:week|${WEEKDAY}))`,
      String.raw`(?:this|all|last)\s+week`,
      String.raw`(?:for|over)\s+(?:a|about\s+a|over\s+a|nearly\s+a)\s+(?:week|fortnight|month)`,
    ].join('|') +
    String.raw`)\b`,
);

/** The person told doing what a severe breathlessness stops: talking, walking, eating, playing, sleeping, working. */
const STILL_COPING = new RegExp(
  [
    String.raw`\b(?:talk\w*|speak\w*)\s+(?:\w+\s+)?(?:normally|fine|ok|okay|in\s+(?:full\s+)?sentences|full\s+sentences)\b`,
    String.raw`\bfull\s+sentences\b`,
    String.raw`\b(?:can|could)\s+(?:still\s+)?(?:talk|speak|walk|work|sleep|eat)\b`,
    String.raw`\b(?:walking|walks|walk)\s+(?:about|around|to\s+the\s+\w+)\b`,
    String.raw`\b(?:eating|drinking|feeding)\s+(?:and\s+(?:drinking|eating)\s+)?(?:normally|fine|ok|okay|well)\b`,
    String.raw`\b(?:playing|running\s+around)\b`,
    String.raw`\b(?:still\s+)?(?:going\s+to|at)\s+(?:work|school)\b`,
    String.raw`\b(?:sats?|spo2|o2|oxygen(?:\s+(?:sats?|saturations?|levels?))?|saturations?)\s+(?:is\s+|are\s+|of\s+|at\s+)?(?:9[4-9]|100)\b`,
  ].join('|'),
);

/** What sends a breathlessness on at once, read only where not told absent in its clause. */
const RED_FLAGS = new RegExp(
  [
    // Onset, severity, a course getting worse fast, at rest or lying flat.
    String.raw`\b(?:sudden\w*|out\s+of\s+nowhere|severe\w*|very\s+breathless|really\s+(?:breathless|struggling)|struggl\w*|gasp\w*|panting|tripod\w*|much\s+worse|(?:a\s+lot|far|rapidly|quickly|fast)\s+worse|worse\s+and\s+worse|worse\s+(?:today|tonight|now|by\s+the\s+hour)|getting\s+worse(?!\s+(?:slowly|gradually))|at\s+rest|resting|sitting\s+(?:still|down)|lying\s+(?:flat|down)|doing\s+nothing|woke\s+(?:me|him|her|them|up))\b`,
    // Speech, colour, the brain and the circulation.
    String.raw`\b(?:cannot|can\s+not|could\s+not|unable\s+to|hard\s+to|struggling\s+to)\s+(?:\w+\s+)?(?:talk|speak|breathe|finish|catch|get\s+(?:a|my|his|her|their)\s+breath)|few\s+words|blue|gr[ae]y|purple|dusky|ashen|pale|clammy|sweat\w*|faint\w*|dizz\w*|light[- ]?headed|collaps\w*|passed\s+out|black(?:ed)?\s+out|confus\w*|drows\w*|sleepy|floppy|unresponsive\b`,
    // The heart and the chest: a pain, a racing, fluttering or irregular heart.
    String.raw`\b(?:chest\s+(?:pain|pressure|heav\w*|ache|hurt\w*)|pain\s+in\s+(?:my|his|her|their|the)\s+chest|crushing|palpitations|racing|pounding|flutter\w*|irregular|heart\s+(?:is\s+)?(?:going|beating|thumping))\b`,
    // A clot's risk or its signs (NICE NG158, Wells): blood coughed up, a leg swollen or sore, an operation, a
    // fracture or a cast, lying up, a long journey, a birth or a pregnancy, a hormone, a cancer, a clot before.
    String.raw`\b(?:cough\w*\s+(?:up\s+)?blood|blood|calf|calves|thigh|(?:leg|legs)\b[^.;,]{0,20}\b(?:swollen|swelling|puffy|red|hot|tender|aches?|aching|sore|hurts?|painful)|swollen\s+(?:\w+\s+)?(?:leg|legs)|flight|flew|flying|plane|long\s+(?:car|coach|bus|train|drive|journey|trip)|coach\s+trip|operation|surgery|op|fixed|fracture\w*|broken|broke|plaster|cast|boot|immobil\w*|bed\s*(?:bound|ridden|rest)|c[-\s]?section|pregnan\w*|gave\s+birth|had\s+(?:a|my|her)\s+baby|post[-\s]?partum|pill|hrt|hormone\w*|oestrogen|estrogen|testosterone|clots?|dvt|embolism|cancer|chemo\w*)\b`,
    // A child's work of breathing, the upper airway, an allergy.
    String.raw`\b(?:baby|newborn|infant|weeks?\s+old|months?\s+old|sucking\s+in|caving\s+in|pulling\s+in|recession|ribs|grunt\w*|nostrils?|head\s+bobb\w*|stridor|drool\w*|swollen\s+(?:tongue|throat|lips?|face)|swelling|allerg\w*|sting|stung|nuts?|anaphyla\w*|epipen)\b`,
    // A reliever that does not help, or is needed often (BTS/SIGN).
    String.raw`\b(?:not\s+(?:working|helping)|no\s+(?:help|better|difference|effect)|did\s+nothing|every\s+(?:hour|half\s+hour|\d+\s+minutes))\b`,
    // A breathing rate or a saturation told at all but as 94 or more (NEWS2): a number per minute, a rate, a reading.
    String.raw`\b(?:rr|resp\w*\s+rate|breathing\s+rate)\b|\b\d+\s*(?:breaths\s+|times\s+)?(?:a|per|\/)\s*min(?:ute)?s?\b|\b(?:sats?|spo2|o2|oxygen|saturations?|pulse\s+ox\w*|oximeter|reading)\b[^.;\d]{0,20}\b(?:[1-8]\d|9[0-3])\b`,
  ].join('|'),
  'g',
);

/**
 * What tells the breathlessness mild, or its worst features absent (review V41, 12:44: a closed list of red flags
 * alone must not quieten an emergency told in words it does not hold): "a bit", "slightly", "more than usual", "no
 * chest pain", "not breathless at rest", "fine at rest", a saturation of 94 or more. One must be told beside the course
 * and the function.
 */
const TOLD_MILD_OR_WITHOUT_ITS_RED_FLAGS =
  /\b(?:a\s+bit|a\s+little|slightly|mild\w*|bit\s+of|than\s+(?:usual|normal)|(?:no|not|without|nor|never)\s+(?:\w+\s+){0,2}?(?:chest|pain|breathless\w*|short\s+of\s+breath|blue|wheez\w*|fever|temperature|trouble|problems?|struggl\w*)|(?:fine|ok|okay|comfortable)\s+(?:when\s+|while\s+)?(?:at\s+rest|sitting|resting|lying))\b|\b(?:sats?|spo2|o2|oxygen(?:\s+(?:sats?|saturations?|levels?))?|saturations?)\s+(?:is\s+|are\s+|of\s+|at\s+)?(?:9[4-9]|100)\b/;

/** A red flag told as the person's ease: "fine at rest", "ok when sitting down", "comfortable lying flat". */
const TOLD_AS_EASE = /\b(?:fine|ok|okay|well|comfortable|normal|better)\s+(?:when\s+|while\s+)?$/;

/** Whether a normalised message tells a breathlessness over days in a person told coping, with no red flag told. */
export function isBreathlessOverDaysStillCoping(normalized: string): boolean {
  return (
    COURSE_OF_DAYS.test(normalized) &&
    STILL_COPING.test(normalized) &&
    TOLD_MILD_OR_WITHOUT_ITS_RED_FLAGS.test(normalized) &&
    !toldPresent(normalized, RED_FLAGS, TOLD_AS_EASE)
  );
}
