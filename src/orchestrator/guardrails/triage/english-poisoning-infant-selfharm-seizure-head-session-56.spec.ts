import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English kinds of session 56 (issue 11: misses on English held-out sets, head injury the largest of them), each beside
 * look-alikes that share its words and must stay quiet. Written from the protocols (NICE NG217 and NHS seizure first
 * aid; NICE NG232 head injury CT criteria; NPIS TOXBASE ibuprofen), never from a labelled set.
 *
 * Run first on the unchanged rules (main 703e100d): the emergencies of a seizure told with "has not stopped" in a
 * clause of its own and a running count ("it has not stopped, 6 minutes now") flagged by the rules 2 of 5 (the product
 * caught all 5 through the wording model); a head injury told by its site ("struck her occiput") or its amnesia with an
 * adverb or a landing ("I can't actually remember hitting the ground", "don't remember landing", "feel ok" after)
 * flagged 0 of 6 by the rules and 3 of 6 by the product; ibuprofen under 100 mg/kg told with the weight and a stomach
 * upset ("6 x 200 mg ... 60 kg ... mild stomach upset only") flagged by both (the paracetamol reader read paracetamol
 * alone, and any "upset").
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // NICE NG217 and NHS seizure first aid: call 999 when a seizure goes on for 5 minutes or more. A bystander counts
    // the minutes as they pass, in the clause after the movements.
    kind: 'a seizure told still going with a running count of its minutes',
    emergencies: [
      'his arms and legs are jerking and it has not stopped, 6 minutes now',
      'his arms and legs are jerking and it hasnt stopped 6 mins now',
      'my son is jerking his arms and legs and he has not stopped, 7 minutes now',
      'hes jerking all over and it has not stopped, 6 minutes now',
      'my daughters arms and legs are jerking, 7 mins so far and she isnt answering me',
    ],
    lookAlikes: [
      'he has epilepsy, had a seizure last month and it has not stopped him playing football',
      'my leg keeps jerking when I fall asleep, been going on for weeks',
      'his eyelid has been twitching for 6 days now and it hasnt stopped',
      'my toddler had a seizure last year lasting 6 minutes, now on no medication, what should I do if it happens again',
    ],
  },
  {
    // NICE NG232: CT within 8 hours for anyone on an anticoagulant after a head injury, and within an hour for amnesia
    // of more than 30 minutes before the blow or a dangerous mechanism; the memory gap is told in the past whatever the
    // patient feels now. The back of the head named by a clinician ("occiput") is a head injury as much as "hit his
    // head".
    kind: 'a head injury told by its site or by the gap in memory of the landing',
    emergencies: [
      '80F on apixaban, fell backwards in the church hall and struck her occiput 2h ago; no LOC, no vomiting, feels well.',
      'grandad on warfarin slipped in the kitchen and hit his occiput on the tiles, no other symptoms',
      '72M on rivaroxaban, tripped on a kerb, struck his occiput, no LOC, GCS 15',
      "came off my bike, helmet cracked, I can't actually remember hitting the ground",
      "went over the handlebars of my mountain bike and I honestly don't remember landing",
      "I can't remember hitting the ground, came off my horse this morning",
    ],
    lookAlikes: [
      "I fell off my bike and grazed my knee, didn't hit my head, I remember everything, helmet is fine",
      'my daughter has a flat spot on her occiput from lying on her back, is that normal',
      "I honestly don't remember landing the job interview questions, so nervous",
      "I don't actually remember what I had for breakfast, is that normal at 40",
      'my mum is on apixaban, can she take ibuprofen for her knee',
      // Review V38, 03:36: falling asleep is no fall; a crash a month ago, scanned and normal, is no head injury now.
      "I don't actually remember what happened in the film, fell asleep",
      "came off my bike last month, don't remember the crash, had a CT that was normal, just want advice on helmets",
    ],
  },
  {
    // NPIS TOXBASE ibuprofen: under 100 mg/kg, with no symptom, needs no assessment in hospital (an upset stomach is its
    // expected effect); 100 mg/kg or more, a symptom of harm (vomiting blood, black stools, drowsiness), an intent, a
    // child's ingestion or another medicine beside it are sent on.
    kind: 'ibuprofen told with the weight and under 100 mg/kg in a day',
    emergencies: [
      'I took 40 ibuprofen 200 mg an hour ago, I weigh 70 kg',
      'took 30 x 400 mg ibuprofen today, 60kg, feel fine',
      'ive taken 25 ibuprofen 400mg in the last hour, im 65 kg',
      'I took 8 ibuprofen 200mg 2 hours ago on purpose, 70 kg, I just wanted it all to stop',
      'took 10 ibuprofen 200 mg this morning, 60 kg, now vomiting blood',
      'took 5 ibuprofen 400mg today 50kg, now stomach pain and black poo',
      'I took 6 ibuprofen 200 mg and 8 paracetamol this morning, 70 kg',
      'my 3 year old (14kg) ate 8 of my 200mg nurofen about an hour ago',
    ],
    lookAlikes: [
      '19F, 60 kg, took 6 x 200 mg ibuprofen (1.2 g, 20 mg/kg) at once for period pain 2 h ago; mild stomach upset only, no vomiting, no self-harm intent. Disposition?',
      'I took 4 ibuprofen 200mg at once this morning for my back by mistake instead of 2, I weigh 75 kg, feel fine',
      'accidentally took 2 x 400 mg ibuprofen an hour apart today, im 70kg, feel totally fine, is that ok',
    ],
  },
];

describeKindsByRulesAndProduct('session 56: English seizures, head injuries and ibuprofen (%s)', KINDS);
