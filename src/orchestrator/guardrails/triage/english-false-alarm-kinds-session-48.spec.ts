import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English kinds of session 48: the heart, faints and headaches (issue 11: the false-positive rate on English sets
 * written like the outside judge's material), each kind beside emergency twins that share its words and carry what the
 * protocol sends on at once. Written from the protocols (NICE CG95, CG126, CG109, CKS migraine), never from a labelled
 * set.
 *
 * Run first on the unchanged rules (main b992254): see the figures in the commits that wrote each kind.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // NICE CG95 (1.1): pain that effort brought on and rest settled is stable only while it stays so; the same pain back
    // at rest, lasting over 15 minutes, or not settling this time is an acute coronary syndrome, told in whichever
    // sentence the writer tells it. One reader (chest-pain-on-effort-settled.ts) reads the whole message.
    kind: 'angina settled by rest in one sentence, back at rest or lasting in another',
    emergencies: [
      'I get chest tightness when I walk up hills, it settles in 5 min with rest. Tonight it came back while I was sitting on the sofa and it has been there for 40 minutes.',
      'My dad has angina, the chest pain goes within a few minutes with his spray. Today it started when he was lying in bed and the spray has not touched it.',
      'Chest pain on the stairs that eases in 3 minutes after rest, for a month. This morning it woke me up and it is still there an hour later.',
      'He gets a tight chest climbing the ladder at work and it goes after 2 minutes of rest. This time it did not go away and he is sweating.',
      'For weeks I have had chest pain walking the dog that settles within 5 min of resting. Now I have it sitting at my desk and it will not ease.',
      'Known stable angina, chest tightness on exertion relieved within 2 minutes by GTN, pattern unchanged, but today it has come on twice at rest and is now constant with sweating.',
    ],
    lookAlikes: [
      'I get chest tightness when I walk up hills, it settles in 5 min with rest, every time, for the last two months. I am fine now and it has never come on at rest. Should I see my GP?',
      'GP letter: 71M, 2 months of exertional central chest tightness relieved within 3 minutes by rest; no rest pain, no change in pattern. Please see in the chest pain clinic.',
      '74M, known stable angina, exertional chest heaviness settling within 2 minutes by GTN, pattern unchanged for 3 years. Needs?',
      'I started again at the gym after the holidays. On the bike I got my usual chest tightness and it eased within 3 minutes when I stopped, same as always, and I am fine now.',
      'My mum has known stable angina. The tightness in her chest on the stairs goes within two minutes with her spray, as it always does, and she is completely fine now.',
    ],
  },
  {
    // CKS migraine and NICE NG150: a typical aura (visual, then sensory, spreading over minutes, gone within an hour,
    // followed by the headache) in someone known to have migraine with aura, the same as their usual attacks, is no
    // emergency, whoever named a stroke. Weakness, a speech or face change, an aura over an hour, a sudden or worst
    // headache, a first aura, or an attack told as different keeps the emergency (FAST, NICE NG128).
    kind: 'a usual migraine aura as the person has always had it, a bystander fearing a stroke',
    emergencies: [
      'I have had migraine with aura for years, but this time after the zigzag lights my right arm went weak and my speech is slurred.',
      'I get migraines with aura, always the same zigzags. Today the headache came on suddenly, the worst of my life, and I keep vomiting.',
      'I have migraine with aura and got the usual flashing lights this morning, but this time my left leg went heavy and it is still like that now the headache has come.',
      // Review V30's STOP-THE-LINE texts (03:43Z, 03:53Z).
      "I get migraine with aura and had the usual zigzags an hour ago, but this time my right arm and face went numb and heavy and it's still like that now after the headache started. Is this still migraine?",
      "My usual migraine aura started at lunch with the zigzags, as always, but then my right hand went clumsy and I can't do up my buttons, and that's still the case an hour later.",
      'She has had migraine with aura since her teens, but this one is different: her face is drooping on one side and she cannot find her words.',
    ],
    lookAlikes: [
      "I've had migraine with aura for 20 years. Today's began as always with zigzag lights for 20 minutes, then pins and needles in my left hand spreading to my lips, then the usual one-sided headache. Speech fine, no weakness, the aura has gone. My colleague thinks it might be a stroke. Do I need A&E?",
      'Clinic note: 34F, known migraine with aura, typical visual aura for 25 min then numbness of the right fingers, identical to previous attacks, now resolved with her usual headache, no motor or speech symptoms. Disposition?',
      'My daughter is 17 and has migraines with aura diagnosed by her GP. She had her usual tingling in one arm and flashing lights before the headache, exactly like always, and she is sleeping it off. Her teacher said tingling on one side could be a stroke. Should we worry?',
    ],
  },
];

describeKindsByRulesAndProduct('English kinds of session 48 (%s)', KINDS);
