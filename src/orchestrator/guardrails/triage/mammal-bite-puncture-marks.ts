/**
 * Puncture marks of a bite told as a dog's or a cat's (NICE CKS bites): a mammal's teeth leave puncture marks, and the
 * bite is seen the same day for antibiotics, tetanus and a look at the wound, not as an envenomation. Two puncture marks
 * read as a snake's bite (TOXBASE: an adder's bite goes to hospital) are set aside only where the message tells a mammal
 * as the biter ("bitten by a nervous spaniel", "the dog ... bit me", "a cat bite") and names no venomous or unseen biter
 * anywhere (a snake, a spider, a scorpion, "something bit"), and only where the marks are heard alone: the message tells
 * no finding but the bite's own story (a little bleeding, the hand named, when it happened) and nothing of the person
 * unwell (review V6, V7: what else a pet's bite does, a deep wound, a sight lost, a throat swelling, a red streak and a
 * fever, was heard only through its marks, and a pet-bite reading was taken out twice for it).
 */

const MAMMAL = String.raw`(?:dogs?|pupp(?:y|ies)|pup|cats?|kittens?|hamsters?|rabbits?|ferrets?|horses?|pony|ponies|rats?|mice|mouse|guinea\s+pigs?|gerbils?|spaniels?|terriers?|labradors?|labs?|collies?|retrievers?|alsatians?|german\s+shepherds?|staff(?:ie|y|ies)|husk(?:y|ies)|greyhounds?|whippets?|lurchers?|poodles?|dachshunds?|chihuahuas?|pugs?|bulldogs?|rottweilers?|dobermanns?|dobermans?|jack\s+russells?|beagles?|boxers?|corgis?|schnauzers?|cockapoos?|cavapoos?)`;

/** A mammal told as the biter: "bitten on the hand by a nervous spaniel", "the dog bit me", "a cat bite". */
const MAMMAL_BITER = new RegExp(
  String.raw`\b(?:bitten|bit|nipped)\s+(?:[\w-]+\s+){0,4}?by\s+(?:(?:a|an|the|my|our|his|her|their|your|[\w-]+'s)\s+)?(?:[\w-]+\s+){0,2}?${MAMMAL}\b|\b${MAMMAL}\b[^.;?!]{0,40}?\b(?:bit|bites|has\s+bitten|had\s+bitten|nipped)\s+(?:me|him|her|them|us|my|his|their|our)\b|\b${MAMMAL}\s+bites?\b`,
);

/** A biter that may be venomous, or one not seen. */
const VENOMOUS_OR_UNSEEN =
  /\b(?:snakes?|adders?|vipers?|cobras?|rattlesnakes?|spiders?|scorpions?|jellyfish|weever|stingrays?|lionfish|something|unknown|insects?|did\s+not\s+see\s+what|not\s+sure\s+what)\b/;

/** The marks themselves: what the envenomation signal reads as a snake's bite. */
const MARKS = /\b(?:fang|puncture)\s+marks\b|\btwo\s+(?:little\s+|small\s+|tiny\s+)?(?:marks|holes|punctures)\b/;

/** What the bite's own story tells beside the marks: a little bleeding, the hand or the fingers named, when. */
const THE_BITE_STORY = new Set(['bleeding_any', 'bleeding_mentioned', 'acute_onset', 'burn_site', 'burn_small']);

/** The person told unwell after the bite, unless told absent just before it. */
const UNWELL =
  /\b(?:swell\w*\s+(?:fast|quickly|rapidly|up)|spreading|ballooning|streaks?|fever\w*|temperature|shiver\w*|sick|vomit\w*|faint\w*|dizzy|confus\w*|drows\w*|breath\w*|swallow\w*|throat|tongue|lips|cannot\s+(?:see|move|feel|bend|straighten)|numb\w*|pus|pouring|spurting|deep|gaping)\b/g;
const TOLD_ABSENT_BEFORE = /\b(?:no|not|nor|without|never|any)\s+(?:[\w-]+\s+(?:(?:or|nor|and)\s+)?){0,2}$/;

interface Finding {
  readonly phrase: string;
  readonly signal: {
    readonly id: string;
    readonly qualifier?: boolean;
    readonly discriminatorOnly?: boolean;
    readonly background?: boolean;
  };
}

function tellsThePersonUnwell(normalized: string): boolean {
  return [...normalized.matchAll(UNWELL)].some(
    (match) => !TOLD_ABSENT_BEFORE.test(normalized.slice(Math.max(0, match.index - 40), match.index)),
  );
}

/** Sets the puncture marks aside where a mammal is told as the biter, none venomous or unseen, and nothing else. */
export function applyMammalBitePunctureMarks<F extends Finding>(
  clauses: readonly { accepted: F[]; framed: F[] }[],
  normalized: string,
): void {
  const isMarks = ({ signal, phrase }: F): boolean => signal.id === 'envenomation' && MARKS.test(phrase);
  const accepted = clauses.flatMap((clause) => clause.accepted);
  if (!accepted.some(isMarks)) return;
  const alone = accepted.every(
    (finding) =>
      isMarks(finding) ||
      THE_BITE_STORY.has(finding.signal.id) ||
      finding.signal.qualifier ||
      finding.signal.discriminatorOnly ||
      finding.signal.background,
  );
  if (!alone || tellsThePersonUnwell(normalized)) return;
  if (!MAMMAL_BITER.test(normalized) || VENOMOUS_OR_UNSEEN.test(normalized)) return;
  for (const clause of clauses) {
    const marks = clause.accepted.filter(isMarks);
    clause.accepted = clause.accepted.filter((finding) => !marks.includes(finding));
    clause.framed.push(...marks);
  }
}
