const ALSO_CALLED =
  /\b(?:also (?:called|known as|referred to as)|sometimes called|formerly (?:called|known as))\s+([^.;:()]{3,160})/gi;

/**
 * The other names a passage gives its focus: "Shingles, also called herpes zoster, ..." →
 * ["herpes zoster"]. MedQuAD's answers are where patients' names and clinical names meet, so
 * they are indexed beside the focus (the data half of the lay ↔ clinical vocabulary).
 */
export function focusSynonymsIn(answer: string): string[] {
  const found = new Set<string>();
  for (const [, list] of answer.slice(0, 4000).matchAll(ALSO_CALLED)) {
    for (const name of list.split(/,|\bor\b|\band\b/)) {
      const cleaned = name
        .replace(/^\s*(the|a|an)\s+/i, '')
        .replace(/["“”']/g, '')
        .trim();
      if (cleaned.length >= 3 && cleaned.split(/\s+/).length <= 6) found.add(cleaned);
    }
  }
  return [...found];
}
