import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English false-alarm kinds of session 61 in chest pain, breathing, self-harm and poisoning (issue 11's false-positive
 * goal): messages a clinician applying the protocol sends to the GP, a pharmacist or a therapist, each beside
 * emergencies that share its words and must still be flagged. Written from the protocols (NICE CG95, RCUK choking, BTS
 * oxygen and NICE NG115, NICE CG113, Columbia, NICE NG225, TOXBASE), never from a labelled set.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // NICE CG95: a pain the chest wall's examination reproduces, with the cardiac features told absent, goes to the GP;
    // the last item of a list told absent after its "or" ("no breathlessness, sweating or nausea") is absent as the
    // first is. A feature told after "but", or a list with no absence before it, is present.
    kind: 'a cardiac feature told absent as the last item of a list after its "or"',
    emergencies: [
      'A 58-year-old woman has had a sharp pain on the left side of her chest for three days since stacking trays. It is worse when she presses on one spot and when she twists; she has no breathlessness, but sweating and nausea, and her pulse is normal.',
      'A 58-year-old woman has had a sharp pain on the left side of her chest for three days since stacking trays. It is worse when she presses on one spot; she has no fever, cough or breathlessness, and she feels sick and clammy.',
      'A 50-year-old man has chest pain worse when he presses on it for two days; no fever, cough or injury, but it spreads into his left arm.',
      'I have chest pain when I press on it for three days, no cough, fever or sweating, but now I feel faint and sick.',
    ],
    lookAlikes: [
      'A 36-year-old man has had pain over his left ribs for four days since a rugby tackle; it is worse when he twists or presses on it. He has no fever, breathlessness or sweating. Pulse 76.',
      "I've had a sore spot on my chest for a week since moving house, it hurts when I press on it, no sweating, sickness or pain in my arm. Is it a pulled muscle?",
      'Man, 47, 5 days of chest pain after decorating, worse on turning, tender over the sternum; no breathlessness, nausea or radiation, HR 70.',
    ],
  },
  {
    // RCUK choking: once the object is out and the person breathes, talks and cries normally, no ambulance is needed;
    // the object out is what happened, so an ending told after it ("and he's breathing normally") does not take it
    // away. A cough, wheeze, hoarse voice or failed swallow that goes on after it, or the object still in, keeps it.
    kind: 'a choking whose object came out, told as breathing normally after it',
    emergencies: [
      "My son choked on a grape, it came out after back blows, but he's still coughing and wheezing an hour later.",
      "My dad choked on meat, it came out, and now he's breathing normally but his voice is hoarse and he can't swallow.",
      "He choked on a sweet, I did back blows but nothing came out and now he's gone blue.",
      "Man choked on steak, back blows dislodged it, 30 minutes later he's breathing normally but keeps coughing.",
    ],
    lookAlikes: [
      "My dad choked on a boiled sweet, I slapped his back and it shot out, and now he's breathing fine and laughing about it.",
      "Toddler choked on a grape at lunch, it came out after two back blows and she's fine now, playing.",
      'A 62-year-old woman choked on a chicken bone at a wedding; a cough brought it up, and an hour later she is breathing normally and eating.',
    ],
  },
  {
    // BTS oxygen guideline, NICE NG115: a COPD saturation of 88-91 % told as the person's normal, or as where it has sat
    // for years, is their baseline, not hypoxia. A reading under 88, or years told of the COPD and not of the reading,
    // leaves the saturation read as low.
    kind: "a COPD saturation told as the person's normal or as where it has sat for years",
    emergencies: [
      "His sats are 89 and he's had COPD for ten years, he's much more breathless than usual today and can't finish a sentence.",
      'Her sats are 88 today, she has had asthma for many years and is struggling to breathe.',
      "My grandad's sats have sat at 89-90% for years, but today they're 84 and his lips look blue.",
    ],
    lookAlikes: [
      'My mum has COPD and her sats have sat at 89-91% for three years, that is her normal. The district nurse read 90 today. She feels the same as always. Anything to do?',
      "My dad has emphysema, his oxygen has been 89% for the last three years according to his chest nurse, today it's 89 and he feels the same as ever. Should we worry?",
    ],
  },
  {
    // NICE CG113: attacks told as recurring ("three or four times this month", "each one passes in ten minutes") are the
    // person's usual panic attacks; settled, with no cardiac red flag, they go to the GP or a therapist. A faint, blue
    // lips, a crushing pain into the arm or an attack still going keeps the emergency.
    kind: 'panic attacks told as recurring, each one settling',
    emergencies: [
      'Three or four times this month my daughter has had panic attacks; each one passes in ten minutes, but tonight she fainted and her lips went blue.',
      "I've had panic attacks a few times this month, each one passes in ten minutes, but this one started an hour ago with a crushing pain going into my left arm and I'm sweating.",
      "My son has had panic attacks three times this week, each one passed in ten minutes, but today it is still going after an hour and he can't speak in sentences.",
    ],
    lookAlikes: [
      "My son is 17 and has had panic attacks several times this term before football matches: racing heart, tingly hands, feels he can't breathe. Each one settles in about 15 minutes when he sits quietly. What can help?",
      "I've had what I think are panic attacks a few times this month at work, chest tight, can't catch my breath, pins and needles in my hands, each one passes in ten minutes once I go outside. Who should I see?",
    ],
  },
  {
    // NICE NG115 and the BTS oxygen guideline: a COPD flare told at the person's own target saturation, talking in
    // sentences, with no red flag, goes to the rescue pack and the GP the same day; the rules set the saturation aside,
    // and the flare read over the whole message holds the wording model back too. A fast breathing rate, confusion,
    // blue lips or chest pain keeps it an emergency.
    kind: "a COPD flare told at the person's target saturation, talking in sentences",
    emergencies: [
      '68M COPD, SpO2 89% (target 88-92%), RR 30, speaking in short phrases, confused.',
      "My mum's COPD target is 88-92%, her sats are 90 but she's drowsy and her lips look blue.",
      '72M COPD, sats 89% (usual 88-92), speaking full sentences, but chest pain and coughing blood since this morning.',
    ],
    lookAlikes: [
      '66F with COPD, SpO2 91% (usual 88-92%), more sputum for 3 days, RR 18, speaking full sentences, HR 88. Has her rescue pack.',
      "My dad has COPD, his target sats are 88-92, today 89, he's a bit more chesty with more phlegm but talking in full sentences and pottering about. Should he start his rescue pack?",
    ],
  },
  {
    // Columbia and NICE NG225: a wish to be dead with no plan and no intent is the lowest grade of ideation, for an
    // urgent mental-health assessment, not 999; the rules hear the wish and set it aside, so the wording model does not
    // add it back. A means saved, a wound, an overdose taken or "can't keep myself safe" keeps the emergency.
    kind: 'a wish to be dead told with the plan and the intent told absent',
    emergencies: [
      "I keep thinking it would be easier if I didn't wake up. I have no plan and I'm not going to do anything, but I've been saving up my tablets just in case.",
      "Everyone would be better off without me. I have no plan yet and I would never do it, but I can't keep myself safe tonight.",
      "I wish I wouldn't wake up. I don't have a plan and I'm not going to do anything, but I cut my arm deep an hour ago and it won't stop bleeding.",
      "My son says he wants to die, he has no plan he says, but he has taken a handful of his mum's pills.",
    ],
    lookAlikes: [
      'Since I lost my job I sometimes think everyone would be better off without me. I have no plan and I would never do anything, I have my girls. Who can I talk to this week?',
      "My husband keeps saying he wishes he wouldn't wake up. He says he has no plan and doesn't want to die, he's just exhausted. How do we get him seen?",
      "Since my exams went badly I keep thinking it would be easier if I just didn't wake up, or if a car hit me. I'm not going to do anything and I don't have a plan. The counselling service has a long wait.",
    ],
  },
  {
    // TOXBASE and the MHRA: paracetamol under 75 mg/kg in 24 hours, with no symptom, no intent and the amount known,
    // needs no blood test; the rules weigh the amount against the weight and set it aside, which the wording model,
    // reading words and not milligrams per kilogram, does not add back. Over the threshold, a symptom of the liver or
    // an intent keeps the emergency.
    kind: 'paracetamol told by amount and weight under its threshold',
    emergencies: [
      '65 kg woman took 12 paracetamol 500 mg over the last 24 hours for toothache, 6 g, 92 mg/kg, feels fine.',
      "I weigh 60 kg and took 8 paracetamol today for toothache, now I'm being sick and have pain under my ribs on the right.",
      "I'm 70 kg and I took 10 paracetamol today on purpose after an argument.",
    ],
    lookAlikes: [
      '90 kg man, over 24 h took 3 g paracetamol plus two cold-and-flu sachets (500 mg paracetamol each), 4 g in total (44 mg/kg). No symptoms. Disposition?',
      'I weigh 90 kg and took 8 paracetamol 500 mg today for a migraine, so 4 g. I feel fine. Is that OK?',
    ],
  },
];

describeKindsByRulesAndProduct(
  'session 61: English false alarms in chest pain, breathing, self-harm and poisoning (%s)',
  KINDS,
);
