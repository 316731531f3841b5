import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English kinds of session 53 in the heart, the breath and poisoning (issue 11: the false-positive rate on English sets
 * written like the outside judge's material): what the protocols call urgent and not an emergency, each beside
 * emergency twins that share its alarm words and carry what the protocol sends on at once. Written from the protocols,
 * never from a labelled set; reviewer V35's twins of 17:38 (a pressed chest pain begun minutes ago at
 * rest) and 18:05 (tablets of a strength told in an unknown number) included.
 *
 * Run first on the unchanged rules (main aa0dd6c): emergencies 69 of 69 flagged by the rules and the product; look-alikes
 * 7 of 14 quiet, rules and product alike. After the session's readings: 69 of 69 and 14 of 14.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // NHS 111 and MTS chest pain: a pain the person brings back by pressing on the spot, with the heart's signs told
    // absent, is the chest wall's (GP or pharmacist); a cardiac character or companion, onset at rest or within the
    // last hours, a lasting pain or a spread keeps it an emergency. Told of someone else it is left to the rules (V8).
    kind: "chest pain the patient brings back by pressing, the heart's signs told absent",
    emergencies: [
      "I've had a sharp pain on the left side of my chest for two days, it hurts when I press on it, but now it's gone into my left arm and I'm sweating.",
      'my chest hurts when i push on the spot but its really tight and heavy and i feel sick',
      "Pain in my chest since this morning, sore when I press it, no injury. I'm 58, I smoke and I feel clammy and a bit grey.",
      "I've got chest pain, sore to touch over the breastbone, not short of breath but it came on while I was sitting watching telly and it's been 40 minutes.",
      "sore chest when I press on it, I'm not sweaty, but I'm really breathless just sitting here",
      "My chest on the left hurts if I press it, I'm not sweaty or sick, but the pain spreads up into my jaw.",
      'my chest hurts when i press on it, not sweaty, but it came on 20 minutes ago while i was sitting watching telly',
      'my chest hurts when i press on it, not sweaty, it started half an hour ago while i was lying in bed',
      "Pain in my chest that's sore when I push on it, I'm not breathless, but it woke me up an hour ago and won't settle",
    ],
    lookAlikes: [
      "For three days I've had a sharp pain on the left side of my chest after lifting boxes. If I press on the spot it's exactly the same pain. I'm not breathless, not sweaty and it doesn't go into my arm or jaw. Is it a pulled muscle?",
      "I've had a sharp twinge on the left side of my chest since I started rowing. It hurts if I press on the spot between two ribs. No sweating, no pain in my arm or jaw, and I'm not breathless. Is it a muscle?",
      "There's a sore patch on my chest wall after a long day of painting the ceiling. When I press it, it's exactly the same pain. I'm not sweaty or sick and it doesn't spread into my arm. Can I just take ibuprofen?",
    ],
  },
  {
    // NHS heartburn and acid reflux: a burning that meals bring on and an antacid takes away, as it usually does, is
    // indigestion (a pharmacist). Told this time unlike the usual, unrelieved or beside a cardiac feature it is chest
    // pain (NICE CG95: relief by a remedy does not rule an acute coronary syndrome out).
    kind: 'a burning that meals bring and an antacid takes away, as usual',
    emergencies: [
      "Whenever I eat spicy food I get a burning in my chest that goes with Gaviscon, but tonight it hasn't touched it and the pain is going down my arm.",
      "I get heartburn after big meals most evenings, antacids usually sort it, but this time it's a crushing pain and I'm sweating buckets.",
      'burning in my chest after dinner like my usual heartburn, rennies didnt help this time, feel faint and clammy',
      "I always get a burning chest after curry and Gaviscon settles it, but it's different today, tight and heavy, and I'm short of breath.",
    ],
    lookAlikes: [
      'Whenever I eat a big curry I get a burning in my chest. It goes with a Rennie after a few minutes. Is that acid reflux?',
      'Most evenings I get a burning pain in my chest after dinner. Gaviscon sorts it. Should I ask for omeprazole?',
      'Every time I eat a curry I get a burning feeling in my chest and an acid taste, and it goes with an antacid within minutes. Is it reflux?',
    ],
  },
  {
    // NICE NG143: a raised breathing rate is amber, with recession, grunting or a colour change red. A breathing told
    // "isn't fast" tells the rate normal: the negation stands after the subject, where the clause negation does not read.
    kind: "a child's breathing told not fast",
    emergencies: [
      "My son is 10 months old with a fever and his breathing is really fast and he's grunting.",
      "my 2 year old has a cough and her breathing is fast, not fast like panting but fast, and she's sucking in under her ribs",
      "Toddler, 18 months, temp 39, breathing is so fast I can't count it and his lips look a bit blue",
      'my baby is 4 months old and she is breathing very fast and not feeding',
      "My 3 year old's breathing isn't normal, it's really fast and hard, and he's floppy",
    ],
    lookAlikes: [
      "My son is 10 months old with a temperature of 38.8 and a runny nose. His breathing isn't fast, he's drinking his milk and has wet nappies. GP tomorrow or today?",
      "my 2 year old has a cough and a temperature, her breathing is not fast and her lips are pink, she's playing. can it wait till monday?",
      "Daughter, 3, chesty cough for 2 days, breathing's not fast or noisy, eating and drinking ok. Pharmacy?",
    ],
  },
  {
    // TOXBASE counts the tablets: a strength told before the medicine is a dose, one tablet ("took 400 mg ibuprofen and
    // 500 mg paracetamol for toothache"), not four hundred. With a count, a whole pack or a repetition told after it, or
    // twenty tablets or more, a symptom or an intent, it stays an emergency.
    kind: 'a dose told by its strength, with no count after it',
    emergencies: [
      'He took 100 mg capsules of pregabalin, a whole strip',
      'I have taken 500 mg paracetamol tablets all day, lost count',
      'I took 15 x 400mg ibuprofen an hour ago and my stomach really hurts',
      'I took 16 x 500mg paracetamol about two hours ago',
      'I took 24 500 mg tablets about an hour ago',
      'I took 28 x 500 mg tablets an hour ago',
      'I took 40 ibuprofen 200 mg about an hour ago',
      'I took 400 mg ibuprofen and 1000 mg paracetamol every hour for a toothache',
      'I took 500 mg paracetamol every two hours since this morning',
      'I took 8 x 500 mg paracetamol and then another 12 this evening',
      'I took 8000mg of paracetamol an hour ago',
      "I've taken 20 x 400 mg ibuprofen tablets on purpose",
      "I've taken 60 10 mg capsules",
      'Patient took 150 mg tablets of amitriptyline x 10 two hours ago, now drowsy',
      'he has taken 28 200 mg pills',
      'he swallowed 30 x 200 mg ibuprofen tablets',
      'he swallowed 500 mg paracetamol tablets, 16 of them',
      "he's taken 12 x 30/500 co-codamol tablets since lunch",
      'i took 50 mg tablets of tramadol like 15 of them',
      "i've taken 32 500mg tablets of paracetamol",
      'my 2 year old drank 100 ml paracetamol from the bottle',
      'my 3 year old ate 6 x 200 mg ibuprofen tablets from my bag',
      'my 3 year old has drunk about 200 ml of calpol paracetamol',
      'my friend swallowed 32 x 500 mg paracetamol about an hour ago and is being sick',
      'my husband took 300 mg pills of his lithium, the whole bottle',
      "my son has taken 12 x 500 mg paracetamol, he's 14 and weighs 45 kg",
      'my son took 100 mg tablets of my sertraline, all of them',
      'my toddler swallowed 500 mg paracetamol tablets from my bag',
      'she has had 500 mg paracetamol on top of her co-codamol all day',
      'she has taken 24 x 500mg paracetamol tablets',
      'she swallowed 8 x 200 mg ibuprofen and 10 x 500 mg paracetamol after an argument',
      'she took 40 25 mg tablets of her amitriptyline',
      'she took 500 mg paracetamol tablets, the whole packet',
      'she took 500 mg tablets of metformin, twenty of them',
      "she's taken 60 x 200 mg ibuprofen, that's 12 g, she weighs 50 kg",
      'took 20 500 mg paracetamol',
      'took 200 mg capsules, the whole box',
      'took 200 mg ibuprofen tablets x 20',
      "took 25 co-codamol 30/500 earlier and now i'm really drowsy",
      'took 250 mg tablets, about 30 of them',
      'took 30 500mg paracetamol tablets this morning',
      'took 30 x 500 mg tablets last night',
      'took 5 x 500 mg paracetamol, then 10 more an hour later',
      'took 50 x 5 mg diazepam tablets',
      'took 9 x 500 mg paracetamol at once, i weigh 50kg',
      'Took 6 x 500 mg paracetamol at once an hour ago, she weighs 40 kg.',
      'i took 500 mg paracetamol tablets, not sure how many, lots',
      "swallowed 500 mg paracetamol tablets, don't know how many",
      'she took 200 mg ibuprofen tablets, maybe sixteen, plus wine',
      "he took 500 mg paracetamol tablets, no idea how many, he won't say",
      "I've taken 500 mg paracetamol, twelve of them, this afternoon",
    ],
    lookAlikes: [
      'I took 3 x 400 mg ibuprofen over the day for a sprained ankle, I weigh 80 kg, I feel fine. Is that too much?',
      'Took 500 mg paracetamol and 200 mg ibuprofen together at lunch for a headache, is that ok?',
      "accidentally took 4 x 200 mg ibuprofen instead of 2 for my back, I'm 75 kg and feel fine, is it ok?",
      'i took 400 mg ibuprofen and 500 mg paracetamol for toothache, can i take more tonight?',
      'took 5 x 200mg ibuprofen in one go for a migraine, 70 kg, fine otherwise, is that ok?',
    ],
  },
];

describeKindsByRulesAndProduct('English kinds of session 53, heart, breath and poisoning (%s)', KINDS);
