import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English frames that turn a story into now, and into not-now, session 63 (issue 11): an injury told as seeming
 * harmless at first and a finding since, a care plan's threshold told as a condition and the present length crossing it,
 * a symptomatic carbon monoxide exposure however much better in fresh air, tablets taken on top just now; and a
 * question passed on for someone, a "hypothetically" before a condition, a care plan's condition with its help named
 * without a verb. Each beside its twins in the other direction. Written from the protocols and from how people frame a
 * story, never from a labelled set.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // NICE NG232 and ATLS: a lucid interval after an injury, then confusion, drowsiness, vomiting or a hidden bleed.
    kind: 'an injury told as seeming fine at first, then a finding since',
    emergencies: [
      'He seemed fine after the fall but now he is confused',
      'She seemed fine after the fall but now she keeps being sick and is really sleepy',
      'grandma looked fine after the fall this morning but now she is very drowsy and hard to wake',
      'I was fine after the crash but now my belly is swollen and I feel faint',
      'I was fine after the fall but now I cannot feel my legs',
      'my dad seemed ok after he fell yesterday but now hes confused and not making sense',
    ],
    lookAlikes: [
      'He seemed fine after the fall and is still fine this morning, eating breakfast and chatting.',
      'He seemed fine after the fall but now he has a big bruise on his knee',
      'I felt ok after the bump in the car park but now my shoulder aches a bit',
      "he seemed fine after the fall and he's still fine, no vomiting, no drowsiness",
    ],
  },
  {
    // NICE NG217: a seizure past five minutes is status epilepticus; the plan's limit told as a condition is no case.
    kind: "a care plan's seizure limit told as a condition, then the present length past it",
    emergencies: [
      'care plan says call 999 if a seizure lasts over 5 minutes, and it has now lasted 7',
      "we were told to ring 999 if her seizure lasted more than 5 mins, it's now 8 minutes",
      'the plan says 999 if the seizure lasts longer than five minutes and its been going for ten now',
      "care plan says an ambulance if a seizure lasts over 5 minutes, it's been going on for 6 minutes now",
    ],
    lookAlikes: [
      "His care plan says an ambulance if the seizure lasts over 5 minutes; it lasted 2 minutes and he's back to himself.",
      "care plan says call 999 if a seizure lasts over 5 minutes. This one lasted 2 and he's back to himself.",
      "He has epilepsy and had a seizure last month. It has been 10 minutes since I gave him his tablets and he's fine.",
    ],
  },
  {
    // NPIS (TOXBASE carbon monoxide): every symptomatic exposure is assessed now, even if better in fresh air.
    kind: 'symptoms beside an engine or a burner run in a closed space, better in fresh air',
    emergencies: [
      'my dad was running the car in the garage, headache and confused, got him outside into fresh air and he feels better now',
      "we'd been running the generator inside the caravan all night, woke up dizzy and sick, feel ok now we're outside",
      "headache and confused after using a charcoal barbecue in the tent, he's perked up in the fresh air",
    ],
    lookAlikes: [
      "my dad was running the car in the garage to charge the battery, door wide open, he's fine, any risk?",
      'I used the generator in the shed last winter; is it safe to store petrol there?',
    ],
  },
  {
    // NICE NG225, TOXBASE: a further helping of tablets taken just now is an overdose going on.
    kind: 'tablets taken on top of those before, just now',
    emergencies: [
      "I've just taken more pills",
      'i just took a load more tablets',
      "she's just taken the rest of her pills",
    ],
    lookAlikes: [
      "I've just taken more paracetamol for my back, is it ok 4 hours after the last dose?",
      'I need more pills, my prescription ran out',
      'can I take the rest of my antibiotics tomorrow if I missed one?',
    ],
  },
  {
    // ConText's hypothetical: the question is the trigger, whoever puts it; a case told after the colon is read.
    kind: 'a question passed on for someone, a condition that planned help follows',
    emergencies: [
      'asking for my nan: she has crushing chest pain right now and is sweating, should she call 999?',
      "My sister keeps asking: her asthma attack isn't responding to the blue inhaler and she can't talk, should she call an ambulance?",
      'In case my toddler has swallowed a button battery, what are the steps?',
      "My husband keeps asking: his chest pain came back tonight, crushing, and he's grey and sweaty, would he call 999?",
      "Before the marathon I want to know: I have crushing chest pain now after my run and I'm sweating, is it an emergency?",
    ],
    lookAlikes: [
      "My mum keeps asking me this so I'm asking for her: is it ever ok to wait at home if someone has chest pain?",
      "My sister keeps asking: if her asthma attack doesn't respond to the blue inhaler, when should she call an ambulance?",
      'My husband keeps asking: if his chest pain came back, would he call 999 or go to the GP?',
      'In case my toddler ever swallows a button battery, what are the steps?',
      'Before the marathon I want to know: at what point does chest tightness while running become an emergency?',
    ],
  },
  {
    // A plan said to be one before its condition: "nothing has happened, but if ...", or a question opened after a
    // preamble ("..., is it ever ok ...", "..., at what point would ..."). What is told as happening is read.
    kind: 'a condition after "nothing has happened, but", a question opened after a preamble',
    emergencies: [
      "Nothing has happened, but if he fell and hit his head, would he need a scan? Actually he just fell and hit his head and he's vomiting.",
      'My dad is on warfarin and he fell and hit his head an hour ago. Nothing has happened since, but should we go in?',
      'my mum has chest pain right now, is it ever ok to wait at home?',
      "he fell off the roof and can't feel his legs, is it ever ok to move him?",
    ],
    lookAlikes: [
      'My dad is on warfarin. Nothing has happened, but if he fell and hit his head, would he need a scan even if he seemed fine?',
      "She's fine at the moment, but if her sats dropped to 84 would that be an ambulance?",
      'My mum keeps asking me this, is it ever ok to wait at home if someone has chest pain?',
      "my nan worries a lot, is it ever dangerous if someone's face droops for a few minutes and then it goes?",
    ],
  },
  {
    // ConText's hypothetical: a kind named by its indefinite article, asked how to handle, or a condition about anyone.
    kind: 'how to handle or spot one of a kind, a condition about anyone in the present simple',
    emergencies: [
      'how do we handle a seizure, he is having one now and his lips are blue',
      "How would we recognise a stroke in my dad? His face has dropped and he can't lift his arm.",
      'how should i deal with an asthma attack that will not stop, my son is struggling to breathe',
      "If a rider hits their head, what do we look for? Our rider just hit her head and she's vomiting.",
    ],
    lookAlikes: [
      'We run a toddler group. How would we recognise a febrile fit, and what do we do?',
      'I run a climbing wall and one of our regulars has epilepsy. How should we handle a seizure on the wall?',
      'If a customer chokes on food in our cafe, what are we supposed to do?',
      'If a rider hits their head in a fall, even with a helmet on, what signs should the instructors look for?',
    ],
  },
  {
    // A full recovery told in its lay figure is "back to normal"; one taken back ("but now ... is back") is not.
    kind: 'a brief episode ended "right as rain" or "good as new"',
    emergencies: [
      'he went grey and clammy and collapsed, then was right as rain for an hour but now the chest pain is back',
      "dad went pale and sweaty with crushing chest pain, then was fine for a bit, now it's back worse",
    ],
    lookAlikes: [
      'she went grey and clammy in the queue for a minute or two, then was good as new after a sit down and a biscuit',
    ],
  },
  {
    // Figures of speech built from a seizure's or a bleed's words: laughter, a group's uproar, a head full of work.
    kind: "figures of speech in a seizure's or a head's words: laughter, a group's uproar, a head full of work",
    emergencies: [
      'my head is exploding with pain, worst headache ever, came on suddenly',
      "the crowd were laughing and then my dad had a fit, he's still jerking on the floor",
      "my son is having a fit because of his fever, he's jerking and not responding",
      "my dad went purple in the face and collapsed, he's not breathing",
      "I choked on my coffee and now I can't breathe or speak",
      'my throat is closing up after eating prawns and my lips are swelling',
      "he's out cold after a fall from the ladder and won't wake up",
      'the baby stopped breathing for a second when I saw her and went blue',
      "my son collapsed in the second half of the match and isn't responding",
    ],
    lookAlikes: [
      'the crowd went into convulsions of laughter',
      'the whole bowls club were having a fit about the new parking rules',
      'my head is exploding with all these forms',
      'my brain is melting from all this revision',
      'my dad went purple with rage at the referee',
      'I nearly choked on my coffee when I read his text',
      'my throat is closing up just thinking about public speaking',
      "I'm out cold after a double shift, see you tomorrow",
      "we've been sweating blood over this project",
      'the team collapsed in the second half and lost',
      'I stopped breathing for a second when I saw the view from the top',
    ],
  },
];

describeKindsByRulesAndProduct('story turned to now, and to not-now (session 63)', KINDS);
