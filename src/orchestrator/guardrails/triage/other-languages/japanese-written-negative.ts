/**
 * Session 49 (T72): Japanese writes a verb's negative in two ways: the spoken "-ない" ("力が入らない", "飲まない",
 * "起きない") the phrases list, and the written "-ず" that closes a clause before the next ("両足に力が入らず、",
 * "呼んでも起きず、"), which a message in a careful register uses as often. The written form is read as the spoken one,
 * so every phrase that lists "-ない" reads both. Only a "ず" that closes its clause is read: "ずつ" (each), "ずっと" (all
 * along), "-ずに" (without doing: "一度も起きずに朝まで寝た", slept through; review V31, 06:37) and a "ず" inside a word
 * ("恥ずかしい") are no negative state.
 */
export function withTheWrittenNegativeSpoken(text: string): string {
  return text.replace(/(?<=[\u3041-\u3093\u4e00-\u9fff])ず(?=[、。，,.!?！？\s]|$)/gu, 'ない');
}
