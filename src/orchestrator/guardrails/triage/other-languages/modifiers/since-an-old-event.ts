import { toldAnywhere } from '../language-lexicon.js';

// A count of years is the stroke's only beside the stroke: "tôi hút thuốc từ 20 năm nay" (smoked for 20 years) before
// a chest pain is a risk factor told, not a deficit's baseline.
const VIETNAMESE_STROKE = String.raw`(?:tai bien|dot quy|dot qui)`;

/**
 * A deficit told as dating from an old stroke, the language's way: "desde o AVC de 2019", "từ sau tai biến 3 năm nay",
 * "felçten beri". Read into the English the English rules read an old event by ("since the stroke", "for 3 years",
 * `residual-deficit-of-an-old-event.ts`), so the slurred speech or the weak side the stroke left, told unchanged, is the
 * person's baseline (AHA/ASA: the warning sign is what is sudden and new). Only "since" before the stroke's own word and
 * a count of years are read; the stroke word is left to the lexicon. Session 61 (T129).
 */
const CONSTRUCTIONS: Readonly<Record<string, ReadonlyArray<readonly [string, string]>>> = {
  portuguese: [
    [
      String.raw`desde (?:o|a|que (?:teve|tive|ela teve|ele teve) (?:o|a|um|uma))(?= (?:avc|derrame|acidente vascular|trombose))`,
      'since the',
    ],
  ],
  vietnamese: [
    [String.raw`(?:ke tu|tu|tu khi) sau(?= (?:tai bien|dot quy|dot qui|lan tai bien|lan dot quy))`, 'since the'],
    [String.raw`${toldAnywhere(VIETNAMESE_STROKE)}\d+ nam (?:nay|roi|qua)`, 'for # years'],
  ],
  turkish: [[String.raw`(?:felc|inme)(?:ten|den) beri`, 'since the stroke']],
};

/** A language's "since the stroke" and its years as phrases of its lexicon. */
export function sinceAnOldEvent(language: keyof typeof CONSTRUCTIONS): ReadonlyArray<readonly [string, string]> {
  return CONSTRUCTIONS[language] ?? [];
}
