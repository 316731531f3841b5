/**
 * A food the child (or adult) is allergic to, eaten by accident: "my son has a milk allergy and accidentally had a bit of
 * cheese", "she accidentally ate a biscuit with nuts in it at the party", "he ate some egg by mistake, he's allergic".
 *
 * Why it is no medicine error: Schmitt-Thompson and TOXBASE read "by mistake" as a medicine, a dose or a product
 * swallowed; a food is none of those. What an allergen eaten by accident does is read by the allergy rule on its own
 * signs (Resuscitation Council UK anaphylaxis, NICE CG116: breathing, swelling of the lips, tongue or throat, collapse),
 * which this leaves in place; hives that settled with an antihistamine go to the GP or the allergist.
 *
 * Read only where the sentence names no medicine, product, plant, mushroom or drug (those stay the poisoning the rules
 * read: "accidentally ate her gran's laxative chocolate", "accidentally ate a berry from the hedge"), and where the
 * sentence tells an allergy or the food eaten is one of the common allergens.
 */
const NOT_A_FOOD = String.raw`(?:doses?|medicines?|medication|meds|tablets?|pills?|capsules?|calpol|nurofen|paracetamol|ibuprofen|syrup|insulin|laxatives?|bleach|cleaner|detergent|batter(?:y|ies)|magnets?|e-?liquid|nicotine|poison\w*|chemicals?|pods?|berr(?:y|ies)|mushrooms?|toadstools?|plants?|leaves|cannabis|weed|thc|edibles?|gumm(?:y|ies)|alcohol|vodka|wine|beer|drugs?)`;
const ALLERGY_TOLD = String.raw`(?:allerg\w*|intoleran\w*|coeliac|celiac)`;
const COMMON_ALLERGEN = String.raw`(?:nuts?|nutty|peanuts?|cashews?|almonds?|walnuts?|hazelnuts?|pistachios?|pecans?|sesame|eggs?|milk|dairy|cheese|yogh?urt|butter|wheat|gluten|fish|shellfish|prawns?|shrimps?|crab|lobster|mussels|soya?|satay|pesto|hummus|houmous)`;
const BY_ACCIDENT = String.raw`(?:by\s+mistake|by\s+accident|accidentally)`;

export const ALLERGEN_EATEN_BY_ACCIDENT = new RegExp(
  String.raw`^(?![^.;]*\b${NOT_A_FOOD}\b)(?:(?=[^.;]*\b${ALLERGY_TOLD}\b)[^.;]*\b${BY_ACCIDENT}\b|[^.;]*\b${BY_ACCIDENT}\b[^.;]{0,60}\b${COMMON_ALLERGEN}\b|[^.;]*\b${COMMON_ALLERGEN}\b[^.;]{0,30}\b${BY_ACCIDENT}\b)`,
);
