/**
 * The metric names a PromQL expression reads. Not a full parser: it removes what cannot be a
 * metric name (strings, label matchers, ranges, `by (…)` / `on (…)` label lists, the label
 * argument of Grafana's label_values) and keeps every remaining identifier that is not called
 * as a function or a PromQL keyword. Enough for the expressions of this repository's rules and
 * dashboard; an unfamiliar construct shows up as a strange name in the test failure, never as a
 * silent pass.
 */
const KEYWORDS = new Set([
  'by',
  'without',
  'on',
  'ignoring',
  'group_left',
  'group_right',
  'and',
  'or',
  'unless',
  'offset',
  'bool',
  'inf',
  'nan',
]);

export function metricNamesIn(expression: string): string[] {
  const stripped = expression
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g, '""')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ')
    .replace(/\blabel_values\s*\(([^,)]*),[^)]*\)/g, ' ($1) ')
    .replace(/\$\{?\w+\}?/g, ' ');
  const names = new Set<string>();
  for (const match of stripped.matchAll(/(?<![\w.:$])([a-zA-Z_:][a-zA-Z0-9_:]*)(\s*\()?/g)) {
    const [, identifier, call] = match;
    if (call || KEYWORDS.has(identifier.toLowerCase())) continue;
    names.add(identifier);
  }
  return [...names];
}

/** Metric families (name → type) from the `# TYPE` lines of a Prometheus text exposition. */
export function exportedFamilies(exposition: string): Map<string, string> {
  const families = new Map<string, string>();
  for (const [, name, type] of exposition.matchAll(/^# TYPE (\S+) (\S+)$/gm)) families.set(name, type);
  return families;
}

/** Whether `name` is a series of an exported family (a histogram's `_bucket`, `_count` and `_sum` included). */
export function isExported(name: string, families: Map<string, string>): boolean {
  if (families.has(name)) return true;
  const histogramPart = /^(.*)_(bucket|count|sum)$/.exec(name);
  if (!histogramPart) return false;
  const type = families.get(histogramPart[1]);
  return type === 'histogram' || (type === 'summary' && histogramPart[2] !== 'bucket');
}
