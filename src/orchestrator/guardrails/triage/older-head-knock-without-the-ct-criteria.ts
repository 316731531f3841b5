/**
 * An older adult's head knock told with neither of the findings that make age a criterion (NICE NG232): age 65 or over
 * asks for a CT within 8 hours only beside some loss of consciousness or amnesia since the injury, and it is no
 * criterion for referral on its own. A note or a relative telling both absent ("no LOC, no amnesia", "didn't black
 * out, remembers it all") of a knock with nothing else leaves the age no red flag: a minor head injury, seen in primary
 * care or a minor injuries unit. Only the age is set aside; an anticoagulant, vomiting, confusion, a headache getting
 * worse or any other finding told beside the knock keeps the reading as it was.
 */

/** Consciousness told as kept: "no LOC", "no loss of consciousness", "didn't black out", "wasn't knocked out". */
const CONSCIOUSNESS_KEPT =
  /\b(?:no|not|nor|without|denies|denied|never)\s+(?:\w+\s+){0,2}?(?:loc|loss\s+of\s+consciousness|lost\s+consciousness|knocked\s+(?:out|unconscious)|knock\s+(?:himself|herself|themselves|myself)\s+out|black(?:ed)?\s*out|blackouts?|pass(?:ed)?\s+out)\b/;

/** Memory told as kept: "no amnesia", "no memory loss", "remembers it all", "remembers the fall". */
const MEMORY_KEPT =
  /\b(?:no|not|nor|without|denies|denied)\s+(?:\w+\s+){0,2}?(?:amnesia|memory\s+(?:loss|gaps?|problems?))\b|\bremembers?\s+(?:it\s+all|all\s+of\s+it|everything|the\s+(?:whole\s+thing|fall|accident|knock|bump|injury))\b/;

/**
 * NG232's other referral criteria, read in the words themselves as well as by the rules (a note's list "no LOC, no
 * amnesia, vomited twice" must not lose its vomiting to the list's "no"): each counts unless told absent just before it.
 */
const REFERRAL_CRITERION =
  /\b(?:vomit\w*|sick|confus\w*|drows\w*|sleepy|muddled|disorient\w*|(?:worse|worsening|severe|bad|getting\s+worse|persistent|splitting|terrible)\s+headache|headache\s+(?:is\s+)?(?:getting\s+)?(?:worse|worsening|severe|bad)|seizure|fit|fitting|convuls\w*|anticoag\w*|blood\s+thinners?|warfarin|apixaban|rivaroxaban|edoxaban|dabigatran|clopidogrel|ticagrelor|bleeding\s+disorder|haemophilia|hemophilia|drunk|alcohol|intoxicated|weak\w*|numb\w*|double\s+vision|blurr\w*|slurr\w*|unsteady|clear\s+fluid|panda|behind\s+(?:the|his|her)\s+ear|brain\s+surgery|shunt|high[- ]energy|gcs\s+(?:1[0-4]|[3-9])\b)/g;
const TOLD_ABSENT_BEFORE = /\b(?:no|not|nor|without|denies|denied|never|any)\s+(?:[\w-]+\s+){0,2}$/;

/** What the knock itself tells beside the age: the knock, the fall, the wound it made and where it is. */
const THE_KNOCK = new Set([
  'head_knock',
  'elderly',
  'fall',
  'injury_mechanism',
  'wound_told',
  'bleeding_any',
  'blister_site_face_or_genitals',
  // The wound's size and site: "just a small graze", "on the sofa arm" read the burns' `burn_small` and `burn_site`
  // words, which tell the knock and its wound here.
  'burn_small',
  'burn_site',
  // A plain headache and the painkiller taken for it: NG232 makes only a persistent or worsening one a criterion, which
  // its own signal reads (`worsening_headache`) and which keeps the age standing.
  'headache',
  'paracetamol_named',
]);

function tellsAnotherCriterion(normalized: string): boolean {
  return [...normalized.matchAll(REFERRAL_CRITERION)].some(
    (match) => !TOLD_ABSENT_BEFORE.test(normalized.slice(Math.max(0, match.index - 40), match.index)),
  );
}

interface Finding {
  readonly signal: {
    readonly id: string;
    readonly qualifier?: boolean;
    readonly discriminatorOnly?: boolean;
    readonly background?: boolean;
    readonly timeless?: boolean;
  };
}

/** Whether the message tells both NG232 findings that make age a criterion as absent. */
export function tellsNeitherLossOfConsciousnessNorAmnesia(normalized: string): boolean {
  return CONSCIOUSNESS_KEPT.test(normalized) && MEMORY_KEPT.test(normalized);
}

/** Sets the age aside where a head knock is told with nothing else and both NG232 findings told absent. */
export function applyOlderHeadKnockWithoutTheCtCriteria<F extends Finding>(
  clauses: readonly { accepted: F[]; framed: F[] }[],
  normalized: string,
): void {
  const accepted = clauses.flatMap((clause) => clause.accepted);
  if (!accepted.some(({ signal }) => signal.id === 'head_knock')) return;
  if (!accepted.some(({ signal }) => signal.id === 'elderly')) return;
  const alone = accepted.every(
    ({ signal }) => THE_KNOCK.has(signal.id) || signal.qualifier || signal.discriminatorOnly || signal.background,
  );
  if (!alone || !tellsNeitherLossOfConsciousnessNorAmnesia(normalized) || tellsAnotherCriterion(normalized)) return;
  for (const clause of clauses) {
    const age = clause.accepted.filter(({ signal }) => signal.id === 'elderly');
    clause.accepted = clause.accepted.filter((finding) => !age.includes(finding));
    clause.framed.push(...age);
  }
}
