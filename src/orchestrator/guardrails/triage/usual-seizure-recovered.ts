/**
 * A seizure of a known epilepsy, or one more of a child's known febrile seizures, told short, over and recovered from:
 * "3-year-old with two previous febrile seizures; today, temp 39 with a cold, a 1-minute generalised seizure, stopped by
 * itself; 30 min later alert, chatting, eating toast", "she's epileptic, had one of her usual fits this morning, lasted a
 * minute, back to herself now".
 *
 * Why it is not an emergency: the NHS and NICE NG217 send for an ambulance when a seizure is the first, lasts 5 minutes
 * or more, comes in a cluster or without recovery between, happens in water, injures, or leaves the person not coming
 * round; a known epilepsy's usual short seizure with full recovery is managed by the person's own plan, and a recurrent
 * simple febrile seizure that stopped within minutes with the child back to normal is the GP's the same day (NICE CKS
 * febrile seizure). The known condition is read over the whole message, not only the seizure's sentence. Any of the red
 * flags told, or any other finding the rules read beside the seizure, keeps the message as the rules read it.
 */
import { setAsideAStoryToldAlone, type ReadFinding } from './findings-told-alone.js';
import { toldPresent } from './told-as-absent.js';

/**
 * The seizure as the rules read it: a fit had, named or stopped, its movements (the shaking read as a tremor), a febrile
 * seizure's fever however told (a number as well), and its being the first (a red flag below until a clinician has
 * named it).
 */
const THE_SEIZURE = new Set([
  'fever',
  'high_temperature',
  'temperature_38',
  'infant_temperature',
  'first_episode',
  'tremor',
  'seizure_now',
  'seizure_kind_named',
  'seizure_happened',
  'convulsive_movements',
  'seizure_named',
  'seizure_stopped',
  'stiffening',
  'seizure_aftermath',
]);

/** Epilepsy or febrile seizures told as known: "is epileptic", "has epilepsy", "two previous febrile seizures". */
const KNOWN =
  /(?<!\b(?:not|no|never)\s)\b(?:(?:has|have|with|known|diagnosed|her|his|my|their)\s+(?:\w+\s+)?epilep\w+|(?:am|is|are)\s+(?:an\s+)?epileptic|(?:his|her|my|their)\s+(?:usual|typical|normal|regular)\s+(?:[\w-]+\s+)?(?:seizures?|fits?)|(?:previous|past|prior|earlier|known)\s+(?:simple\s+)?febrile\s+(?:seizures?|convulsions?|fits?)|(?:had|has\s+had|have\s+had)\s+(?:\w+\s+)?febrile\s+(?:seizures|convulsions|fits)\s+before|history\s+of\s+febrile\s+(?:seizures|convulsions|fits)|(?:second|third|fourth|fifth)\s+(?:one\s+)?(?:this|that)\s+year|(?:neurologist|consultant|doctor|doctors|paediatrician|pediatrician)\s+(?:said|says|told\s+us)\s+(?:\w+\s+){0,3}?(?:febrile|epilep\w+))\b/;

/**
 * A febrile seizure told as one more of the child's own, by its count in the child's life or by one had before: "this is
 * her second one ever", "his third febrile convulsion", "he has had one before, last winter", "she's had 3 before".
 * NICE CKS febrile seizure and the NHS send the first febrile seizure at once and a recurrence that stopped within
 * minutes, with the child back to normal, to the GP the same day, whether or not the earlier one is told as known. Read
 * only where the message names a febrile seizure; a count told of today or a gap is a cluster (`RED_FLAG`), not this.
 */
const FEBRILE_SEIZURE_NAMED = /\bfebrile\s+(?:seizures?|convulsions?|fits?)\b/;
const REPEAT_ORDINAL = String.raw`(?:second|third|fourth|fifth|2nd|3rd|4th|5th)`;
const SEIZURE_WORD = String.raw`(?:febrile\s+)?(?:one|seizure|convulsion|fit)`;
const TOLD_AS_A_REPEAT = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`${REPEAT_ORDINAL}\s+${SEIZURE_WORD}\s+(?:ever|in\s+(?:her|his|their)\s+(?:life|lives)|so\s+far)`,
      String.raw`(?:this|it)\s+(?:is|was)\s+(?:her|his|their)\s+${REPEAT_ORDINAL}\s+${SEIZURE_WORD}`,
      String.raw`had\s+(?:one|two|three|four|\d|a\s+few|several|some|them|a\s+${SEIZURE_WORD}|(?:febrile\s+)?(?:seizures|convulsions|fits))\s+(?:(?:just\s+)?like\s+(?:this|that|it)\s+|already\s+)?(?:before|previously|in\s+the\s+past|last\s+(?:year|winter|summer|spring|autumn|month)|when\s+(?:she|he|they)\s+(?:was|were))`,
    ].join('|') +
    String.raw`)\b`,
);

