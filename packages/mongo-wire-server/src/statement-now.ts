import type { Document } from 'bson';
import { isPlainObject } from './bson-values.js';

/**
 * An update pipeline with every `$$NOW` replaced by the statement's one instant, for mingo.
 *
 * mongod reads its clock once per statement: every field, stage and document of one update sees
 * the same `$$NOW`. mingo reads it once per top-level field of each stage, so on a loaded host two
 * fields of one update (a counter's `now` and `expires_at`, the sign-in throttle's window and its
 * lease) could be a millisecond or more apart. Nothing inside `$literal` is an expression, so
 * nothing there is replaced. Each replacement is a Date of its own: no two stored fields share one.
 */
export function withStatementNow(pipeline: Document[], now: Date): Document[] {
  return pipeline.map((stage) => replaceNow(stage, now) as Document);
}

function replaceNow(expression: unknown, now: Date): unknown {
  if (expression === '$$NOW') return { $literal: new Date(now.getTime()) };
  if (Array.isArray(expression)) return expression.map((item) => replaceNow(item, now));
  if (!isPlainObject(expression)) return expression;
  const keys = Object.keys(expression);
  if (keys.length === 1 && keys[0] === '$literal') return expression;
  return Object.fromEntries(keys.map((key) => [key, replaceNow(expression[key], now)]));
}
