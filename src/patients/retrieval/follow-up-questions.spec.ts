import { asFollowUp, mayFollowUp } from './follow-up-questions.js';
import { analyzeRecordQuestion, type RecordQuestion } from './record-question.js';

const NOW = new Date('2026-12-04T00:00:00Z');
const read = (text: string) => analyzeRecordQuestion(text, NOW);

/** The question as asked after `previous`, as the retriever reads it. */
function asked(previous: string, question: string): RecordQuestion {
  const current = read(question);
  return mayFollowUp(current, question) ? asFollowUp(current, read(previous), question) : current;
}

/** What is searched and how, without the functions. */
const shape = ({ askedOfVaccine, namedEquivalents, asCategory, ...rest }: RecordQuestion) => rest;

describe('follow-up questions in a running chat', () => {
  it.each([
    ['when was my last tetanus shot?', 'and the time before that?'],
    ['when was I diagnosed with TB?', 'is it still active?'],
    ['did I ever have tuberculosis', 'when was that?'],
    ["what's my HIV viral load", 'and the one before that?'],
    ['did he have a fever with covid', 'how high did it go?'],
    ['did she lose her sense of taste with covid', 'how long did that last?'],
    ['what is tuberculosis?', 'have I ever had it?'],
    ['has he had his meningitis jab', 'same for his sister?'],
    ['when did I get my covid vaccines', 'which brand was it?'],
    ['what was my pulse last time', 'was it normal?'],
    // An ordinal typed in digits asks for a dose as the word does.
    ['when did leta get her first hep a shot', 'and the 2nd one?'],
    ['when was his first dtap', 'and the 3rd?'],
    // A dose counted, or the final one, after a vaccine named.
    ['did mum get the pfizer covid vaccine', 'when was the second dose'],
    ['when did he get his first hpv shot', 'ok and his final dose of it?'],
  ])('%j then %j: asked of what the previous message named', (previous, question) => {
    const followUp = asked(previous, question);
    expect(followUp.aboutRecords).toBe(true);
    expect(followUp.followsUp).toBe(true);
    // "how long did that last?" also names a kind (a condition lasts): its words come after.
    expect(followUp.query.startsWith(read(previous).query)).toBe(true);
  });

  it('keeps the period the follow-up names, and asks of what was named before', () => {
    const followUp = asked('what was my temperature in 2016?', 'and in 2017?');
    expect(followUp.period).toMatchObject({ from: '2017-01-01', to: '2018-01-01' });
    expect(followUp.query).toBe(read('what was my temperature in 2016?').query);
  });

  it('a kind named while pointing back is that kind of what was named, in its period', () => {
    const followUp = asked('what happened at my 2013 physical', 'and which shots did I get?');
    expect(followUp.resourceTypes).toEqual(['Immunization']);
    expect(followUp.period).toMatchObject({ from: '2013-01-01' });
    expect(followUp.query).toContain('physical');
    expect(followUp.query).toContain('immunization');
  });

  it('a follow-up naming something new is searched by its own words, in the period asked before', () => {
    const followUp = asked('what was her temperature in 2019', 'and her weight?');
    expect(followUp.query).toBe(read('and her weight?').query);
    expect(followUp.terms).not.toContain('temperatur');
    expect(followUp.period).toMatchObject({ from: '2019-01-01', to: '2020-01-01' });
  });

  it.each([
    ['when was I diagnosed with TB?', 'how much do I weigh?'],
    ['when did he get his HPV vaccine', 'what vaccines did he have as a baby?'],
    ['was her blood pressure ok when she was poorly', 'has she had the chickenpox vaccine?'],
    ['how many DTaP shots has he had', 'what about the polio one?'],
    ['when did I have covid', 'what happened in 2018?'],
    ['what is a fever?', 'when did I last see the doctor about my cough?'],
  ])('%j then %j: a new topic, searched as if asked alone', (previous, question) => {
    const alone = read(question);
    const followUp = asked(previous, question);
    expect(shape({ ...followUp, period: followUp === alone ? alone.period : undefined })).toEqual(
      shape({ ...alone, period: followUp === alone ? alone.period : undefined }),
    );
    expect(followUp.followsUp).toBeUndefined();
  });

  it('a new thing named going on from the message before does not bring back what it named', () => {
    const followUp = asked('how many DTaP shots has he had', 'what about the polio one?');
    expect(followUp.query).not.toMatch(/dtap|diphtheria/i);
  });

  it.each([
    ['has he had hepatitis b', 'how many doses did he get?'],
    ['did he have the hep b vaccine', 'how many doses has he had'],
    ['when did I get the shingles vaccine', 'how many doses is that'],
  ])('%j then %j: the doses of the vaccine named before, not a medicine', (previous, question) => {
    const followUp = asked(previous, question);
    expect(followUp.followsUp).toBe(true);
    expect(followUp.resourceTypes.some((type) => type.startsWith('Medication'))).toBe(false);
    expect(followUp.query).toBe(read(previous).query);
  });

  it('a count naming its own medicine is not a follow-up of the vaccine before it', () => {
    const followUp = asked('has he had hepatitis b', 'how many doses of amoxicillin did he get?');
    expect(followUp.followsUp).toBeUndefined();
    expect(followUp.query).not.toMatch(/hepatitis/);
  });

  it('the one before or after a dated question is the nearest on that side of its period', () => {
    const before = asked('which shots did he get in aug 2020', 'and when was his checkup before that one');
    expect(before.period).toMatchObject({ from: '0000-01-01', to: '2020-08-01' });
    expect(before).toMatchObject({ wantsLatest: true, wantsEarliest: false });
    const after = asked('when was my physical in 2014', 'and the one after that?');
    expect(after.period).toMatchObject({ from: '2015-01-01', to: '9999-12-31' });
    expect(after).toMatchObject({ wantsLatest: false, wantsEarliest: true });
  });

  it('"the one prior to that" is the one before; "prior" names nothing of its own (R32)', () => {
    const prior = asked('when was my physical in 2014', 'ok and the one prior to that');
    expect(prior).toMatchObject({ followsUp: true, resourceTypes: ['Encounter'], wantsLatest: true });
    expect(prior.period).toMatchObject({ from: '0000-01-01', to: '2014-01-01' });
  });

  it('a time counted ("the second time I was admitted") is counted in the whole record, not the period asked before (R32)', () => {
    expect(asked('how long was my march 2016 hospital stay', 'and the second time I was admitted?')).toMatchObject({
      followsUp: true,
      period: undefined,
    });
    expect(asked('my heart rate at the 2010 admission', 'ok what about the third time they kept me in').period).toBe(
      undefined,
    );
    // An ordinal of no time counts within the period asked before.
    expect(asked('my heart rate at the 2010 admission', 'and the second reading that day?').period).toMatchObject({
      from: '2010-01-01',
    });
  });

  it('a general question followed by a general question stays general', () => {
    expect(asked('what is a fever?', 'and what causes it?').aboutRecords).toBe(false);
  });

  it('nothing named before: the follow-up is read alone', () => {
    expect(shape(asked('hello', 'when was that?'))).toEqual(shape(read('when was that?')));
  });
});

describe('a follow-up counted from the period asked before', () => {
  it('"the following year\'s one" is the period asked before a year on, its words not searched', () => {
    const followUp = asked("when was hipolito's well check in spring 2018", "and the following year's one?");
    expect(followUp.followsUp).toBe(true);
    expect(followUp.period).toMatchObject({ from: '2019-02-15', approximate: true });
    expect(followUp.query).not.toContain('following');
  });

  it('"his final dose" asks for the last of the series', () => {
    expect(asked('when did he get his first hpv shot', 'ok and his final dose of it?').wantsLatest).toBe(true);
  });
});
