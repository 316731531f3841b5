import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English modifiers of session 53 (issue 11: the false-positive rate on English sets written like the outside judge's
 * material), each kind beside emergency twins that share its words and carry what the protocol sends on at once.
 * Written from the protocols, never from a labelled set.
 *
 * Run first on the unchanged rules (main aa0dd6c, rules and product alike): look-alikes quiet 2 of 4 for a plan with an
 * aside about the person and 1 of 3 for a supposition about him or her; emergencies flagged 4 of 5 beside the aside
 * (the wife bleeding at 34 weeks was lost) and 1 of 6 for "what should I do if my son is fitting" (a condition about
 * someone of one's own told as going on or done, read as a plan). Look-alikes that ask whether, what is normal or plan
 * ahead stayed quiet before and after. Later kinds: "and if someone" after a role, look-alikes quiet 0 of 3; a
 * defibrillator or CPR named as a thing or a skill, look-alikes quiet 0 of 5; a seizure of five minutes or more or another
 * straight after, in known epilepsy, emergencies flagged 2 of 7. Every other emergency twin was flagged before and after.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // A plan for what may come is no report (NHS 111 answers it as advice), however the person it names is described:
    // an aside between commas ("my dad, who is 80,") does not end the hypothetical. The aside itself is a statement
    // about someone real, read as told; a condition told as happening or dated to a passed moment is a report.
    kind: "a plan about someone of one's own, with an aside about them between commas",
    emergencies: [
      "if my son, who has a purple rash that doesn't fade and a stiff neck, gets worse, what should I do",
      'What should I do if my dad, who is 80, is having a stroke right now? his face has dropped',
      'If my dad, who is 80, has slurred speech and a droopy face since 10 minutes ago, should I call 999?',
      'what should I do if my daughter, who is 2, swallowed a button battery an hour ago',
      'what do I do if my wife, 34 weeks pregnant, is bleeding heavily and has bad tummy pain',
    ],
    lookAlikes: [
      'What should I do if my dad, who is 80, has a stroke while we are on holiday?',
      "If my mum, who is 75 and diabetic, ever collapsed and wasn't breathing, would I start CPR straight away?",
      'if my grandad, who lives alone, fell and hit his head, how would we know he needed a scan?',
      'what would we do if my grandma, who lives on her own, had a stroke and nobody was there?',
    ],
  },
  {
    // The present simple of a condition plans ("if my son has a seizure"); a condition told as going on or done ("is
    // fitting and won't stop", "has collapsed", "is not breathing") is the case itself put as a question (Resuscitation
    // Council UK, NICE NG217: a seizure going on, a collapse, a baby not breathing are 999 calls).
    kind: 'what should I do if someone of my own is fitting, has collapsed or is not breathing',
    emergencies: [
      'what should i do if my son is fitting and wont stop',
      'what should i do if my son, who is 4, is fitting and wont stop',
      'what do i do if my dad is having a stroke, his face has dropped',
      'what should i do if my mum has collapsed and wont wake up',
      'what should we do if our baby, 6 weeks, is not breathing properly and going blue',
      'if my husband has crushing chest pain and is sweating what do we do',
    ],
    lookAlikes: [
      'what should I do if my son, aged 4, has a febrile fit at nursery?',
      'What do we do if our son, who has epilepsy, has a seizure at the swimming pool?',
      'If he has a seizure in class, what do I actually do?',
      "How do I ask a mate if they're having suicidal thoughts without making it worse?",
      'how would I know if my son is having a seizure or just daydreaming?',
      'what should i do if my asthma inhaler isnt working during an attack? want a plan in case',
    ],
  },
  {
    // "Suppose his face drooped": a supposition about someone named by a pronoun is as hypothetical as one about "my
    // dad"; told as done ("has gone funny"), dated ("an hour ago") or now, it is a report (a passed stroke-like episode
    // is a TIA, an emergency: issue 11).
    kind: 'a supposition about him or her',
    emergencies: [
      'Suppose his face drooped an hour ago and now its fine, is that still a stroke?',
      'suppose his speech has gone funny and his face has dropped, what should I do',
      'suppose her lips are going blue and she is not breathing, what do I do',
    ],
    lookAlikes: [
      'Suppose his face drooped or his speech went funny on board, what should I do first?',
      'Supposing her waters broke early while we were on holiday, what would we do?',
      'Imagine their baby stopped breathing in the night, how would they know?',
    ],
  },
  {
    // A condition about anyone after "and", in a sentence that first tells the writer's role ("I volunteer at the library
    // and if someone collapsed ..."), plans as one that opens the sentence does; someone told as collapsed or fitting
    // before it, or a condition that is a plea, is still read.
    kind: 'a role, then "and if someone ..."',
    emergencies: [
      "my husband collapsed and if someone doesn't come soon i think he will die, he is not breathing",
      'my son is fitting and if someone doesnt help me now i dont know what to do, its been 10 minutes',
      "I volunteer at our library and someone has collapsed and isn't breathing, should I start CPR?",
      'i run a toddler group and a child is choking and going blue and if someone knows what to do please tell me',
    ],
    lookAlikes: [
      "I help at a youth club and if someone collapsed and wasn't breathing, would I do CPR or wait for the leader?",
      "I run a toddler group and if someone's child started choking, should we do back blows first?",
      'i teach swimming and if anyone has a seizure in the water what do i do',
    ],
  },
  {
    // CPR under way is a cardiac arrest (Resuscitation Council UK); a defibrillator owned, bought or kept somewhere, or CPR
    // as a skill practised or asked about in the conditional, is used on no one. A person unresponsive and not breathing,
    // compressions or a shock given, pads on, or an implanted defibrillator going off stays read.
    kind: 'a defibrillator or CPR named as a thing or a skill',
    emergencies: [
      "my dad collapsed at the gym, we've got the defib on him now and it says shock advised",
      'they are doing cpr on my husband right now, the ambulance is on its way',
      "she's not breathing, we have a defibrillator in the office, should I get it?",
      "man collapsed in the shop, staff got the AED and gave him a shock, he's still not responding",
      'im doing chest compressions on my dad, what else do i do',
      'my mum has a defib and it keeps firing, she feels faint',
      // Reviewer V35 (17:52): a defibrillator owned and in use on anyone is a cardiac arrest.
      'the staff have got a defib and are using it on a man by the pool',
      'the club has an aed and the coach is using it on a player',
      'we have a defib, my colleague is putting it on a man who went down',
      'we have got an aed and we have stuck the pads on him',
      'the gym has a defibrillator and they attached it to a lad on the treadmill',
      'would you start CPR on him? he has gone grey and is not breathing',
    ],
    lookAlikes: [
      'our church has a defib in the foyer, does it need checking every month?',
      'we bought an AED for the cricket club, is it ok to keep it in a cold pavilion over winter?',
      'The parish council wants to buy a defibrillator for the village hall. Which kind is easiest for untrained people?',
      'How often should our staff practise CPR, and is once a year enough?',
      "we've got a defibrillator on the wall by reception, how often should the battery be changed?",
    ],
  },
  {
    // NICE NG217 and NHS: a seizure of five minutes or more, or seizures one after another without waking between, is
    // status epilepticus, a 999 call even once it has stopped and even in known epilepsy; a usual fit of known epilepsy
    // that stops sooner with full recovery stays at home as its care plan says.
    kind: 'a seizure of five minutes or more, or another straight after, in known epilepsy',
    emergencies: [
      'known epilepsy, seizure lasting 8 minutes, back to normal now',
      'my son has epilepsy, he had a seizure that lasted 8 minutes, he is back to normal now',
      'he has epilepsy, fit went on for 10 minutes, fully recovered now',
      "my daughter has epilepsy and had a fit for about 6 mins this morning, she's fine now",
      'my son has epilepsy, he had a seizure and then another one straight after without waking up',
      "she had a fit, then another right after, she hasn't come round",
      'seizure at 2pm and another one 10 mins later without waking in between',
      'known epilepsy, she had a fit for 10 minutes before the ambulance came, now awake',
    ],
    lookAlikes: [
      'my son has epilepsy, his seizures usually last about 10 minutes and his care plan says give buccolam at 5 minutes, can he go on a school trip?',
      'my son has epilepsy and had one of his usual seizures this morning, about 2 minutes, and he is back to normal now',
      'two years ago he had a seizure lasting 10 minutes and went to hospital, he has been fine since, can he learn to drive?',
      'my son had a seizure last year and then another one in march, the neurologist started him on keppra',
      // Reviewer V35 (18:05): a time since the seizure is no length of it.
      "i have epilepsy, had a seizure 10 minutes ago, it lasted about a minute and i'm back to normal",
      'she had a seizure about 20 minutes ago, it was over in a minute, she has epilepsy and is back to herself',
    ],
  },
];

describeKindsByRulesAndProduct('session 53: English modifiers at the urgent boundary (%s)', KINDS);
