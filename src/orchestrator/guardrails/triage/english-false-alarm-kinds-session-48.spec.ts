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
    ],
    lookAlikes: [
      'I get chest tightness when I walk up hills, it settles in 5 min with rest, every time, for the last two months. I am fine now and it has never come on at rest. Should I see my GP?',
      'GP letter: 71M, 2 months of exertional central chest tightness relieved within 3 minutes by rest; no rest pain, no change in pattern. Please see in the chest pain clinic.',
      '74M, known stable angina, exertional chest heaviness settling within 2 minutes by GTN, pattern unchanged for 3 years. Needs?',
      'My mum has known stable angina. The tightness in her chest on the stairs goes within two minutes with her spray, as it always does, and she is completely fine now.',
    ],
  },
];

describeKindsByRulesAndProduct('English kinds of session 48 (%s)', KINDS);
