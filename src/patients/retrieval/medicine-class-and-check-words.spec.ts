import { analyzeRecordQuestion } from './record-question.js';

const NOW = new Date('2026-01-14T12:00:00Z');
const analyze = (question: string) => analyzeRecordQuestion(question, NOW);
const MEDICINES = ['MedicationRequest', 'MedicationStatement'];

describe('a class of medicines told as patients tell it, and a "check" that is no test', () => {
  it.each([
    'is she on any cholesterol tablets',
    'does my file list any diabetes meds for me',
    'am i on blood pressure pills',
    'is she taking anything that thins the blood',
    'does he take something to thin his blood',
  ])('%s: asks for medicines', (question) => {
    const read = analyze(question);
    expect(read.aboutRecords).toBe(true);
    expect(read.resourceTypes).toEqual(expect.arrayContaining(MEDICINES));
  });

  it.each(['am i on blood pressure pills', 'is she on any cholesterol tablets', 'any blood thinners?'])(
    '%s: the class is named, not the reading its words name',
    (question) => {
      const read = analyze(question);
      expect(read.specific).toBe(true);
      expect(read.resourceTypes).not.toContain('Observation');
    },
  );

  it.each([
    'any medicine for blood pressure? trial screening asks',
    'is there any medicine for high blood pressure on my file',
    'does she take anything to lower her cholesterol',
    'gym induction form asks if i take anything for diabetes or blood pressure',
    'my fitness coach needs to know if i am on any tablets for blood pressure',
  ])('%s: a class told by its purpose, whose words name nothing the record may hold', (question) => {
    const read = analyze(question);
    expect(read.resourceTypes).toEqual(expect.arrayContaining(MEDICINES));
    expect(read.namedTerms).not.toEqual(expect.arrayContaining(['pressur']));
    expect(read.namedTerms).not.toContain('cholesterol');
    expect(read.medicineClassQualifiers).toEqual([]);
  });

  it.each([
    ['did the doctors say to stick with the pcp antibiotic or change it', ['pcp']],
    ['were the antibiotics for the pcp changed', ['pcp']],
    ['blood drive on saturday - am i on any blood thinners', []],
  ])('%s: the words that say which of the class is meant, not the story around it', (question, qualifiers) => {
    expect(analyze(question).medicineClassQualifiers).toEqual(qualifiers);
  });

  it.each([
    'the tb drug that goes in the muscle as a jab, did i get that one in 2017',
    'which of my tb medicines went into the muscle',
  ])('%s: a medicine told by where it was injected is the injectable one', (question) => {
    expect(analyze(question).query).toContain('parenteral');
  });

  it.each([
    'was one of my tb drugs a shot?',
    'were any of her medicines injections, the care home asks',
    'is one of his antibiotics an injection or are they all tablets',
  ])('%s: a medicine asked whether it was injected is the injectable one', (question) => {
    const read = analyze(question);
    expect(read.query).toContain('parenteral');
    expect(read.resourceTypes).not.toContain('Immunization');
  });

  it.each(['was my flu shot in 2017', 'were the jabs she had at school the meningitis ones'])(
    '%s: a vaccine asked is still a vaccine',
    (question) => {
      const read = analyze(question);
      expect(read.query).not.toContain('parenteral');
      expect(read.resourceTypes).toContain('Immunization');
    },
  );

  it('a vaccine told by where it went is still a vaccine', () => {
    const read = analyze('did any vaccine go in the muscle when i was in hospital');
    expect(read.query).not.toContain('parenteral');
    expect(read.resourceTypes).toContain('Immunization');
  });

  it('a reading asked beside a medicine that dates it names no class', () => {
    const read = analyze('what was my blood pressure when they started the tb medicine in 2017');
    expect(read.medicineClassQualifiers).toBeUndefined();
    expect(read.resourceTypes).toContain('Observation');
  });

  it("a class the record holds none of is asked of the notes' medication list, without the reading's words", () => {
    const read = analyze('am i on blood pressure pills');
    const asked = read.asCategory(new Set(['Observation', 'DocumentReference']), (term) => term === 'mmhg');
    expect(asked?.query).toBe('medications');
  });

  it.each([
    // A call to see how someone is, or a look at the record itself, is no test.
    'weekly carer check in: is mum meant to be taking any tablets every day?',
    'monthly check in from her carer: any tablets she should be taking',
    'can you check my chart, am i on any painkillers',
    // "can't find" is no finding.
    "my thyroid pills - are they on my file? the new pharmacy can't find the prescription",
  ])('%s: medicines only, no test or condition', (question) => {
    const read = analyze(question);
    expect(read.resourceTypes).toEqual(expect.arrayContaining(MEDICINES));
    expect(read.resourceTypes).not.toContain('Observation');
    expect(read.resourceTypes).not.toContain('Condition');
  });

  it.each([
    // Look-alikes: a reading, a check of a reading, a visit dated, a finding asked.
    ['what was her blood pressure in the hospital', 'Observation'],
    ['did they check her oxygen in the hospital', 'Observation'],
    ['can you check my record for my hiv viral load in 2017', 'Observation'],
    ['what did they find when she was in hospital in 2012', 'Condition'],
  ])('%s: still %s', (question, type) => {
    expect(analyze(question).resourceTypes).toContain(type);
  });

  it('a routine check dated "in" a year is still the visit, not a test', () => {
    expect(analyze('did he get the mmr at his 1 yr check in 2018').resourceTypes).not.toContain('DiagnosticReport');
  });

  it.each([
    'the tb drug that was a jab every day not a pill',
    'which one of my tb drugs was a shot instead of a pill',
    'the tb medicine i had to have as an injection instead of tablets, what was it called',
    'which of the tb drugs was given by needle',
  ])('%s: a medicine given by injection, not a vaccine', (question) => {
    const read = analyze(question);
    expect(read.resourceTypes).not.toContain('Immunization');
    expect(read.query).toContain('streptomycin');
  });

  it.each(['what injections did he get at his checkup in april 2020', 'when did she last get her flu injection'])(
    '%s: injections are still vaccines',
    (question) => {
      expect(analyze(question).resourceTypes).toContain('Immunization');
    },
  );
});
