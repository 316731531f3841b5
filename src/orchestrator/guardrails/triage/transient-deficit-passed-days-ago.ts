/**
 * A stroke-like deficit that came, went and ended more than 12 hours ago, with none since and the person normal now:
 * "my uncle said his arm went numb for a few mins at the bbq 2 days ago, fine since", "68M, 3 days ago 10 min of left
 * arm numbness and clumsiness that resolved completely; none since. Today neurologically normal", "dad had slurred
 * speech for 5 min yesterday, totally gone since, he's seeing the GP today".
 *
 * Why it is not an emergency now: a deficit that has fully gone is a transient ischaemic attack, and NICE NG128 (1.1.2)
 * sends a suspected TIA for specialist assessment within 24 hours of its onset (aspirin at once, the TIA clinic), not to
 * the emergency department by ambulance; a deficit happening now, or one that went within the last hours, stays
 * BE-FAST's emergency (thrombolysis and thrombectomy are decided in those hours). What sends a passed TIA on at once
 * stays an emergency: a deficit told again, still or back (crescendo TIAs), atrial fibrillation or a blood thinner (a
 * bleed must be excluded at once: NG128 1.1.3 and 1.4), an onset told within the last hours, and any other finding
 * the rules read beside it (a headache, confusion, a fall): see `emergency-triage.ts`.
 *
 * Read over the whole message: a time more than 12 hours back told for the deficit (`chest-pain-passed-days-ago.ts`'s
 * reading of time, where NICE CG95 draws the same 12-hour line for a passed chest pain), an ending told, nothing that
 * brings the deficit into the present, and none of the red flags told but as absent in its clause.
 */
import { ENDED, MORE_THAN_TWELVE_HOURS_AGO, NOT_OVER, RECENT_TIME } from './chest-pain-passed-days-ago.js';
import { toldAsAbsentInItsClause, toldPresent } from './told-as-absent.js';

/** The deficit told as over, in the words a neurological episode ends with beside those a pain ends with. */
const DEFICIT_ENDED = new RegExp(
  String.raw`${ENDED.source}|\b(?:(?:fully|completely|totally)\s+(?:recovered|gone|normal|back)|recovered|cleared|back\s+to\s+normal|(?:all\s+|totally\s+|completely\s+)?gone\s+since|(?:normal|well|ok|okay|right\s+as\s+rain|(?:him|her|my|them)sel(?:f|ves))\s+(?:ever\s+)?since|no\s+(?:current\s+)?symptoms)\b`,
);

/** "Back to normal", "back to her old self": a recovery, not a deficit come back. */
const BACK_TO_NORMAL = /\bback\s+to\s+(?:normal|(?:his|her|my|their)\s+(?:normal|usual|old)(?:\s+self)?)\b/g;

/**
 * What sends a passed TIA on at once, unless told as absent in its clause: atrial fibrillation or an irregular pulse,
 * a blood thinner, and episodes told as more than one.
 */
const RED_FLAG = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`(?:af|atrial\s+fibrillation)(?!\s+(?:not|no|unknown|none|negative)\b)|irregular(?:ly\s+irregular)?\s+(?:pulse|heart\w*)|pulse\s+(?:is\s+|was\s+)?irregular`,
      String.raw`anticoagul\w*|blood[- ]thinn\w*|warfarin|apixaban|rivaroxaban|edoxaban|dabigatran|eliquis|xarelto|doac|noac`,
      String.raw`twice|(?:two|three|several|a\s+few|few|2|3|multiple|repeated|more)\s+(?:\w+\s+)?(?:episodes|attacks|times|spells|bouts)|crescendo`,
    ].join('|') +
    String.raw`)\b`,
  'g',
);

/** A deficit's own words, which a recent time beside them brings into the present. */
const DEFICIT_TOLD =
  /\b(?:numb\w*|weak\w*|slurr\w*|droop\w*|clums\w*|tingl\w*|heavy|drag\w*|garbled|jumbled|lopsided|blind\w*|vision|speech|words?)\b/g;

/** Where a clause ends, for a recent time to be read with the deficit it tells: "yesterday, gone since, GP today". */
const CLAUSE_END = /[,;:]|\b(?:and|but|then|so|he'?s|she'?s|i'?m)\b/;

/** A deficit's words told within the last hours: "today my arm went numb again", "this morning her speech was slurred". */
function recentDeficitTold(sentences: readonly string[]): boolean {
  return sentences.some((sentence) =>
    sentence
      .split(CLAUSE_END)
      .some(
        (clause) =>
          RECENT_TIME.test(clause) &&
          [...clause.matchAll(DEFICIT_TOLD)].some((match) => !toldAsAbsentInItsClause(clause, match.index)),
      ),
  );
}

/**
 * Whether a normalised message tells a stroke-like deficit that passed more than 12 hours ago, with none since and no
 * red flag; `sentences` are the message's sentences, `deficitSentences` those the deficit was read in, each of which
 * tells the time or the ending.
 */
export function isTransientDeficitPassedDaysAgo(
  normalized: string,
  sentences: readonly string[],
  deficitSentences: readonly string[],
): boolean {
  return (
    deficitSentences.every((sentence) => MORE_THAN_TWELVE_HOURS_AGO.test(sentence) || DEFICIT_ENDED.test(sentence)) &&
    MORE_THAN_TWELVE_HOURS_AGO.test(normalized) &&
    DEFICIT_ENDED.test(normalized) &&
    !NOT_OVER.test(normalized.replace(BACK_TO_NORMAL, ' ')) &&
    !recentDeficitTold(sentences) &&
    !toldPresent(normalized, RED_FLAG)
  );
}
