/**
 * New flashes and floaters told with the curtain absent (the Royal College of Ophthalmologists and the College of
 * Optometrists): new flashes and floaters without any loss of the visual field are a posterior vitreous detachment until
 * an examination finds a tear, seen within 24 hours; a curtain, a shadow or a part of the vision lost is a retinal
 * detachment, seen now. A message that tells the flashes or floaters, tells the curtain or shadow absent ("no shadow or
 * curtain") and no field lost, no pain and no injury leaves them a "see today". Only the flashes and floaters are set
 * aside (their signal is read by no rule but its own): every other finding of the message is left to the rules, and a
 * curtain, a shadow, a loss of vision in any words (a part of the sight gone dark, missing, smudged or misty: review
 * V33, 12:27), a pain or an injury told anywhere keeps the reading as it was.
 */

/** The curtain told absent: "no shadow or curtain", "without any curtain", "not like a curtain". */
const CURTAIN_TOLD_ABSENT =
  /\b(?:no|not|nor|without|never|denies|denied)\s+(?:\w+\s+){0,3}?(?:shadows?|curtains?|veils?)\b/;

/** A loss of the field or a curtain told, each unless told absent just before it. */
const FIELD_LOST =
  /\b(?:shadows?|curtains?|veils?|blind\s+spots?|dark\s+(?:area|patch|shape|cloud)|grey\s+(?:area|patch)|(?:lost|losing|lose|loss\s+of)\s+(?:\w+\s+){0,3}?(?:vision|sight|field)|cannot\s+see|can\s+not\s+see|blurr\w*|blind|field\s+(?:loss|defect)|(?:gone|going|went|turned|turning|is|are|looks?|looking)\s+(?:all\s+|a\s+bit\s+|very\s+)?(?:dark|darker|black|grey|gray|blank|dim|misty|cloudy|hazy|fuzzy)|smudg\w*|patch(?:es)?|missing|half\s+(?:of\s+)?(?:my|the|his|her|what)|(?:bottom|top|upper|lower|outer|inner|left|right)\s+(?:half|part|corner|side)|misty|cloudy|hazy|dimm?\w*|(?:pain|painful|hurts?|sore)|injur\w*|hit|knock\w*)\b/g;
const TOLD_ABSENT_BEFORE =
  /\b(?:no|not|nor|without|never|denies|denied|any)\s+(?:[\w-]+\s+(?:(?:or|nor|and)\s+)?){0,2}$/;

interface Finding {
  readonly phrase: string;
  readonly signal: { readonly id: string };
}

function tellsTheFieldLost(normalized: string): boolean {
  return [...normalized.matchAll(FIELD_LOST)].some(
    (match) => !TOLD_ABSENT_BEFORE.test(normalized.slice(Math.max(0, match.index - 40), match.index)),
  );
}

/** Sets the flashes and floaters aside where the message tells the curtain absent and no field lost. */
export function applyFloatersWithTheCurtainToldAbsent<F extends Finding>(
  clauses: readonly { accepted: F[]; framed: F[] }[],
  normalized: string,
): void {
  const accepted = clauses.flatMap((clause) => clause.accepted);
  const isFloaters = ({ signal, phrase }: F): boolean =>
    signal.id === 'retinal_detachment_signs' && !/\b(?:shadow|curtain|veil|cloud|blind\s+spot)\b/.test(phrase);
  if (!accepted.some(isFloaters)) return;
  if (!CURTAIN_TOLD_ABSENT.test(normalized) || tellsTheFieldLost(normalized)) return;
  for (const clause of clauses) {
    const floaters = clause.accepted.filter(isFloaters);
    clause.accepted = clause.accepted.filter((finding) => !floaters.includes(finding));
    clause.framed.push(...floaters);
  }
}