/**
 * A febrile seizure a clinician has already seen and named: "the out-of-hours doctor said it looks like a simple febrile
 * seizure", "checked at the hospital and they said it was a febrile convulsion", "diagnosed as a simple febrile fit".
 * NICE CKS febrile seizure sends a child's first febrile seizure for assessment at once; once assessed and called
 * simple, with the child back to normal, what is left is the GP's follow-up, so the first is then no red flag.
 */
const NAMED_BY_A_CLINICIAN =
  /\b(?:(?:doctors?|gp|paramedics?|ambulance\s+crew|hospital|a\s*&\s*e|nurses?|consultant|paediatrician|pediatrician|they|who)\s+(?:\w+\s+){0,2}?(?:said|says|told\s+us|confirmed|thinks|thought)|diagnosed\s+(?:it\s+|him\s+|her\s+)?(?:as|with))\s+(?:\w+\s+){0,5}?(?:simple\s+|typical\s+)?febrile\s+(?:seizures?|convulsions?|fits?)\b/;

/** Over and recovered from: stopped by itself, back to normal, alert, chatting, playing, knows everyone. */
const RECOVERED =
  /\b(?:back\s+to\s+(?:(?:his|her|their|my)\s+(?:usual\s+|normal\s+|old\s+)?self|himself|herself|themselves|normal)|alert|chatting|playing|talking\s+normally|fully\s+recovered|recovered\s+fully|knows\s+(?:everyone|everybody|us)|recogni[sz]es\s+(?:everyone|everybody|us))\b/;

/**
 * What sends a seizure at once (NICE NG217, NHS, NICE CKS febrile seizure): the first, 5 minutes or more, another in a
 * cluster, not coming round, a drowsiness or confusion that lasts, one side, water, an injury or a knock to the head,
 * breathing trouble or blue, pregnancy, a baby under six months (a febrile seizure's age is six months to five years), a rash or stiff neck, the rescue medicine used, a seizure unlike the usual.
 * A cluster is any second seizure of the episode, however the gap is told ("then another one 20 minutes later", "his
 * third today", "twice this morning"), and an injury is read by its circumstance as well as by its name (a crash, at the
 * wheel, down the stairs or from a height, off a bike, a horse or a scooter, burnt on a cooker, in the road, hit by): each
 * is a seizure with injury (NHS).
 */
/**
 * Minutes told of the recovery ("back to his usual self within 15 minutes") are not the seizure's length, nor is a
 * "90-second" fit a second one.
 * A first seizure: sent at once (NICE CKS, NHS) until a clinician has seen it and named it a simple febrile seizure. */
