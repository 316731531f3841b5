import type { Document } from 'bson';
import { cloneDocument, isPlainObject } from './bson-values.js';
import { isPlainTopLevelField, isPrototypeName } from './plain-field-name.js';

/**
 * The answer of a one-stage `$set` (or `$addFields`) update pipeline computed here instead of
 * through mingo's `aggregate`, for the small expression language of a counter: field paths
 * through plain subdocuments, `$$NOW`, number, string, boolean and null literals, object
 * literals, and `$add`, `$gt`, `$cond`, `$ifNull`, `$toLong` on numbers and dates. That is the
 * app's rate-limit upsert (one per request); mingo builds an aggregator and its operator context
 * for every document it updates, which costs several times the arithmetic.
 *
 * Every rule below is mingo's own (7.2, operators/pipeline/addFields.js and the expression
 * operators named), so the document is the one mingo would return, but for `$$NOW`, one instant
 * per statement as in mongod: a top-level field takes the evaluated value whole, `undefined`
 * removes it. Anything else (another operator, an array on a
 * path, a Long, a string where a number is added, `let` variables, `_id`) answers `undefined`
 * and mingo decides, so its errors and conversions stay its own.
 */
export function evaluateSetStage(current: Document, pipeline: Document[], now: Date): Document | undefined {
  if (pipeline.length !== 1) return undefined;
  const stage = pipeline[0]!;
  const stageName = Object.keys(stage)[0];
  if (Object.keys(stage).length !== 1 || (stageName !== '$set' && stageName !== '$addFields')) return undefined;
  const fields = stage[stageName] as unknown;
  if (!isPlainObject(fields)) return undefined;
  const names = Object.keys(fields);
  if (names.length === 0 || !names.every(isPlainFieldOtherThanId)) return undefined;

  const evaluation = new Evaluation(current, now);
  const values: unknown[] = [];
  try {
    // mingo evaluates every field against the document as it was before the stage.
    for (const name of names) {
      values.push(evaluation.value(fields[name]));
    }
  } catch (error) {
    if (error === NOT_HANDLED) return undefined;
    throw error;
  }
  const next = cloneDocument(current);
  names.forEach((name, index) => {
    const value = values[index];
    if (value === undefined) delete next[name];
    else next[name] = value;
  });
  return next;
}

/** Thrown inside an evaluation to hand the whole update back to mingo. */
const NOT_HANDLED = Symbol('not handled by the set-stage evaluation');

/** A field the evaluation may assign itself: plainly named, and not `_id` (which mingo guards). */
function isPlainFieldOtherThanId(name: string): boolean {
  return name !== '_id' && isPlainTopLevelField(name);
}

class Evaluation {
  /**
   * @param now the statement's one `$$NOW` (UpdateContext.now), as mongod takes it. (mingo takes
   * one per top-level field, so under load `now` and `expires_at` of one update could differ by a
   * millisecond or more, which no real MongoDB does.)
   */
  constructor(
    private readonly root: Document,
    private readonly now: Date,
  ) {}

  value(expression: unknown): unknown {
    if (typeof expression === 'string') {
      return expression.startsWith('$') ? this.variableOrPath(expression) : expression;
    }
    if (typeof expression === 'number' || typeof expression === 'boolean' || expression === null) return expression;
    if (!isPlainObject(expression)) throw NOT_HANDLED;
    const keys = Object.keys(expression);
    if (keys.length > 0 && keys[0]!.startsWith('$')) {
      if (keys.length !== 1) throw NOT_HANDLED;
      return this.operator(keys[0]!, expression[keys[0]!]);
    }
    const result: Document = {};
    for (const key of keys) {
      if (isPrototypeName(key)) throw NOT_HANDLED;
      result[key] = this.value(expression[key]);
    }
    return result;
  }

  private variableOrPath(expression: string): unknown {
    if (expression === '$$NOW') return new Date(this.now.getTime());
    if (expression.startsWith('$$') || expression.length === 1) throw NOT_HANDLED;
    let value: unknown = this.root;
    for (const segment of expression.slice(1).split('.')) {
      if (segment === '' || /^\d+$/.test(segment) || isPrototypeName(segment)) throw NOT_HANDLED;
      if (value === undefined) return undefined;
      if (value === null || typeof value !== 'object') return undefined;
      if (!isPlainObject(value)) throw NOT_HANDLED;
      value = Object.hasOwn(value, segment) ? value[segment] : undefined;
    }
    if (value === undefined || value === null) return value;
    if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
    throw NOT_HANDLED;
  }

  private operator(name: string, argument: unknown): unknown {
    switch (name) {
      case '$add':
        return add(this.values(argument));
      case '$gt':
        return greaterThan(this.values(argument));
      case '$cond':
        return this.condition(argument);
      case '$ifNull':
        return this.firstNotNull(argument);
      case '$toLong':
        return toLong(this.value(argument));
      default:
        throw NOT_HANDLED;
    }
  }

  private values(argument: unknown): unknown[] {
    if (!Array.isArray(argument)) throw NOT_HANDLED;
    return argument.map((item) => this.value(item));
  }

  /** mingo's `$cond`, array form, with a boolean condition (its strict-mode truthiness of a boolean is the boolean). */
  private condition(argument: unknown): unknown {
    if (!Array.isArray(argument) || argument.length !== 3) throw NOT_HANDLED;
    const test = this.value(argument[0]);
    if (typeof test !== 'boolean') throw NOT_HANDLED;
    return this.value(test ? argument[1] : argument[2]);
  }

  /** mingo's `$ifNull`: the first argument that is neither null nor missing, else the last one's value. */
  private firstNotNull(argument: unknown): unknown {
    if (!Array.isArray(argument)) throw NOT_HANDLED;
    let value: unknown = undefined;
    for (const item of argument) {
      value = this.value(item);
      if (value !== null && value !== undefined) return value;
    }
    return value;
  }
}

/** mingo's `$add`: null when an argument is null or missing, a date when one argument is a date. */
function add(values: unknown[]): unknown {
  let dateFound = false;
  let result = 0;
  for (const value of values) {
    if (value === null || value === undefined) return null;
    if (typeof value === 'number') {
      result += value;
    } else if (value instanceof Date && !dateFound) {
      dateFound = true;
      result += value.getTime();
    } else {
      throw NOT_HANDLED;
    }
  }
  return dateFound ? new Date(result) : result;
}

/** mingo's `$gt` of two numbers (other types compare by mingo's type order, which mingo decides). */
function greaterThan(values: unknown[]): boolean {
  if (values.length !== 2) throw NOT_HANDLED;
  const [left, right] = values;
  if (typeof left !== 'number' || typeof right !== 'number' || Number.isNaN(left) || Number.isNaN(right)) {
    throw NOT_HANDLED;
  }
  return left > right;
}

/** mingo's `$toLong` of a date: its milliseconds. */
function toLong(value: unknown): number {
  if (!(value instanceof Date)) throw NOT_HANDLED;
  return value.getTime();
}
