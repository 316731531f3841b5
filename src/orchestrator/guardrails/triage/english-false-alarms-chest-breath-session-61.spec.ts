import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English false-alarm kinds of session 61 in chest pain and breathing (issue 11's false-positive goal): messages a
 * clinician applying the protocol sends to the GP, a pharmacist or a therapist, each beside emergencies that share its
 * words and must still be flagged. Written from the protocols (NICE CG95, RCUK choking, BTS oxygen and NICE NG115,
 * NICE CG113), never from a labelled set.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // NICE CG95: a pain the chest wall's examination reproduces, with the cardiac features told absent, goes to the GP;
    // the last item of a list told absent after its "or" ("no breathlessness, sweating or nausea") is absent as the
    // first is. A feature told after "but", or a list with no absence before it, is present.
    kind: 'a cardiac feature told absent as the last item of a list after its "or"',
    emergencies: [
      'A 58-year-old woman has had a sharp pain on the left side of her chest for three days since stacking trays. It is worse when she presses on one spot and when she twists; she has no breathlessness, but sweating and nausea, and her pulse is normal.',
      'A 58-year-old woman has had a sharp pain on the left side of her chest for three days since stacking trays. It is worse when she presses on one spot; she has no fever, cough or breathlessness, and she feels sick and clammy.',
      'A 50-year-old man has chest pain worse when he presses on it for two days; no fever, cough or injury, but it spreads into his left arm.',
      'I have chest pain when I press on it for three days, no cough, fever or sweating, but now I feel faint and sick.',
    ],
    lookAlikes: [
      'A 36-year-old man has had pain over his left ribs for four days since a rugby tackle; it is worse when he twists or presses on it. He has no fever, breathlessness or sweating. Pulse 76.',
      "I've had a sore spot on my chest for a week since moving house, it hurts when I press on it, no sweating, sickness or pain in my arm. Is it a pulled muscle?",
      'Man, 47, 5 days of chest pain after decorating, worse on turning, tender over the sternum; no breathlessness, nausea or radiation, HR 70.',
    ],
  },
];

describeKindsByRulesAndProduct('session 61: English false alarms in chest pain and breathing (%s)', KINDS);
