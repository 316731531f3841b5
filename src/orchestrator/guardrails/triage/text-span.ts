/** A half-open character range [start, end) inside one clause. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * Every match of a global `pattern` in `text`, in order, exactly as `text.matchAll(pattern)` finds
 * them. matchAll runs on a copy of the pattern (a new RegExp per call, looked up again in V8's
 * compilation cache, and an iterator); triage runs some 90 patterns this way per message, so this
 * runs the pattern itself from the start of `text` and leaves its `lastIndex` at 0, as the last
 * failed search of a global pattern does. Synchronous, so no other caller sees the pattern meanwhile.
 */
export function matchesIn(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`matchesIn needs a global pattern, got ${String(pattern)}`);
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    matches.push(match);
    // An empty match would be found again at the same place: step past it, by a whole code point in a unicode pattern.
    if (match[0] === '')
      pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes('v'));
  }
  return matches;
}

function nextIndex(text: string, index: number, byCodePoint: boolean): number {
  if (!byCodePoint || index + 1 >= text.length) return index + 1;
  const first = text.charCodeAt(index);
  if (first < 0xd800 || first > 0xdbff) return index + 1;
  const second = text.charCodeAt(index + 1);
  return second >= 0xdc00 && second <= 0xdfff ? index + 2 : index + 1;
}

export function findSpans(patterns: readonly RegExp[], text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const pattern of patterns) {
    for (const match of matchesIn(pattern, text)) {
      spans.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  return spans;
}

export function overlaps(a: TextSpan, b: TextSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: TextSpan, inner: TextSpan): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
