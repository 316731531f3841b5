import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English false-alarm kinds of session 60 (issue 11's false-positive goal): messages a clinician applying the protocol
 * sends to a clinic or the GP, each beside emergencies that share its words and must still be flagged. Written from the
 * protocols (NICE NG128, ConText, BTS/SIGN, NICE CKS, Columbia, NICE NG115), never from a labelled set.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // NICE NG128: a deficit an old stroke or palsy left, told as still there and unchanged, is the person's baseline;
    // a second deficit, or one told with a time of today, is a new stroke.
    kind: "an old stroke's or palsy's deficit told as still there, unchanged",
    emergencies: [
      "his old stroke left his left arm weak, same as always, but his right arm is now weak too and he's slurring",
      'Mum had a stroke in 2019, her left arm is still weak as always. This morning her speech suddenly went slurred',
      "I had Bell's palsy 4 years ago and it never fully recovered, my mouth still droops, but since this afternoon my arm is weak",
    ],
    lookAlikes: [
      "Two years ago I had Bell's palsy on the right and it never fully recovered. My mouth still droops at the corner when I talk, my eye waters when I eat. Any exercises that help?",
      'My dad had a stroke in 2020 that left his speech slurred and it never fully came back. His speech is still slurred when he is tired, nothing new. Is speech therapy still worth it?',
    ],
  },
  {
    // ConText's hypothetical: what the writer asks how to keep from happening is not told as happening. "Keep getting"
    // with no object tells a course, and stays a finding.
    kind: 'a finding asked how to keep from happening',
    emergencies: [
      'he keeps getting short of breath and his lips are blue',
      'I keep getting these crushing chest pains and my arm is numb',
      "I cut my wrist deep on purpose an hour ago and it won't stop bleeding, how do I stop it getting infected",
    ],
    lookAlikes: [
      "I scratched my arm with a pin last night after a row, a few shallow scratches that stopped bleeding at once. I don't want to die and I have no plan. How do I stop them getting infected?",
      'my son has gastro, how do I stop him getting dehydrated? he is drinking and weeing fine',
      'my baby has a cold, how do I stop her getting worse? she is feeding well',
    ],
  },
  {
    // BE-FAST reads a face that droops; one told as not drooping, or a side of the face told as not numb, is a
    // pertinent negative. A droop told beside it, or a limb failing, still counts.
    kind: 'a face told as not drooping or not numb',
    emergencies: [
      "his face is drooping on one side and he can't lift his arm",
      "mum's mouth is drooping on the left and her speech is slurred",
      'the left side of his face is not numb but his left arm and leg suddenly went weak and he is slurring',
      "my face has gone droopy on one side since I woke up and I can't smile",
      "her face suddenly looks droopy and she can't lift her right arm",
    ],
    lookAlikes: [
      "my eyelid keeps twitching for a week, vision fine, my face isn't drooping and nothing else twitches, too much coffee?",
      'her face is not drooping and her arms are fine, she just has a headache from the sun',
      'the left side of his face is not numb, he is just tired',
    ],
  },
  {
    // BTS/SIGN asthma: the reliever treats an attack; a preventer (brown, purple, orange) run out is a prescription
    // to renew. A reliever run out or not helping, or breathing failing beside it, is still an attack.
    kind: 'a preventer inhaler run out, the person well',
    emergencies: [
      "his blue inhaler ran out and he is wheezing and can't finish a sentence",
      "my inhaler ran out and I can't breathe properly, chest really tight",
      "her brown inhaler ran out and her ventolin isn't helping, she's struggling to breathe",
    ],
    lookAlikes: [
      "I've had a bit of a wheeze for a few days with a cold, I can talk and walk fine, my brown inhaler ran out last week. Can I just get a new prescription?",
      'my purple inhaler has run out and the pharmacy is shut till monday, I feel fine, is one day without it ok?',
      "my son's preventer inhaler ran out yesterday, he's got a slight cough but is playing normally",
    ],
  },
  {
    // ConText's hypothetical: what some people in general may get, as a leaflet or a nurse tells it, is no one's
    // finding; the writer's own finding told beside it still is.
    kind: 'what some people in general may get, as a leaflet tells it',
    emergencies: [
      "some people can get really breathless on this drug and now my son's lips are blue and he can't breathe",
      'the leaflet says some people get thoughts of suicide, and I have been thinking of killing myself since I started it',
      "many women can have bleeding in early pregnancy but I'm soaking a pad every half hour and feel faint",
    ],
    lookAlikes: [
      "I'm 24 and started sertraline a week ago. The leaflet says some young people can get thoughts of harming themselves in the first weeks, so to be clear I'm not having any thoughts like that. Will the nausea settle?",
      "I read that some people might get chest pain with this inhaler, I haven't had any, just a dry mouth",
      'the leaflet says some adults may feel faint after the injection, I feel completely fine, can I drive home?',
    ],
  },
  {
    // NICE CKS Bell's palsy: a face that will not move with the forehead involved (it will not wrinkle or lift) is a
    // palsy for the GP today; a limb or speech failing beside it is a stroke's.
    kind: 'one side of the face not moving with the forehead that will not wrinkle',
    emergencies: [
      "the left side of her face won't move and her forehead doesn't wrinkle, and now her left arm is weak",
      "woke up with the right side of my face not moving, forehead doesn't wrinkle, and I'm slurring my words",
    ],
    lookAlikes: [
      'since this morning the left side of his face will not move and his forehead does not wrinkle either, arms and speech fine',
      "woke with my right eye not closing and that side of my face won't move, my eyebrow won't lift either, talking and arms are fine",
    ],
  },
  {
    // Columbia scale and NICE NG225: passive thoughts told without a plan or intent, long known to the GP, are an
    // urgent review; a plan, a means, a goodbye or tonight beside them are not.
    kind: 'passive thoughts told without a plan or intent',
    emergencies: [
      "I keep thinking life isn't worth living, I don't have a plan yet but I've been looking up how many pills it would take",
      'he says life is not worth living without her and he has bought a rope',
      "she has felt life isn't worth living without plans for years, but tonight she wrote goodbye letters and gave away her cat",
    ],
    lookAlikes: [
      "I've had thoughts that life isn't worth living for months, without any plan, my GP knows, can I get therapy sooner?",
      'my brother says he has felt life is not worth living on and off for years, without plans or intent, and wants his antidepressant reviewed',
    ],
  },
  {
    // ConText's hypothetical: a form's or a clinician's question about ever having had something is no finding; what
    // the writer tells happening now, after it, still is.
    kind: "a form's question about ever having had something",
    emergencies: [
      'the nurse asked if I had ever lost consciousness and I said yes, I blacked out an hour ago and I still feel dizzy and my chest hurts',
      'the doctor asked whether she has ever had a fit, and right now she is shaking all over and not responding',
    ],
    lookAlikes: [
      "the dentist's form asks whether I have ever had a seizure, I had one febrile fit as a toddler, what do I put?",
      'the insurance form asked if he had ever had a stroke, he had a TIA in 2015, does that count?',
      'my gym induction form asks if I have ever lost consciousness, I fainted once at school years ago, do I tick yes?',
    ],
  },
  {
    // NICE NG115 and the BTS oxygen guideline: COPD breathless only on an effort, as for years, at a saturation within
    // the person's own target, is managed at home; a saturation under it, blue lips or drowsiness are not.
    kind: "COPD breathless on an effort as for years, saturation within the person's target",
    emergencies: [
      'my mum has COPD and is breathless walking to the toilet, same for years, but today her sats are 84% and her lips look blue',
      'he has copd and gets short of breath on the stairs as always, sats 91 (target 88-92), but now he is confused and drowsy',
    ],
    lookAlikes: [
      'my dad has COPD, gets breathless walking up the stairs, same for two years, sats 90% which is within his target of 88-92, is it ok to go on holiday?',
      'my husband has COPD and is out of breath climbing hills as always, his oxygen is 90 %, within the 88-92 his nurse gave him. Can he get his flu jab today?',
    ],
  },
  {
    // A condition about oneself in the past simple, asked in the conditional mood, plans for what may come (as the
    // same condition about someone of one's own already did); a time of now, a pain still there, or a report without
    // "if" is read as told.
    kind: 'a condition about oneself, asked in the conditional mood',
    emergencies: [
      'if I got chest pain an hour ago and it is still there, would it be a heart attack?',
      'I got crushing chest pain and my arm went numb, would it be a heart attack?',
      'if I took 30 paracetamol this morning, would the hospital still be able to help?',
    ],
    lookAlikes: [
      'I have two stents and feel fine. We are going on a ferry next month. If I got chest pain on the crossing, would the crew be able to do anything?',
      'we are hiking in the highlands next week, if I fell and hit my head, would the mountain rescue be able to reach us?',
    ],
  },
];

describeKindsByRulesAndProduct('session 60: English false alarms (%s)', KINDS);
