import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * The modifiers every finding shares, session 62 (issue 11's false-positive goal): hypothetical framings (ConText's
 * hypothetical: a condition planned for is no one's state), and figures of speech built from alarm words. Each beside
 * emergencies told in the same shapes, which must still be flagged. Written from the protocols and from how people
 * frame a plan or a figure, never from a labelled set.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // A plan's formal framings: "in the event (that)" is "in case"; "should she ever ..." is "if she ever ...". A
    // condition told as happening now, or a state told after it, is a report.
    kind: 'a condition planned for in the formal framings, "in the event" and "should ... ever"',
    emergencies: [
      'In the event he has stopped breathing, what do I do? He is not breathing now.',
      "Should she ever stop breathing again like she is now, what do we do? She's blue right now.",
      'What should I do, he is not breathing!',
    ],
    lookAlikes: [
      'In the event my baby stops breathing in her sleep, should I learn CPR?',
      'Should she ever stop breathing after a feed, what do we do?',
      'should my dad ever collapse while I am at work, what should the carers do?',
    ],
  },
  {
    // NHS 111 reads a threshold asked about ("at what point should I call") as a question, not a threshold met.
    kind: 'a threshold of care asked with "at what point" or "at what stage"',
    emergencies: [
      "At what point should I call 999? My dad's been having crushing chest pain for an hour and he's grey and sweaty.",
      'at what stage do I call an ambulance, my son has been fitting for 6 minutes',
    ],
    lookAlikes: ['At what point should I call 999 for chest pain?', 'At what stage does a seizure need an ambulance?'],
  },
  {
    // A condition about anyone, whatever its verb: "if a colleague told me ...", "if a stranger collapsed ...".
    kind: 'a condition about anyone told in the past simple, then a question',
    emergencies: [
      'If a colleague told me he took 40 pills an hour ago, what should I do?',
      'my colleague just collapsed and is not breathing, what do I do?',
    ],
    lookAlikes: [
      'If a pupil told me they were thinking of hurting themselves, who should I tell?',
      'If a stranger collapsed in the street, how would I know whether to start CPR?',
    ],
  },
  {
    // "Would that be a stroke?" asks for a reading of a condition planned for, as "would I" asks for an act.
    kind: 'a condition about someone of one\'s own with "ever", asked as "would that be"',
    emergencies: [
      "What if it's a stroke? His face is drooping on one side right now and he can't lift his arm.",
      'my dads face has drooped and his speech is slurred, would that be a stroke?',
    ],
    lookAlikes: ["If my dad's face ever drooped, would that definitely be a stroke?"],
  },
  {
    // A question someone is reported to ask about what to do if anyone has a sign is a plan. What runs on after the
    // condition ("... if someone is choking"), or a condition told as going on, is read.
    kind: 'a reported question of what to do if anyone has a sign',
    emergencies: [
      'A teacher asks what she should do if a pupil has collapsed and is not breathing right now.',
      'Mum asks what to do, her baby is not breathing and is blue.',
    ],
    lookAlikes: [
      'A swimming coach asks what she should do if a swimmer has a seizure in the pool.',
      'A first-aider wants to know what to do in case a colleague collapses at work.',
      "We're doing a first-aid course next week and they asked what to do if someone is choking.",
    ],
  },
  {
    // Laughter and workload are no airway: "gasping for breath from laughing", "suffocating under deadlines".
    kind: 'laughter or workload told in the words of breath',
    emergencies: [
      "I was gasping for breath and my lips went blue, I can't stop wheezing.",
      "I'm suffocating, I can't breathe, my throat is closing.",
    ],
    lookAlikes: [
      'We were gasping for breath from laughing so hard.',
      'We were breathless with laughter at the wedding speech.',
      "I'm literally suffocating under all these deadlines.",
      "I'm drowning under coursework this term and can't sleep well.",
    ],
  },
  {
    // A fit of temper set off by news, a machine's "fit", and freezing under pressure are no seizure and no airway.
    kind: 'a fit of temper, a machine\'s "fit" and a choke under pressure',
    emergencies: [
      'My son had a fit when I told him to get off the game, he went stiff and jerking and his lips went blue.',
      "He choked on the meat at dinner and can't breathe.",
    ],
    lookAlikes: [
      'My dad will have a fit when I tell him I crashed the car, how do I calm down?',
      'Mum had a fit when I said I was moving abroad.',
      "My printer 'had a fit' again this morning.",
      'The goalkeeper choked in the final and we lost on penalties.',
      'I always choke in my exams, any tips for nerves?',
    ],
  },
  {
    // Columbia: a remark about dying the writer says is a figure is read as one; a plan, an act or a means never is.
    kind: 'a death wish the writer says is a figure of speech',
    emergencies: ["I'm going to kill myself tonight, I have the pills ready."],
    lookAlikes: ['The meeting went on so long I wanted to shoot myself, honestly just a figure of speech.'],
  },
  {
    // NHS 111: a faint or a dizzy turn over within minutes, well since, needs no ambulance. The time it took may be told
    // before the ending ("10 minutes later fine"); another episode, or one back, is still going on.
    kind: 'a brief episode ended "N minutes later fine"',
    emergencies: [
      'He fainted at work, 10 minutes later fine, but now he has collapsed again and is not breathing.',
      'My son went floppy and blue, 5 minutes later fine, then he went blue again and is still floppy.',
      "Dad's face drooped and his arm went weak, 20 minutes later fine. Should we still go in?",
    ],
    lookAlikes: [
      'colleague felt dizzy in the hot lift, went pale and sat down, 10 minutes later fine, drinking water.',
      'Felt lightheaded after giving blood, half an hour later back to normal.',
    ],
  },
  {
    // ConText's hypothetical ends where the condition is told as met or as lasting: "she just did and she's drowsy",
    // "if my baby is very floppy and won't feed", "... hasn't had a wet nappy all day".
    kind: 'a conditional question whose condition is told as met or lasting',
    emergencies: [
      "Would it be an emergency if she took 30 of her sleeping tablets? She just did and she's drowsy.",
      'Is it serious if my baby is very floppy and will not feed?',
      "Is it serious if my baby hasn't had a wet nappy all day and is very floppy?",
    ],
    lookAlikes: [
      'Would it be an emergency if she ever took 30 of her sleeping tablets? She has them at home, none taken.',
      'What should I do if my baby ever stops feeding on the plane?',
    ],
  },
  {
    // The subjunctive of a supposition in Portuguese ("se ... tiver") and Spanish ("si ... tuviera", "¿qué tendría que
    // hacer?") is the English plan; a condition told as now ("agora", "ahora mismo") is a report.
    kind: 'a supposition in the Portuguese future or the Spanish imperfect subjunctive',
    emergencies: [
      'se meu pai estiver sem respirar agora, o que eu faço?',
      'mi papá tiene dolor de pecho muy fuerte ahora mismo y está sudando, ¿qué tendría que hacer?',
      'mi hijo no respira y está morado, ¿qué haría usted?',
    ],
    lookAlikes: [
      'e se meu pai tiver dor no peito durante a noite, o que eu faço?',
      'si mi papá tuviera dolor de pecho, ¿qué tendría que hacer?',
    ],
  },
  {
    // A protocol, policy or checklist written for anyone, the sentence ending with its condition, is a plan; a case
    // told after it is read.
    kind: 'a plan written for anyone, ending with its condition',
    emergencies: [
      "The school has a plan in case a pupil has a seizure, but my son is fitting right now and won't stop.",
      'We have a protocol for if someone collapses and now a man has collapsed and is not breathing.',
    ],
    lookAlikes: [
      'Our school wants a protocol in case a pupil has an asthma attack on a trip.',
      'We are writing a care home policy for if a resident becomes unresponsive.',
      'The gym needs a procedure if someone collapses on the treadmill.',
    ],
  },
];

describeKindsByRulesAndProduct('hypothetical, resolved and idiom modifiers of session 62', KINDS);
