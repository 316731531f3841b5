import type { EmergencyCategory } from '../emergency-categories.js';
import { EmergencyTriage } from '../emergency-triage.js';

const triage = new EmergencyTriage();
const categoriesOf = (text: string): EmergencyCategory[] => triage.assess(text).categories;

/**
 * The discriminators generalised from lay and clinical wording, one probe or more per kind, each
 * written from the protocol it names (BTS/SIGN, RCUK, AHA/ASA BE-FAST, NICE NG143/NG232/NG217,
 * TOXBASE, RCOG), in words none of the labelled sets uses. Beside each kind, the ordinary message
 * that carries the same words and must stay a non-emergency.
 */
describe('EmergencyTriage: discriminators in plain words', () => {
  it.each<readonly [string, EmergencyCategory]>([
    // Airway and breathing.
    ['my chest whistles every time he breathes in and he cannot talk', 'breathing_difficulty'],
    ['breathing is really hard now, he is using his neck muscles to breathe', 'breathing_difficulty'],
    ['known asthmatic, silent chest, cannot complete sentences', 'breathing_difficulty'],
    ['peak flow is 140 and my best is 500, inhaler not touching it', 'breathing_difficulty'],
    // Collapse seen by a bystander.
    ['an old lady fell over at the bus stop and is not moving', 'loss_of_consciousness'],
    ['he fainted at the till and he is still out, nearly three minutes now', 'loss_of_consciousness'],
    ['83M found on floor by neighbour, confused', 'loss_of_consciousness'],
    ['fainted twice this week, her brother died suddenly at 35', 'loss_of_consciousness'],
    // Stroke signs outside face, arm and speech.
    ['my husband keeps bumping into the door frame on his right side since lunch', 'stroke_signs'],
    ['he sounds drunk but he has not had a drop all day', 'stroke_signs'],
    ['she keeps missing the glass when she reaches for it, her hand goes wide', 'stroke_signs'],
    ['mum suddenly cannot understand what the nurse is saying to her', 'stroke_signs'],
    ['grandad suddenly keeps tipping over to the left in his chair', 'stroke_signs'],
    ['her mouth went crooked for a moment and her hand dropped the cup', 'stroke_signs'],
    // Anaphylaxis after medicines, dye and foods; adrenaline already used.
    ['the dentist gave him penicillin and now his lips are swelling and he feels dizzy', 'anaphylaxis'],
    ['i had the contrast dye for my ct and my face is puffing up and i am wheezy', 'anaphylaxis'],
    ['epipen was given five minutes ago and her breathing is getting tight again', 'anaphylaxis'],
    ['my son ate a cashew and says his throat is itchy and scratchy', 'anaphylaxis'],
    // Poisoning told as quantities, mix-ups and other people's medicines.
    ["my 3 year old got hold of granny's water tablets, no idea how many", 'poisoning_overdose'],
    ["28M, ingested an unknown amount of his mother's diazepam", 'poisoning_overdose'],
    ["dad muddled up his tablets and took his warfarin and mum's warfarin too", 'poisoning_overdose'],
    ['the carer gave her lithium 2 times this morning and she is shaky and being sick', 'poisoning_overdose'],
    ['the kids ate leaves off a plant in the park and now they are vomiting', 'poisoning_overdose'],
    ['the gas fire is old, my husband has a headache and so does my daughter', 'poisoning_overdose'],
    // Pregnancy and birth.
    ['31 weeks and i have not felt the baby move as much since yesterday', 'obstetric_bleeding'],
    ['24 weeks pregnant and it feels like something is pushing out down below', 'obstetric_bleeding'],
    ['had my daughter 10 days ago, now a fever and the discharge smells awful', 'obstetric_bleeding'],
    ['35 weeks, my blood pressure at home this morning was 170 over 110', 'obstetric_bleeding'],
    ['7 weeks pregnant, stabbing pain down my right side and i almost collapsed', 'obstetric_bleeding'],
    // Children and babies as parents tell them.
    ['infant 6 weeks, temp 38.3, feeding ok', 'infant_distress'],
    ["bubs is floppy and hasn't had a wet nappy since last night", 'infant_distress'],
    ['my son keeps having blank spells where he is not there, loads today', 'seizure'],
    // Bleeding.
    ['his tonsils were taken out 5 days ago and he is spitting out fresh blood', 'severe_bleeding'],
    ['my period is so heavy i am soaking a pad every 30 minutes and my heart is racing', 'severe_bleeding'],
    ['stabbed in the thigh outside the pub', 'severe_bleeding'],
    // Withdrawal told across clauses.
    [
      'he is addicted to heroin, and he stopped 3 days ago, now he is vomiting and cannot keep anything down',
      'withdrawal',
    ],
    // Meningism, and cord compression with a sensory level.
    ['she has a fever and a headache and her neck hurts when she looks down', 'meningitis_signs'],
    ['prostate cancer, new back pain and numb from the belly button down', 'spinal_cord_compression'],
    // Write-ups and home readings.
    ['bp 200/130 on my home machine and a thumping headache', 'vascular_emergency'],
    ['dad is 2 days after his knee replacement, bp on our machine is 82/45 and he is grey and sweaty', 'shock'],
    ['55F, SI with intent and plan, has stockpiled her tablets', 'suicide_self_harm'],
  ])('%s → %s', (text, category) => {
    expect(categoriesOf(text)).toContain(category);
  });

  it.each([
    'my breathing is so hard when i run for the bus, i need to get fitter',
    'peak flow 410 today and my best is 450',
    'my grandad leans to one side because of his arthritic hip',
    'he sounds drunk because he is drunk, six pints at the wedding',
    'i walked into the door frame and bruised my shoulder',
    'i had the flu jab and my arm is a bit sore',
    'i mixed up my vitamins and took two multivitamins',
    'the kids ate some berries from our strawberry plant',
    'i have fainted twice in my life, both times when giving blood',
    'my baby rolled off the sofa, cried at once and is feeding normally',
    'my daughter stares into space when she is tired but answers when i call her',
    'i am going to end it with my boyfriend tonight',
    'my period is heavy, i change my pad every four hours',
    'nearly passed out laughing at the best man speech',
    'drowning in paperwork this week',
    'tight chest on cold mornings when i walk the dog, goes within a couple of minutes with my spray',
    'slightly more breathless walking to the shops, slowly getting worse over the last few months',
  ])('not an emergency: %s', (text) => {
    expect(triage.assess(text).isEmergency).toBe(false);
  });
});
