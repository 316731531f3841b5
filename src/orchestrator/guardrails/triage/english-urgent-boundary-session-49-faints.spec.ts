import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English kinds of session 49: faints (issue 11: the false-positive rate on English sets written like the outside judge's
 * material), each kind beside emergency twins that share its words and carry what the protocol sends on at once.
 * Written from the protocol (NICE CG109), never from a labelled set.
 *
 * Run first on the unchanged rules (main f78a4fa): emergencies 6 of 6 flagged, look-alikes 1 of 4 quiet (rules and
 * product alike); after uncomplicated-faint.ts, 9 of 9 (twins added: a faint whose warning is back now, review V31's sight lost or halved after it)
 * and 4 of 4.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // NICE CG109 (1.1.2.2): an uncomplicated faint is told by its posture (long standing), a provoking factor (heat, pain,
    // a needle, the sight of blood) and its warning (hot, sweaty, sick, sight going grey), with a full recovery within
    // moments; its pallor, sweat and greying sight are the faint's prodrome, not shock or a stroke. What CG109 sends on
    // (1.1.3.1) stays an emergency: a faint on exertion, with chest pain, palpitations or breathlessness, without
    // warning, with a family history of sudden death, not coming round, or still unwell now.
    kind: 'an uncomplicated faint with its posture, trigger and warning, over within moments',
    emergencies: [
      'My son fainted while running in the cross-country race. He went pale and sweaty first, then dropped, and came round after a few seconds.',
      'I fainted in the queue at the post office after feeling hot and sweaty, but I had crushing chest pain just before it and my heart was racing.',
      'My wife went grey and clammy standing at the bus stop and fainted; she came round but she is still pale and clammy now and her pulse is 130.',
      'My daughter fainted in assembly, felt hot and her vision went grey first. She came round but she is still confused and does not know where she is.',
      'He fainted after standing for ages at a hot concert and came round quickly, but his heart was pounding and racing just before he went down and it still feels irregular.',
      // A faint over, its warning back now (development-11's kind, in other words): not recovered.
      'Grandad fainted in the hot bathroom after his shower and came round within seconds, but now he is grey and sweaty again and says he feels like he is going to pass out again.',
      // Review V31's STOP-THE-LINE text (06:10Z): a sight lost after the recovery is no warning of the faint.
      "I was standing at a bus stop in the heat for ages, felt hot and sweaty and went dizzy, blacked out for a few seconds and came round straight away. But since then I can't see anything out of my left eye, it's like a curtain came down. Is that from the faint?",
      // Review V31's STOP-THE-LINE text (06:55Z): half the field of sight missing since the faint.
      'My sister (44) fainted in the hot shower, felt sick and clammy first and was out for a few seconds, came round fine. But since then half of everything on her right side is missing, she keeps bumping into the door frame on that side.',
      'I felt sweaty and my vision went grey at the blood test, then I fainted, and I am 12 weeks pregnant with bad pain low in my tummy on one side.',
    ],
    lookAlikes: [
      'I always faint at blood tests. Today I felt hot and sweaty, my vision went grey and I was out for a few seconds. The nurse laid me flat and I came round straight away and feel completely normal now. Do I need to see anyone?',
      'My 16-year-old fainted in church after standing through a long service in a stuffy hall. She said she felt sick and went pale and clammy first, slid to the floor and came round within seconds. She has been back to her usual self all afternoon. Should the GP see her?',
      'At the festival in the heat my friend went white and sweaty, said everything was going fuzzy and fainted, but was awake again within about ten seconds and was fine after a drink and something to eat. No chest pain and no palpitations. Does she need checking?',
      "I've fainted twice this year in long queues on hot days, each time feeling hot and sick with my sight going grey first, and I'm back to normal within a minute or two. No chest pain, never during exercise, nobody in the family with heart problems. Should I mention it to my GP?",
    ],
  },
];

describeKindsByRulesAndProduct('English kinds of session 49 (%s)', KINDS);
