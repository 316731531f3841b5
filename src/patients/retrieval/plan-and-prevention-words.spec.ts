import { planAndPreventionInRecordWords } from './plan-and-prevention-words.js';

const words = (text: string) => planAndPreventionInRecordWords(text).replace(/\s+/g, ' ').trim();

describe('a plan or a prevention asked in lay words', () => {
  it.each([
    ['the plan to stop me getting tb', 'the plan to prevention me tb'],
    ["what's the plan to keep me from getting pneumonia", "what's the plan to prevention me pneumonia"],
    ['what was i meant to take so i dont catch tb', 'what plan prevention i tb'],
    ['what do i have to do so the tb doesnt come back', 'plan prevention the tb'],
    ['was i given anything to protect me from getting tb', 'was i given anything to prevention me tb'],
    ['keep pablo from giving the virus to his sister', 'prevention pablo the virus to his sister'],
    ['the medicine to prevent the lung infection', 'the medicine to prevention the lung infection'],
    ['what am i supposed to do to keep my hiv under control', 'what plan for my hiv'],
    ['what should i be doing about my hiv meds', 'plan about my hiv meds'],
    ['what were we told to do so the covid didnt spread', 'what plan prevention the covid'],
    ['what were the instructions for his cough', 'what were the plan for his cough'],
    ['and his tablets, carry on with them or change?', 'and his tablets, plan ?'],
    ['switch or stay on it, what did they say', 'plan , what did they say'],
    // The choice with what is kept named inside it: that stays, as what the plan is for.
    ['did they want to keep my hiv meds the same or switch them up', 'did they want to plan my hiv meds'],
    ['keep his tb pills as they are or change them?', 'plan his tb pills ?'],
    // What is gone on with named inside the choice: that stays too.
    ['did they want me to keep going with the hiv pills or change them', 'did they want me to plan the hiv pills'],
    [
      'did the doctors say to stick with the pcp antibiotic or change it',
      'did the doctors say to plan the pcp antibiotic',
    ],
    [
      'what did they say we had to do to stop the rest of the house catching it',
      'what did they say plan to prevention the rest of the house it',
    ],
  ])('%j reads %j', (asked, read) => {
    expect(words(asked)).toBe(read);
  });

  it.each([
    ['when did they stop my tb treatment'],
    ['did the cough stop'],
    ['i have a cough, what should i do'],
    ['how tall am i supposed to be on file'],
    ['the vaccine that stops babies getting bad diarrhoea'],
    ['how many nights did they keep me in 2017'],
    ['we had to do the test again'],
    ['did the cough carry on or stop'],
    ['did they keep me in the same room or move me'],
  ])('%j is left as it is', (asked) => {
    expect(words(asked)).toBe(asked);
  });
});

describe("the asker's own planning, told as why they ask", () => {
  it.each([
    ['when was his last checkup so i can plan the next one', 'when was his last checkup so the next one'],
    ["we're planning a trip abroad, which jabs has she had", 'a trip abroad, which jabs has she had'],
    ['i plan to book her physical, when was the last', 'to book her physical, when was the last'],
    ['im trying to plan my week: when is my next visit due', 'my week: when is my next visit due'],
  ])('%s: no plan of the record is asked', (question, read) => {
    expect(words(question)).toBe(read);
  });

  it.each([
    // Look-alikes: the record's plan, asked by its owner or by what it was planned for.
    ['what was the plan for my tb', 'what was the plan for my tb'],
    ['did they plan to change my hiv meds', 'did they plan to change my hiv meds'],
    ['what was planned for his hiv drugs', 'what was planned for his hiv drugs'],
    ['my care plan from the covid visit', 'my care plan from the covid visit'],
  ])('%s: the plan asked stays', (question, read) => {
    expect(words(question)).toBe(read);
  });
});

describe('a plan asked as what the doctors decided for the medicines', () => {
  it.each([
    // Told what to do with them: the plan, and for stopping the plan's own word ("Stop all").
    [
      'did the hospital tell me to quit all my tb tablets in 2017',
      'did the hospital plan stop all my tb tablets in 2017',
    ],
    ['they said to come off the hiv pills, is that right', 'they plan stop the hiv pills, is that right'],
    ['was i told to keep taking them after i got home', 'plan taking them after i got home'],
    ['did the doctor ask her to switch her hiv meds', 'did the doctor plan her hiv meds'],
    // Asked whether they changed, stopped or kept the patient on them: yes or no is the plan's.
    ['were they changing my bactrim at the 2017 admission', 'plan my bactrim at the 2017 admission'],
    ['did the doctors stop his tb pills that time', 'plan stop his tb pills that time'],
    ['are they keeping me on the hiv meds', 'plan the hiv meds'],
    // The choice, with the patient kept on the same.
    ['were they keeping him on the same ones or changing', 'were they plan'],
    ['keep her on the same meds or switch?', 'plan ?'],
    // What was decided for them.
    ['and in 2014 what did they decide for them', 'and in 2014 plan for them'],
    ['what did the hospital decide about my hiv meds', 'plan about my hiv meds'],
    ['what was decided for her tablets', 'plan for her tablets'],
    ['what did they say to do with it', 'plan with it'],
    ['what did the doctors tell him to do with his tb pills', 'plan with his tb pills'],
  ])('%j reads %j', (asked, read) => {
    expect(words(asked)).toBe(read);
  });

  it.each([
    // Look-alikes: a habit, a date, a stay, a diagnosis, a symptom: no plan of the medicines.
    ['did the doctor tell me to quit smoking'],
    ['when did they stop my tb treatment'],
    ['did they keep me in overnight'],
    ['what did the doctor decide it was'],
    ['what did they say to do if the fever came back'],
    ['were they changing the dressing every day'],
    ['did the cough stop after the antibiotics'],
  ])('%j is left as it is', (asked) => {
    expect(words(asked)).toBe(asked);
  });
});

describe('a medicine told by the illness it keeps away', () => {
  it.each([
    ['my bactrim (the one to stop the hiv pneumonia)', 'my bactrim (the one to prevention the hiv pneumonia)'],
    ['the tablets that stop the tb coming back', 'the tablets that prevention the tb coming back'],
    [
      'what were the antibiotics which stop his lung infection',
      'what were the antibiotics which prevention his lung infection',
    ],
    // Who took it told between: "the antibiotic i had to stop the lung infection".
    [
      'the antibiotic i had to stop the lung infection hiv people get',
      'the antibiotic i had to prevention the lung infection hiv people get',
    ],
    ['the pills he was given to stop the tb coming back', 'the pills he was given to prevention the tb coming back'],
  ])('%j reads %j', (asked, read) => {
    expect(words(asked)).toBe(read);
  });

  it.each([
    ['the pills to stop the cough'],
    ['the tablets i had to stop the diarrhoea'],
    ['something to stop her being sick'],
    ['the medicine to stop the bad headaches'],
  ])('%j: a symptom stopped is treated, and is left as it is', (asked) => {
    expect(words(asked)).toBe(asked);
  });
});
