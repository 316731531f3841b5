import { EmergencyTriage } from '../emergency-triage.js';

const triage = EmergencyTriage.withWordingModel();
const rules = new EmergencyTriage();

/**
 * Speech broken by breath, told any way round (BTS/SIGN acute asthma: cannot complete sentences in one
 * breath; issue 11; development-15 lines 10 and 13, and the same kind in two other development sets):
 * "having to stop halfway through sentences to get a breath", "stop to breathe after every three or four
 * words", "cannot manage to finish a sentence without stopping for air". The look-alikes stop for breath on
 * exertion, or pause in a sentence for another reason.
 */
describe('EmergencyTriage: speech broken by breath', () => {
  it.each([
    "I'm having to stop halfway through sentences to get a breath and my blue inhaler isn't touching it",
    'my husband keeps pausing mid sentence to catch his breath, he has COPD and it came on this afternoon',
    'she has to stop to breathe after every two or three words and her chest is pulling in',
    'I cannot manage to finish a sentence without stopping for air since this morning',
    'dad is stopping for breath between every couple of words and sitting bolt upright',
    'my 8 year old is wheezing and pausing in the middle of her sentences to get air',
  ])('flags %p, by the rules alone too', (text) => {
    expect(rules.assess(text).isEmergency).toBe(true);
    expect(triage.assess(text).isEmergency).toBe(true);
  });

  it.each([
    "I had to stop halfway up the stairs to get my breath, I'm just unfit",
    'I keep pausing in the middle of sentences because I forget what I was saying, is it stress?',
    'my singing teacher says I take a breath every few words and should work on breath control',
    "I get a bit puffed if I talk while walking uphill, and I'm fine as soon as I stop",
  ])('stays quiet on %p', (text) => {
    expect(rules.assess(text).isEmergency).toBe(false);
    expect(triage.assess(text).isEmergency).toBe(false);
  });
});
