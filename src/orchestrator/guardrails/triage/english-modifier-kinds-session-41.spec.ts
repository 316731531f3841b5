import {
  describeKindsByRulesAndProduct,
  rulesAndProductTriages,
  type TriageProbeKind,
} from '../../../../test/support/triage-probe-table.js';

/**
 * English messages kept quiet by a modifier (a pain that was and is gone now, a lethal-dose question put for a school
 * project, a goodbye said at a break-up, a baby's fast breathing only in sleep), each beside emergency twins that share
 * the words and keep the red flag: the pain gone but blood vomited or the arm numb, the sudden worst headache or the
 * face that drooped (which need care once passed), the lethal-dose question beside a wish to die or means saved, the
 * goodbye text of someone who then goes silent. Written from the protocols (NHS 111 abdominal and chest pain
 * dispositions, NICE NG225 self-harm, Schmitt-Thompson newborn breathing) and from how people write, never from a
 * labelled set. The other languages' forms of these kinds are in
 * `other-languages/other-language-modifiers-session-41.spec.ts`.
 *
 * Run first on the unchanged rules (main cb682ee): see the figures in the commit that wrote this file.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    kind: 'a pain that was and is gone now, told as no pain now',
    emergencies: [
      'severe abdominal pain this morning, no pain now but he is vomiting blood',
      'crushing chest pain this morning, no pain now but my left arm is numb and i am sweating',
      "chest pain this morning, no pain now but it came back and now i can't breathe",
      'sudden worst headache of my life an hour ago, no pain now',
      'my face drooped and my arm went weak this morning, no weakness now',
      // Review V23 (04:45): a chest pain with cardiac or tearing features needs care though it has gone (NICE CG95),
      // and what is told after "no pain now" is still going on.
      'severe tearing chest pain going through to my back this morning, no more pain now but I feel faint',
      'crushing chest pain this morning for 30 minutes with sweating and my left arm went numb, no pain now',
      'my chest hurt badly last night but no pain now',
      'severe abdominal pain this morning, no pain now but i feel faint',
    ],
    lookAlikes: [
      'severe abdominal pain this morning, no pain at all now',
      'terrible stomach cramps earlier, no more pain now',
      'terrible stomach ache last night after curry, no more pain now',
      "my tummy hurt really badly after lunch, it doesn't hurt anymore",
    ],
  },
  {
    kind: 'a lethal-dose question put for a school project, told in the next sentence',
    emergencies: [
      "how many paracetamol to die? it's for a school project but honestly i want to die",
      "how many pills does it take to die? it's for a school project. i have 3 boxes saved up",
      'how many pills do i need to take to die? i have them here',
    ],
    lookAlikes: [
      "how many pills does it take to die? it's for a school project",
      'how many paracetamol tablets would it take to die? for my school project',
    ],
  },
  {
    kind: 'a goodbye the writer said at a break-up, the partner then not answering',
    emergencies: [
      "we broke up and she sent me a goodbye text, now she's not answering her phone",
      "after we broke up he said goodbye and that everyone would be better off without him, now he won't answer",
      'we broke up and he said goodbye to everyone, now his phone is off',
      "she texted me goodbye and now she won't answer her phone",
      'i said goodbye to my kids, i have the pills ready',
    ],
    lookAlikes: [
      "we broke up and i said goodbye, now he won't answer the phone",
      "i split up with my girlfriend last night and said goodbye, now she's not answering my calls",
      'i said goodbye to my grandma at the hospice',
      'my girlfriend is not answering my calls',
      'my son is not answering his phone, he is probably at football',
      "we had a fight and now she's not answering my texts",
    ],
  },
  {
    kind: 'breathing trouble told long-standing, or through a blocked nose (review V23, 05:08)',
    emergencies: [
      'difficulty breathing when I walk since I came back from a long flight, my calf is swollen and sore',
      'I get difficulty breathing when I walk, my calf is swollen after a long flight',
      'trouble breathing when walking up stairs since the surgery last week, heart racing',
      'breathless since my operation last week and my heart is racing',
      'my baby has had trouble breathing since this morning',
    ],
    lookAlikes: [
      'I have a little difficulty breathing on the stairs, for years',
      'trouble breathing through my nose because of a cold',
      'difficulty breathing through the nose, blocked sinuses',
      'my baby has trouble breathing through his nose, stuffy, feeding fine',
    ],
  },
];

describeKindsByRulesAndProduct('English modifier kinds (session 41), %s', KINDS);

/**
 * A silence with a welfare worry told beside it (review V23, 04:55): a door not answered, someone seen down, someone old,
 * alone or ill. The rules read only the silence; the wording model reads the rest, and no quiet reading of a phone not
 * answered may veto it.
 */
describe('a silence told with a welfare worry stays with the wording model', () => {
  const { product } = rulesAndProductTriages();

  it.each([
    "my dad is 85 and won't answer the door, I can see him on the floor through the window",
    "my mum is diabetic and lives alone, she's not answering her phone or the door since yesterday",
  ])('the product flags: %s', (text) => {
    expect(product.assess(text).isEmergency).toBe(true);
  });
});
