/**
 * Names that JavaScript objects treat specially: assigning `document['__proto__']` replaces the
 * stored document's prototype instead of storing a field, and a name inherited from
 * `Object.prototype` reads as present on every document. The server's direct paths (a `$set` of
 * top-level fields, the rate limiter's `$set` stage) leave such names to mingo, whose answer
 * (an error) is what the server gave before those paths existed.
 */
export function isPrototypeName(name: string): boolean {
  return name === '__proto__' || name === 'prototype' || name in Object.prototype;
}

/** A top-level field named plainly: not empty, no operator, no path, no prototype name. */
export function isPlainTopLevelField(name: string): boolean {
  return name !== '' && !name.startsWith('$') && !name.includes('.') && !isPrototypeName(name);
}
