import { analyzeRecordQuestion } from './record-question.js';

// How a question in patients' words is read: the birth as the oldest records, the kind of record
// a verb asks about, a treatment by what it treats, a measurement by a lay word.

const NOW = new Date('2026-01-14T12:00:00Z');
const analyze = (question: string) => analyzeRecordQuestion(question, NOW);

describe('analyzeRecordQuestion in patients’ words', () => {
  it('reads a condition’s status disputed with "why" or "how come" as about the record (R23)', () => {
    expect(analyze('why does it still say her cough is active? she got better')).toMatchObject({
      aboutRecords: true,
      resourceTypes: ['Condition'],
    });
    expect(analyze('how come my chart shows tb as current, I finished the tablets').resourceTypes).toContain(
      'Condition',
    );
    expect(analyze('why does a cough last so long').aboutRecords).toBe(false);
  });

  it('reads a status the record still gives, read back without "why", as about the record (R32)', () => {
    for (const question of [
      'the portal still shows cough and fever as active, she has been fine for ages',
      "why does her cough still say active on the portal, she's been fine for ages",
      'the chart still says tuberculosis is active, i finished treatment years ago',
    ])
      expect(analyze(question)).toMatchObject({
        aboutRecords: true,
        resourceTypes: expect.arrayContaining(['Condition']),
      });
    // A kind of illness, not a status the record gives; a complaint of today.
    expect(analyze('my cough still shows no sign of going, is it active tb').resourceTypes).not.toContain('Condition');
    expect(analyze('is active tb still contagious').aboutRecords).toBe(false);
  });

  it('reads a period shifted by a unit before or after it (R23)', () => {
    const now = analyzeRecordQuestion('any jab the month after he was unwell in march', NOW, {
      recordEnd: new Date('2020-06-01T00:00:00Z'),
    });
    expect(now.period).toMatchObject({ from: '2020-04-01', to: '2020-05-01', approximate: true });
    expect(analyze('and the checkup the year after that one?').offsetFromBefore).toMatchObject({
      unit: 'year',
      direction: 'after',
    });
  });

  it('reads a child kept to a room at home as no hospital stay (R23)', () => {
    expect(analyze('they said keep him in his room away from his sisters').resourceTypes).not.toContain('Encounter');
    expect(analyze('did they keep him in overnight').resourceTypes).toContain('Encounter');
  });

  it('reads "right after she was born" as the oldest records; the birth is no event to date by', () => {
    const needle = analyze('the needle she got right after she was born in hospital');
    expect(needle).toMatchObject({ wantsEarliest: true, resourceTypes: expect.arrayContaining(['Immunization']) });
    expect(needle.event).toBeUndefined();
  });

  it('reads "what he got" and "am I taking" as about the record', () => {
    expect(analyze('what he got at six weeks old')).toMatchObject({ aboutRecords: true, needsBirthDate: true });
    expect(analyze('what am i taking for the hiv').aboutRecords).toBe(true);
  });

  it("asks for a treatment by what it treats: the condition's medicines", () => {
    expect(analyze('what am i taking for the hiv').query).toContain('antiretroviral');
    expect(analyze('the pills for his tb').query).toContain('tuberculosis');
    expect(analyze('was she on anything for the tb').query).toContain('tuberculosis');
  });

  it('reads a visit for a complaint told before the visit: an encounter for symptom', () => {
    expect(analyze('she was sick in march 2020 and we took her to the doctor, what day was that').query).toContain(
      'symptom',
    );
    expect(analyze('when was her last well child visit').query).not.toContain('symptom');
  });

  it('reads a check at or a once-over with a doctor as a visit, not a test', () => {
    expect(analyze('his first check at the doctor after he was born')).toMatchObject({
      resourceTypes: ['Encounter'],
      wantsEarliest: true,
    });
    expect(analyze('the yearly once over with my regular doctor, when did I last go').resourceTypes).toEqual([
      'Encounter',
    ]);
  });

  it('reads a routine check told with its clinician as a visit, and a clinician checking something as a test', () => {
    expect(analyze('when did she last have a routine doctor check?').resourceTypes).toEqual(['Encounter']);
    expect(analyze('when was his last yearly gp check').resourceTypes).toEqual(['Encounter']);
    expect(analyze('did the doctor check his oxygen when he had covid').resourceTypes).not.toContain('Encounter');
  });

  it('reads a blood pressure told by its two numbers alone, and no date as one', () => {
    for (const question of [
      'is 138 over 80 right for him? is that what they got when he had covid',
      'the nurse said 118/85 when she had the cough - ok for a 9 year old?',
      '131 over 81, is that too high for a girl her age',
    ]) {
      const reading = analyze(question);
      expect(reading.resourceTypes).toEqual(['Observation']);
      expect(reading.query).toContain('systolic');
    }
    expect(analyze('what did they find on 10/19/2012').query).not.toContain('systolic');
    expect(analyze('RR 30 on 9/3/20? verify').query).not.toContain('systolic');
  });

  it("reads an infant's check as a visit, as a baby's", () => {
    expect(analyze('his 6 month infant check, what date').resourceTypes).toEqual(['Encounter']);
    expect(analyze('number of infant checks in year one for the health visitor').resourceTypes).toEqual(['Encounter']);
  });

  it('asks for a treatment begun by the drugs started, not by the words of those being taken', () => {
    for (const question of [
      'which HIV drugs did they start me on at my third admission',
      'what hiv meds was i put on at the 2017 stay',
      'the new hiv tablets they began me on in 2012',
    ]) {
      const begun = analyze(question);
      expect(begun.query).toMatch(/\bstart/);
      expect(begun.query).not.toContain('treatment');
    }
    expect(analyze('what hiv meds was i on in 2017').query).toContain('treatment');
  });

  it('reads the diseases of one vaccine named together as the vaccine', () => {
    const mmr = analyze('measles mumps and rubella at his first birthday ish');
    expect(mmr).toMatchObject({ resourceTypes: ['Immunization'], specific: true });
    expect(mmr.query).toContain('mmr');
    expect(analyze('did she have the measles').resourceTypes).not.toContain('Immunization');
  });

  it('ends a dating clause at the next clause: what follows is asked', () => {
    const heart = analyze(
      'when she was poorly in march 2020 I could see her heart going in her neck, the nurse counted it. how fast was it',
    );
    expect(heart.resourceTypes).toEqual(['Observation']);
    expect(heart.query).toContain('pulse');
  });

  it('reads a sample checked for the covid virus as the covid test', () => {
    expect(analyze('did they really check his sample for the covid virus and what did it say').query).toContain('sars');
  });

  it('reads a hospital stay as an encounter searched without the words of checkups', () => {
    for (const question of [
      'was I ever admitted to a hospital',
      'how many nights did they keep me in 2017',
      'when was I discharged after the tb admission',
      'the in-patient episodes in my record',
    ])
      expect(analyze(question).resourceTypes).toEqual(['Encounter']);
    expect(analyze('was I ever admitted to a hospital').query).not.toContain('examination');
    expect(analyze('my last physical exam').query).toContain('examination');
  });

  it('searches a stay counted among several by the class a stay ends on; a reading at one stays the reading (R32)', () => {
    for (const question of ['the middle admission, what date did i go home', 'when was my 2nd hospitalization'])
      expect(analyze(question)).toMatchObject({ resourceTypes: ['Encounter'], query: expect.stringContaining('stay') });
    expect(analyze('was I ever admitted to a hospital').query).not.toContain('stay');
    expect(analyze('my pulse at my second admission').resourceTypes).toEqual(['Observation']);
  });

  it('reads covid as the time of the symptoms asked for, wherever the question names them', () => {
    const mild = analyze('covid was mild for him? which symptoms did the doctor list');
    expect(mild.resourceTypes).toEqual(['Condition']);
    expect(mild.terms).not.toContain('covid');
    expect(analyze('did he test positive for covid').terms).toContain('covid');
  });

  it('reads what a visit gave as its records, not the visit', () => {
    expect(analyze('what did he get at the appointment when he was 11')).toMatchObject({
      resourceTypes: [],
      terms: [],
    });
    expect(analyze('what happened at my appointment in march 2020').resourceTypes).toEqual(['Encounter']);
    expect(analyze('anything given in september 2018')).toMatchObject({ aboutRecords: true, terms: [] });
  });

  it("reads a baby's drops by mouth as a vaccine, not eye or ear drops", () => {
    expect(analyze('whether the little one had the oral drops for rotavirus both times').resourceTypes).toEqual([
      'Immunization',
    ]);
    expect(analyze('did she get drops for the rota').resourceTypes).toEqual(['Immunization']);
    expect(analyze('did they give her eye drops for the infection').resourceTypes).not.toContain('Immunization');
  });

  it('reads Spanish health words mixed into an English question', () => {
    expect(analyze('the school nurse wants proof of his vacunas').resourceTypes).toEqual(['Immunization']);
    expect(analyze('la cita del doctor cuando tenia tos')).toMatchObject({
      aboutRecords: true,
      resourceTypes: ['Encounter'],
    });
  });

  it('reads breathing numbers as the respiratory rate', () => {
    expect(analyze('his breathing numbers')).toMatchObject({ resourceTypes: ['Observation'], specific: true });
    expect(analyze('his breathing numbers').query).toContain('respiratory');
  });

  it('reads breathing told fast or slow a few words on as the respiratory rate, not a heart told so', () => {
    for (const question of [
      'toddler breathing with covid seemed way too fast, what number did they count',
      'my sons breathing got scary rapid with the corona, what was it',
      'i was breathing kind of fast in feb 2020',
    ])
      expect(analyze(question).query).toContain('respiratory');
    expect(analyze('short of breath and her heart was going fast').query).not.toContain('respiratory');
  });

  it('reads a clinician’s shorthand for vital signs and visits as the words it stands for', () => {
    expect(analyze('wt 03/2020')).toMatchObject({ aboutRecords: true, resourceTypes: ['Observation'] });
    expect(analyze('last WCV')).toMatchObject({ aboutRecords: true, resourceTypes: ['Encounter'], wantsLatest: true });
    expect(analyze('RR 30 on 9/3/20? verify').query).toContain('respiratory');
  });

  it('reads a few words with a date named outright as about the record', () => {
    expect(analyze('imms 12/2016')).toMatchObject({ aboutRecords: true, period: { from: '2016-12-01' } });
    expect(analyze('obs 03/2020?').aboutRecords).toBe(true);
    expect(analyze('what is measles 2019').aboutRecords).toBe(false);
    expect(analyze('imms?')).toMatchObject({ aboutRecords: false, ifRecorded: true });
  });

  it('asks nothing but the day of another record in "what else did he get the same day as his mmr"', () => {
    expect(analyze('what else did he get the same day as his mmr')).toMatchObject({
      terms: [],
      resourceTypes: [],
      event: { event: 'mmr', relation: 'day', vaccination: true },
    });
  });
});

describe('a clinician seeing the patient, told with the clinician first', () => {
  it.each([
    'when did the doctor see philip for the fever in 2020',
    'when did the pediatrician see pablo for his headache',
    'when did the doctor see bibi for her breathing',
    'the nurse saw her about the cough, what day',
  ])('%s: a visit', (question) => {
    expect(analyze(question).resourceTypes).toContain('Encounter');
  });

  it.each(['did the doctor see anything on her x-ray', 'can the doctor see it in my viral load results'])(
    '%s: a look at something, no visit',
    (question) => {
      expect(analyze(question).resourceTypes).not.toContain('Encounter');
    },
  );
});
