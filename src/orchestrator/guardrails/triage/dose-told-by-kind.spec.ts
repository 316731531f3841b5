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
 * One extra dose of an everyday medicine (paracetamol, ibuprofen, an antihistamine) given or taken by
 * mistake - two doses an hour apart, an extra spoonful, the morning tablet twice - is a question for the
 * pharmacist: a single extra therapeutic dose stays far below a harmful amount (TOXBASE; NHS medicines
 * advice). The reading needs the slip told as one extra dose of such a medicine; a medicine where one
 * extra dose harms, an adult's product in a child, or doses repeated over hours or days are the
 * medication errors they were.
 */
describe('EmergencyTriage: one extra dose of an everyday medicine', () => {
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
    'gave my 5 year old two doses of nurofen an hour apart, she is not fine, she keeps vomiting and is grey and floppy',
  ])('flags %p, by the rules alone too', (text) => {
    expect(rules.assess(text).isEmergency).toBe(true);
    expect(triage.assess(text).isEmergency).toBe(true);
  });

  it.each([
    "Oops, I gave my 7 year old his ibuprofen twice this morning because my husband had already done it. He's running round fine. Should I skip lunchtime's?",
    'My partner and I both gave our toddler a dose of Calpol about 45 minutes apart without telling each other. She is happy and playing, when can she have the next one?',
    'I gave my daughter 2 doses of nurofen by mistake, 3 hours apart instead of 6. She is fine and watching telly.',
    'accidentally took a second dose of my cetirizine this morning, is that ok?',
    'gave my 4yo an extra 5ml of calpol by accident, he seems fine, do I skip the next one?',
  ])('stays quiet on %p', (text) => {
    expect(triage.assess(text).isEmergency).toBe(false);
  });
});