const FIRST = /\b(?:first|never\s+had)\b/g;
const RED_FLAG =
  /\b(?:(?<!\b(?:self|normal|himself|herself|themselves|round|alert)\s+(?:again\s+)?within\s+(?:about\s+)?)(?:[5-9]|[1-9]\d|five|six|seven|eight|nine|ten|fifteen|twenty|thirty)\s*(?:min|mins|minutes)\b(?!\s+(?:later|after|afterwards|ago))|(?:over|more\s+than|longer\s+than)\s+(?:\w+\s+)?(?:min|mins|minutes)|(?:then|and|followed\s+by|after\s+(?:that|it)|soon\s+after)\s+(?:(?:she|he|they|i|we|you)\s+)?(?:had\s+|has\s+|got\s+)?(?:a\s+|an\s+)?(?:another|second|third|more)|another\s+(?:one|fit|seizure|convulsion|episode|attack)|another\s+(?:[\w-]+\s+){0,3}?(?:today|tonight|this\s+(?:morning|afternoon|evening|hour)|in\s+(?:an?|one|the\s+last)\s+(?:hour|day|morning|afternoon|evening|night)|in\s+\d+\s*(?:hours?|hrs?|minutes?|mins?)|within|since|later|after|afterwards|straight|right\s+after|minutes?|mins?|in\s+a\s+row)|one\s+after\s+(?:the\s+)?(?:other|another)|(?<!\d[- ]?)(?:second|third|fourth|fifth|2nd|3rd|4th|5th)\s+(?:[\w-]+\s+){0,3}?(?:today|tonight|this\s+(?:morning|afternoon|evening|hour)|in\s+(?:an?|one|the\s+last)\s+(?:hour|day|morning|afternoon|evening|night)|in\s+\d+\s*(?:hours?|hrs?|minutes?|mins?)|within|since|later|after|afterwards|straight|right\s+after|minutes?|mins?|in\s+a\s+row)|twice\s+(?:[\w-]+\s+){0,2}?(?:today|tonight|this\s+(?:morning|afternoon|evening|hour)|in\s+(?:an?|one|the\s+last)\s+(?:hour|day|morning|afternoon|evening|night)|in\s+\d+\s*(?:hours?|hrs?|minutes?|mins?)|within|since|later|after|afterwards|straight|right\s+after|minutes?|mins?|in\s+a\s+row)|more\s+(?:seizures|fits|convulsions)|(?:fitting|seizing|convulsing|jerking|shaking)\s+again|(?:happened|started|went\s+off)\s+again|again\s+(?:\w+\s+){0,2}?(?:later|after|straight|within|minutes|mins)|(?:two|three|four|\d+)\s+(?:seizures|fits|convulsions)\s+(?:today|in\s+(?:an?|one|the\s+last)|within|back)|back\s+to\s+back|cluster\w*|not\s+(?:\w+\s+)?(?:woken|waking|come\s+round|coming\s+round|responding|back\s+to|himself|herself|breathing)|still\s+(?:drowsy|confused|sleepy|not|fitting|shaking|jerking)|one\s+side|left\s+side|right\s+side|water|bath|pool|swim\w*|sea|lake|river|drown\w*|injur\w*|hit\s+(?:his|her|their|my)\s+head|crash\w*|collision|accident|driving|drove|(?:at|behind)\s+the\s+wheel|road|traffic|hit\s+by|run\s+over|knocked\s+(?:down|over|out)|(?:banged|bashed|knocked|smacked|cracked)\s+(?:\w+\s+){0,3}?(?:head|face|skull|teeth|chin)|stairs|staircase|steps|ladder|height|roof|balcony|scaffold\w*|cliff|bunk|(?:fell|fallen|falls|falling|came|come|thrown)\s+(?:off|from|out\s+of)|bike|bicycle|cycling|scooter|horse|motorbike|trampoline|burn\w*|burnt|scald\w*|cooker|stove|hob|oven|fire|boiling|kettle|blood|bleed\w*|gash\w*|stitches|broke|broken|fractur\w*|dislocat\w*|concuss\w*|different|unlike|not\s+(?:like\s+)?(?:her|his|their|my)\s+usual|never\s+(?:been\s+)?like\s+(?:this|that)|blue|grey|gray|pregnan\w*|newborn|(?:[1-5]|one|two|three|four|five)[- ](?:months?|mo)\b|\d+[- ]weeks?[- ]old|rash|stiff\s+neck|neck\s+(?:is\s+)?stiff|midazolam|buccolam|diazepam|rescue)\b/g;

/** "no rash", "not blue": a red-flag word told as absent by a word just before it. */
const ABSENT_JUST_BEFORE = /\b(?:no|not|nor|without|never|none)\s+$/;

/** Whether a normalised message tells a seizure of a known condition, over and recovered from, with no red flag. */
export function isUsualSeizureRecovered(normalized: string): boolean {
  const named = NAMED_BY_A_CLINICIAN.test(normalized);
  return (
    (named ||
      KNOWN.test(normalized) ||
      (FEBRILE_SEIZURE_NAMED.test(normalized) && TOLD_AS_A_REPEAT.test(normalized))) &&
    RECOVERED.test(normalized) &&
    !toldPresent(normalized, RED_FLAG, ABSENT_JUST_BEFORE) &&
    (named || !toldPresent(normalized, FIRST, ABSENT_JUST_BEFORE))
  );
}

/** Sets the seizure aside where the message tells only it, of a known condition, over and recovered from. */
export function applyUsualSeizureRecovered<F extends ReadFinding>(
  clauses: readonly { accepted: F[]; framed: F[] }[],
  normalized: string,
): void {
  setAsideAStoryToldAlone(
    clauses,
    ({ signal }) => THE_SEIZURE.has(signal.id),
    () => isUsualSeizureRecovered(normalized),
  );
}
