/**
 * Regular-expression fragments shared by the triage signal patterns. They are source strings,
 * composed into patterns with `String.raw`, and work on text from `normalizeText`.
 */

/** People a patient reports about: "my wife", "our baby", "the old man", "my 5 year old son". */
export const PERSON = String.raw`(?:husband|wife|partner|spouse|son|daughter|child|children|kid|boy|girl|baby|infant|newborn|toddler|mom|mum|mother|mommy|mummy|dad|father|daddy|brother|sister|grandma|grandmother|granny|nan|nana|grandpa|grandfather|granddad|grandad|grandson|granddaughter|friend|boyfriend|girlfriend|fiance|fiancee|roommate|flatmate|housemate|neighbou?r|uncle|aunt|auntie|cousin|niece|nephew|colleague|coworker|co-worker|boss|teacher|student|classmate|patient|man|woman|guy|lady|person|teen|teenager|parent|stepdad|stepmom|stepmum|stepfather|stepmother|twin|relative|sibling)s?`;

/** A third person: a pronoun or a possessive-led person phrase. */
export const THIRD_PERSON = String.raw`(?:\b(?:he|she|they|someone|somebody)\b|\b(?:my|our|his|her|their|the|a|this|that)\s+(?:[\w-]+\s+){0,3}?${PERSON}\b(?:'s)?)`;

/** Anyone the message can be about, the writer included. */
export const ANY_PERSON = String.raw`(?:\b(?:i|we)\b|${THIRD_PERSON})`;

/**
 * Placed before a "not" of not waking: no wish told by it ("would rather not wake up", "wishes she wouldn't wake up",
 * "easier if I just didn't wake up"). A wish not to wake is passive suicidal ideation (Columbia: wish to be dead), read
 * by the self-harm signals with its plan, intent and means; it is never someone found unresponsive. The wish is read
 * only where the one who would not wake is told inside it, as the wish's own subject, straight after the wish word:
 * "she wishes she could just not wake up", "he prays every night that he won't wake up", "I'd rather not wake up",
 * "she sometimes thinks about not waking up".
 * A person named after the wish word in a sentence of their own ("I hope she's ok she does not wake up when I shake
 * her", "I pray to god please help my husband will not wake up", "I'd rather ask than wait my dad won't wake up") is
 * someone who cannot be roused, however the worry is framed.
 */
const WISH_WORD = String.raw`(?:rather|wish\w*|hop(?:e|es|ed|ing)|pray\w*|prefer\w*|(?:easier|better|care|mind|glad|happy)\s+if|(?:think\w*|thought\w*|dream\w*|fantasi[sz]\w*)\s+(?:about|of))`;
const WISHED_SUBJECT = String.raw`(?:(?:every|each|some|most)\s+(?:night|day|morning|time)\s+)?(?:that\s+)?(?:(?:i|he|she|they|we|you)\s+)?(?:(?:just|simply|only|really)\s+)?(?:(?:would|will|did|does|do|could|can|might|may)\s+)?(?:(?:just|simply|only|really)\s+)?`;
export const NOT_A_WISH = String.raw`(?<!\b${WISH_WORD}\s+${WISHED_SUBJECT})(?<!\bif\s+(?:i|he|she|they|we)\s+(?:just\s+|simply\s+|only\s+|never\s+)?)`;

/** Object pronouns and person phrases after a verb: "wake him", "wake my dad". */
export const PERSON_OBJECT = String.raw`(?:him|her|them|my\s+(?:[\w-]+\s+){0,2}?${PERSON}|the\s+${PERSON})`;

