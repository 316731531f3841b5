import { ALREADY_ASSESSED } from './urgent-after-resolution.js';
import { isRemotePastClause, isToldAsPresent, PAST_VERB } from './temporal-context.js';
import { PERSON } from './triage-vocabulary.js';

/**
 * An episode told as over, across the sentences of a long message. People tell a past episode first and ask about it
 * after: "My grandad fell and hit his head on Sunday; the hospital did a scan which was clear and sent him home. How
 * long should we watch him?", "My late father had a heart attack at 62. He said it felt like an elephant on his
 * chest. What checks should I ask for?". Each finding's own clause says nothing of its time; the message does.
 *
 * The protocols set such an episode aside once care has met it (NICE NG232 head injury: a normal scan and a well
 * patient go home with a list of what to come back for; NHS 111: a chest pain assessed in A&E with normal tests is
 * for the GP) or once it is years back (history). What they act on is what is new: a finding told today, again or
 * now, which keeps every finding of the message read (see `pastEpisodeSentences`).
 */

/** A day before today, up to some months back: when a recent episode happened. */
const EARLIER_DAY =
  /\b(?:yesterday|last\s+(?:night|week|weekend|month)|(?:on|last)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|at\s+the\s+weekend|over\s+the\s+weekend|the\s+other\s+day|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|couple\s+of|several|\d+)\s+(?:days?|weeks?|fortnights?|months?)\s+(?:ago|back|before)|a\s+fortnight\s+ago|in\s+(?:january|february|march|april|june|july|august|september|october|november|december))\b/;

/** Where care met someone: a hospital, an emergency department, a crew, a doctor. */
const CARE_PLACE =
  /\b(?:hospital|a\s*&\s*e|a\s+and\s+e|er|emergency\s+department|urgent\s+care|walk-in|minor\s+injuries|paramedics?|ambulance|gp|doctors?|consultant|cardiologist|neurologist|taken\s+in|kept\s+in)\b/;

/** What care did or found: tests, a scan, an admission, a discharge, a result told as normal. */
const CARE_DONE =
  /\b(?:checked|examined|assessed|scan(?:s|ned)?|ct|mri|ecg|ekg|eeg|x-?rays?|bloods|blood\s+tests?|tests?|kept\s+(?:in|him|her|me|them)|admitted|sent\s+(?:\w+\s+)?home|discharged|treated|removed|monitored|observed|all\s+(?:normal|clear)|in\s+hospital\s+(?:for\s+)?(?:a|one|two|three|four|five|\d+|a\s+few|a\s+couple\s+of)\s+(?:days?|nights?|weeks?))\b/;

/** A test told with its result, care met whoever did it: "she had a CT that was normal", "bloods came back clear". */
const TEST_RESULT =
  /\b(?:scans?|ct|mri|ecg|ekg|eeg|x-?rays?|bloods|blood\s+tests?|tests?|results?)\s+(?:\w+\s+){0,3}?(?:normal|clear|fine|negative)\b/;

/**
 * Well for days since the episode, which dates it before today when its own sentence gives no day: "I had a seizure in
 * the night ... I've been completely fine for four days".
 */
const WELL_FOR_DAYS =
  /\b(?:fine|well|normal|ok|okay|symptom-?free|no\s+symptoms)\s+(?:for|over)\s+(?:the\s+(?:last|past)\s+)?(?:\d+|two|three|four|five|six|seven|a\s+few|few|several|a\s+couple\s+of)\s+(?:days|weeks|months)\b/;

/**
 * Care that did not assess the episode: "sent home without an x-ray", "they didn't scan her", "I told them I was fine
 * and they left", "we left before being seen". The episode is then not known to be over (a button battery unseen, a
 * staggered overdose refused).
 */
const CARE_MISSED =
  /\b(?:without\s+(?:an?\s+|any\s+)?(?:x-?rays?|scans?|tests?|checking|bloods|being\s+(?:seen|checked|examined))|(?:did\s+not|never|would\s+not|could\s+not|was\s+not|were\s+not)\s+(?:\w+\s+)?(?:check\w*|scan\w*|x-?ray\w*|examine\w*|test\w*|seen|see)|refused|told\s+them\s+(?:i|he|she|we)\s+(?:was|were)\s+(?:fine|ok|okay)|left\s+before|self-?discharged|discharged\s+(?:myself|himself|herself))\b/;

