import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English urgent-boundary kinds of session 55 (issue 11: the false-positive rate on English held-out sets, 0.121 on
 * main), each beside emergency twins that share its words and carry what the protocol sends on at once. Written from
 * the protocols (NICE NG217 and CKS febrile seizure, NHS seizure first aid, Schmitt-Thompson temper tantrums), never
 * from a labelled set.
 *
 * Run first on the unchanged rules (main ab07c264): look-alikes quiet 1 of 4 for a febrile or generalised seizure told
 * in the past and met by care; the emergency twins of a seizure not recovered from ("still confused an hour later",
 * "not back to his usual self") flagged 1 of 5 by the rules (4 of 5 by the product); fits of temper quiet by the product
 * 1 of 4 (the wording model read the other three as seizures); self-harm not said and self-reproach over a slip quiet 2
 * of 4.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // NICE CKS febrile seizure: a child who had a simple febrile seizure, was assessed and is well is cared for at home;
    // a first one not yet seen, one over 5 minutes, another in the same illness or one not recovered from is sent on
    // at once. The kind of seizure named ("febrile", "generalised") tells no time: the telling does.
    kind: 'a febrile or generalised seizure told in the past and met by care, the child well now',
    emergencies: [
      'my daughter is having a febrile seizure right now, it has been going 6 minutes',
      'our son had a febrile seizure 10 minutes ago, his first ever, he is very sleepy now',
      'toddler had a febrile convulsion last week and was discharged, today he had another one and has not woken up properly',
      'my son had a generalised seizure this morning and he is still confused an hour later',
      'febrile seizure at home, lasted 7 minutes, 18 month old',
      '27M, known epilepsy, three tonic-clonic seizures in the last hour, only partly recovering between them',
      '31M, first-ever generalised tonic-clonic seizure witnessed by his friends, about 3 min, tongue bitten',
      // A date of an earlier day dates only the first seizure when another is told for today (review V37, 00:27).
      'my daughter had a febrile convulsion yesterday and another one this morning',
      'he had a febrile seizure last night and this morning he had another',
      'yesterday was her first febrile fit and she just had a second one today, 2 yrs old',
    ],
    lookAlikes: [
      'my daughter had a febrile seizure last week, about a minute, the hospital checked her and sent us home. today she has a temperature of 38 but is playing and drinking',
      'Nursery note: girl, 2, febrile convulsion at home two nights ago, 1 minute, seen at A&E and discharged. Today temp 37.8, eating and playing.',
      'our son had a generalised seizure with a high fever on saturday, was kept in overnight and discharged, now he is back to his normal self, what should we watch for',
      'last month my boy had a simple febrile seizure, it was checked out in hospital. he has a cold now but is running around, how do i stop another one',
    ],
  },
  {
    // NICE NG217 and NHS seizure first aid: call 999 when the person does not regain full consciousness after a
    // seizure. Confusion for the first minutes of a known epileptic's usual recovery, gone now, is the usual course.
    kind: 'a seizure not recovered from, beside the usual recovery of known epilepsy',
    emergencies: [
      'he had a seizure and he is not back to normal, still confused an hour later',
      'my husband had a fit about an hour ago, it stopped after 2 minutes but he is still really confused and doesnt know where he is',
      'she had a seizure at lunchtime and she still isnt herself, keeps asking the same questions',
      'mum had a fit earlier n shes still not making sense',
      "he had a seizure about half an hour ago and he's not back to his usual self, keeps repeating himself",
    ],
    lookAlikes: [
      'she has epilepsy and had her usual seizure this evening, confused at first then just tired, now asleep and breathing normally',
      'my son has epilepsy, he had one of his usual tonic clonic seizures, under 2 minutes, he was dazed for 10 minutes like always and is fine now',
      'my son had a seizure yesterday, he was checked at a&e and sent home, he is back to his usual self today',
    ],
  },
  {
    // Schmitt-Thompson temper tantrums: a fit thrown or pitched, or set off by a no or a thing taken away, is a fit of
    // temper, and the wording model, which reads "fit for 15 minutes" as a seizure, is held back by that reading too. A
    // fit told with a seizure's signs (stiff, jerking, not responding, blue), or set off by a fever, stays a seizure.
    kind: 'a fit of temper told with its minutes',
    emergencies: [
      'my son threw a fit for 10 minutes, he went stiff and his arms and legs were jerking and he would not respond',
      'she had a massive fit for 15 minutes and went blue, it happened when i was in the shower',
      'he had a huge fit because of his fever, lasted 10 minutes',
      'my daughter had a massive fit for 15 minutes after I took her temperature',
    ],
    lookAlikes: [
      'my son threw a massive fit for 15 minutes because i took his tablet away',
      'my 4 year old pitched a fit for 20 minutes at bedtime, screaming and kicking',
      'my toddler had a huge fit in the shop for 15 minutes because i said no to sweets',
      'he threw a hissy fit for 10 minutes because I took his iPad',
    ],
  },
  {
    // NICE NG225: ask directly about thoughts of suicide; a "no" told, or nothing said of it, is no intent. A plan, a
    // means, a note or a goodbye told beside it is an emergency. "I could kill myself for ..." stays a suicide finding
    // whatever the slip (urgent-band-kinds.spec.ts; review V37, 00:58); only "could kick myself" is self-reproach.
    kind: 'self-harm not said, and self-reproach over a slip',
    emergencies: [
      'i could kill myself for what i did to my kids, i have the pills ready',
      'i could kill myself for forgetting, and honestly i have been thinking about ending it, i have a rope',
      'She hasnt said anything about wanting to hurt herself but she has written goodbye letters and given her cat away',
      'he hasnt said anything about it but i found a note saying he wants to kill himself tonight',
      'he never mentioned any thoughts of suicide before, but tonight he told me he has a plan to jump',
      // Self-reproach beside intent, a time to act or a means is meant, in the same sentence or the next (review V37, 00:58).
      'I could kill myself for losing everything, and tonight I think I actually will',
      'i could kill myself for forgetting her birthday, and this weekend i am actually going to',
      'could kill myself for losing everything in the fire. tonight i will do it',
      "i could kill myself for being so stupid. not joking this time, i've got the rope",
      'I could kill myself for being so careless. I mean it, I have the tablets in the drawer',
      'could literally kill myself for missing it. im not kidding, i have a noose',
    ],
    lookAlikes: [
      'i could kill myself for forgetting my keys again lol',
      'I could honestly kick myself for missing the last train, now I have to get a taxi. Is it ok to take ibuprofen for a tension headache?',
      "My girlfriend has been crying for hours and says she can't cope. She hasn't said anything about wanting to hurt herself, and when I asked her directly she said no. Is there someone we can speak to tonight?",
      'my son is really stressed about exams, he has not mentioned anything about harming himself, can the GP help with anxiety',
    ],
  },
  {
    // NHS seizure first aid: a seizure still under way (still jerking, not stopped) is an emergency. Shaking or jerking
    // that "does not stop" or "keeps going" is also a tremor, a shiver with a fever or restless legs, and "does not stop
    // me" tells no length at all (review V37, 23:50).
    kind: 'shaking or jerking that does not stop, beside a seizure still under way',
    emergencies: [
      'his arms and legs are jerking all over and the shaking has not stopped yet',
      "her fit won't stop, it's been going for 5 minutes",
      'the convulsion keeps going and he is not responding',
      'she is still jerking on the floor and her lips look blue',
    ],
    lookAlikes: [
      "my hands have a shaking that does not stop when I'm nervous, had it for years",
      'shivering with the flu and the shaking keeps going under the duvet, temp 38, drinking fine',
      "the jerking in my legs at night doesn't stop me sleeping, restless legs?",
      'my hand shaking keeps going whenever I drink too much coffee, had it for ages',
    ],
  },
];

describeKindsByRulesAndProduct('session 55: English urgent boundary, poisoning, infants, mind, seizures (%s)', KINDS);
