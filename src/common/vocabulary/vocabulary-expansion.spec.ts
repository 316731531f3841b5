import { describe, expect, it } from '@jest/globals';
import { termGroupsOf, vaccineExpansions, vocabularyExpansions } from './vocabulary-expansion.js';

describe('vocabularyExpansions', () => {
  it('maps lay words to clinical ones and back', () => {
    expect(vocabularyExpansions('I get short of breath on the stairs')).toEqual(
      expect.arrayContaining(['dyspnea', 'shortness of breath']),
    );
    expect(vocabularyExpansions('Is herpes zoster contagious?')).toContain('shingles');
    expect(vocabularyExpansions('my shingles came back')).toEqual(expect.arrayContaining(['zoster', 'herpes zoster']));
    expect(vocabularyExpansions('what was my last temperature')).toContain('body temperature');
  });

  it('matches whole words only, with plurals, hyphens and missing apostrophes', () => {
    expect(vocabularyExpansions('kidney-stones again')).toContain('nephrolithiasis');
    expect(vocabularyExpansions('bells palsy after a cold')).toContain('facial paralysis');
    expect(vocabularyExpansions('the flute lesson')).toEqual([]);
    expect(vocabularyExpansions('mostly fine')).toEqual([]);
  });

  it("maps what patients say to the bundles' display names", () => {
    expect(vocabularyExpansions('did i have trouble breathing')).toContain('dyspnea');
    expect(vocabularyExpansions('was i coughing up phlegm')).toContain('sputum');
    expect(vocabularyExpansions('what were my o2 sats')).toContain('oxygen saturation');
    expect(vocabularyExpansions('what hiv meds am i on')).toContain('antiretroviral');
    // Each treatment word after each name of the disease.
    expect(vocabularyExpansions('the plan for my aids medication')).toContain('antiretroviral');
    expect(vocabularyExpansions('my tb regimen')).toContain('tuberculosis treatment');
    expect(vocabularyExpansions('did they check my kidney function')).toContain('creatinine');
    expect(vocabularyExpansions('my last checkup')).toContain('well child visit');
    // A test described by what was done: the electrodes of an EEG, the picture of a chest X-ray.
    expect(vocabularyExpansions('she remembers wires being glued to her head')).toContain('electroencephalogram');
    expect(vocabularyExpansions('electrodes taped to his head')).toContain('electroencephalogram');
    expect(vocabularyExpansions('did they take a picture of her lungs')).toContain('x-ray, chest');
    // Chickenpox as phone dictation hears it.
    expect(vocabularyExpansions('did he have chicken pops')).toContain('varicella');
  });

  it('reads a result neither positive nor negative as the record says it, indeterminate', () => {
    expect(vocabularyExpansions('one of her hiv tests came back unclear')).toContain('indeterminate');
    expect(vocabularyExpansions('was my hiv test inconclusive that year')).toContain('indeterminate');
    expect(vocabularyExpansions('the lab called the result equivocal')).toContain('indeterminate');
    // A result told positive or negative is that result, not an indeterminate one.
    expect(vocabularyExpansions('which hiv test came back positive')).not.toContain('indeterminate');
    expect(vocabularyExpansions('my aids test was negative')).not.toContain('indeterminate');
  });

  it('maps idioms to the findings and vital signs the records name', () => {
    expect(vocabularyExpansions('he couldnt catch his breath')).toContain('dyspnea');
    expect(vocabularyExpansions("she couldn't taste her food")).toContain('loss of taste');
    expect(vocabularyExpansions('did she run a temperature')).toEqual(
      expect.arrayContaining(['fever', 'body temperature']),
    );
    expect(vocabularyExpansions('his legs and arms hurt all over')).toEqual(
      expect.arrayContaining(['muscle pain', 'joint pain']),
    );
    expect(vocabularyExpansions('her oxygen number')).toContain('oxygen saturation');
    expect(vocabularyExpansions('her top and bottom numbers at the visit')).toEqual(
      expect.arrayContaining(['blood pressure', 'systolic', 'diastolic']),
    );
    expect(vocabularyExpansions('did they make him wear something over his nose and mouth')).toContain('face mask');
    expect(vocabularyExpansions('was she bringing up stuff when she coughed')).toContain('sputum');
    expect(vocabularyExpansions('her struggling to get air in')).toContain('dyspnea');
    expect(vocabularyExpansions('sending me for pictures of my brain')).toContain('computed tomography scan, head');
    expect(vocabularyExpansions('the big donut machine')).toContain('computed tomography');
    expect(vocabularyExpansions('was it gastro or something else')).toContain('diarrhea');
    expect(vocabularyExpansions('the preventive medicine plan against tb')).toContain('prophylaxis');
    // One way: a question about masks is not widened with noses and mouths.
    expect(vocabularyExpansions('did she wear a face mask')).not.toContain('over her nose and mouth');
    expect(vocabularyExpansions('his yearly physical')).toEqual(
      expect.arrayContaining(['well child visit', 'general examination']),
    );
  });

  it('reads the heart by its speed, blood in the spit and a child kept to a room (R23)', () => {
    expect(vocabularyExpansions('her heart was slow')).toEqual(expect.arrayContaining(['heart rate', 'pulse']));
    expect(vocabularyExpansions('did he spit up blood')).toContain('hemoptysis');
    expect(vocabularyExpansions('blood in my spit')).toContain('hemoptysis');
    expect(vocabularyExpansions('we had to keep him in his room')).toContain('isolation');
    // One way: a question about isolation is not widened with rooms.
    expect(vocabularyExpansions('was she in isolation')).not.toContain('stay in her room');
  });

  it('reads a rapid test by its speed or by how it is taken, and no quick question as one (R27)', () => {
    expect(vocabularyExpansions('the quick test at my admission')).toContain('rapid test');
    expect(vocabularyExpansions('and the finger prick one?')).toContain('rapid test');
    expect(vocabularyExpansions('the fingerstick test')).toContain('rapid test');
    expect(vocabularyExpansions('quick question about my jabs')).not.toContain('rapid test');
  });

  it('finds a phrase with a word of degree in it', () => {
    expect(vocabularyExpansions('my heart was really slow')).toEqual(expect.arrayContaining(['heart rate', 'pulse']));
    expect(vocabularyExpansions('his heart was beating super fast')).toContain('pulse');
    // A term holding such a word is still found as written.
    expect(vocabularyExpansions('she was very weak')).not.toContain('very weak');
  });

  it('names the vaccines a combination holds, one way only', () => {
    expect(vaccineExpansions('did she get the 5-in-1')).toEqual(expect.arrayContaining(['dtap', 'ipv', 'hib']));
    expect(vaccineExpansions('did she get the dtap')).not.toContain('hib');
    expect(vaccineExpansions('the pedvaxhib jab')).toContain('hib');
    expect(vaccineExpansions('the hepatitis shots')).toContain('hep');
  });

  it('names a vaccine by what it protects against, one way only', () => {
    expect(vaccineExpansions('the liver jab')).toContain('hep');
    expect(vaccineExpansions('the vaccine against genital warts')).toContain('hpv');
    expect(vaccineExpansions('the one for older adults against the painful rash')).toContain('zoster');
    expect(vaccineExpansions('the diarrhoea drops')).toContain('rotavirus');
    expect(vaccineExpansions('the hep b jab')).not.toContain('liver');
    // Not a vocabulary word outside vaccines: "diarrhea" finds the finding, not rotavirus.
    expect(vocabularyExpansions('did he have diarrhoea')).not.toContain('rotavirus');
  });

  it("reads a visit's British and developmental names and breathlessness as people say it", () => {
    expect(vocabularyExpansions('my annual medical')).toContain('general examination');
    expect(vocabularyExpansions('his baby review')).toContain('well child visit');
    expect(vocabularyExpansions('was she short of puff')).toContain('dyspnea');
    expect(vocabularyExpansions('his head was sore')).toContain('headache');
  });

  it('reads a whistling chest, food without flavour, aching all over and a lung infection', () => {
    expect(vocabularyExpansions('her chest made a whistling noise at night')).toContain('wheezing');
    expect(vocabularyExpansions('food had no flavour for him')).toContain('loss of taste');
    expect(vocabularyExpansions('his legs and arms ached all over')).toContain('muscle pain');
    expect(vocabularyExpansions('the lung infection they kept me in for')).toEqual(
      expect.arrayContaining(['pneumonia', 'tuberculosis']),
    );
    expect(vocabularyExpansions('do I have tuberculosis')).not.toContain('lung infection');
    expect(vocabularyExpansions('was her chest tight and noisy')).toContain('dyspnea');
    expect(vocabularyExpansions('her noisy breathing')).toContain('wheezing');
    expect(vocabularyExpansions('did the runny tummy go on for long')).toContain('diarrhea');
    expect(vocabularyExpansions('his noggin was killing him')).toContain('headache');
    expect(vocabularyExpansions('muscles and joints hurt')).toEqual(
      expect.arrayContaining(['muscle pain', 'joint pain']),
    );
  });

  it('adds the clinical terms under a lay umbrella, one way only', () => {
    expect(vocabularyExpansions('did i have an upset stomach')).toEqual(
      expect.arrayContaining(['nausea', 'vomiting', 'diarrhea']),
    );
    expect(vocabularyExpansions('was i nauseous')).not.toContain('diarrhea');
    expect(vocabularyExpansions('did they check my blood count')).toEqual(
      expect.arrayContaining(['hemoglobin', 'platelets']),
    );
    expect(vocabularyExpansions('my platelets')).not.toContain('blood count');
  });

  it('treats a term as said only when it stands as a word ("feverish" does not say "fever")', () => {
    expect(vocabularyExpansions('was i feverish')).toContain('fever');
  });

  it('keeps the urinalysis and the dipstick apart, a urine test in lay words widened with both', () => {
    expect(vocabularyExpansions('did they do a urinalysis')).not.toContain('dipstick');
    expect(vocabularyExpansions('did they dip my wee')).not.toContain('urinalysis');
    expect(vocabularyExpansions('did they dip my wee')).toContain('urine dipstick');
    expect(vocabularyExpansions('the pee test')).toEqual(expect.arrayContaining(['urinalysis', 'urine dipstick']));
  });

  it('adds nothing the text already says', () => {
    const groups = termGroupsOf([['piles', 'hemorrhoids']]);
    expect(vocabularyExpansions('piles or hemorrhoids?', groups)).toEqual([]);
    expect(vocabularyExpansions('piles?', groups)).toEqual(['hemorrhoids']);
  });
});

describe('blood told with the cough it came with', () => {
  it.each([
    'the 2016 stay, did i tell them there was blood when i coughed',
    'was there blood with his cough that winter',
    'she had bloody phlegm in hospital, is that noted',
    'any blood when coughing on the tb form',
  ])('%s: coughing up blood (hemoptysis)', (question) => {
    expect(vocabularyExpansions(question)).toContain('hemoptysis');
  });

  it.each([
    'did they take blood when i was coughing a lot',
    'blood test when he had the cough',
    'was my blood oxygen low with the cough',
  ])('%s: a blood test or reading beside a cough is no hemoptysis', (question) => {
    expect(vocabularyExpansions(question)).not.toContain('hemoptysis');
  });
});
