import { vocabularyExpansions } from '../../common/vocabulary/vocabulary-expansion.js';
import { analyzeRecordQuestion } from './record-question.js';

const NOW = new Date('2026-01-14T12:00:00Z');
const analyze = (question: string) => analyzeRecordQuestion(question, NOW);

describe('what was given for an illness, told with "give ... for"', () => {
  it.each([
    'what did they tell us to give him for it',
    'they give him anything for it',
    'did they give her something for that',
    'did the walk-in give me any tablets for the covid',
  ])('%s: a treatment, so medicines and, when there are none, the care plan', (question) => {
    const read = analyze(question);
    expect(read.aboutRecords).toBe(true);
    expect(read.resourceTypes).toEqual(expect.arrayContaining(['MedicationRequest', 'CarePlan']));
  });

  it.each([
    'which shots was he given for school',
    'what did they give him at his 4 month visit',
    'give me my blood pressure readings for the last two years',
  ])('%s: something given or asked for that is no treatment: no care plan', (question) => {
    expect(analyze(question).resourceTypes).not.toContain('CarePlan');
  });
});

describe('what the patient was told to do', () => {
  it.each([
    'claim asks what the doctor instructed',
    'what were we told to do at home',
    'the gp told us to keep him home, for how long',
    'was he supposed to isolate, and until when',
  ])('%s: the care plan holds the instructions', (question) => {
    const read = analyze(question);
    expect(read.aboutRecords).toBe(true);
    expect(read.resourceTypes).toContain('CarePlan');
  });

  it.each([
    'the doctor told me my blood pressure was high, when was that',
    'when was i told to come back for my booster',
    'what did the doctor say about his weight',
  ])('%s: something else was told; no care plan is asked', (question) => {
    expect(analyze(question).resourceTypes).not.toContain('CarePlan');
  });
});

describe('isolation told as being shut away', () => {
  it.each([
    'was she meant to stay shut away in her room',
    'we shut him in his room for two weeks, was that what they said',
    'did they say to keep her locked away in her bedroom',
  ])('%s: the record says isolation', (question) => {
    expect(vocabularyExpansions(question)).toContain('isolation');
  });

  it.each(['the clinic was shut when we went', 'his eyes were shut tight in the photo'])(
    '%s: a door or eyes shut are no isolation',
    (question) => {
      expect(vocabularyExpansions(question)).not.toContain('isolation');
    },
  );
});

describe('a treatment begun or kept on, in other verbs', () => {
  it.each([
    'which tb meds were kicked off during the 2012 stay',
    'the hiv drugs they commenced when i was admitted',
    'what tablets were initiated at the 2014 admission',
  ])('%s: the records of what was started', (question) => {
    const words = analyze(question).query.split(' ');
    expect(words).toContain('started');
    expect(words).not.toContain('treatment');
  });

  it.each([
    'did the doctors keep going with the TB tablets in 2014 or stop them',
    'was i to stick with my hiv pills after the stay',
    'did she stay on the same meds after discharge',
  ])('%s: the plan says continue or stop', (question) => {
    expect(analyze(question).query.split(' ')).toContain('continue');
  });

  it.each(['did i keep going to the clinic after that', 'when did his cough start'])(
    '%s: no treatment is named, so neither a start nor a plan is searched',
    (question) => {
      const words = analyze(question).query.split(' ');
      expect(words).not.toContain('started');
      expect(words).not.toContain('continue');
    },
  );
});

describe('something named and asked whether it is on the record, with no pronoun', () => {
  it.each([
    'fire service pharmacist asks about Videx (didanosine), listed?',
    'school nurse wants to know if penicillin is noted anywhere',
    'occupational health form - is the zerit documented',
  ])('%s: about the record', (question) => {
    expect(analyze(question).aboutRecords).toBe(true);
  });

  it.each(['what does documented mean on a form', 'how is tb recorded in children'])(
    '%s: a general question stays one',
    (question) => {
      expect(analyze(question).aboutRecords).toBe(false);
    },
  );
});

describe('a record giving something is read back, not given', () => {
  it.each([
    'what date does my chart give for the TB diagnosis, travel insurance needs it',
    'which year do my records give for his asthma',
  ])('%s: no treatment is asked', (question) => {
    expect(analyze(question).resourceTypes).not.toContain('CarePlan');
  });
});

describe('a sick visit told in the passive', () => {
  it.each([
    'which day was she taken to the doctor coughing with a temperature',
    'when the toddler was brought in poorly in March 2020',
    'the time he got rushed to the clinic with wheezing',
  ])('%s: a visit for a complaint, searched with the words of one', (question) => {
    const read = analyze(question);
    expect(read.resourceTypes).toContain('Encounter');
    expect(read.query.split(' ')).toContain('symptom');
  });

  it.each(['she was taken off the tb pills in 2014', 'how much blood was taken at the checkup'])(
    '%s: taken, but to no doctor: no sick visit',
    (question) => {
      expect(analyze(question).query.split(' ')).not.toContain('symptom');
    },
  );
});

describe('a treatment told by what it treats, in the singular or with how often it is taken', () => {
  it.each([
    'the tablets I take twice a day for hiv',
    'the pills he takes every morning for his hiv',
    'the hiv pill that gave me pins and needles in my feet',
    'was that hiv drug ever stopped',
  ])('%s: the antiretrovirals', (question) => {
    expect(analyze(question).query).toContain('antiretroviral');
  });
});
