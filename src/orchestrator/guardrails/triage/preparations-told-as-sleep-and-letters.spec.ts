import { EmergencyTriage } from '../emergency-triage.js';

const triage = EmergencyTriage.withWordingModel();
const rules = new EmergencyTriage();

/**
 * Two Columbia items told in plain words (issue 11; development-16 line 109, beside "I've written letters
 * to my kids / to my mum and my brother" and "sleep forever" in other development sets): a question about
 * a lethal amount that tells death as sleep ("how many would it take to make me sleep for good / never
 * wake up"), and letters written to the people left behind, a preparatory act. Each is a lethality query
 * or a preparation, so each still needs a second item (means, despair, intent, a plan) beside it. The
 * look-alikes ask how much of something makes a child sleep through or how much sleep is enough, or write
 * letters to an MP, grandparents or a late husband.
 */
describe('EmergencyTriage: death told as sleep, letters left behind', () => {
  it.each([
    "how many of my amitriptyline would it take to make me sleep for good? I've written letters to my kids",
    "how many of my mum's sleeping tablets would it take to never wake up, I've got the whole box and nothing left to stay for",
    "my brother asked me how many of his codeine it takes to not wake up, and he's written letters to each of us",
    "i feel like a burden to everyone. i've written letters to my kids, my sister and my best friend, and tonight i'm done",
  ])('flags %p, by the rules alone too', (text) => {
    expect(rules.assess(text).isEmergency).toBe(true);
    expect(triage.assess(text).isEmergency).toBe(true);
  });

  it.each([
    'how much melatonin would it take to make my toddler sleep through the night?',
    'how many cups of coffee does it take to stop breathing properly at night, asking for my sleep apnoea study',
    "I've written letters to my MP and the council about the clinic closure, what else can I do?",
    'my daughter has written letters to her grandparents for Christmas, any ideas for what to draw on them?',
    'how many hours of sleep does it take to feel rested for good?',
    'grief counsellor suggested I write letters to my late husband, is that normal?',
  ])('stays quiet on %p', (text) => {
    expect(rules.assess(text).isEmergency).toBe(false);
    expect(triage.assess(text).isEmergency).toBe(false);
  });
});
