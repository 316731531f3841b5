import { analyzeRecordQuestion } from './record-question.js';

const NOW = new Date('2026-01-14T12:00:00Z');
const analyze = (question: string) => analyzeRecordQuestion(question, NOW);

describe('analyzeRecordQuestion (the record question classifier)', () => {
  it.each([
    'What did the doctor find in March 2020?',
    'Which vaccines have I had?',
    'What were my lab results?',
    'Show me my test results from last year',
    'What medications am I on?',
    'Do I have any allergies?',
    'What was I diagnosed with?',
    'When was my last visit?',
    'How has my weight changed?',
    'What was my blood pressure at my last check-up?',
    'Did I have tuberculosis?',
    'Have I ever been vaccinated against the flu?',
    'What happened to me in 2020?',
    "What's in my record?",
    'Did I test positive for covid?',
    'What did the nurse write in the notes?',
    // A parent asking about the child whose record it is.
    'Has she had her varicella shot?',
    'What was his temperature?',
    // What was done or found, asked of a clinician or in the passive.
    'Did they do an EEG on me?',
    'Did the doctor say I had covid-19?',
    'Was a CD4 count ordered?',
    'Am I on efavirenz?',
    'Do I still have tuberculosis?',
    // A past-tense question or a request about a record topic, without a pronoun.
    'What were the results of the covid test?',
    'When was the last tetanus shot?',
    'Show the weight readings',
    'Is there a record of a chickenpox vaccine?',
    "What's the latest temperature reading?",
    'Loose stools in March 2020?',
    // A record topic not asked as general knowledge, even in a few words.
    'Hep A shot?',
    'Blood pressure when I was in the hospital in Oct 2012',
    // The patient's own past, dated by an event of it, without a record topic.
    'My son had the runs when he had covid, did the dr put that in',
    'He said his legs and arms hurt all over when he was sick w corona',
    // The record's own words read back.
    "What is the antiretroviral plan that says 'change formulation'",
    'What is the TB treatment plan where it says stop all',
    'What does the sputum finding that is listed mean',
  ])('is about the record: %s', (question) => {
    expect(analyze(question).aboutRecords).toBe(true);
  });

  it.each([
    'What is a fever?',
    'How do vaccines work?',
    'I have had a mild cough for two days. What can help?',
    'My head hurts, what should I do?',
    'What are the side effects of ibuprofen?',
    'Hello',
    'Is a blood pressure of 140/90 high?',
    'Is she contagious with chickenpox?',
    'What is a flu shot?',
    // A record topic asked of as general knowledge.
    'Is the HPV vaccine safe?',
    'When should kids get the MMR?',
    'Can the flu shot give you the flu?',
    'Tell me about the shingles vaccine',
    'Covid vaccine side effects',
    'Symptoms of TB',
    // What a result says, asked in general.
    'What does it mean when a covid test says detected?',
    'What is PCP prophylaxis?',
  ])('is not about the record: %s', (question) => {
    expect(analyze(question).aboutRecords).toBe(false);
  });

  it.each(['adenovirus??', 'tiredness, the little one?', 'what is ZX9Q on my tb list'])(
    'searches a few frameless words if the record holds them: %s',
    (question) => {
      expect(analyze(question)).toMatchObject({ aboutRecords: false, ifRecorded: true });
    },
  );

  it.each([
    'Hello',
    'thanks, that helps',
    'What is a fever?',
    'My head hurts, what should I do?',
    'I have had a mild cough for two days. What can help?',
    'Is she contagious with chickenpox?',
  ])('does not search the record for small talk, a complaint or general knowledge: %s', (question) => {
    expect(analyze(question).ifRecorded).toBe(false);
  });

  it('reads a dose of a disease a vaccine is named after as that vaccine', () => {
    expect(analyze('measles booster').query).toContain('mmr');
    expect(analyze('have I had measles?').query).not.toContain('mmr');
  });

  it('asks a disease named alone of its vaccine, when called for, and only then', () => {
    const shingles = analyzeRecordQuestion('shingles 2016', NOW).askedOfVaccine();
    expect(shingles?.resourceTypes).toEqual(['Immunization']);
    expect(shingles?.query).toContain('zoster');
    expect(shingles?.period).toMatchObject({ from: '2016-01-01' });
    expect(analyzeRecordQuestion('hepatitis a when he was a toddler', NOW).askedOfVaccine()?.query).toContain('hep');
    // Already a vaccine question, or no vaccine's disease.
    expect(analyzeRecordQuestion('did she get the shingles vaccine in 2016', NOW).askedOfVaccine()).toBeUndefined();
    expect(analyzeRecordQuestion('my fever in 2020', NOW).askedOfVaccine()).toBeUndefined();
  });

  it('reads a diagnosis asked as a choice between two illnesses as a condition, beside a reading', () => {
    for (const question of ['was it covid or just a cold w the cough and temp', 'is it tb or a chest infection'])
      expect(analyze(question).resourceTypes).toContain('Condition');
    for (const question of ['was it positive or negative', 'was his temp high or low', 'was it normal or not'])
      expect(analyze(question).resourceTypes).not.toContain('Condition');
  });

  it('ends the event that dates a question at an alternative told with "or"', () => {
    const asked = analyze('did they put a camera down into my lungs when i had tb or just the chest xray');
    expect(asked.event?.event).toBe('tb');
    expect(asked.terms).toEqual(expect.arrayContaining(['chest', 'xrai']));
  });

  it('reads the patient named by their own name as "he" or "she"', () => {
    const question = 'The oral rotavirus drops they give infants - did Philip get those?';
    expect(analyzeRecordQuestion(question, NOW).aboutRecords).toBe(false);
    const named = analyzeRecordQuestion(question, NOW, { patientNames: ['Philip', 'Schultz'] });
    expect(named.aboutRecords).toBe(true);
    expect(named.terms).not.toContain('philip');
    expect(
      analyzeRecordQuestion("Raymond's covid test, positive?", NOW, { patientNames: ['Raymond', 'Ziemann'] }).query,
    ).toContain('sars');
    // A name that is also a month stays the month.
    expect(
      analyzeRecordQuestion('My weight in June 2020?', NOW, { patientNames: ['June', 'Smith'] }).period,
    ).toMatchObject({ from: '2020-06-01' });
  });

  it("reads the patient's words for a vaccine series, a check-up or a weighing", () => {
    expect(analyze('Is my son up to date on polio?')).toMatchObject({ resourceTypes: ['Immunization'] });
    expect(analyze('Is my son up to date on polio?').query).toContain('ipv');
    expect(analyze('Did she have the 5-in-1?').query).toEqual(expect.stringContaining('hib'));
    expect(analyze('Date of my most recent annual exam please').resourceTypes).toEqual(['Encounter']);
    expect(analyze('What did the scale say for him at the covid visit?').query).toContain('weight');
    expect(analyze('How hot was she when she had the virus?').query).toContain('temperature');
  });

  it("reads a month without its year as the latest such month of the patient's record", () => {
    const question = 'What did I weigh at that visit in March?';
    expect(analyze(question).period).toMatchObject({ from: '2025-03-01', to: '2025-04-01', yearless: true });
    const recordEnd = new Date('2020-11-06T00:00:00Z');
    expect(analyzeRecordQuestion(question, NOW, { recordEnd }).period).toMatchObject({
      from: '2020-03-01',
      to: '2020-04-01',
    });
    // A record reaching today changes nothing; a named year is never moved.
    expect(analyzeRecordQuestion(question, NOW, { recordEnd: NOW }).period).toMatchObject({ from: '2025-03-01' });
    expect(analyzeRecordQuestion('My weight in March 2019?', NOW, { recordEnd }).period).toMatchObject({
      from: '2019-03-01',
    });
  });

  it.each([
    'since when do I have TB',
    'how long have I had tb for',
    'how long has he been living with tuberculosis',
    'when was I first told I had tuberculosis',
    'when did the doctors first say I had TB',
  ])('reads %j as the onset of the illness named: a condition', (text) => {
    expect(analyze(text).resourceTypes).toEqual(['Condition']);
  });

  it('searches a plan asked for without the words of the medicines it is for', () => {
    expect(analyze('what was planned for my hiv drugs in 2014').query).not.toMatch(/\b(?:drugs|treatment|therapy)\b/);
    expect(analyze("what's the plan for my HIV meds").query).not.toMatch(/\b(?:meds|treatment|therapy)\b/);
    expect(analyze('what is the treatment plan for my tuberculosis').query).toContain('plan');
    // Nothing else named: the medicines are what is asked about.
    expect(analyze('what is the plan for my meds').query).toContain('meds');
  });

  it("searches a grown-up's checkup and a child's apart, as the record names them", () => {
    const adult = analyze('when was my first adult physical').query.split(' ');
    expect(adult).toEqual(expect.arrayContaining(['general', 'examination']));
    expect(adult).not.toContain('developmental');
    const child = analyze('her last kids checkup').query.split(' ');
    expect(child).toContain('developmental');
    expect(child).not.toContain('general');
    expect(analyze('my last checkup').query.split(' ')).toEqual(expect.arrayContaining(['developmental', 'general']));
  });

  it('reads a medicine asked for by its purpose alone as a medicine', () => {
    for (const text of [
      'do i take anything for cholesterol?',
      'is she taking something for her thyroid',
      'am i on anything for migraines',
    ])
      expect(analyze(text).resourceTypes).toEqual(expect.arrayContaining(['MedicationRequest', 'MedicationStatement']));
    expect(analyze('is he behind on anything like the pneumococcal').resourceTypes).not.toContain('MedicationRequest');
  });

  it('searches a habit of the past for what was taken, not for "used"', () => {
    expect(analyze('the zerit i used to take, when did i last report it').terms).not.toContain('us');
    expect(analyze('the hiv pills he used to be on').query.split(' ')).not.toContain('used');
    // The passive names how a drug was used.
    expect(analyze('which drugs were used to treat my tb').terms).toContain('us');
  });

  it('reads catching or being told of a disease as a condition, protection as a vaccine', () => {
    expect(analyze('What year did I get TB?').resourceTypes).toEqual(['Condition']);
    expect(analyze('When was I told I have tuberculosis?').resourceTypes).toEqual(['Condition']);
    expect(analyze('Is she protected against measles?').resourceTypes).toEqual(['Immunization']);
    expect(analyze('Has he had the MCV4?').resourceTypes).toEqual(['Immunization']);
    // Diseases known nowadays only from their vaccines; not those people catch.
    expect(analyze('Camp needs proof she had tetanus - did she get it?').resourceTypes).toEqual(['Immunization']);
    expect(analyze('Did I have measles?').resourceTypes).toEqual([]);
    expect(analyze('When did the TB start?').resourceTypes).toEqual(['Condition']);
  });

  it("reads a visit for being sick as a sick visit, and an organ's tests by what was ordered", () => {
    expect(analyze('When did we bring him in sick in 2020?').query).toContain('symptom');
    expect(analyze('When did we bring him in for his checkup?').query).not.toContain('symptom');
    expect(analyze('Did I have blood tests for my liver?').query).toContain('transaminase');
    expect(analyze('My kidney tests in 2017?').query).toContain('creatinine');
    expect(analyze('Am I still on TB treatment?').aboutRecords).toBe(true);
  });

  it('reads a sick visit as a visit that was no routine one, its "sick" naming no condition', () => {
    for (const question of [
      'my last illness appointment',
      'all my sick visits',
      'list all the times i was seen for an illness',
      'when was my most recent visit for being ill',
    ]) {
      const asked = analyze(question);
      expect(asked.resourceTypes).toEqual(['Encounter']);
      // Synthea's "Encounter for symptom", and the class a stay or an emergency visit ends on.
      expect(asked.query.split(' ')).toEqual(expect.arrayContaining(['symptom', 'stay', 'emergency']));
      expect(asked.terms).not.toEqual(expect.arrayContaining(['ill']));
    }
    // Not a visit asked for: the illness is, the visit only where it was found (review V7).
    expect(analyze('what illness did i have in 2016').resourceTypes).toEqual(['Condition']);
    for (const question of [
      'which illness was i seen for',
      'what illness did i go to the doctor for',
      'what was the illness they saw me for at the clinic',
      'what sickness was i admitted for',
    ])
      expect(analyze(question).resourceTypes).toContain('Condition');
    expect(analyze('my last checkup').query.split(' ')).not.toContain('stay');
  });

  it('reads visits asked whether they were only the routine ones as asking for the sick visits', () => {
    for (const question of [
      'were his appointments always just checkups',
      'other than the yearly physical, have i had any visits',
      'was she only ever at the doctor for routine exams',
    ]) {
      const asked = analyze(question);
      expect(asked.resourceTypes).toContain('Encounter');
      expect(asked.query.split(' ')).toEqual(expect.arrayContaining(['symptom', 'stay', 'emergency']));
    }
    // A routine visit asked for is that visit.
    expect(analyze('when is his next routine checkup due').query.split(' ')).not.toContain('stay');
    expect(analyze('all my blood pressure readings at my physicals').query.split(' ')).not.toContain('stay');
  });

  it('reads an illness asked plainly or by its gravity as a disease, not its symptoms', () => {
    for (const question of [
      'was he ever ill as a baby',
      'has she been unwell at all',
      'is there anything serious on my record',
      'any major illnesses in his past',
      'list my significant health problems',
      'what diseases has she had',
    ]) {
      const asked = analyze(question);
      expect(asked.resourceTypes).toContain('Condition');
      // The records name symptoms "(finding)"; a disease is named without it.
      expect(asked.query.split(' ')).toEqual(expect.arrayContaining(['condition', 'disorder']));
      expect(asked.query.split(' ')).not.toContain('finding');
    }
    // Symptoms asked for are the findings, whatever else is said.
    expect(analyze('what symptoms did he have when he was ill').query.split(' ')).toContain('finding');
    expect(analyze('what was she diagnosed with in 2020').query.split(' ')).toContain('finding');
  });

  it('reads something named and asked whether it is on the record as a diagnosis or complaint', () => {
    for (const question of [
      'is his asthma written down anywhere',
      'was the rash noted in her chart',
      'did the gp list pneumonia for my dad',
      'she threw up for two days, is that in her record',
      // The recording verb after its auxiliary.
      'she was throwing up all night, did the doctor note that',
      'did they record the rash as anything',
      // A reading told beside what is asked.
      'his temperature was fine, did they list the cough',
      'her temp was sky high, is that noted as a fever',
    ])
      expect(analyze(question).resourceTypes).toContain('Condition');
    // A kind of record named keeps its kind, a reading alone too.
    expect(analyze('is my weight on file').resourceTypes).toEqual(['Observation']);
    expect(analyze('did they record his temperature in march 2020').resourceTypes).toEqual(['Observation']);
    expect(analyze('was her blood pressure written down').resourceTypes).not.toContain('Condition');
    expect(analyze('is the flu shot in his record').resourceTypes).toEqual(['Immunization']);
    // Nothing named: the record as a whole; and a list asked for is no record asked about.
    expect(analyze('what is written in my file').resourceTypes).not.toContain('Condition');
    expect(analyze('list what happened with my hiv').resourceTypes).not.toContain('Condition');
  });

  it('reads what a visit was for as asking for the visits for a complaint', () => {
    for (const question of [
      'what did the nurse see her for in 2019',
      'what was that appointment for',
      'why was he seen in june 2020',
    ]) {
      const asked = analyze(question);
      expect(asked.resourceTypes).toContain('Encounter');
      expect(asked.query.split(' ')).toEqual(expect.arrayContaining(['symptom', 'stay']));
    }
  });

  it('reads fatigue told as weakness or sleep, and the face mask told by what it does', () => {
    expect(analyze('she had no strength and slept all day in 2020').query.split(' ')).toContain('fatigue');
    expect(analyze('was he too weak to play when he had covid').query.split(' ')).toContain('fatigue');
    expect(analyze('did they give him something to cover his mouth at the clinic').query.split(' ')).toContain('mask');
  });

  it('reads a stay that dates the question as its date, not as what is asked', () => {
    for (const question of [
      'what was my temperature during the 2014 hospital stay',
      'my weight on admission in 2012',
      'my blood pressure was high on one of my hospital stays, what was it',
      'my pulse at my admission in 2016',
    ]) {
      const asked = analyze(question);
      expect(asked.resourceTypes).toEqual(['Observation']);
      expect(asked.query.split(' ')).not.toContain('stay');
    }
    expect(analyze('what happened during my hospital stay in 2014').resourceTypes).toEqual(['Encounter']);
  });

  it('reads an oxygen saturation told by the pulse oximeter on a finger, not a finger prick', () => {
    for (const question of [
      'the finger clip thing read 88 on him, is that in the chart',
      'the clip they put on her finger said 86',
      'that little finger monitor thing, what number did it show',
      'the light on his finger at the hospital, what did it read',
    ]) {
      const asked = analyze(question);
      expect(asked.resourceTypes).toContain('Observation');
      expect(asked.query.split(' ')).toEqual(expect.arrayContaining(['oxygen', 'saturation']));
    }
    expect(analyze('did they do a finger prick test on her in 2019').query.split(' ')).not.toContain('oxygen');
    expect(analyze('he cut his finger at school, was it in his chart').query.split(' ')).not.toContain('oxygen');
  });

  it('reads virus numbers as the viral load', () => {
    expect(analyze('what were my virus numbers in 2012').query.split(' ')).toEqual(
      expect.arrayContaining(['viral', 'load']),
    );
  });

  it('reads what was given or done for an illness as its treatment: a medicine, a care plan or a procedure', () => {
    for (const question of [
      'what did they give him for it when he had the cough',
      'did they prescribe her anything for the fever',
      'any treatment for his cough back in march 2020',
      'what did the doctor do for me when i had covid',
    ])
      expect(analyze(question).resourceTypes).toEqual(
        expect.arrayContaining(['MedicationRequest', 'CarePlan', 'Procedure']),
      );
    expect(analyze('did they prescribe her anything for the fever').query.split(' ')).toEqual(
      expect.arrayContaining(['fever', 'treatment']),
    );
    // What a visit gave is its records, not a treatment.
    expect(analyze('what did they give her at her 2 month checkup').resourceTypes).not.toContain('CarePlan');
  });

  it('reads a swab or PCR that names no other germ as the covid test', () => {
    expect(analyze('The nose swab thing in 2020 - positive or negative?').query).toContain('sars');
    expect(analyze('Did they swab her for RSV?').query).not.toContain('sars');
  });

  it('reads the period and the topic of "what did the doctor find in March 2020?"', () => {
    expect(analyze('What did the doctor find in March 2020?')).toMatchObject({
      aboutRecords: true,
      period: { from: '2020-03-01', to: '2020-04-01' },
      resourceTypes: ['Condition'],
      specific: false,
      wantsLatest: false,
      wantsHistory: false,
    });
  });

  it("maps patient words to resource types and to the narratives' words", () => {
    const vaccines = analyze('Which vaccines have I had?');
    expect(vaccines.resourceTypes).toEqual(['Immunization']);
    expect(vaccines.query).toContain('immunization');
    expect(analyze('What medications am I taking?').resourceTypes).toEqual([
      'MedicationRequest',
      'MedicationStatement',
    ]);
    // Synthea's history-and-physical notes list allergies ("Allergies: No Known Allergies").
    expect(analyze('Do I have allergies?').resourceTypes).toEqual(['AllergyIntolerance', 'DocumentReference']);
    expect(analyze('Do I have any drug allergies?').resourceTypes).toEqual(['AllergyIntolerance', 'DocumentReference']);
    expect(analyze('When was my last appointment?').resourceTypes).toEqual(['Encounter']);
    expect(analyze('What were my lab results?').resourceTypes).toEqual(['Observation', 'DiagnosticReport']);
    expect(analyze('What was my bp?').query).toContain('systolic');
    expect(analyze('Did I test positive for covid?').query).toContain('sars');
    // A treatment of a disease, in English or word for word from Portuguese or Spanish.
    expect(analyze('the treatment of my hiv').query).toContain('antiretroviral');
    expect(analyze('qual foi o plano para os remédios do HIV em 2014?').query).toContain('antiretroviral');
    expect(analyze('el plan de las medicinas del VIH').query).toContain('antiretroviral');
  });

  it('reads when an illness was had, with nothing else asked, as its condition', () => {
    for (const question of [
      'when did I have TB',
      'what year did he get covid',
      'when did my little boy have the wheezing',
      // Whole questions in another language, read word for word.
      'wann hatte ich Tuberkulose?',
      'mujhe TB kab hua tha?',
    ])
      expect(analyze(question).resourceTypes).toEqual(['Condition']);
    // Something else asked keeps its own kind.
    expect(analyze('when did I have my flu shot').resourceTypes).toEqual(['Immunization']);
    expect(analyze('when did I have a chest x-ray').resourceTypes).not.toContain('Condition');
    expect(analyze('when did I have my last checkup').resourceTypes).toEqual(['Encounter']);
  });

  it('tells a specific question from a category question', () => {
    expect(analyze('How has my weight changed?').specific).toBe(true);
    expect(analyze('Did I have tuberculosis?').specific).toBe(true);
    expect(analyze('Which vaccines have I had?').specific).toBe(false);
    expect(analyze('What were my test results?').specific).toBe(false);
  });

  it('reads emphasis: latest, or a history across time', () => {
    expect(analyze('When was my last visit?')).toMatchObject({ wantsLatest: true, wantsHistory: false });
    expect(analyze('How has my weight changed?')).toMatchObject({ wantsLatest: false, wantsHistory: true });
    expect(analyze('Have I ever had chickenpox?')).toMatchObject({ wantsHistory: true });
    expect(analyze('has my weight gone up')).toMatchObject({ wantsHistory: true, specific: true });
    expect(analyze('is my viral load going up or down')).toMatchObject({ wantsHistory: true });
    expect(analyze('did he put on weight')).toMatchObject({ wantsHistory: true });
    // The ever of the first (or last) one had tells which one, not a history.
    expect(analyze('the very first appointment he ever had')).toMatchObject({
      wantsEarliest: true,
      wantsHistory: false,
    });
    expect(analyze('what was the first vaccine she ever got')).toMatchObject({
      wantsEarliest: true,
      wantsHistory: false,
    });
    expect(analyze('the first checkup i can ever remember having')).toMatchObject({ wantsHistory: false });
    expect(analyze('the last time she was ever weighed')).toMatchObject({ wantsHistory: false });
    // An ever far from the first, or past a comma, still asks across time.
    expect(analyze('my first blood pressure, has it ever gone down since')).toMatchObject({ wantsHistory: true });
    expect(analyze('was it the first time or has he ever had a seizure before that')).toMatchObject({
      wantsHistory: true,
    });
    // "last year" is a period, not a wish for the newest records.
    expect(analyze('What vaccines did I get last year?')).toMatchObject({
      wantsLatest: false,
      period: { from: '2025-01-01', to: '2026-01-01' },
    });
  });

  it('reads "first", "as a baby" and "when she was born" as the oldest records', () => {
    expect(analyze('When was her first DTaP?')).toMatchObject({ wantsEarliest: true, wantsLatest: false });
    expect(analyze('Did she get the hep B shot when she was born?')).toMatchObject({ wantsEarliest: true });
    expect(analyze('Which vaccines did he have as a baby?').terms).toEqual(['vaccin']);
    expect(analyze('When was my last visit?')).toMatchObject({ wantsEarliest: false });
  });

  it('keeps cue words out of the search terms ("changed" must not find "Change regimen")', () => {
    expect(analyze('How has my weight changed?').terms).toEqual(['weight']);
    expect(analyze("What's in my record?").terms).toEqual([]);
  });

  it('searches what is asked, not the event that dates it ("when I had covid", "at the covid visit")', () => {
    const taste = analyze('Did I lose my taste when I had covid?');
    expect(taste.query).toContain('taste');
    expect(taste.query).not.toContain('covid');
    const mask = analyze('Did they put a mask on me at the covid visit?');
    expect(mask.resourceTypes).toEqual([]);
    expect(mask.query).toContain('mask');
    // "Her covid symptoms" are the symptoms she had then, whatever their names.
    const symptoms = analyze('What were her covid symptoms?');
    expect(symptoms).toMatchObject({ resourceTypes: ['Condition'], specific: false });
    expect(symptoms.query).not.toContain('covid');
    expect(analyze('Any stomach issues when he had covid?').query).toContain('diarrhea');
    // When the event is all the question names, it is what is searched.
    expect(analyze('What happened at my appointment in March 2020?').resourceTypes).toEqual(['Encounter']);
    expect(analyze('What happened when I had covid?').query).toContain('covid');
  });

  it('reads breathing as a rate when the question asks how fast', () => {
    expect(analyze('How many times a minute was he breathing?').query).toContain('respiratory');
    expect(analyze('Did I have trouble breathing?').query).not.toContain('respiratory');
  });

  it('asks for each search term once, however many synonyms repeat it', () => {
    const words = analyze('Was I coughing up blood?').query.split(' ');
    expect(words.filter((word) => word === 'blood')).toHaveLength(1);
    expect(words).toContain('hemoptysis');
  });

  it("leaves a category's words out when the question names something within it", () => {
    expect(analyze('Was I tested for RSV?').query.split(' ')).not.toContain('panel');
    expect(analyze('What were my test results?').query.split(' ')).toContain('panel');
  });

  it('names vaccines by disease and brand only when vaccines are asked about', () => {
    expect(analyze('Did I get the polio vaccine?').query).toContain('ipv');
    expect(analyze('Have I had my tetanus shot?').query).toEqual(expect.stringContaining('tdap'));
    expect(analyze('When did I get my Moderna shots?').query).toContain('covid');
    expect(analyze('Did I have measles?').query).not.toContain('mmr');
    // A brand alone says "vaccine".
    expect(analyze('Did I get the Zostavax?')).toMatchObject({ resourceTypes: ['Immunization'] });
    expect(analyze('Did I get the Zostavax?').query).toContain('zoster');
  });

  it("reads the covid test's virus name only for test questions, and a condition's status", () => {
    expect(analyze('Did my baby have covid?').query).not.toContain('sars');
    expect(analyze('Was my covid swab positive?').query).toContain('sars');
    expect(analyze('Do I still have tuberculosis?').query).toContain('active');
    expect(analyze('Was my fever ever resolved?').query).toContain('resolved');
  });

  it('reads questions as people write who are not at home in English, or dictate letter by letter', () => {
    expect(analyze('my daughter she have fever when corona')).toMatchObject({ aboutRecords: true });
    expect(analyze('my daughter she have fever when corona').terms).not.toContain('corona');
    expect(analyze('wheezing when covid').aboutRecords).toBe(true);
    expect(analyze('did my son get the m m r')).toMatchObject({ resourceTypes: ['Immunization'], terms: ['mmr'] });
    expect(analyze('what is wheezing')).toMatchObject({ aboutRecords: false });
  });

  it('reads a vaccine named by its disease with a count, as taken or as "the … one"', () => {
    for (const question of [
      'My daughter take the hepatitis A two times? First when baby and then after?',
      'her second measles mumps rubella',
      'the pneumonia ones',
    ])
      expect(analyze(question)).toMatchObject({ aboutRecords: true, resourceTypes: ['Immunization'] });
    const counted = analyze('he receive hepatitis a 2 times or only one?');
    expect(counted.query.split(' ')).toEqual(expect.arrayContaining(['hep']));
    // A count is no search term.
    expect(analyze('she had the mmr two times').terms).not.toContain('two');
    // A vaccine by what it protects against, only when vaccines are asked about.
    expect(analyze('which vaccine did he have, the liver one').query).toContain('hep');
    expect(analyze('the mouth drops vaccine').query).toContain('rotavirus');
    expect(analyze('did my baby have his rota').resourceTypes).toEqual(['Immunization']);
    expect(analyze('did he have diarrhoea with covid').query).not.toContain('rotavirus');
  });

  it('reads a diagnosis asked as what the doctor concluded or the word they used, and a suspicion as a condition', () => {
    expect(analyze('what did the doctor conclude at that visit').wantsDiagnosis).toBe(true);
    const oldWord = analyze('the doctor used an old word like consumption. what is that in my record');
    expect(oldWord.wantsDiagnosis).toBe(true);
    expect(oldWord.query).toContain('tuberculosis');
    expect(analyze('how was my alcohol consumption recorded').query).not.toContain('tuberculosis');
    expect(analyze('was it actually covid or was it just suspected?')).toMatchObject({
      aboutRecords: true,
      resourceTypes: ['Condition'],
    });
  });

  it('reads the day a child was born as the oldest records, a visit that only dates a vaccine as its date', () => {
    expect(analyze('what was the jab she had on the very day she was born').wantsEarliest).toBe(true);
    // The birth is no record to date by: "after she" names no event.
    expect(analyze('the needle she got right after she was born in hospital')).toMatchObject({
      wantsEarliest: true,
      resourceTypes: expect.arrayContaining(['Immunization']),
    });
    expect(analyze('the needle she got right after she was born in hospital').event).toBeUndefined();
    const flu = analyze('she has a flu jab every spring when we go for her check up, did we skip one');
    expect(flu.query).toContain('influenza');
    expect(flu.query.split(' ')).not.toContain('well');
    expect(analyze('i rushed him in with a pounding head').resourceTypes).toContain('Encounter');
  });

  it('ends an event that dates the question where the question asked after it begins', () => {
    // "when she was poorly the spring before last" only dates it; "was her temp high" is asked.
    const temp = analyze('when she was poorly the spring before last was her temp high? like actually high');
    expect(temp.query).toContain('temperature');
    expect(temp.resourceTypes).toEqual(['Observation']);
  });

  it('reads a vaccine at a routine visit as the vaccine, the visit only saying where', () => {
    const flu = analyze('did i get flu jabs at my physical every year');
    expect(flu.resourceTypes).toEqual(['Immunization']);
    expect(flu.query).toContain('influenza');
    expect(analyze('the shots at her yearly check up, which were they').resourceTypes).toEqual(['Immunization']);
  });

  it('reads a diagnosis asked for and not named as a condition, whatever else dates it', () => {
    const said = analyze('what did they say he had the day after the first visit, 2nd march');
    expect(said).toMatchObject({ wantsDiagnosis: true, specific: false });
    expect(said.resourceTypes).toEqual(expect.arrayContaining(['Condition']));
    // Named, the illness is what is searched, as before.
    expect(analyze('she came home wheezing and coughing, what was she diagnosed with').specific).toBe(true);
  });

  it('reads a sample told by what was done with it, a virus by what it does and isolation by what it asks', () => {
    expect(analyze('they dipped a stick in my wee at the hospital, what was that test').query).toContain('dipstick');
    expect(analyze('did they test him for the runny nose virus').query).toContain('rhinovirus');
    expect(analyze('did they swab for rhino something').query).toContain('rhinovirus');
    expect(
      analyze('what were the rules they gave us for keeping her away from her brothers when she had covid').query,
    ).toContain('quarantine');
  });

  it('reads having a temperature as a fever, not a reading, and being still down as having a condition', () => {
    expect(analyze('did he have a temperature and a cough in march 2020').resourceTypes).not.toContain('Observation');
    expect(analyze('what was his temperature in march 2020').resourceTypes).toContain('Observation');
    expect(analyze('am i still down as having tuberculosis')).toMatchObject({
      aboutRecords: true,
      resourceTypes: ['Condition'],
    });
    expect(analyze('am i still down as having tuberculosis').query).toContain('active');
    expect(analyze('had he got the squits with covid')).toMatchObject({ aboutRecords: true });
    expect(analyze('had he got the squits with covid').query).toContain('diarrhea');
  });

  it('reads a stay, a medical, a review or a developmental check as a visit', () => {
    for (const question of [
      'when was i kept in overnight',
      'my annual medical with the gp in 2014',
      'when did we last take him for a routine baby review',
      'her 18 month developmental check',
      'the night she spent on the ward',
      // A stay told as nights spent, without the place.
      'how many nights did i spend in there in 2010',
      'did they make me stay the night in 2014',
      'which year did i spend a few nights in',
    ])
      expect(analyze(question).resourceTypes).toContain('Encounter');
    // Night sweats are no night spent.
    expect(analyze('did i have night sweats in 2010').resourceTypes).not.toContain('Encounter');
    expect(analyze('her 18 month developmental check').resourceTypes).not.toContain('Observation');
    expect(analyze('her newborn check')).toMatchObject({ resourceTypes: ['Encounter'], wantsEarliest: true });
    expect(analyze('is she immune to chickenpox').resourceTypes).toEqual(['Immunization']);
  });

  it('reads a baby or yearly check as a visit, not a test', () => {
    expect(analyze('the baby check in december 2018, he had no shots that day right?').resourceTypes).toContain(
      'Encounter',
    );
    expect(analyze('her 2 month check').resourceTypes).toEqual(['Encounter']);
    expect(analyze('did they check my oxygen').resourceTypes).toContain('Observation');
  });

  it.each([
    'when was his check right before he turned one',
    'my most recent doctors check, was that in june?',
    'the previous check, what date was that',
    'her usual pediatrician check in october',
    'was the check in 2019 at the clinic or at home',
  ])('reads a check told as someone’s or counted among checks as the visit: %s', (question) => {
    const asked = analyze(question);
    expect(asked.resourceTypes).toContain('Encounter');
    expect(asked.resourceTypes).not.toContain('Observation');
  });

  it.each([
    'did the gp check her thyroid in 2019',
    'my latest check for sugar, was it high',
    'the last check of his iron, what did it say',
    'did the covid check come back positive',
    'her last blood pressure check',
  ])('still reads a check of something as the test or reading: %s', (question) => {
    expect(analyze(question).resourceTypes).toContain('Observation');
  });

  it('reads words that point at something without naming it as a category question', () => {
    const question = analyze('she had a round of booster shots, which ones were they');
    expect(question).toMatchObject({ resourceTypes: ['Immunization'], specific: false });
  });

  it('names the record a question dates itself by, and searches without it', () => {
    const question = analyze('what was the last visit I had before my covid jabs');
    expect(question.event).toMatchObject({ event: 'covid jabs', relation: 'before', vaccination: true });
    expect(question).toMatchObject({ resourceTypes: ['Encounter'], wantsLatest: true });
    expect(question.terms).not.toContain('covid');
    // A period named outright wins over the event.
    expect(analyze('my weight in 2020 when I had covid').event).toBeUndefined();
  });

  it('reads running a test as doing it: a category question, not a search for "run"', () => {
    expect(analyze('which labs did they run on me in 2019')).toMatchObject({ terms: ['lab'], specific: false });
    expect(analyze('what tests were ran on her')).toMatchObject({ terms: ['test'], specific: false });
    expect(analyze('which investigations were sent off for him in 2018')).toMatchObject({
      resourceTypes: ['Observation', 'DiagnosticReport'],
      specific: false,
    });
  });

  it('reads a fast breath, a slow heart and "my pressure" as the vital signs', () => {
    expect(analyze('he was breathing really fast with covid, how fast').query).toContain('respiratory');
    expect(analyze('was my heart slow in 2010')).toMatchObject({ resourceTypes: ['Observation'] });
    expect(analyze('was my heart slow in 2010').query).toContain('pulse');
    expect(analyze('the pressure in my arteries in 2017').query).toContain('mmhg');
  });

  it('reads a reading asked by its unit, written out or as a sign, as that reading', () => {
    expect(analyze('how many kilograms was she at the covid visit')).toMatchObject({ resourceTypes: ['Observation'] });
    expect(analyze('how many kilograms was she at the covid visit').query).toContain('weight');
    expect(analyze('her % number at the covid visit, was it under 90').query).toContain('saturation');
    expect(analyze('sats 92% when he was sick').query).toContain('saturation');
    expect(analyze('what was her temperature in fahrenheit').query).toContain('temperature');
    expect(analyze('his temp was 39°C that day').query).toContain('fever');
    expect(analyze('his heart at 150 beats a minute in 2012').query).toContain('pulse');
    expect(analyze('my cm in 2012, how many').query).toContain('height');
    // A share that is no reading.
    expect(analyze("i'm 100% sure he had the mmr, when was it").resourceTypes).toEqual(['Immunization']);
  });

  it("reads a body's size told in its adjectives, compared or not, as the weight or the height", () => {
    expect(analyze('was he heavier at 2 than at 1')).toMatchObject({ resourceTypes: ['Observation'] });
    expect(analyze('was he heavier at 2 than at 1').query).toContain('weight');
    expect(analyze('has he got skinnier since the covid').query).toContain('weight');
    expect(analyze('am i taller than i was in 2016').query).toContain('height');
    // A blood thinner is a medicine.
    expect(analyze('was i ever put on a blood thinner').query).not.toContain('weight');
  });

  it('reads a count of breaths per minute asked in either order as the breathing rate', () => {
    expect(analyze('his breathing count at the clinic, how many a minute').query).toContain('respiratory');
    expect(analyze('breaths per min when he was poorly?').query).toContain('respiratory');
  });

  it('reads how long something lasted as a condition, with its onset and end', () => {
    expect(analyze('she had a temperature in 2019, how long did it last').resourceTypes).toContain('Condition');
  });

  it('does not read the date a child was born as the period asked about', () => {
    const question = analyze('he was born in october 2014, which polio shots did he get as a little one');
    expect(question.period).toBeUndefined();
    expect(question.resourceTypes).toEqual(['Immunization']);
  });

  it("reads doses of a vaccine's disease as that vaccine, not as medication", () => {
    const question = analyze('did he get all the hepatitis B doses as a baby');
    expect(question.resourceTypes).toEqual(['Immunization']);
    expect(analyze('how many doses of the tb tablets did i take').resourceTypes).not.toContain('Immunization');
  });

  it('reads being put on a drug as its start', () => {
    expect(analyze('which hiv tablets did they put him on in 2016').query.split(' ')).toEqual(
      expect.arrayContaining(['antiretroviral', 'started']),
    );
  });

  it('searches no verb of going ("did we go", "when she went")', () => {
    expect(analyze('the 2 year check in 2019, did she go').terms).toEqual(['check']);
  });

  it('reads a diagnosis asked for, not named', () => {
    expect(analyze('she was sneezing for weeks, what was she diagnosed with').wantsDiagnosis).toBe(true);
    expect(analyze('what was my diagnosis that spring').wantsDiagnosis).toBe(true);
    expect(analyze('she was itchy all over in 2019, what did the gp put down').wantsDiagnosis).toBe(true);
    expect(analyze('was she diagnosed with hay fever').wantsDiagnosis).toBe(false);
  });

  it('reads misspelt record words', () => {
    expect(analyze('what was my tempature when i had covid').query).toContain('temperature');
    expect(analyze('do i have any alergies').resourceTypes).toContain('AllergyIntolerance');
  });

  describe("a question dated by the patient's age", () => {
    const withBirthDate = (question: string, birthDate: string) => analyzeRecordQuestion(question, NOW, { birthDate });

    it('asks for the birth date, and reads the year of that age with it', () => {
      const question = 'did i get hepatitis a shots the year i turned 40';
      expect(analyze(question)).toMatchObject({ needsBirthDate: true, period: undefined });
      const dated = withBirthDate(question, '1974-10-02');
      expect(dated).toMatchObject({
        aboutRecords: true,
        needsBirthDate: false,
        period: { from: '2014-01-01', to: '2015-10-02' },
        resourceTypes: ['Immunization'],
      });
      // The age dates the question; it is not searched for.
      expect(dated.terms).not.toEqual(expect.arrayContaining(['turn']));
      expect(dated.query.split(' ')).not.toContain('40');
    });

    it('reads the calendar years an age can fall in from a birth year alone', () => {
      expect(withBirthDate('what vaccines did she have when she was 11', '2005').period).toMatchObject({
        from: '2016-01-01',
        to: '2018-01-01',
      });
    });

    it('keeps a year the question names outright, and needs no birth date then', () => {
      const question = analyze('what vaccines did i get in 2019 when i was 40');
      expect(question).toMatchObject({ needsBirthDate: false, period: { from: '2019-01-01', to: '2020-01-01' } });
    });

    it("holds both a baby's age in months and the month named with it, a month remembered off by one", () => {
      const question = withBirthDate('which shots did she get at her 2 month visit in may 2015', '2015-02-10');
      expect(question.period).toMatchObject({ from: '2015-03-10', to: '2015-07-10', approximate: true });
      expect(question.terms).not.toContain('2015');
      expect(analyze('which shots did she get at her 2 month visit in may 2015').needsBirthDate).toBe(true);
    });

    it('reads an age visit called a check', () => {
      expect(analyze('shots at his 5 year old check').needsBirthDate).toBe(true);
      // Still a visit once the age is read as its period, with a season beside it or not.
      for (const question of ['was she seen for the 12 month check in spring 2019', 'his 4 years old check'])
        expect(withBirthDate(question, '2018-03-01').resourceTypes).toEqual(['Encounter']);
    });

    it('does not take a dose, a count or a reading for an age', () => {
      for (const text of ['was i on 40 mg of atorvastatin', 'did she get 5 shots', 'she had a temperature of 40']) {
        expect(withBirthDate(text, '1974-10-02')).toMatchObject({ needsBirthDate: false, period: undefined });
        expect(analyze(text).needsBirthDate).toBe(false);
      }
    });
  });
});

describe('a medical as the examination itself', () => {
  it.each([
    "the football club wants the date of his last medical, he's 11",
    'when was my first medical after the move',
    'did she pass her medical in 2019',
    'his next medical, is it due',
  ])('%s: the visit is asked', (question) => {
    expect(analyze(question).resourceTypes).toContain('Encounter');
  });

  it.each([
    'his medical records from 2019',
    'what is in her medical history',
    'the medical form for school camp, which jabs has he had',
  ])('%s: an adjective of what follows, no visit', (question) => {
    expect(analyze(question).resourceTypes).not.toContain('Encounter');
  });
});