/**
 * A time later than a day before today, in the sentence that would open an episode: "I was seen in A&E last week for a
 * migraine, sudden worst headache of my life an hour ago" tells two episodes, the second now; "black stools since
 * yesterday" is going on still.
 */
const LATER_TIME =
  /\b(?:since|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|few|couple\s+of|several|\d+)\s+(?:minutes?|mins?|hours?|hrs?)\s+ago|today|tonight|now|just|earlier|this\s+(?:morning|afternoon|evening))\b/;

/**
 * A verb told in the past, what carries a story on: "he said it felt", "her face drooped", "she couldn't talk"; the
 * temporal context's past verbs, and those a story told on is said with.
 */
const TOLD_IN_THE_PAST = new RegExp(String.raw`${PAST_VERB.source}|\b(?:said|felt|did|thought)\b`);

/**
 * What brings a sentence to now: a present or perfect verb ("I am sweating", "he has just eaten", "I have had that
 * same feeling"), or a time of its own ("an hour ago", "this morning", "again").
 */
const TOLD_IN_THE_PRESENT =
  /\b(?:am|is|are|has|have|cannot|can|does|do|will|keeps?|feels?|seems?|looks?|says|gets|goes|hurts?|aches?|needs|wants|complains|reports|presents)\b/;

/**
 * How a sentence told on opens: by someone already told of, pointed back at, or what care found ("He said ...", "Her
 * face drooped ...", "Bloods and ECG were all normal ..."). A sentence without a subject ("Vomited a cupful of blood")
 * is a new note, not the story told on.
 */
const TOLD_ON_BY =
  /^(?:(?:and|but|so|then|apparently|afterwards)\s+)?(?:i|he|she|they|we|it|his|her|their|my|our|that|this|the\s+(?:doctors?|hospital|paramedics|scan|ecg|tests?|nurse|consultant)|bloods|tests?|scans?)\b/;
const A_TIME_OF_ITS_OWN = new RegExp(
  String.raw`\b(?:ago|today|tonight|now|just|still|again|since|earlier|currently|this\s+(?:morning|afternoon|evening|week)|(?:19|20)\d\d)\b|${EARLIER_DAY.source}`,
);

/**
 * A sentence outside the episode that tells it as happening again or new: "he had another one this morning", "it is
 * back", "the same pain again". What a question plans for ("what should we do if it happens again?") is no return.
 */
const TOLD_AGAIN =
  /\b(?:another\s+(?:[\w-]+\s+)?(?:one|fit|seizure|episode|attack|turn|faint|bleed|stroke|reaction|overdose|fall|clot)|again|(?:like|same\s+as)\s+(?:last\s+time|before|then)|(?:is|are|has|have|came|comes|coming)\s+back|returned|recurr\w*|worse|(?:the\s+)?same\s+(?:pain|thing|feeling|symptoms?|way))\b/;
const CONDITION = /\b(?:if|in\s+case|whenever|would|could|might|whether)\b.*$/;

/**
 * A question or a condition, by its opening (sentences reach the rules without their question marks): "is it safe to
 * run again", "when can he go back on it", "he is asking if he can drink at the wedding". What it names is asked about.
 */
const ASKED =
  /^(?:(?:so|and|but|also|ok|okay|please|just)\s+)?(?:is|are|am|was|were|can|could|should|shall|would|will|do|does|did|has|have|what|how|when|why|which|who|where|any|anything)\b|\b(?:if|whether|in\s+case)\b/;

/** A time of now that makes even a question a report: "is it normal he is still vomiting today". */
const NOW_IN_A_QUESTION = /\b(?:now|today|tonight|still|keeps?|since|ago|this\s+(?:morning|afternoon|evening))\b/;

/** Whether a sentence outside the episode tells a finding as a report, not as what is asked about. */
export function toldAsReport(sentence: string): boolean {
  return !ASKED.test(sentence) || NOW_IN_A_QUESTION.test(sentence);
}

/**
 * Someone told as well since, which a told-over episode often ends on in its own sentence: "and he's been his usual
 * self since", "she is fine now", "I have felt completely normal". It tells the episode's end, not a finding now.
 */
