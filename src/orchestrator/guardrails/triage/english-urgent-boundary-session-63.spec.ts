import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English urgent-but-not-emergency kinds of session 63 (issue 11's false-positive goal): messages the protocol sends
 * to a GP, NHS 111 or urgent care the same day, each beside emergencies that share its words and must still be
 * flagged. Written from the protocols (NICE CKS febrile seizure, NICE NG143, NICE NG225, the Columbia scale, the NHS), never from a labelled set.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // NICE CKS febrile seizure and the NHS: the first febrile seizure, one lasting 5 minutes or more, a second in the
    // same illness, no recovery, blue lips or a baby under six months go at once; a recurrence told by its count in the
    // child's life or by one had before, short and with the child back to normal, is the GP's the same day.
    kind: "a child's febrile seizure told as one more of the child's own, short and recovered from",
    emergencies: [
      'My 2 year old had a febrile seizure, this is her second one ever, and it has now lasted 6 minutes',
      'My son had a febrile seizure 10 minutes ago, he has had one before, and he is still very drowsy and floppy, will not wake properly',
      "My 3 year old had her first ever febrile fit 20 minutes ago, lasted a minute, she's awake and playing now",
      'She has had febrile seizures before; today she had one, then a second febrile seizure 20 minutes later, she is playing now',
      "He has had one before; today's febrile seizure lasted 2 minutes and he went blue, now playing",
    ],
    lookAlikes: [
      'My son is 2 and had a febrile convulsion this morning that lasted about a minute. He has had one before last winter. He is back to his normal self now, eating and playing, temperature 38.2. Does he need to be seen?',
      "my daughter had a febrile fit an hour ago, under 2 minutes, she's had 3 before. she's now running around and playing. gp today?",
      "Grandson (4) had his third febrile convulsion ever at teatime, about a minute of shaking with a temperature of 39, stopped on its own and he's chatting away now. Do we need the GP?",
      'It was his second febrile seizure, 90 seconds long, with a high temperature from an ear infection; he is alert and watching cartoons now. Should I ring 111?',
    ],
  },
  {
    // NHS self-harm and NICE NG225: a serious wound, an overdose or a poison, or a person who may act on thoughts of
    // ending their life go to 999 or A&E; self-harm with the wounds minor or healed and the wish to die denied is an
    // urgent talk with the GP, NHS 111 or the mental-health team.
    kind: 'self-harm with the wounds told minor or healed and the wish to die denied',
    emergencies: [
      "I've been self-harming, tonight I cut deeper than before and it won't stop bleeding, I don't want to die",
      'My daughter has been self-harming, small cuts before, but today she cut her wrist and it is gaping, she says she does not want to die',
      "I self harm, small scratches usually, but I took 20 paracetamol tonight, I don't want to die",
      "I've been self harming with small cuts, I say I don't want to die but the urges are getting stronger and I have a plan",
      'I have been cutting myself, not deep, but I want to die',
      'I cut myself tonight and it is deep, I do not want to die',
      'I have been self-harming, it is a deep cut on my thigh and I can see fat',
      "He's been self-harming, superficial cuts, he says he does not want to die but he has been stockpiling pills",
    ],
    lookAlikes: [
      'My daughter (16) admitted she has been self-harming, superficial scratches on her thighs. She says she is not suicidal and wants help. Who do we contact?',
      'I self harm sometimes, small cuts on my arm that heal on their own. I do not want to die. Can my GP help me stop?',
      "He's 19 and has been cutting himself for a year, the cuts are shallow and all healed, he's adamant he doesn't want to kill himself. How do I support him?",
      "I self harm and I keep taking deep breaths to calm down, the cuts are small and healed, I don't want to die",
    ],
  },
  {
    // Columbia and NICE NG225: a wish to be dead with the plan and the intent told absent is the lowest grade, for an
    // urgent assessment; "safe tonight" is the screen's answer, not a time for an act, while a
    // time told ("tonight is the night") or a means sends it in.
    kind: 'a wish to be dead with plan and intent denied and the person told safe tonight',
    emergencies: [
      'He says everyone would be better off without him, he has no plan, but he says tonight is the night',
      'She feels a burden to everyone, no plan and no intention, but she says she is safe tonight and then she will kill herself tomorrow',
      'He says everyone would be better off without him, no plan or intent, but he has been saving up his tablets',
    ],
    lookAlikes: [
      'My sister keeps saying everyone would be better off without her. She has no plan and no intention of acting on it, and she has promised she is safe tonight. Who should she talk to?',
      'My partner told me he feels everyone would be better off without him. He has no plan, says he would never act on it, and he will stay safe tonight with me. What now?',
    ],
  },
  {
    // NICE NG143 sends a baby under 3 months with a temperature of 38 or more at once for what the fever may be in the
    // baby; a parent's own fever with the baby told well is the parent's illness (NHS: a pharmacist, the GP or the
    // midwife the same day), unless chemotherapy, a pregnancy or a birth just had, or a sign of sepsis sends it in.
    kind: "the teller's own fever in a message that names a young baby told well",
    emergencies: [
      'My 5 week old has a temperature of 38.2 and I have a temperature too',
      'I have a fever and now my 4 week old baby feels hot',
      "I've had a temperature of 38 and I checked my 3 week old and she is 38.5 too",
      'I have a baby of 6 weeks with a temperature of 38.3',
      'my temperature is normal but my 6 week old has a fever of 38.1',
      "My baby is 4 weeks old and feeding well but I'm on chemo and I have a temperature of 38.2",
    ],
    lookAlikes: [
      "I'm breastfeeding my 3 week old and I've had a temperature of 38.4 since last night with a sore, red breast. Baby is feeding fine. Can I still feed her?",
      'My baby is 6 weeks old and doing well, but I have a fever of 38.2 and a sore throat. Can I pass it to her? Should I wear a mask when I feed?',
      'My temperature is 38.3 and I feel rough with a cold. My son is 4 weeks old, he is feeding well and has no temperature. Is it safe to cuddle him?',
    ],
  },
];

describeKindsByRulesAndProduct('English urgent-but-not-emergency kinds of session 63', KINDS);
