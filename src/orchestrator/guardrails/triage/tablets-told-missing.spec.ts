import { EmergencyTriage } from '../emergency-triage.js';

const triage = EmergencyTriage.withWordingModel();
const rules = new EmergencyTriage();

/**
 * Tablets told by the count missing from a pack (NPIS / TOXBASE: an unknown count is taken at its most;
 * issue 11; development-15 line 77 and three lines of other development sets): "five tablets popped out
 * and missing", "up to 4 tabs missing", "twelve are missing", "reckon 8-10 gone". Read as an empty pack
 * is, so it needs a child or a toxic effect beside it. The look-alikes count something else as gone, or
 * tablets missing from an adult's box with nothing wrong.
 */
describe('EmergencyTriage: tablets told by the count missing', () => {
  it.each([
    'my 4 year old was alone in the bathroom and there are six of my sleeping tablets missing from the strip',
    "found my toddler with nan's heart pills, I think three are gone from the pack and he's very sleepy",
    "my 15 year old son's antidepressants: ten tablets are unaccounted for and he's slurring his words",
    "grandad's blister pack has 7 popped out that should still be there and he is confused and drowsy",
    "our 2 year old got hold of the bottle of children's ibuprofen, it's nearly empty now and it was full this morning",
    "found my 3 year old in the kitchen with my iron tablets, reckon 5 or 6 gone, she's been sick",
  ])('flags %p, by the rules alone too', (text) => {
    expect(rules.assess(text).isEmergency).toBe(true);
    expect(triage.assess(text).isEmergency).toBe(true);
  });

  it.each([
    "I counted mum's tablets at the weekend and four are missing, I think she just forgot to put them in her dosette, she's her usual self",
    "I'm 8 weeks gone and have a bit of brown spotting, is that normal?",
    "my toddler's dummy has gone missing and he won't settle, any tips?",
    'my son is 7 and his 2 front teeth are missing now, when do the adult ones come through?',
  ])('stays quiet on %p', (text) => {
    expect(rules.assess(text).isEmergency).toBe(false);
    expect(triage.assess(text).isEmergency).toBe(false);
  });
});
