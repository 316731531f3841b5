import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';
import { EmergencyTriage } from '../emergency-triage.js';

/**
 * English messages at the emergency / urgent boundary as the protocols draw it (issue 11: the English false alarms on
 * vignettes and long chatbot prompts), each kind of "see a GP or urgent care today" message beside emergency twins that
 * share its words and carry what the protocol sends on at once: a chest pain within the last 12 hours or back now, a
 * burn bigger than a palm or on a small child's trunk, a finding told after "without" that is itself told present.
 * Written from the protocols (NICE CG95 chest pain of recent onset, NICE CKS burns and scalds with the rule of palms,
 * NICE NG143 colour), in different voices and styles, never from a labelled set.
 *
 * Run first on the unchanged rules (main 287ad20): see the figures in the commit that wrote this file.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // NICE CG95 1.1.1: current chest pain, or chest pain in the last 12 hours, is an emergency; chest pain 12 to 72 hours
    // ago with none since is an urgent same-day assessment, and more than 72 hours ago a detailed assessment. A pain
    // back again, going on now, within the last 12 hours, or a finding told now beside it keeps the emergency.
    kind: 'a chest pain that passed more than 12 hours ago with none since',
    emergencies: [
      '61M, 30 min of central chest heaviness at rest 2 days ago, settled; this morning the same pain is back and has lasted 40 minutes. What level of care?',
      'A 52-year-old woman had 20 minutes of chest tightness 3 days ago, pain-free since, but today she is breathless at rest and grey. HR 118, BP 94/60.',
      // Review V26 (14:20): a similar pain within the last hours, told by how long ago.
      'Chest pain at rest the day before yesterday, it settled by itself. An hour and a half ago I had a similar pressure for 20 minutes, gone now. 57M, diabetic. What should I do?',
      // Review V26 (13:59): the same pain coming again since last night, told in a sentence of its own.
      "Chest pain a few days ago which eased off. Since last night I've been waking with the same pressure every couple of hours, each time for ten minutes or so. 58, diabetic. Should I mention this at my review next week?",
      'I had a crushing pain in my chest 3 hours ago while sitting watching TV, it eased after 20 minutes. I feel okay now. Do I need to go to A&E?',
      'My husband had a tight chest two days ago that passed, and now he is clutching his chest again and can barely talk.',
      '58M, chest pain at rest yesterday for 25 min, none since. ECG today shows ST depression in V4-V6. Disposition?',
    ],
    lookAlikes: [
      '63M retired joiner: 20 min of central chest tightness 2 days ago while watching television, settled on its own, no pain since. Today HR 74, BP 138/84, SpO2 97%. What level of care?',
      'My mum is 72 and mentioned at lunch that she had a chest pain on Sunday evening, it lasted about 15 minutes and went away. She has had no pain at all since and is pottering about as normal. Should she see her GP today?',
      'Had a funny tight feeling in my chest three days ago at my desk for about 10 minutes, it went away by itself and I have been completely fine since. I am 49. Is this a GP thing?',
      'Care-home nurse: resident 80F told the day staff she had chest discomfort the day before yesterday, lasting a few minutes, settled. Pain-free since, obs within normal limits. Does she need the GP today?',
      'I had chest pain at rest about 30 hours ago that went off after 20 minutes. No pain at all now and I feel fine. Should I ring my surgery?',
    ],
  },
  {
    // NICE CKS burns and scalds: a superficial dermal (blistering) burn is referred when it covers more than 3 % of an
    // adult's or 2 % of a child's body (the person's own palm with fingers is about 1 %), is deep, is circumferential, or
    // is on the face, genitals or a child's trunk; a blister the size of a coin or of the person's own palm on a limb
    // is dressed in primary care the same day. A burn bigger than a hand, deep, in a baby or on the face stays.
    kind: 'a blistering burn no bigger than a palm on a limb',
    emergencies: [
      'My 2-year-old pulled a mug of tea onto his chest, the blistered patch is bigger than my hand and he is screaming.',
      'Burnt my forearm on the oven, it is blistered, white and leathery in the middle and I cannot feel it when I touch it.',
      'Boiling water over my thigh, the blisters cover the whole front of the thigh from hip to knee.',
      'My 6-month-old grabbed my coffee, there is a 2 cm blister on his hand.',
      // Review V26 (14:20): a size told of the largest of many blisters is not the burn's.
      "Scalded my whole forearm from wrist to elbow with the kettle, it's covered in blisters, the largest is a 4 cm blister near the wrist. Cooled it 20 minutes. Can I dress it myself?",
      "My 6 year old pulled a pan of boiling water down his leg, it's blistered from the knee to the ankle, the biggest one is a 3 cm blister on his shin. He's shaking. Is Savlon enough?",
      // Review V26 (13:59): a blister on a child's face, whatever coin it is the size of.
      "My 3 year old spilt hot tea on her face, there's a blister under her eye the size of a pound coin and her eyelid is swelling. Cooled it. Can we go to the GP tomorrow?",
      'Scalded my toddler on his tummy and chest with hot soup, the blistering is about the size of my palm.',
    ],
    lookAlikes: [
      'Caught my forearm on the grill pan, a blister about the size of a 2p coin. I ran it under cold water for 20 minutes. Does it need a dressing?',
      'A 45-year-old man burnt the back of his wrist on a kettle: a 3 cm blistered area, cooled for 20 minutes, pain controlled with paracetamol. Where should he be seen?',
      'My 8-year-old touched the barbecue grill, there is a 1 cm blister on his finger, we cooled it straight away. Is a pharmacist enough?',
      'Hot oil splashed my shin while cooking, it has blistered over an area the size of my palm. Cooled it for 20 minutes. Do I need the minor injuries unit?',
      'My daughter is 9 and her hair straighteners left a blister on her forearm about the size of a 50p. She is fine otherwise. Should it be seen today?',
    ],
  },
  {
    // A finding told after "without" or "no" inside its own words is told absent: "chin to chest without pain" is a neck
    // that flexes freely (NICE meningitis: neck stiffness is the red flag), not a chest pain.
    kind: 'a chest named beside a pain told absent',
    emergencies: [
      'My chest is in pain, a heavy crushing ache going into my jaw, I am sweating.',
      'His chest without warning started hurting badly and now he is grey and clammy.',
      // A pain told after "cannot ... without" is told present (a pseudo-negation): a neck that will not flex, with a
      // fever read off the thermometer, is meningism (NICE NG240).
      "I can't get my chin down onto my chest without it hurting, my thermometer says 38.9 and my head is pounding.",
    ],
    lookAlikes: [
      'Student, 20: fever 38.2 and a sore throat for 2 days, can touch chin to chest without pain, no rash, no photophobia. Does she need seeing today?',
      'I can bend my chin onto my chest without any pain and light does not bother me, I just have a tension headache after exams. Is this worth a GP visit?',
    ],
  },
  {
    // NICE NG143: a pale, mottled or ashen child is a red feature; the colour of what a baby brings up ("it's white,
    // never green") is the milk's, not the baby's. A baby told as gone white or grey keeps the emergency.
    kind: "the colour of a baby's posset or vomit, not of the baby",
    emergencies: [
      'My 6-week-old has gone white and floppy after a feed and is hard to wake.',
      'Our 3-month-old brought up his milk and then went grey and limp for a few seconds.',
    ],
    lookAlikes: [
      "My 4-week-old brings up a little milk after feeds. It's white and curdled, never green, and she is putting on weight and feeding hungrily. Is that normal?",
      'Our 10-week-old possets after most bottles, it is white, not bloody or green, lots of wet nappies, smiley and content. Do we need to do anything?',
    ],
  },
  {
    // A diagnosis asked about ("is this a stroke?", "could it be a heart attack?", "could this be a miscarriage?") with
    // the findings that make it told as absent or normal: FAST / BE-FAST (NICE NG128: face, arms, speech, balance),
    // the cardiac features of NICE CG95 (chest pain, spreading, sweating, breathlessness), a pregnancy ruled out by its
    // tests. The question is the teller's worry; what is told decides. A finding told present beside the question, or
    // only one told absent, keeps the emergency.
    kind: 'a diagnosis asked about with the signs that make it told absent',
    emergencies: [
      'Is this a stroke? My mum is 79 and her speech went slurred an hour ago, though her face looks normal and both arms lift fine.',
      'Could this be a mini stroke? His left arm went weak 20 minutes ago; speech is normal.',
      'Is this a stroke? She suddenly cannot see out of her left eye and her face looks normal.',
      'Could it be a heart attack? Crushing pain in the middle of my chest for 30 minutes, I am sweating, no pain in my arm.',
      'Could this be a miscarriage? I am 8 weeks pregnant, bleeding heavily and soaking a pad every 30 minutes, feel faint.',
      'Is this a stroke? I woke up and the right side of my face is drooping, my speech is fine.',
    ],
    lookAlikes: [
      'Is this a stroke? I have had pins and needles in my cheek since I woke, but my smile is even, both arms lift fine and my speech is normal. It is fading. I think I slept on it.',
      'My grandad, 81, gets giddy for a few seconds when he turns over in bed. No slurred speech, no weakness, face looks normal, walking fine between the spells. Could this be a mini stroke or an inner ear thing? Who should he see?',
      'Could it be a heart attack? I get a fluttery feeling for a few seconds after coffee, no chest pain, no sweating, not breathless, fine otherwise. I am 35.',
      'Could this be a stroke? My eyelid keeps flickering on and off for a few days, face symmetrical, arms fine, speech fine. Too much coffee?',
      'Period came a week late after two negative pregnancy tests, heavier than usual with cramps, a pad every 4 hours, not dizzy. Could this be a miscarriage?',
    ],
  },
  {
    // Words of an alarm that name something else: a "fit-to-fly" letter or a fit note (not a convulsion), a baby
    // kicking in the womb (a pregnancy, not an infant: RCOG, fetal movements), breathlessness on the stairs (exertion,
    // as "up the stairs" already is: NHS 111 breathing, MTS). A fit, a newborn's red flag, breathlessness at rest stay.
    kind: 'an alarm word naming something else',
    emergencies: [
      'I am 34 weeks pregnant and just had a fit in the kitchen, my husband says I was shaking all over for two minutes.',
      // A "fit-like" turn is a fit told by its likeness, not a compound such as "fit-to-fly".
      'Ran out of my diazepam three days ago after years on it, now my muscles are jerking and I had a fit-like turn where I nearly blacked out.',
      'My 3-week-old baby is kicking his legs weakly, floppy and grey and will not feed.',
      'I am breathless sitting still on the stairs, I cannot finish a sentence and my lips look blue.',
      'Our baby is 5 weeks old and has been breathing fast with grunting, temperature 38.4.',
    ],
    lookAlikes: [
      'I am 30 weeks pregnant and flying to Spain next month, everything has been normal. Does the airline need a fit-to-fly letter from my midwife?',
      'I am 25 weeks pregnant with twins and the babies are kicking lots this evening, my bump tightens now and then for a few seconds, no pain, no bleeding. Normal?',
      'Pregnant, 29 weeks. The baby is kicking as normal and my tummy has gone tight three or four times in an hour, painless, no bleeding or waters. Braxton Hicks?',
      'I am 70 and get a bit breathless on the stairs at home since my chest infection last month, fine on the flat and at rest. Should I see my GP?',
      'I am 58 and more breathless than usual on the stairs this week with my cold, fine sitting down, talking normally. GP or pharmacy?',
    ],
  },
];

describeKindsByRulesAndProduct('English emergency / urgent boundary (session 44), %s', KINDS);

// Emergencies of these kinds the rules alone missed before this session's change and still miss, which the wording model
// reads (NICE CG95: chest pain within the last 12 hours, or back now; a flame burn of the face with a hoarse voice).
describe('English emergency / urgent boundary (session 44), product: emergencies the rules alone miss', () => {
  const product = EmergencyTriage.withWordingModel();
  it.each([
    'My dad (68) had chest pain yesterday afternoon that went away after an hour, but it has come back tonight and he is sweating.',
    'Woke at 4am with heavy chest pain going into my left arm, it settled after half an hour. It is 7am now and I feel washed out.',
    'Chip pan fire, my face and lips are blistered and my voice is going hoarse.',
  ])('an emergency: %s', (text) => {
    expect(product.assess(text).isEmergency).toBe(true);
  });
});
