/**
 * Session 49 (T72): Japanese writes a verb's negative in two ways: the spoken "-ない" ("力が入らない", "飲まない",
 * "起きない") the phrases list, and the written "-ず" that joins a clause to the next ("両足に力が入らず、", "ミルクを飲まず",
 * "呼んでも起きず"), which a message in a careful register uses as often. The written form is read as the spoken one, so
 * every phrase that lists "-ない" reads both. "ずつ" (each) and "ずっと" (all along) are not negatives and are left as
 * written; words that end in "ず" without being a verb ("まず", "必ず") become no phrase's words either way.
 */
export function withTheWrittenNegativeSpoken(text: string): string {
  return text.replace(/(?<=[\u3041-\u3093\u4e00-\u9fff])ず(?![っつ])/gu, 'ない');
}
