/**
 * Freezes plain objects and arrays all the way down, for a value that is shared between readers
 * (a cache's): none of them can change what the next one reads. Class instances (ObjectId, Date,
 * Buffer) are left as they are: some keep state of their own, and a typed array cannot be frozen.
 */
export function deepFreeze<V>(value: V): V {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== Array.prototype && prototype !== null) return value;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return value;
}