const SMALL_NUMBER = String.raw`(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;

/** Babies up to about a year and a half: "baby", "newborn", "6 month old", "3-week-old". */
/**
 * A baby told as kicking is one in the womb (RCOG: fetal movements), told of a pregnancy; "baby aspirin" is a dose.
 * Neither is an infant: "the baby is kicking as usual" beside "five times in two hours" told of tightenings.
 */
export const NOT_A_BORN_BABY = String.raw`(?!\s+(?:is\s+|are\s+|was\s+|were\s+|has\s+been\s+|have\s+been\s+|keeps\s+|still\s+)?kick\w*|\s+aspirin)`;

/**
 * A baby told by age; an age in months told after a comma is one unless a course follows it: ", 3 months low mood",
 * ", 4 months of cough" tell how long something has gone on in a write-up of an adult.
 */
export const INFANT = String.raw`(?:\b(?:(?:baby|babies|bby|bubs|bub|bubba)\b${NOT_A_BORN_BABY}|(?:infant|newborn|new-born|new born|neonate)\b)|\b${SMALL_NUMBER}[- ](?:day|week|month)s?[- ]old\b|\b(?:is|aged|age|,)\s*(?:${SMALL_NUMBER}|1[0-8])\s*(?:months?|mo|mths?)\b(?!\s+(?:ago|pregnant|of|since|after|later|history|hx|low|poor|worsening|increasing|intermittent))|^(?:${SMALL_NUMBER}|1[0-8])\s*(?:mo|mos|mths?)\b|\b(?:[1-9]|1[0-8])\s*(?:mo|mos|mths?)\s+old\b)`;

/**
 * An age told as a time gone by: "when she was 2 months old she had a fever, now she is 2" (last round's reviewer). The
 * baby's age then dates what happened then, and is no age now; an age now is told as one ("she is 7 weeks", "my 6 week
 * old") and read as such.
 */
export const NOT_AN_AGE_THEN = String.raw`(?<!\bwhen\s+(?:she|he|they|it|i|we|(?:my|our|the|his|her|their)\s+\w+)\s+(?:was|were)\s+(?:only\s+|just\s+|about\s+|around\s+|nearly\s+|barely\s+)?(?:a\s+)?)`;

/** Babies under three months, for whom any fever is an emergency. Not an age told as then (`NOT_AN_AGE_THEN`). */
export const NEWBORN = String.raw`${NOT_AN_AGE_THEN}(?:\b(?:newborn|new-born|new born|neonate)\b|\b${SMALL_NUMBER}[- ](?:day|week)s?[- ]old\b|\b(?:1|2|one|two|a)[- ]months?[- ]old\b|\bunder (?:3|three) months\b|\b(?:baby|infant|newborn|neonate|bubs|bub)\s+(?:is\s+|aged\s+|of\s+)?(?:[1-9]|1[0-2])\s*(?:weeks?|wks?|days?)\b(?!\s+(?:ago|pregnant|along|gestation)))`;

const EPISODE_LEAD = String.raw`(?:having|getting|suffering(?:\s+from)?|going\s+into|went\s+into|gone\s+into|in\s+the\s+middle\s+of|just\s+had|has\s+just\s+had|have\s+just\s+had|showing\s+(?:the\s+)?signs\s+of)`;

const DEICTIC_LEAD = String.raw`(?:(?:this|it|that)\s+(?:is|might\s+be|may\s+be|could\s+be|must\s+be|looks\s+like|feels\s+like|seems\s+like)|(?:is|could|might)\s+(?:this|it)(?:\s+be)?)`;

const RECENTLY = String.raw`(?:just\s+now|(?:a\s+few|a\s+couple\s+of|few|\d+|five|ten|fifteen|twenty|thirty)\s+minutes\s+ago|an\s+hour\s+ago|(?:earlier\s+)?(?:this|today)\s+(?:morning|afternoon|evening)|earlier\s+today|today|tonight)`;

/**
 * An episode happening now or moments ago, for nouns that are also talked about in general
 * ("a stroke", "a seizure"): "is having a stroke", "this might be a seizure", "just had her
 * first seizure", "had a seizure ten minutes ago". A possessive and one adjective may sit
 * before the noun ("a febrile seizure"); figurative and unrelated compounds ("heat stroke", "stroke of luck")
 * are excluded as idioms.
 */
export function episodeNow(noun: string): string[] {
  const told = episodeToldNow(noun);
  return [told[0], episodeAskedAbout(noun), ...told.slice(1)];
}

const EPISODE_ARTICLE = String.raw`(?:a\s+|an\s+|another\s+|(?:his|her|my|their|its)\s+)?(?:first\s+|second\s+)?(?:[a-z-]+\s+)?`;

/** `episodeNow` without the episode pointed at ("this might be a seizure"): told as happening or just happened. */
export function episodeToldNow(noun: string): string[] {
  return [
    String.raw`\b${EPISODE_LEAD}\s+${EPISODE_ARTICLE}(?:${noun})\b`,
    String.raw`\bhad\s+${EPISODE_ARTICLE}(?:${noun})\s+${RECENTLY}`,
    String.raw`\b(?:${noun})\s+(?:is\s+)?(?:happening\s+)?(?:right\s+now|now)\b`,
  ];
}

/**
 * The episode pointed at and named: "this might be a seizure", "is it a fit?". Said of what the
 * writer sees now, it is the episode; asked of a movement described as ordinary, it is a question
 * (see `ordinary_jerks` in `signals/seizure-signals.ts`).
 */
export function episodeAskedAbout(noun: string): string {
  return String.raw`\b${DEICTIC_LEAD}\s+${EPISODE_ARTICLE}(?:${noun})\b`;
}

/**
 * Staring or blanking that breaks off when the child is called, or comes with tiredness or
 * daydreaming, is ordinary (NICE NG217 tells absences from daydreams by this), whichever sign reads it.
 */
export const ORDINARY_STARING =
  /\b(?:daydream\w*|when\s+(?:she|he|they|i)\s+(?:is|are|am|gets?|get)\s+tired|(?:answers|responds|looks\s+up|snaps\s+out\s+of\s+it)\s+(?:straight\s+away\s+|at\s+once\s+)?when\s+(?:i|we|you)\s+(?:call|say|touch))\b/;
