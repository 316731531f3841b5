import { CARDINAL, cardinalValue, ORDINAL, ordinalValue } from './number-words.js';

/** Ages a school stage spans, in whole years, both inclusive. */
export interface SchoolAges {
  age: number;
  through: number;
  expression: string;
}

/**
 * The ages at which children are in each stage of (US) school, widened by a year below: the shots
 * "for kindergarten" or "for 7th grade" are given the year before it starts, and a birthday either
 * side of the cut-off moves a child a year.
 */
const STAGES: ReadonlyArray<{ words: string; age: number; through: number; shotsFor?: true }> = [
  { words: 'pre-?k|pre-?school|pre-?kindergarten|nursery school|day ?care', age: 2, through: 5, shotsFor: true },
  // School entry is when kindergarten starts, and its shots are the kindergarten shots.
  { words: 'kindergarten|kindergarden|kinder|school[-\\s]entry', age: 4, through: 6, shotsFor: true },
  { words: '(?:elementary|grade|primary) school', age: 5, through: 11 },
  { words: 'middle school|junior high|jr\\.? high|intermediate school', age: 10, through: 14, shotsFor: true },
  { words: 'high school', age: 13, through: 18 },
  { words: 'college|university', age: 17, through: 23 },
];

// A stage that dates what is asked: "in 5th grade", "during middle school", "at high school",
// "when she was in high school", or a visit or shot named by it ("the 7th grade shots"). Not
// today's stage or a purpose: "she's in 5th grade now", "starting kindergarten", "a form for college".
const BEFORE = `(?<!\\b(?:is|are|am|'s|now|currently|be|starting|starts|start|entering|enters|going into|goes to|attends)\\s+)\\b(?:in|during|at|through)\\s+(?:the\\s+|his\\s+|her\\s+|my\\s+|their\\s+|our\\s+)?`;
const AFTER = `[-\\s](?:shots?|vaccines?|vaccinations?|immuni[sz]ations?|jabs?|boosters?|physicals?|check-?ups?|exams?|visits?|sports physicals?)\\b`;

// The shots "for 7th grade" or "for kindergarten" are the ones school entry asks for; "a form for
// college" is only why the patient asks.
const FOR_SHOTS = `(?<=\\b(?:shots?|vaccines?|vaccinations?|immuni[sz]ations?|jabs?|boosters?|needed|required)\\s+(?:\\w+\\s+){0,4}for\\s+(?:the\\s+|his\\s+|her\\s+)?)`;

function dated(stage: string, shotsFor = false): RegExp {
  const forShots = shotsFor ? `|${FOR_SHOTS}(${stage})\\b` : '';
  return new RegExp(
    `${BEFORE}(${stage})\\b(?!\\s+(?:now|next|this|registration))|\\b(${stage})(?=${AFTER})${forShots}`,
  );
}

/**
 * A stage told as begun in the past ("the summer he started kindergarten", "when she was starting
 * middle school", "the year I went into high school"): the age it begins at (US), the year of that
 * birthday and the one after, not the stage's span. Not today's start or a plan ("he is starting
 * kindergarten", "she starts preschool next year"), which date nothing of the record.
 */
const STAGE_STARTS: ReadonlyArray<{ words: string; age: number }> = [
  { words: 'pre-?k|pre-?school|pre-?kindergarten|nursery school', age: 3 },
  { words: 'kindergarten|kindergarden|kinder', age: 5 },
  { words: '(?:elementary|grade|primary) school|first grade|1st grade', age: 6 },
  { words: 'middle school|junior high|jr\\.? high', age: 11 },
  { words: 'high school', age: 14 },
  { words: 'college|university', age: 18 },
];
const STARTED = `\\b(?:i|he|she|they|we)\\s+(?:(?:was|were)\\s+(?:starting|beginning|entering|going\\s+into)|started|began|entered|went\\s+(?:in)?to|had\\s+(?:just\\s+)?(?:started|begun))\\s+(?:at\\s+)?(?:the\\s+|his\\s+|her\\s+|my\\s+|their\\s+)?`;
const STARTED_PATTERNS = STAGE_STARTS.map((stage) => ({
  age: stage.age,
  pattern: new RegExp(`${STARTED}(?:${stage.words})\\b`),
}));

/**
 * The visit "right before kindergarten", "just before she started high school": the year of age
 * before the stage begins (see STAGE_STARTS) and the year it begins at, when its last visit or
 * shots before the stage were (the summer's checkup may fall after the birthday).
 */
const BEFORE_STARTING = `\\b(?:(?:right|just)\\s+)?(?:before|prior\\s+to|ahead\\s+of)\\s+(?:(?:i|he|she|they|we)\\s+(?:started|began|entered|went\\s+(?:in)?to)\\s+|starting\\s+|(?:the\\s+)?start\\s+of\\s+)?(?:the\\s+|his\\s+|her\\s+|my\\s+|their\\s+)?`;
const BEFORE_STARTING_PATTERNS = STAGE_STARTS.map((stage) => ({
  age: stage.age - 1,
  pattern: new RegExp(`${BEFORE_STARTING}(?:${stage.words})\\b`),
}));

const ORDINAL_GRADE = dated(`${ORDINAL}[-\\s]grade`, true);
// "in grade 5"; not "grade 2 sprain" or "a low grade fever".
const GRADE_NUMBER = dated(`grade\\s+${CARDINAL}`);
const STAGE_PATTERNS = STAGES.map((stage) => ({ ...stage, pattern: dated(stage.words, stage.shotsFor) }));

/** Every mention of a school stage or grade, dating or not: words that date, never search terms. */
export const SCHOOL_STAGES = new RegExp(
  `\\b(?:${STAGES.map((stage) => stage.words).join('|')}|${ORDINAL}[-\\s]grade(?:rs?)?|grade\\s+${CARDINAL})\\b`,
  'g',
);

/**
 * The ages a school grade or stage dates the question by ("in 5th grade", "kindergarten shots",
 * "in middle school"), or undefined. US grade N is ages N+5 to N+6 during the school year; from
 * N+4, as above.
 */
export function readSchoolAges(text: string): SchoolAges | undefined {
  const grade = ORDINAL_GRADE.exec(text) ?? GRADE_NUMBER.exec(text);
  if (grade !== null) {
    const phrase = grade[1] ?? grade[2] ?? grade[3];
    const number = /grade\s/.test(phrase)
      ? cardinalValue(phrase.replace(/^grade\s+/, ''))
      : ordinalValue(phrase.replace(/[-\s]grade$/, ''));
    if (number !== undefined && number >= 1 && number <= 12)
      return { age: number + 4, through: number + 6, expression: grade[0] };
  }
  // Before the stage itself: "the checkup right before kindergarten" is not one in kindergarten.
  for (const stage of BEFORE_STARTING_PATTERNS) {
    const found = stage.pattern.exec(text);
    if (found) return { age: stage.age, through: stage.age + 1, expression: found[0] };
  }
  for (const stage of STAGE_PATTERNS) {
    const found = stage.pattern.exec(text);
    if (found) return { age: stage.age, through: stage.through, expression: found[0] };
  }
  for (const stage of STARTED_PATTERNS) {
    const found = stage.pattern.exec(text);
    if (found) return { age: stage.age, through: stage.age, expression: found[0] };
  }
  return undefined;
}
