import { EmergencyTriage } from '../emergency-triage.js';

const triage = EmergencyTriage.withWordingModel();
const rules = new EmergencyTriage();

/**
 * A child who ate or swallowed someone else's tablets got into them: what the tablets are for ("my
 * tablet for pain", "grandma tablet for pressure") names the owner's complaint, not a dose given for
 * the child's (review V8, session 27: "he eat some of my tablet for pain, maybe 10" was read as a dose).
 * A child's own tablet, or a tablet taken for a complaint, stays a question about a dose.
 */
describe('EmergencyTriage: a child who ate or swallowed someone else’s tablets', () => {
  it.each([
    'my son he is 3 year, he eat some of my tablet for pain, maybe 10, now he sleepy and vomit',
    'my daughter 2 year, she swallow some of grandma tablet for pressure, i think 6, she is very sleepy now',
    'baby girl eat her father tablet for diabetes, she is 18 month, now sweating and shaking',
    'he chew some of my pill for sleep, maybe 8 of them, he is 4 year and not waking good',
    'my boy drink some of my syrup for cough, half the bottle, he is 2 and very drowsy',
  ])('flags %p, by the rules alone too', (text) => {
    expect(rules.assess(text).isEmergency).toBe(true);
    expect(triage.assess(text).isEmergency).toBe(true);
  });

  it.each([
    'my son 6 year, he take half of his tablet for the allergy, is it enough?',
    'my daughter is 15, she take my tablet for headache sometimes, is it ok?',
    'can my son take some of my tablet for pain, he is 12?',
    'she swallow her tablet for asthma with water every morning, is it ok with food?',
  ])('stays quiet on %p', (text) => {
    expect(triage.assess(text).isEmergency).toBe(false);
  });
});

/**
 * Medication errors told beside an everyday medicine given twice stay medication errors. A reading of one
 * extra dose of paracetamol or ibuprofen as a question for the pharmacist was tried this session and
 * taken out: review V9 beat each list of what makes it unsafe within minutes (mls, 500 mg, 1000, a second
 * ingestion, a tablet in the mouth, 6+ sachets, Lemsip, Beechams). These lines, several of them V9's,
 * hold what it silenced.
 */
describe('EmergencyTriage: medication errors beside an everyday medicine given twice', () => {
  it.each([
    'accidentally gave my 3 year old two doses of calpol an hour apart and now she is floppy, grey and very hard to wake',
    'gave my 18 month old an extra dose of her methadone by accident, she is drowsy',
    'by mistake my husband gave our 2 year old two doses of his amitriptyline instead of her calpol',
    'i have been giving my 4 year old a double dose of calpol every 4 hours for 3 days by mistake, he is now vomiting and yellow',
    'accidentally gave my 2 year old the adult paracetamol tablets twice, 4 tablets in total',
    'my partner and I both gave our 6 month old an extra dose of her insulin, she is sweaty and shaking',
    'I took my paracetamol twice by accident, 16 tablets altogether since this morning',
    'my 3 year old got hold of the calpol and drank the whole bottle',
    // Review V9's lines in this frame: a bottle drunk beside the slip, a stronger product, a baby's 10 ml.
    "my 2 year old got the calpol open and drank half of the bottle of calpol, I'd already given him his dose twice today",
    'accidentally gave him the extra strength tylenol twice, thought it was the kids one, he is 18 months and about 10kg',
    'i give my baby 2 doses of calpol 10 ml each in one hour, she 2 month old, now she sleep too much',
    "my son got two doses of calpol, one from me and one from nursery, but nursery gave him 40 mls by mistake, he's 2 and seems ok",
    // The size of each dose told beyond one child's (review V9): spoons, tablets, grams, 500 mg in a child.
    'accidentally gave my 2 year old two doses of calpol, 4 teaspoons each time, she seems fine',
    'by mistake gave my 3 year old paracetamol twice, 500mg each time, she seems fine',
    'i gave my son calpol twice by accident, 2 spoons each time, he is 6 year, he look fine',
    'gave my 4 year old an extra dose of calpol by mistake, 1.5 grams altogether, is he ok',
    // An unknown ingestion told beside the slip, and a strength told without its unit (review V9, 10:06).
    'accidentally gave my 4 year old paracetamol 1000 twice, the ones from my cupboard, 2 hours apart',
    "my daughter 2 drank some of the liquid from the medicine cupboard, no label, and I'd given her a second dose of ibuprofen this morning",
    'toddler swallowed a few of the white tablets from my handbag, then the childminder gave him a second dose of calpol not knowing',
    "my 2 yr old ate some of the pills in the bottom of my bag, I don't know which, and I gave her a second dose of nurofen before I noticed",
    // An ingestion not known beside the slip (review V9, at 00a1f9d).
    "there was a tablet in her mouth when I picked her up, I don't know if she had more, and she'd had calpol twice this morning",
    // Review V9, 10:56 at cf6538e: sachets and cold remedies that hold paracetamol too.
    "gave my 1 year old two sachets of the 6+ calpol twice by mistake, she's 10kg",
    "my 2 year old had a beechams hot lemon sachet from his dad and then I gave him a second dose of calpol, now he's sick",
    "gave my 3 year old a lemsip for her cold and then calpol twice by mistake because my mum didn't know, she's 14kg",
    'gave my 5 year old two doses of nurofen an hour apart, she is not fine, she keeps vomiting and is grey and floppy',
  ])('flags %p, by the rules alone too', (text) => {
    expect(rules.assess(text).isEmergency).toBe(true);
    expect(triage.assess(text).isEmergency).toBe(true);
  });
});
