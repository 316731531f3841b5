import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English kinds of session 51 in the heart and breathing (issue 11: the false-positive rate on English sets written
 * like the outside judge's material), each kind beside emergency twins that share its words and carry what the
 * protocol sends on at once. Written from the protocols, never from a labelled set.
 *
 * Run first on the unchanged rules (main 09c99a6): emergencies 11 of 12 flagged by the rules (a newborn who has not
 * started breathing missed) and 12 of 12 by the product; look-alikes 4 of 7 quiet, rules and product alike. After the
 * CG95 timing and pattern readings and the breath read from its sentence: 12 of 12 and 7 of 7.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // NICE CG95 1.1.1: current chest pain, or chest pain in the last 12 hours, is an emergency; chest pain 12 to 72 hours
    // ago with none since is a same-day assessment, more than 72 hours ago a detailed assessment. The time since the
    // pain ended may be told by how long the person has been pain-free, or by a count of days or weeks in words.
    kind: 'a chest pain that ended more than 12 hours ago, told by the hours pain-free or days in words',
    emergencies: [
      'I had ten minutes of chest tightness yesterday evening that settled, but it came back an hour ago and is still there.',
      'Ten days ago I had crushing chest pain that settled. This morning I woke with the same pain going into my left arm.',
      'My dad had chest pain yesterday evening that settled after twenty minutes and he has been pain-free for 14 hours, but now he is grey, sweaty and breathless.',
      '58M, 30 min of central chest tightness at rest yesterday evening, pain-free for 16 hours. ECG today shows ST depression.',
      'I had chest pain an hour ago that lasted ten minutes and went away, and I have been pain-free for 50 minutes.',
      'My chest pain started yesterday evening and has come and gone ever since; I have been pain-free for the last two hours.',
    ],
    lookAlikes: [
      '59M, one 15-minute episode of central chest tightness yesterday evening while walking the dog; settled with rest. Pain-free for 20 hours, no symptoms now, BP 134/82, HR 68. Disposition?',
      'My mum, 72, had a bout of chest tightness nine days ago while gardening. It lasted a few minutes and went away when she sat down. She has had nothing since and feels well. Does she need to be seen?',
      'I had a tight feeling in my chest a couple of weeks ago when I was moving furniture; it eased after five minutes and I have had no pain since. Should I mention it to my GP?',
    ],
  },
  {
    // NICE CG95 1.3: chest pain brought on by exertion and relieved by rest within about 5 minutes, in a pattern, is
    // stable angina for a rapid-access chest pain clinic; pain at rest, over 15 minutes, on less effort or with
    // sweating is an acute coronary syndrome (CG95 1.1). The rest may be told as "a few minutes' rest", and the pain
    // gone now as "none today".
    kind: "new chest pain on effort that a few minutes' rest settles, in a pattern, none today",
    emergencies: [
      "For three weeks I've had chest tightness walking up hills that goes after a couple of minutes' rest, but today it came on while I was sitting watching TV and has lasted twenty minutes.",
      '61M, 6 weeks of chest tightness on the stairs, eases within 2-3 min of stopping; this week it comes on walking across the room and woke him last night. None today.',
      "For a month my chest gets tight when I climb stairs and settles after a few minutes' rest, but it has been there for half an hour now and I'm sweating.",
    ],
    lookAlikes: [
      "For the last three weeks I get a tightness in my chest when I walk up the hill to the station; it goes after a couple of minutes' rest, the same every time, never when I'm sitting. I'm fine right now. GP or A&E?",
      '58M, 4 weeks of central chest tightness when climbing stairs at work; eases within 2-3 min of stopping, same pattern each time, never at rest, none today. HR 72, BP 134/80, SpO2 98%. Disposition?',
    ],
  },
  {
    // A breath that has not started again is an apnoea (Resuscitation Council UK: not breathing normally is a cardiac
    // arrest); a nosebleed or a bleed that has not started again is a bleed that stopped (NHS nosebleeds: pinch for 10 to
    // 15 minutes; see a GP if it keeps coming back). What has not started again is read from the sentence.
    kind: 'a bleed that has not started again, not a breath',
    emergencies: [
      'My baby stopped breathing and went floppy, I rubbed her back and she has not started breathing again.',
      'He stopped breathing during the fit and his breathing has not started again, his lips are blue.',
      'My baby was born ten minutes ago at home and has not started breathing.',
    ],
    lookAlikes: [
      'My nose bled for ten minutes this afternoon while I was reading. I pinched the soft part and it stopped. That was two hours ago and it has not started again. Should I stop my aspirin?',
      'My daughter banged her nose at netball and it bled a lot, but we pinched it for ten minutes and it stopped. It has not started again and she feels fine. Does she need an X-ray?',
    ],
  },
  {
    // A defibrillator read as equipment kept or bought was tried this session and reverted at the merge: reviewer V33's
    // twins (an AED someone has on a person, a defib needed beside a collapse) are arrests under way.
    kind: 'a defibrillator on a person or needed beside a collapse',
    emergencies: [
      "The paramedics aren't here yet and the gym staff have a defibrillator attached to my brother. What should I do while we wait?",
      "The school has an AED stuck to the coach's chest and it keeps saying analysing.",
      'A man has dropped at table 4 in the restaurant and the manager is shouting that they need a defib.',
    ],
    lookAlikes: [
      "How often should the pads on a workplace defibrillator be replaced? I'm the first-aid lead at our office.",
    ],
  },
];

describeKindsByRulesAndProduct('English kinds of session 51, heart and breath (%s)', KINDS);
