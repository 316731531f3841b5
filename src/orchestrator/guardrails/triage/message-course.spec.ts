import { EmergencyTriage } from '../emergency-triage.js';
import { courseReference } from './message-course.js';

const triage = new EmergencyTriage();
const isEmergency = (text: string): boolean => triage.assess(text).isEmergency;

/**
 * Course and onset told in a sentence of their own, after the finding they are about. Probes in
 * words none of the labelled sets uses.
 */
describe('courseReference', () => {
  it('reads a clause that points back with a long-standing course', () => {
    expect(courseReference('it has been that way since the spring of 2019')).toBe('long_standing');
    expect(courseReference('i have had this for about ten years')).toBe('long_standing');
    expect(courseReference('for years')).toBe('long_standing');
  });

  it('reads a clause that points back with a past date as history', () => {
    expect(courseReference('that was back in 2021')).toBe('remote_past');
    expect(courseReference('it was years ago')).toBe('remote_past');
  });

  it('reads a clause that points back with a sudden onset', () => {
    expect(courseReference('it came on out of nowhere twenty minutes ago')).toBe('sudden_onset');
  });

  it('reads nothing into a clause that tells something new or points at nothing', () => {
    expect(courseReference('this time it is different, it has been like that for an hour')).toBeNull();
    expect(courseReference('my neighbour has been a nurse for years')).toBeNull();
    expect(courseReference('that was yesterday')).toBeNull();
  });
});

describe('EmergencyTriage: course and onset told in another sentence', () => {
  it.each([
    'My right hand goes tingly and weak at times. I have had this for about ten years, my neurologist knows.',
    'Sometimes I get a racing heart and feel faint. Had it since I was a teenager. Is coffee safe?',
    'I had a mini stroke. That was back in 2021. Which foods keep blood pressure down?',
    'He had a fit once. It was years ago. Can he learn to scuba dive?',
    'I am short of breath with my COPD. I have had it for years. Can I fly to Spain?',
    'My sight goes blurry in one eye. It has been like this for about six months.',
    'My wife gets pain in her chest when she carries the shopping. Nothing new, it has been the same for years.',
  ])('not an emergency: %s', (text) => {
    expect(isEmergency(text)).toBe(false);
  });

  it.each([
    // A mild finding whose sudden onset is told after it.
    'My chest feels a bit tight. It came on suddenly twenty minutes ago and is getting worse.',
    // A recent stroke-like episode that has passed is a TIA (NICE NG128): told the day after, it stays.
    'My mouth drooped on one side for a few minutes. That was yesterday. Should I wait until morning?',
    // "Always been like that" is about the old finding, not a new one told in another sentence.
    'I have always had a slightly uneven smile. This morning his face dropped on the left and he cannot lift his arm.',
    'Right arm numb. It has been like that for years. Now my left leg has suddenly gone weak too.',
    'My wheezing has been going on for years. Tonight I cannot finish a sentence and my inhaler does nothing.',
    // A long-standing course does not mute a finding told as sudden or severe.
    'The crushing pain in my chest started an hour ago. I have had angina for years.',
  ])('an emergency: %s', (text) => {
    expect(isEmergency(text)).toBe(true);
  });
});

describe('EmergencyTriage: dated events, hypotheticals and findings named as absent', () => {
  it.each([
    // A dated event is history even when it is a circumstance ("timeless"): a stabbing, an attempt.
    'I was stabbed in the leg three years ago and still have some nerve pain in the scar. Can physio help?',
    'I tried to kill myself when I was 20. I am 35 now and well. I have just been prescribed propranolol.',
    // ConText hypothetical triggers: a risk, a chance, a prevention.
    'My son had a febrile fit when he was 2. He has a temperature now but is chatty. Is he at risk of another fit?',
    // "-free": the finding named as absent; planning a pregnancy is not a pregnancy.
    'I have been seizure-free for 4 years on lamotrigine and I am planning a pregnancy. What should I know?',
  ])('not an emergency: %s', (text) => {
    expect(isEmergency(text)).toBe(false);
  });

  it.each([
    // Background stays true whatever its date: a blood thinner since 2015, a cancer treated years ago.
    'I have been on warfarin since 2015 and I fell and hit my head an hour ago, now I keep being sick',
    'Prostate cancer treated five years ago, new back pain and my legs have gone weak today',
    // A clinician's risk statement is a present danger, not a hypothesis.
    'pt at high risk of suicide, has a plan and means',
    'she is seizure-free for years but today she had a seizure lasting 7 minutes',
  ])('an emergency: %s', (text) => {
    expect(isEmergency(text)).toBe(true);
  });
});

describe('EmergencyTriage: topics, rules of thumb and look-alikes', () => {
  it.each([
    // A topic, not a report (ConText): how to talk about it, screening for it, the signs of it.
    'A teacher asks how to bring up self-harm with a 14-year-old pupil; there are no worries about her.',
    'Which questions should a GP use when screening older patients for suicidal thoughts?',
    'What are the early signs of meningitis, my son starts nursery next week',
    // A rule of thumb passed on; a condition about oneself with a question.
    'My aunt says chest pain should always be checked. Mine is a pulled muscle from rowing.',
    'If I use my inhaler and feel better do I still need to see the GP?',
    // Onset said as absent; minutes a symptom takes to settle.
    "Gran has Parkinson's; her speech has got more slurred over three years, nothing sudden.",
    'Recurrent chest tightness with my panic attacks, settles within 10 minutes of breathing exercises.',
    // Fingers white then blue in the cold (Raynaud's); night noises and pauses that carry on normally.
    'My toes go white then blue in the cold every winter, then red when they warm up.',
    'Our 3 week old squeaks at night and her breathing pauses then carries on normally, she feeds well.',
    'He has not had a reaction since his nut allergy was diagnosed. Which symptoms mean we use the pen?',
  ])('not an emergency: %s', (text) => {
    expect(isEmergency(text)).toBe(false);
  });

  it.each([
    'If I took 30 of my sleeping tablets would I die?',
    'What are the signs of sepsis? Mum is confused, shivering and has a temperature of 39.6 after her UTI.',
    'Chest pain during a panic attack but it is spreading down my left arm and I am sweating.',
    'My speech went slurred suddenly an hour ago, no severe headache.',
  ])('an emergency: %s', (text) => {
    expect(isEmergency(text)).toBe(true);
  });
});