const WELL_SINCE =
  /\b(?:i|he|she|they|we|it)\s+(?:is|are|am|has|have)\s+(?:been\s+|felt\s+|seemed\s+)?(?:\w+\s+){0,3}?(?:fine|well|ok|okay|normal|himself|herself|myself|themselves|(?:his|her|my|their)\s+(?:usual|normal|old)\s+self|back\s+to\s+normal|recovered|great)\b(?:\s+(?:ever\s+)?since)?|\b(?:and\s+)?(?:now\s+)?(?:fine|well|ok|okay)\s+(?:now|since)\b|\b(?:and\s+)?now\s+(?:fine|well|ok|okay|better|recovered)\b/g;

/**
 * The episode told as over by how the person is since: well since, well for days, nothing since (or a test that found
 * nothing, read beside it). Care alone does not end it ("treated in hospital last week for a clot, he coughed up blood and collapsed" may be today's story).
 */
const NOTHING_SINCE =
  /\bno\s+(?:more\s+|further\s+|other\s+)?(?:\w+\s+)?(?:symptoms|problems|episodes|headaches|pain|fits|seizures)\s+(?:\w+\s+){0,2}?(?:since|for)\b/;
const WELL_NOW = new RegExp(`${WELL_SINCE.source}|${NOTHING_SINCE.source}|${WELL_FOR_DAYS.source}`);

/** The sentence without the well-being told at its episode's end. */
function withoutWellSince(sentence: string): string {
  return sentence.replace(WELL_SINCE, ' ');
}

/** Whether a text tells care meeting an episode: an assessment, a test with its result, a place of care and its work. */
function toldCare(told: string): boolean {
  return ALREADY_ASSESSED.test(told) || TEST_RESULT.test(told) || (CARE_PLACE.test(told) && CARE_DONE.test(told));
}

/** Whether a sentence tells an episode before today that care met, in it or in the sentence after it. */
function isMetRecentEpisode(sentences: readonly string[], index: number): boolean {
  const sentence = withoutWellSince(sentences[index] ?? '');
  if (isToldAsPresent(sentence) || LATER_TIME.test(sentence)) return false;
  const dated = EARLIER_DAY.test(sentence) || sentences.slice(index + 1).some((later) => WELL_FOR_DAYS.test(later));
  // Over by how the person is since, or by a test after it that found nothing.
  if (!dated || !sentences.slice(index).some((told) => WELL_NOW.test(told) || TEST_RESULT.test(told))) return false;
  // Care told in the next sentence meets this episode only when that sentence dates nothing else ("I was treated for
  // high blood pressure in hospital last year" is another story).
  const next = withoutWellSince(sentences[index + 1] ?? '');
  const datesAnother = A_TIME_OF_ITS_OWN.test(next) || isRemotePastClause(next);
  const told = datesAnother ? sentence : `${sentence} . ${next}`;
  return !CARE_MISSED.test(told) && toldCare(told);
}

/** Whether a sentence goes on telling the episode before it: told in the past, with nothing of now. */
function goesOnInThePast(told: string): boolean {
  const sentence = withoutWellSince(told);
  return (
    TOLD_ON_BY.test(sentence) &&
    TOLD_IN_THE_PAST.test(sentence) &&
    !TOLD_IN_THE_PRESENT.test(sentence) &&
    !A_TIME_OF_ITS_OWN.test(sentence) &&
    !ASKED.test(sentence)
  );
}

/**
 * What ties a sentence told after a remote date to that old episode (review V25, 11:11: people tell today's event in
 * the past tense with no time word, "My dad had a heart attack in 2015. He went grey, clutched his chest and
 * collapsed."): a pointer that names the old time or what the old episode felt like ("back then", "at the time", "that
 * day", "he said it felt like ..."), or the story's end told after it ("... and has been well ever since", "he
 * recovered", "she died"). Words of any narrative ("then", "afterwards", "she told me her vision went dark") tie
 * nothing to the old date (review V25, 11:45).
 */
const POINTS_BACK =
  /\b(?:back\s+then|at\s+the\s+time|that\s+(?:day|time|night|year)|in\s+those\s+days|the\s+first\s+time|when\s+it\s+happened|(?:said|described|always\s+said)\s+it\s+(?:felt|was)\s+like)\b/;
