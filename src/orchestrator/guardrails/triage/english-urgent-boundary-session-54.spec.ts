import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English urgent-boundary kinds of session 54 (issue 11: the false-positive rate on English sets written like the outside
 * judge's material), each beside emergency twins that share its words and carry what the protocol sends on at once.
 * Written from the protocols (NICE NG217 and NHS seizure first aid, NICE NG143, NHS 111), never from a labelled set.
 *
 * Run first on the unchanged rules (main 5147373, rules and product alike): look-alikes quiet 1 of 4 for a seizure dated
 * by minutes ("10 minutes after I woke up"), 1 of 5 for a baby's age told as then ("when she was 2 months old"), 1 of 4
 * for a recovery told as "back to his baseline"; later, 0 of 4 for a fit of health or of temper told with its minutes
 * (review V36); 1 of 5 for a stroke asked about of symptoms months or years old. Every emergency twin was flagged before
 * and after, but for six the reviewer added at the merge (a seizure told still going after minutes "into" something;
 * a deficit told by what the person cannot do beside another condition's years), mended there.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // Minutes after a seizure's name that date it ("10 minutes after I woke up", "15 mins before work") tell when it
    // came, not how long it lasted (NICE NG217: over 5 minutes is status epilepticus). A fit in known epilepsy that
    // stopped within its usual time with full recovery is its usual course (NHS); told "for" or "lasting" the minutes,
    // still going, a first one, or another without waking between, it is an emergency.
    kind: 'a seizure dated by the minutes after something, in known epilepsy, over and recovered',
    emergencies: [
      'i have epilepsy and had a seizure for 10 minutes after i woke up',
      'his fit lasted 12 minutes, it started about 10 minutes after he woke up',
      'she had a seizure 10 mins after waking and its still going',
      'first ever seizure about 10 minutes after she woke up, she seems ok now',
      'my son has epilepsy, he had a fit 20 minutes after breakfast and then another one straight after without waking up',
      // Review V36 at the merge: minutes "into" or "before" something, then told still going, measure the seizure.
      'seizure 6 mins into the ambulance ride and still going',
      'convulsion 8 minutes before the paramedics came and it is still happening',
      "her seizure 5 minutes into the ride and it won't stop",
      "fitting 7 minutes into the car journey, hasn't stopped",
    ],
    lookAlikes: [
      'i have epilepsy and had a seizure about 10 minutes after i woke up, it lasted a minute and i am fine now',
      'my son has epilepsy and had one of his usual seizures 20 minutes after he got up, under a minute, back to normal now',
      'known epileptic, had a fit 15 mins before work, short one, fully recovered, do i need to tell my boss',
      "she has epilepsy, had a seizure 30 minutes into her swimming lesson at the side of the pool, over in a minute and she's fine now",
    ],
  },
  {
    // NICE NG143: any fever in a baby under 3 months is red. An age told as a time gone by ("when she was 2 months old")
    // dates what happened then and is no age now; an age told as now ("now he is 6 weeks", "my 2 month old") still is.
    kind: "a baby's age told as then, beside a fever now in an older child",
    emergencies: [
      'when he was 2 weeks old he had jaundice, now he is 6 weeks old and has a temperature of 38.1',
      'when she was born she was fine, now she is 5 weeks and has a fever of 38.5',
      'my 2 month old has a fever of 38.2, when she was 3 weeks she had a cold',
      "when he was a newborn he had reflux, he's 7 weeks now and his temp is 38.4",
      'our baby is 9 weeks old and hot, 38.3 under the arm; when she was 4 weeks old she had a fever too',
    ],
    lookAlikes: [
      'when she was 2 months old she had a fever, now she is 2 and has a temperature of 38.5 but is drinking and playing',
      "when he was 8 weeks he had a high temperature, now he's 18 months and has a fever of 38 but is happy and drinking",
      'when he was a newborn he had a temperature and needed antibiotics, he is 2 now and has a fever of 38.3, drinking fine',
      'when my daughter was 1 month old she had a high temperature, now 3 years old with a fever and runny nose',
      'when she was just 6 weeks she had a fever and was admitted, now she is 8 months and has a temp of 38 but is feeding well',
    ],
  },
  {
    // "Back to his baseline" is a clinician's "back to normal": read as a recovery wherever "back to normal" is. A first
    // seizure, one over 5 minutes, a passed stroke-like episode (TIA) and a collapse on exertion stay emergencies once
    // recovered; "not back to her baseline" with drowsiness is no recovery.
    kind: 'a recovery told as back to his or her baseline',
    emergencies: [
      'first ever seizure, he is back to his baseline now',
      'he had a seizure lasting 8 minutes, back to his baseline now',
      "my dad's face dropped and his arm went weak for 20 minutes, he is now back to his baseline",
      'she collapsed while running with no warning, she is back to baseline now',
      'she had a seizure and she is not back to her baseline, still very drowsy and confused two hours later',
    ],
    lookAlikes: [
      'my dad with dementia had a fall, he is back to his baseline now, no head injury, should he see the gp',
      'he has epilepsy, had a seizure this morning, lasted 1 minute, he is back to his baseline now',
      'my mum fainted after standing up quickly in the heat, back to her baseline within a minute',
      'he has epilepsy and had his usual fit, it lasted 2 minutes and he is at his baseline now',
    ],
  },
  {
    // "Fit" of health or of temper ("keep fit for 30 minutes", "threw a fit for 10 minutes because I took his iPad") is
    // no seizure and its minutes are no length (review V36, 20:38). A fit told had, having or kept having for five
    // minutes or more is status epilepticus (NICE NG217), whatever else the sentence holds.
    kind: 'a fit of health or of temper told with its minutes',
    emergencies: [
      'he had a fit for 10 minutes and is still drowsy',
      'he kept having fits for 10 minutes',
      'my son threw up and then had a fit for 10 minutes',
      'she threw a fit, i mean a seizure, for 10 minutes, shaking all over',
    ],
    lookAlikes: [
      'i do keep fit for 30 minutes every morning before work',
      'he threw a fit for 10 minutes because i took his ipad away',
      'my toddler throws a fit for about 20 minutes every bedtime, screaming and kicking, is that normal',
      'i keep fit for 45 minutes a day on the bike, is 160 bpm too high',
    ],
  },
  {
    // NICE NG128 and FAST send a stroke by a deficit of sudden onset: "is it a stroke?" asked of symptoms told as months
    // or years old, with no onset told today or lately, is the GP's to assess. A new deficit told beside the old one, an
    // onset today, or a passed episode told by its day and minutes (a TIA) stays an emergency.
    kind: 'a stroke asked about of symptoms months or years old',
    emergencies: [
      'is it a stroke? my face dropped on one side an hour ago',
      'could this be a stroke? i have had tingling in my face for 6 months but today my arm went weak',
      'could this be a stroke my arm went weak for 10 minutes yesterday and got better',
      'is it a stroke? he has had headaches for months and now his speech is slurred',
      'could it be a stroke, his face has been numb for years but since this morning he cant lift his arm',
      'is this a stroke, dizzy for months but tonight she cannot walk straight and is being sick',
      // Review V36 at the merge: the years are the diabetes's; the deficit is told by what he cannot do and its side.
      "is this a stroke? my husband has had diabetes for many years and he can't grip anything with his left hand or see on his left side",
      'could it be a stroke, she has had arthritis for years and now she is unable to hold a cup in her right hand',
    ],
    lookAlikes: [
      'could this be a stroke? i have had tingling in my face for about 6 months now',
      'i have had dizzy spells for months, is it a stroke?',
      'could this be a stroke, my mum has had a tremor in her hand for years',
      'my dad has had shaky hands and a quiet voice for a couple of years, could it be a stroke',
      'is it a mini stroke? the tip of my tongue has felt tingly for about 4 months',
    ],
  },
];

describeKindsByRulesAndProduct('session 54: English urgent boundary (%s)', KINDS);
