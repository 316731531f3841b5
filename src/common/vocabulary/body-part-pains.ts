/**
 * A pain told as a part of the body and how it felt, in any words between them: "his head was
 * paining him", "pain in her head", "his head was throbbing the whole week", "the knees and
 * elbows were hurting", "sore in the joints". The records name the finding ("Headache (finding)",
 * "Joint pain (finding)", "Muscle pain (finding)"); the idioms of RECORD_FINDING_IDIOMS list the
 * common tellings one by one, and a part and a pain word a few words apart, in either order, is
 * the kind they all are (learner English "paining", a verb no list had, among them).
 */
const BODY_PART_FINDINGS: ReadonlyArray<{ parts: string; findings: readonly string[] }> = [
  { parts: 'head|heads|noggin|skull|forehead|temples', findings: ['headache'] },
  {
    parts: 'joints?|knees?|elbows?|wrists?|ankles?|hips?|knuckles?|shoulders?',
    findings: ['joint pain', 'arthralgia'],
  },
  { parts: 'muscles?|body|legs?|arms?|calf|calves|thighs?', findings: ['muscle pain', 'myalgia'] },
  { parts: 'throat', findings: ['sore throat'] },
  { parts: 'chest', findings: ['chest pain'] },
  { parts: 'stomach|tummy|belly|abdomen', findings: ['abdominal pain'] },
  { parts: 'ears?', findings: ['earache'] },
];

/** How a pain is told: "paining", "hurt", "aching", "sore", "throbbing", "pounding", "killing him". */
const PAIN_WORD =
  'pain|pains|paining|pained|painful|hurt|hurts|hurting|ache|aches|ached|aching|achy|sore|soreness|throbb(?:ing|ed)|pound(?:ing|ed)|killing|splitting|agony';

/** At most four words between the part and the pain word, within one sentence. */
const BETWEEN = "(?:[\\s,-]+[a-z']+){0,4}?[\\s,-]+";

const READINGS = BODY_PART_FINDINGS.map(({ parts, findings }) => ({
  pattern: new RegExp(
    `\\b(?:${parts})\\b${BETWEEN}(?:${PAIN_WORD})\\b|\\b(?:${PAIN_WORD})\\b${BETWEEN}(?:${parts})\\b`,
  ),
  findings,
}));

/** The findings of every pain the lower-cased text tells by a part of the body: "head was paining" → headache. */
export function bodyPartPainFindings(lowerCased: string): string[] {
  return READINGS.filter(({ pattern }) => pattern.test(lowerCased)).flatMap(({ findings }) => findings);
}
