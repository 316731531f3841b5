import {
  describeKindsByRulesAndProduct,
  rulesAndProductTriages,
  type TriageProbeKind,
} from '../../../../test/support/triage-probe-table.js';

/**
 * Ordinary English messages that carry alarm words, by kind, each beside emergency twins that share the words and add
 * the red flag. Written here from the protocols and from how people write, never from a labelled set or a published
 * vignette: NHS "blue lips" and breath-holding spells in children (6 months to 6 years, brought on by upset or pain,
 * over within a minute), Resuscitation Council UK choking, NHS tonsillitis and sore throat, NHS bleeding after a tooth
 * extraction (bite on gauze; A&E if it does not stop), NHS cold-water shock and near-drowning advice. The kinds not
 * repeated here are in `english-false-alarm-kinds-session-37.spec.ts` and `-38.spec.ts`.
 *
 * Run first on the unchanged rules (87ac027): 171 look-alikes written across kinds (a past emergency now managed,
 * questions about someone else, hypotheticals, expected side effects, normal infant behaviour, idioms, mild and
 * long-standing symptoms, the worried well), of which 14 tripped the rules or the product; the kinds they fell into are
 * below with their twins. Before (87ac027): emergencies 22 flagged by the rules and 22 by the product; look-alikes 11
 * of 18 and 11 of 18 (and 2 of the 3 rules-only look-alikes). After: 22 and 22; 0 and 0 (0 of 3).
 * Mended by what makes each ordinary: a stain, the cold then pink again, a toddler's breath-holding spell
 * (`signals/blue-explained.ts`); choking back tears or on pollen, "can't breathe in this heat" (`idioms.ts`); a sore
 * throat told swollen and nothing else (`SORE_THROAT_ALONE`); a socket oozing after a tooth is out
 * (`signals/ooze-after-a-tooth-out.ts`). Left out (still flagged, by design): a baby under one whose lips went blue
 * in a cold bath, pink again at once (any blue episode in a baby is read as needing care), bleeding after a
 * tonsillectomy (ENT advice: any bleed goes to A&E).
 */
