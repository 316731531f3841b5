/**
 * Whether a story's own findings are all the message tells: the check each reading that sets a familiar story aside
 * (a usual migraine aura, the deficit an old stroke left, an uncomplicated faint) makes before it reads the story.
 * Any other finding the rules read (a red flag told beside the story) keeps the message as the rules read it.
 */

/**
 * A finding as the rules read it: whether its signal is a finding of its own, and the signal's id by which a story's
 * reading knows its own findings.
 */
export interface ReadFinding {
  readonly signal: {
    readonly id: string;
    readonly qualifier?: boolean;
    readonly discriminatorOnly?: boolean;
    readonly timeless?: boolean;
  };
}

/**
 * How something is told (a qualifier), a word a rule reads only beside another (a discriminator) or a circumstance
 * (timeless): no finding of its own, so no finding beside the story.
 */
function isNoFindingOfItsOwn({ signal }: ReadFinding): boolean {
  return Boolean(signal.qualifier || signal.discriminatorOnly || signal.timeless);
}

/**
 * Whether the message's accepted findings hold at least one of the story's own (`isOwn`) and nothing else but how
 * something is told, a discriminator or a circumstance.
 */
export function tellsOnlyItsOwnFindings<F extends ReadFinding>(
  clauses: readonly { readonly accepted: readonly F[] }[],
  isOwn: (finding: F) => boolean,
): boolean {
  const accepted = clauses.flatMap((clause) => clause.accepted);
  return accepted.some(isOwn) && accepted.every((finding) => isOwn(finding) || isNoFindingOfItsOwn(finding));
}

/**
 * Sets a familiar story's own findings aside (from what the clauses accept to what they frame: told, and read as not
 * alarming) where the message tells only them and reads as that story (`isTheStory`): a usual migraine aura, an
 * uncomplicated faint, a limb gone dead from how it lay, a known epilepsy's usual seizure.
 */
export function setAsideAStoryToldAlone<F extends ReadFinding>(
  clauses: readonly { accepted: F[]; framed: F[] }[],
  isOwn: (finding: F) => boolean,
  isTheStory: () => boolean,
): void {
  if (!tellsOnlyItsOwnFindings(clauses, isOwn) || !isTheStory()) return;
  for (const clause of clauses) {
    const own = clause.accepted.filter(isOwn);
    clause.accepted = clause.accepted.filter((finding) => !own.includes(finding));
    clause.framed.push(...own);
  }
}
