import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English kinds of session 50 (issue 11: the false-positive rate on English sets written like the outside judge's
 * material), each kind beside emergency twins that share its words and carry what the protocol sends on at once.
 * Written from the protocols, never from a labelled set.
 *
 * A usual panic attack settled, run first on the unchanged rules (main 8ba0643): emergencies 5 of 5 flagged, look-alikes
 * 1 of 3 quiet (rules and product alike); after usual-panic-attack-settled.ts, 6 of 6 (a stimulant's twin added) and 3
 * of 3. A passed deficit: 8 of 8 flagged on main and after.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // Issue 11: symptoms that have passed still need care now for stroke-like episodes, days ago or not (coordinator,
    // 09:26Z: a set-aside of passed TIAs, c6803fa, was reverted). Its emergency twins and review V32's STOP-THE-LINE
    // texts stay here so that no later reading sets a passed deficit aside; the look-alike is a general question.
    kind: 'a focal deficit that passed, days ago or not, still needs care now',
    emergencies: [
      'Two days ago my dad had ten minutes of weakness in his left arm that got better, but this morning his speech is slurred and his face is drooping.',
      'My mum had numbness down her right arm for a few minutes three days ago, it went away, and it came back again this morning for twenty minutes.',
      'Four days ago my husband had slurred speech for a quarter of an hour and then recovered completely. He is on warfarin for his heart rhythm.',
      'My speech went muddled for a few minutes this morning and came back to normal, and my right arm felt numb at the same time. It has all gone now.',
      // Review V32's STOP-THE-LINE texts on c6803fa (09:10Z, 09:15Z).
      '68F, 3 days ago 20 min of left arm weakness, resolved. Since this afternoon intermittent word-finding difficulty, currently present.',
      "Two days ago his face drooped and his speech went; it got better after an hour but his grip in that hand hasn't been right since. Is it too late to do anything?",
      'Two days ago my left arm and leg went numb for half an hour and then settled fully within 30 minutes. I saw the GP for my blood pressure last month.',
      '72M, 5 days ago 15 min of right-sided arm weakness and word-finding difficulty, fully resolved, none since. Today neurologically normal, BP 146/84, pulse regular. Not on anticoagulants. Referral?',
    ],
    lookAlikes: ['What are the signs of a mini-stroke, and how long do they usually last?'],
  },
  {
    // NICE CG113 (panic disorder) and the NHS: a panic attack brings chest tightness, a pounding heart, tingling fingers
    // and lips and a feeling of not getting a full breath, and passes within 5 to 20 minutes; someone who knows their
    // attacks and has settled as they always do is seen by their GP or therapist. NICE CG95 keeps a chest pain an
    // emergency when it is still there, spreads to the arm or jaw, comes with sweating, greyness or a collapse, comes on
    // with effort, or is unlike the person's usual attacks.
    kind: "a person's usual panic attack, settled as it always does",
    emergencies: [
      "I have panic disorder and had an attack tonight with chest tightness and tingling fingers, but it hasn't settled after an hour and the pain is now going into my left arm and jaw.",
      "I get panic attacks, but this one is different: a crushing tightness in my chest, I'm grey and sweaty, and it has been going on for thirty minutes.",
      "I had one of my usual panic attacks with a tight chest and tingling hands and it settled after ten minutes, but now the tightness is back, spreading into my jaw, and I'm sweating.",
      'My panic attacks normally settle in ten minutes, but tonight my chest went tight while I was running for the bus and it is still there now.',
      'I have panic disorder. My chest went tight and my heart was pounding, it eased after fifteen minutes like always, but my lips are still blue and I am struggling to breathe.',
      // A stimulant's chest pain, told beside the usual attack (NICE CG95).
      'I took some speed at a party and then had one of my usual panic attacks: chest tight, heart pounding, tingling fingers. It settled after fifteen minutes.',
      // Reviewer V32's STOP-THE-LINE on the first cut: an arm and the jaw told by an ache, not by a spread.
      "I've had panic disorder for years and had one of my attacks tonight: chest tight, heart pounding, tingling fingers. My left arm ached the whole time and there was a weird ache in my jaw. It settled after 20 minutes like the others. Should I just go to bed?",
    ],
    lookAlikes: [
      "I've had panic disorder for years. At the supermarket today I had one of my usual attacks: my chest went tight, my heart raced, my hands tingled and I felt I couldn't get a full breath. I did my breathing exercises and it settled completely within fifteen minutes, the same as always. Should I tell my GP?",
      '24F, known panic disorder: panic attack on the train with chest tightness, tingling fingers and fast breathing, settled fully after 20 minutes of slow breathing, exactly like her previous attacks. Now calm, HR 80, SpO2 99%. Advice?',
      'I get panic attacks before exams: my chest goes tight, my fingers tingle and I breathe fast. It lasts about ten minutes and then eases. I had one this afternoon and it has passed now. How can I stop them?',
    ],
  },
];

describeKindsByRulesAndProduct('English kinds of session 50 (%s)', KINDS);