const KINDS: readonly (TriageProbeKind & {
  /**
   * Look-alikes the rules set aside but the wording model still flags on its own words ("purple", "lips"): the rules
   * keep the lips as a circumstance (a burn's site), so the message is not told as set aside and the model may add.
   * Counting circumstances as nothing kept was tried and silenced five development emergencies the model caught, so it
   * is left; these hold the rules' side.
   */
  readonly lookAlikesForTheRules?: readonly string[];
})[] = [
  {
    kind: 'lips or tongue coloured by something eaten, drunk or chewed (a stain, not cyanosis)',
    emergencies: [
      "my son's lips are blue and he's struggling to breathe after choking on a sweet",
      "her lips have gone blue since she ate the blueberries and she's wheezing and her tongue is swelling",
      "my daughter's lips are blue and she's not breathing properly",
      "my son's lips are blue from the ice lolly, he's choking on the stick and can't breathe",
      // Review V21, 23:18: a doubt or a red flag told beside the stain, or in the next sentence; a baby under one.
      "his lips are blue from the ice lolly i think but he's breathing fast and grunting and won't wake up properly",
      "his lips are blue from the ice lolly? no i don't think so, he hasn't had one, he is breathing really fast and grunting",
      "my baby's lips are purple from the beetroot puree",
    ],
    lookAlikes: [
      "my son's lips are blue from the ice lolly",
      'her mouth is all blue from the blue raspberry sweets',
      "my daughter's lips look blue, she's been drawing with felt tips and chewing them",
      'his lips are blue from the blue raspberry slush',
    ],
    lookAlikesForTheRules: [
      "my daughter's lips are purple from the blackberries",
      "my son's tongue and lips are blue from a slush puppy",
    ],
  },
  {
    kind: 'lips blue in cold water, pink again once warm (NHS: cold makes lips blue; it passes with warming)',
    emergencies: [
      "my toddler's lips went blue after he fell in the pool and he's still coughing and breathless",
      "my son's lips went purple in the cold sea and he's still blue and very drowsy now",
      // A baby under one: a blue episode is read as needing care even once it is over (BRUE; persistsWhenResolvedIn).
      "my baby's lips went a bit blue in the cold bath, pink again as soon as I took him out",
      "my toddler's lips went purple after swimming in the cold sea, pink again once warmed up, but now he's coughing a lot",
    ],
    lookAlikes: ["my toddler's lips went purple after swimming in the cold sea, pink again once warmed up"],
  },
  {
    kind: "a toddler's breath-holding spell, brought on by upset or a knock and over at once (NHS breath-holding spells)",
    emergencies: [
      "my 18 month old went blue after crying and stopped breathing, he's still not breathing properly",
      "my 2 year old held his breath, went blue, then had a fit that lasted 5 minutes and he's still not waking up",
      'my 6 week old baby goes blue around the mouth when he feeds and breathes fast',
      'my 3 week old turned blue when she cried and went floppy',
    ],
    lookAlikes: [
      'my toddler holds his breath when he has a tantrum and goes a bit blue then starts breathing again',
      "my 18 month old holds his breath when he's upset, goes blue and then gasps and is fine",
    ],
    lookAlikesForTheRules: [
      'my 2 year old had a breath holding spell after he fell over, went pale, came round in seconds, playing now',
    ],
  },
  {
    kind: 'choking as a figure of speech: tears, feelings, pollen (Resuscitation Council UK: choking is a blocked airway)',
    emergencies: ["I'm choking on a piece of meat and can't breathe", "he's choking on a grape and can't cough or cry"],
    lookAlikes: [
      'I was choking back tears at the wedding',
      "I'm choking on this pollen, hay fever is terrible this year",
      "I'm choking up every time I think about my dad",
    ],
  },
  {
    kind: 'a sore, swollen throat of an infection, swallowing told as fine (NHS tonsillitis)',
    emergencies: [
      "my throat is swollen and I can't swallow after eating peanuts",
      'my throat is swelling up after a wasp sting and my voice is hoarse',
    ],
    lookAlikes: [
      'my throat is sore and swollen, I can swallow fine',
      'my tonsils are swollen and my throat is sore, I can still eat and drink',
      'my throat feels swollen with this cold, breathing fine',
    ],
  },
  {
    kind: "'can't breathe' as a complaint about heat, a stuffy room or laughter",
    emergencies: [
      "I can't breathe, my lips are going blue",
      "it's so hot in here and my dad is confused and can't breathe properly",
    ],
    lookAlikes: [
      "I can't breathe in this heat, the office has no aircon",
      "I couldn't breathe for laughing",
      "I can't breathe through my nose with this cold",
    ],
  },
  {
    kind: 'oozing after a tooth is taken out (NHS: bite on gauze; A&E if it does not stop)',
    emergencies: [
      "I had a tooth out this morning and it won't stop bleeding, I've soaked through gauze for an hour and feel faint",
      "I had my tonsils out a week ago and I'm spitting out fresh blood and clots",
      "I had a tooth out this morning and it's still oozing a bit of blood, it won't stop",
      "had a tooth out, it's still bleeding a bit after 2 hours of biting on gauze",
    ],
    lookAlikes: [
      "I had a tooth out this morning and it's still oozing a bit of blood",
      "my gum is bleeding a little after having a wisdom tooth out, I'm biting on gauze",
      "had my wisdom tooth out yesterday and it's still bleeding a little, no clots",
    ],
  },
];

describeKindsByRulesAndProduct('EmergencyTriage (%s): English false-alarm kinds of session 39', KINDS);

describe('EmergencyTriage (rules): English false-alarm kinds of session 39 the wording model still adds', () => {
  const { rules } = rulesAndProductTriages();
  const forTheRules = KINDS.flatMap(({ lookAlikesForTheRules }) => lookAlikesForTheRules ?? []);
  it.each(forTheRules)('no emergency by the rules: %s', (text) => {
    expect(rules.assess(text).isEmergency).toBe(false);
  });
});
