import { EmergencyTriage } from '../emergency-triage.js';

const triage = EmergencyTriage.withWordingModel();
const rules = new EmergencyTriage();

/**
 * A frame that hides a present emergency (review V9, 09:30; issue 11): a past or assessed episode, a
 * long-standing condition, "normally ...", or a disclosure put as a hypothetical, followed by what is
 * happening now. The frame's reach ends at the present turn ("but just now", "tonight it's different",
 * "now it's back"), and "if I told you ..." tells what it tells. The first line of each frame is V9's;
 * the rest are other people, other frames and other turns. The look-alikes turn to a present that is
 * better, the same as usual, or tells nothing alarming, and stay quiet.
 */
describe('EmergencyTriage: a present turn after a frame that would hide it', () => {
  it.each([
    'my mum had a stroke 3 years ago and recovered well but just now her speech went slurred and her right hand wont grip the cup',
    'dad had a stroke in 2019 and got over it, but right now his face has dropped on one side and he is talking rubbish',
    'my husband had bells palsy years ago and it got better, and just now his mouth has drooped and he cant lift his right arm',
    'grandad has had a weak left leg since his old stroke, but just now his right arm went dead and he cant get his words out',
    "GP said my chest pain last week was reflux and gave me tablets. tonight it's different, crushing, into my jaw and left arm, I'm grey and sweaty",
    'The doctor told my dad his chest pains were indigestion. Tonight it is much worse, it goes into his neck, he is sweating and grey and being sick',
    "My wife's chest tightness was put down to anxiety at the walk-in centre on Monday. Now it's back, heavy like a weight, and she is clammy and pale",
    "my son has asthma and normally his inhaler sorts it. tonight it is different, his lips are blue and he can't talk",
    "what would you say if i told you i have the rope ready and i'm going to do it tonight when everyone's asleep",
    "how would you react if I told you I've written my goodbye letters and I'm going to jump off the bridge tonight",
    'what if i told you i have saved up all my pills and i am taking them tonight',
    "what would you think if I said I've just swallowed the whole packet of my mum's sleeping tablets",
    "my husband's angina normally settles with his spray. tonight it is different, the spray has done nothing for 20 minutes and he is grey and sweating",
    "my daughter's migraines are normally one sided. today it is different, the worst headache of her life came on like a thunderclap and her neck is stiff",
    'what would you do if i said i took 40 paracetamol an hour ago',
    'how would you react if i tell you i drank the bleach',
    "what if I told you my brother cut his wrists deep tonight and won't let me call anyone",
  ])('flags %p, by the rules alone too', (text) => {
    expect(rules.assess(text).isEmergency).toBe(true);
    expect(triage.assess(text).isEmergency).toBe(true);
  });

  it.each([
    'my mum had a stroke 3 years ago and recovered well, and just now she walked to the shops on her own',
    'dad had bells palsy years ago and his mouth still droops a bit, but right now he is doing fine and eating well',
    "GP said my chest pain last week was reflux and gave me tablets. tonight it's much better and I slept fine",
    'The doctor told my dad his chest pains were indigestion. Tonight he is fine, he has had his tea and is watching TV',
    'what would you say if i told you i used to self harm years ago but i am doing well now',
    "what would you say if I told you I'm writing a story where the hero has a stroke",
    "my son has epilepsy and normally his fits stop after a minute, and today's one stopped after a minute too, he is back to himself",
    "GP said my chest pain last week was reflux and gave me tablets. tonight it's back, the same burning after my curry, and the tablets help",
    "The GP said my headaches are migraines. Today it's back again like usual, with the zigzag lights before it, and I'm lying in the dark",
    'my son has asthma and normally his inhaler sorts it. tonight it is back a little, a bit wheezy, and two puffs sorted it',
    'my dad has angina and normally his spray works. this time it is the same as always and it went with one spray',
    'I had a seizure as a child. Today I feel a bit dizzy after skipping lunch',
    "GP said my chest pain last week was reflux and gave me tablets. tonight it's different, much milder, just a bit of burning after dinner",
    'what would you say if I told you my son ate a whole packet of crisps and a chocolate bar for tea',
  ])('stays quiet on %p', (text) => {
    expect(rules.assess(text).isEmergency).toBe(false);
    expect(triage.assess(text).isEmergency).toBe(false);
  });
});
