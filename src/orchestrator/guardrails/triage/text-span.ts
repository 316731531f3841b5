/** A half-open character range [start, end) inside one clause. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

export function findSpans(patterns: readonly RegExp[], text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
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
