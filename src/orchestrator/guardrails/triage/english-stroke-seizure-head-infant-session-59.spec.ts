import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English kinds of session 59 (issue 11: head injury, seizures, stroke, infants, pregnancy and the spine), each beside
 * look-alikes that share its words and must stay quiet. Written from the protocols (NICE NG232, NICE NG217 and NHS
 * seizure first aid, NICE NG128, NICE NG143, RCOG, NICE CKS cauda equina), never from a labelled set.
 *
 * Run first on the unchanged rules (main aa866235): of the seizures, a known epilepsy's fit in the bath told recovered,
 * a third seizure of the day and a fall off a bike during a usual fit were not flagged by the rules; of the look-alikes, an older
 * person's knock told with "a small graze" or a mild headache easing beside both NG232 findings denied, and a little
 * brown blood at 11 weeks without pain were flagged by both.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // NICE NG232: an older person's knock told with both findings that make the age a criterion denied, and nothing
    // else, is no red flag; a headache getting worse, vomiting or an anticoagulant beside it still is.
    kind: "an older person's head knock with loss of consciousness and amnesia denied",
    emergencies: [
      '75M bumped his head 2 hours ago; no LOC, no amnesia; headache getting worse despite paracetamol',
      'mum is 78 and banged her head, no loss of consciousness, no memory loss, bad headache now',
      'my grandad is 81, knocked his head on the sofa arm, did not black out, remembers it all, but he is on warfarin',
    ],
    lookAlikes: [
      'knocked my head on the loft hatch, small cut, stopped bleeding, feel ok',
      'bumped my head on a shelf this morning, mild headache that went with paracetamol',
      'mum is 72 and wants to know if she should have the flu jab',
      'husband 75 with back ache after lifting the shopping',
      'my nan 84 has been constipated for three days',
      'my toddler is grumpy since starting nursery, eating and sleeping fine',
      'my vision has been blurry for years, need new glasses',
      "i've had a headache since yesterday with my cold, paracetamol helps",
      'he has been walking a bit funny since he twisted his ankle',
      'i have von willebrand, is ibuprofen ok for period pain',
      'my daughter has a clotting disorder and needs a tooth out, what should i tell the dentist',
      'bumped my head 3 weeks ago, had a scan that was fine, still get the odd headache',
      'my vision has been a bit blurry for years, optician says i need reading glasses. also bumped my head on a shelf today, tiny bump',
      "she fell off the swing a week ago and bumped her head, she's been grumpy since she started school but is eating and playing well",
      'i am 80 km from the nearest hospital, my son bumped his head on the table, he cried straight away and is now playing',
      'my grandad (81, not on blood thinners) tripped and knocked his head on the sofa arm. no black out, remembers it all, just a small graze',
      '78F knocked her head on a cupboard door yesterday; no LOC, no amnesia, no vomiting; mild headache easing with paracetamol',
    ],
  },
  {
    // NHS seizure first aid and NICE NG217: even in a known epilepsy, a seizure in water, one with an injury told by its
    // circumstance, and a second or third of the day are sent on, however well the person is told afterwards.
    kind: "a known epilepsy's seizure in water, with an injury, or the third of the day, told recovered",
    emergencies: [
      "my son is epileptic, had one of his usual seizures in the bath, he's back to himself now",
      "my son had a seizure in the bath and he's fine now",
      "she has epilepsy and had a fit in the swimming pool, she's recovered and talking",
      "my daughter has epilepsy, this is her third seizure today, she's back to normal between them",
      "my husband has epilepsy, that's his third seizure since this morning, he's fine now",
      "he fell off his bike during one of his usual fits, he's alert now",
      'my son has epilepsy and fell off his bike during one of his usual fits',
      'my husband had a fit at the wheel and crashed, he is talking',
    ],
    lookAlikes: [
      "he's epileptic, had his usual fit first thing this morning, a minute long, back to himself",
      'my daughter has epilepsy, had her usual seizure at school, not in the pool, back to normal now',
      'he has epilepsy, had a typical fit on the sofa, no injury, back to himself',
      'my son has epilepsy, had his second seizure this year, short, back to himself, do we need a review',
      'my son has epilepsy, can he have a bath on his own',
      'my son has epilepsy, his usual fit lasted 1 minute, he bit his tongue, back to normal now',
    ],
  },
  {
    // NICE NG128: a focal deficit that passed is a TIA, still an emergency, wherever it came (on the toilet as well);
    // NICE NG217: a first seizure, one of 5 minutes or more, a cluster, or no recovery between.
    kind: 'protocol lines kept: a TIA, a first seizure, one over 5 minutes, clusters, no recovery between',
    emergencies: [
      "while on the toilet my dad's left arm and left leg went weak, it passed after 10 minutes",
      'sitting on the toilet my right arm and right leg went numb for a few minutes, fine now',
      'mum was on the loo when her arm and leg on one side went heavy, back to normal now',
      "dad's left arm went floppy for about 15 minutes this morning, he's completely fine now",
      'her words came out jumbled for ten minutes at lunch then went back to normal',
      'my 30 year old brother just had a seizure out of the blue, never had one before',
      "first time she's ever had a fit, she's 25, awake and groggy now",
      "my dad had what looked like a seizure, he's never had anything like this, he's coming round",
      'the fit lasted about 8 minutes before it stopped, he has epilepsy',
      "my daughter's seizure went on for over five minutes",
      'she was jerking all over for more than 5 mins',
      "two fits in half an hour and she hasn't woken up in between",
      'he keeps having seizures one after the other',
      'she had a seizure and then another before she came round',
    ],
    lookAlikes: [
      'my son has epilepsy and had one of his usual seizures this morning, lasted a minute, he is back to himself now',
      'she has epilepsy, had another of her usual short fits, back to herself and eating',
      'my leg went numb sitting on the toilet too long, back to normal now',
    ],
  },
  {
    // NICE NG143 (red), RCOG and NICE CKS cauda equina.
    kind: 'protocol lines kept: an infant under 3 months, heavy bleeding or pain in pregnancy, back pain with the saddle or bladder',
    emergencies: [
      'my 7 week old feels hot, thermometer says 38.4',
      'my 10 week old baby is floppy and not interested in feeding',
      'baby is 6 weeks, not fed since this morning',
      "my 9 week old has tiny purple spots that don't fade when i press a glass",
      "my 2 month old's soft spot is bulging",
      '12 weeks pregnant and soaking through pads with clots',
      "i'm 16 weeks pregnant and bleeding really heavily",
      "pregnant and i have severe cramping pain in my stomach that won't ease",
      "back ache and i can't feel the toilet paper when i wipe",
      "back pain and i've wet myself and didn't feel it",
      "bad back pain and i haven't been able to pass urine all day",
    ],
    lookAlikes: [
      'my 6 month old has a temperature of 38.2 but is feeding well and smiling',
      '7 weeks pregnant, bit of brown spotting, no pain',
      "i'm 11 weeks and had a little brown blood this morning, no pain, is that normal",
      'lower back pain after lifting, no numbness, peeing normally',
    ],
  },
];

describeKindsByRulesAndProduct(
  'session 59: English head injury, seizures, stroke, infants, pregnancy and the spine (%s)',
  KINDS,
);
