import { EmergencyTriage } from '../emergency-triage.js';
import type { EmergencyCategory } from '../emergency-categories.js';

const triage = new EmergencyTriage();

/**
 * Emergencies the rules caught before the development-8 false-alarm round and that round's muting
 * heuristics silenced (review V3, issue 11). Each is told the way real messages run together: a
 * past visit in the same sentence as what is happening now, a reported or threshold question
 * followed by the report itself, a frightened "what do we do", an episode that stays urgent when
 * it has passed. The rules alone must flag each with the category it names.
 */
describe('EmergencyTriage: emergencies told beside a past episode, a question or an ending', () => {
  it.each<[string, EmergencyCategory]>([
    // An earlier visit or stay told in the same sentence as what is happening now (F1).
    [
      'Had a c-section 10 days ago, sent home, my calf is hot and swollen and I suddenly feel really short of breath with chest pain.',
      'vascular_emergency',
    ],
    [
      "Baby born 2 weeks ago at the hospital, sent home after a day, he's not feeding, very sleepy and his temperature is 35.",
      'infant_distress',
    ],
    [
      'Last week my baby was discharged from the neonatal unit, she is 4 weeks old, floppy and has a temperature of 38.3.',
      'infant_distress',
    ],
    [
      'Dad was discharged from ICU a few weeks ago after covid, his lips have gone blue and he is gasping.',
      'breathing_difficulty',
    ],
    [
      "We were admitted a week ago for her asthma and she's struggling to breathe and can't finish her sentences.",
      'breathing_difficulty',
    ],
    [
      "My son was sent home from school two days ago with a headache and has a rash that doesn't fade under a glass and a stiff neck.",
      'meningitis_signs',
    ],
    [
      'Two days ago I took 20 paracetamol on purpose and treated the sickness with ginger, I feel ok.',
      'poisoning_overdose',
    ],
    [
      "Crushing chest pain at rest since an hour ago, sweaty, I'm sure it's nothing, I had a normal ECG last week at the hospital.",
      'cardiac_chest_pain',
    ],
    [
      'My dad was discharged from hospital two days ago after an operation, today he is shivering, confused and his skin is mottled.',
      'shock',
    ],
    [
      'Black tarry stools since yesterday and I fainted in the shower, I was in hospital a few weeks ago for an ulcer.',
      'severe_bleeding',
    ],
    [
      'I took an overdose a few weeks ago and was treated in hospital, I have just taken another 30 tablets.',
      'poisoning_overdose',
    ],
    ['I was seen in A&E last week for a migraine, sudden worst headache of my life an hour ago.', 'stroke_signs'],
    [
      'I was discharged from hospital 5 days ago after my gallbladder op and I have a high fever, shaking, and I feel confused.',
      'sepsis',
    ],
    [
      "Two days ago he fell off a ladder and hit his head, he's on warfarin, he was seen at the walk-in centre and sent home, he is more and more confused.",
      'head_injury',
    ],
    // Care told of someone else, of another illness, or refused: the episode was never treated (F5).
    [
      'Three days ago my speech went funny and my right hand was clumsy for 15 minutes. My wife was in hospital last month with her hip.',
      'stroke_signs',
    ],
    [
      "Last week I had 10 minutes where I couldn't find my words and my arm was weak; I was treated for a chest infection at the time.",
      'stroke_signs',
    ],
    [
      'Three days ago I lost the vision in one eye for a few minutes like a curtain coming down, then it came back. I was treated for high blood pressure in hospital last year.',
      'stroke_signs',
    ],
    ['I took 24 paracetamol three days ago, the ambulance came but I refused to go with them.', 'poisoning_overdose'],
    [
      "My daughter took a load of her mum's tablets two days ago, the paramedics came and said to take her in but she wouldn't go.",
      'poisoning_overdose',
    ],
    [
      'She swallowed a button battery two days ago, we were seen in A&E and sent home without an x-ray.',
      'poisoning_overdose',
    ],
    // A reported question followed by the report, joined by "because", "and" or "as" (F2).
    [
      "Parent asks what a meningitis rash looks like because her son has a fever and purple spots that don't fade",
      'meningitis_signs',
    ],
    [
      "Parent asks what a meningitis rash looks like and her son has a fever and purple spots that don't fade",
      'meningitis_signs',
    ],
    [
      "Wife asks how long a seizure can last before it's dangerous because her husband has been fitting for 8 minutes",
      'seizure',
    ],
    [
      "Daughter wondering what a stroke looks like as her mum's face has drooped and she can't lift her arm",
      'stroke_signs',
    ],
    // A threshold question run on into the report, unpunctuated or after a comma (F3).
    [
      "what are the signs my son's asthma attack is bad enough for an ambulance his lips have gone blue and he cant talk",
      'breathing_difficulty',
    ],
    ['what are the signs my baby is ill enough for hospital she is floppy and not waking up', 'infant_distress'],
    [
      "What are the signs my son's asthma attack is bad enough for an ambulance, his lips have gone blue",
      'breathing_difficulty',
    ],
    [
      "what are the signs my dad's chest pain is bad enough for 999 he is grey and sweaty and it's been 30 minutes",
      'cardiac_chest_pain',
    ],
    // A known pattern, but this time at rest: unstable angina (F4).
    [
      'Chest tightness on exertion, same as ever, but this time it came on while I was sitting still and is still there after 20 minutes.',
      'cardiac_chest_pain',
    ],
    [
      "Chest tightness on exertion, same as ever, but this time it came on while I was sitting still and hasn't gone after 20 minutes.",
      'cardiac_chest_pain',
    ],
    [
      'Chest tightness on exertion, same as always, but this time it came on while I was sitting still and is still there after 20 minutes.',
      'cardiac_chest_pain',
    ],
    // A frightened "what do we do" about what is happening in front of them (F4b).
    ['what should me and my wife do when our baby goes blue like this', 'breathing_difficulty'],
    // An ongoing word in the condition of any such question: the pre-round rules missed these too.
    ['what should we do when she keeps going blue', 'breathing_difficulty'],
    ['how do we know when to call 999, our baby keeps going blue', 'breathing_difficulty'],
    [
      "What should the two of us do if she stops breathing again, she's gone grey and her breathing is gasping",
      'breathing_difficulty',
    ],
    // Episodes that stay urgent once passed: infant apnoea, thunderclap headache, blood brought up,
    // a hypo in someone on insulin, airway swelling (F9).
    ['my baby stopped breathing for 20 seconds and went blue then fine', 'breathing_difficulty'],
    ['Sudden thunderclap headache, then fine after an hour.', 'stroke_signs'],
    ['Vomited a cupful of bright red blood this morning, settled within an hour.', 'severe_bleeding'],
    ['I was coughing up blood this morning, then fine.', 'severe_bleeding'],
    [
      "he was really confused and didn't know where he was, then completely fine, he's diabetic and on insulin",
      'diabetic_emergency',
    ],
    [
      'Her lips and tongue swelled up after the cashews and her voice went hoarse, settled within 20 minutes on its own.',
      'anaphylaxis',
    ],
    // A report after a general question in the same sentence: missed before the round too.
    ['how do we know when to call 999, our baby is going blue', 'breathing_difficulty'],
    ['what do I do if he has a fit, he is jerking all over and not responding', 'seizure'],
    ['when should I call an ambulance, my husband has crushing chest pain and is sweating', 'cardiac_chest_pain'],
    // Means saved up and a day set, without the word suicide: the retrained wording model no longer
    // covers this rule gap (review V3 F12).
    [
      'Since my husband passed I see no purpose. I have been saving my oxycodone and intend to take it all on our anniversary.',
      'suicide_self_harm',
    ],
    [
      "I've been saving my sleeping tablets and I'm planning to take them all on Friday when the house is empty.",
      'suicide_self_harm',
    ],
    // The same told with an ending that was not caught before the round either.
    ['my baby stopped breathing for 20 seconds and went blue, she is fine now', 'infant_distress'],
    ['Sudden thunderclap headache, it went away after an hour.', 'stroke_signs'],
    // A food named after "after" with no verb, or one nut, is still the exposure (review V4 S3).
    ["My daughter's throat is swelling and she's wheezing after peanuts.", 'anaphylaxis'],
    ["The toddler's throat is swelling and he's wheezing after eating a nut.", 'anaphylaxis'],
    ["his lips are tingling and he's wheezing after a nut bar", 'anaphylaxis'],
  ])('emergency: %s (%s)', (text, category) => {
    expect(triage.assess(text).categories).toContain(category);
  });

  // What the round's heuristics were for, told so that the narrowed forms still apply.
  it.each([
    "what are the signs my dad's chest pain is bad enough for 999?",
    'Parent asks what a meningitis rash looks like and how quickly it spreads.',
    'what should me and my wife do if our baby ever goes blue?',
    'what should I do if my child has a seizure again?',
    'Known angina, same as ever, tightness when I walk uphill that goes within two minutes of resting.',
    'Known angina: chest tightness when I walk uphill, same as ever, and it has gone after 5 minutes when I stop. Can I take my spray before walks?',
    'my toddler was hard to wake from his nap for a minute, then completely fine',
    "my baby's breathing pauses for a few seconds when she's asleep then she carries on, she's pink",
    'I had a bad headache yesterday that went away after an hour with paracetamol.',
    'The pharmacist said to take them all, the whole course of antibiotics, even if I feel better.',
    'I see no purpose in these vitamins, should I stop?',
    "what happens if your waters break early, what should I do, I'm 34 weeks and a bit anxious",
    'when should I take her to A&E if she gets a fever, she had a transplant last year',
    "after peanuts at lunch she had two hives on her arm, no other symptoms, she's fine",
    'my son is a tough nut, had a cough and a bit of a wheeze for two weeks after his cold',
  ])('ordinary: %s', (text) => {
    expect(triage.assess(text).isEmergency).toBe(false);
  });
});