const STORY_ENDED =
  /\b(?:recovered|survived|died|passed\s+away|was\s+fine\s+after|(?:been\s+)?well\s+(?:ever\s+)?since|fine\s+(?:ever\s+)?since|(?:fine|well|ok|okay)\s+now|never\s+(?:had\s+)?(?:another|again))\b/;

/**
 * An end that is not the old episode's (review V25, 12:05): another person's ("My uncle died of one"), one told as
 * the last time's ("She recovered last time, so should we just wait?": there is a this time), or one cut off by
 * today ("He has been well ever since his diagnosis until today").
 */
const SOMEONE = new RegExp(String.raw`\b${PERSON}\b`, 'g');
const NOT_THIS_STORYS_END =
  /\b(?:last\s+time|until\s+(?:today|tonight|now|this\s+(?:morning|afternoon|evening)|yesterday|last\s+night))\b/;

/** Whether `later` tells the end of the episode `opening` told: an end, of no one the opening did not name. */
function endsTheStory(later: string, opening: string): boolean {
  if (!STORY_ENDED.test(later) || NOT_THIS_STORYS_END.test(later)) return false;
  const named = new Set(opening.match(SOMEONE) ?? []);
  return (later.match(SOMEONE) ?? []).every((person) => named.has(person));
}

/** Whether a sentence told after a remote date goes on with that episode: tied to it, or ended after it. */
function tiedToTheOldEpisode(sentences: readonly string[], index: number, openedAt: number): boolean {
  const sentence = sentences[index] ?? '';
  const opening = sentences[openedAt] ?? '';
  return POINTS_BACK.test(sentence) || sentences.slice(index).some((later) => endsTheStory(later, opening));
}

/**
 * A sentence that tells a later event after a contrast ("Last week the GP checked his chest pain and the ECG was
 * normal, but yesterday evening he had crushing pain and collapsed"): two episodes, the second unassessed.
 */
const LATER_EVENT_AFTER_A_TURN = new RegExp(
  String.raw`\b(?:but|however|then|until|although|though)\b.*(?:${EARLIER_DAY.source}|\b(?:since|later|afterwards)\b)`,
);

/**
 * How a sentence opens a past episode: one dated years back (whose own clauses the temporal context already reads as
 * history: only the sentences told on after it are added), or one before today that care met (set aside whole).
 */
function opensPastEpisode(sentences: readonly string[], index: number): 'remote' | 'met' | null {
  const sentence = withoutWellSince(sentences[index] ?? '');
  if (TOLD_IN_THE_PRESENT.test(sentence) || ASKED.test(sentence) || LATER_TIME.test(sentence)) return null;
  if (isRemotePastClause(sentence)) return 'remote';
  if (LATER_EVENT_AFTER_A_TURN.test(sentence)) return null;
  return isMetRecentEpisode(sentences, index) ? 'met' : null;
}

/**
 * The sentences whose findings a past episode sets aside: a met recent episode's own sentence, and the sentences that
 * go on telling any past episode in the past; none when another sentence tells anything as happening again.
 */
export function pastEpisodeSentences(sentences: readonly string[]): ReadonlySet<number> {
  const episode = new Set<number>();
  let index = 0;
  while (index < sentences.length) {
    const openedAt = index;
    const opening = opensPastEpisode(sentences, index);
    if (opening === 'met') episode.add(index);
    index += 1;
    if (opening === null) continue;
    // A met episode goes on only through what care did ("He had a full check at the hospital afterwards: ECG ...
    // all normal"): a past event told after it may be a new one ("He coughed up blood and collapsed").
    const goesOn = (at: number): boolean =>
      goesOnInThePast(sentences[at] ?? '') &&
      (opening === 'remote' ? tiedToTheOldEpisode(sentences, at, openedAt) : toldCare(sentences[at] ?? ''));
    for (; index < sentences.length && goesOn(index); index += 1) episode.add(index);
  }
  const toldAgain = sentences.some(
    (sentence, told) => !episode.has(told) && TOLD_AGAIN.test(sentence.replace(CONDITION, '')),
  );
  return toldAgain ? new Set() : episode;
}
