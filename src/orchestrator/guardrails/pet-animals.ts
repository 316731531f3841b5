/**
 * The animals a pet owner asks a dose for ("the chocolate a dog ate", "the lethal dose for a cat"): an amount told of
 * one of them is the vet's answer, no means a person takes. Read alike by the lethal-means reading of a question
 * (`lethal-means-question.ts`) and by the answer rule that withholds an amount that kills (`lethal_quantity` in
 * `safety/answer-safety-rules.ts`), so the two set the same animals aside.
 */
export const PET_ANIMAL = String.raw`(?:dogs?|puppy|puppies|cats?|kittens?|pets?|horses?|rabbits?|hamsters?)`;
