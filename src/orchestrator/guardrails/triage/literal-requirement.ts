/**
 * What literal text a regular expression needs in a string before it can match there, as a small
 * and/or tree of words: `\bchest\s+(?:pain|ache)` needs "chest" and one of "pain" or "ache".
 *
 * The one reading of the signals' pattern sources, used twice by the signal prefilter: the tree's
 * triggers (`triggersOf`, one set of words of which any match holds one) are what a whole message
 * is checked against, and a clause is then searched only for the patterns whose words it holds in
 * full: the tree keeps every word a match needs, so "he is" no longer lets through a pattern that
 * also needs "unresponsive". A positive lookaround reads the same string, so its words are needed
 * too; a negative one, a class, an escape like `\w` or anything optional needs nothing. Anything it
 * cannot read it treats as needing nothing, which only costs speed, never a match.
 */

/** A literal, by its index in the list the requirement was built with; all of some; any of some; or nothing. */
export type LiteralRequirement =
  | { readonly literal: number }
  | { readonly all: readonly LiteralRequirement[] }
  | { readonly any: readonly LiteralRequirement[] }
  | null;

/** Literals shorter than this are in nearly every clause: checking them costs more than it saves. */
const SHORTEST_USEFUL_LITERAL = 2;

/** Builds requirements, numbering their literals in one shared list. */
export class LiteralRequirementBuilder {
  readonly literals: string[] = [];
  private readonly numbers = new Map<string, number>();

  /** `literals`: those numbered by an earlier reading (see signal-requirements.ts), kept under their numbers. */
  constructor(literals: readonly string[] = []) {
    for (const literal of literals) {
      this.numbers.set(literal, this.literals.length);
      this.literals.push(literal);
    }
  }

  /** What `source` (a pattern without the `i`, `s` or `u` flags) needs in the string it is run on. */
  requirementOf(source: string): LiteralRequirement {
    const cursor: Cursor = { source, index: 0 };
    const requirement = this.parseAlternation(cursor);
    return cursor.index === source.length ? requirement : null;
  }

  /**
   * Literals of which at least one is in any string that meets the requirement (null: it is always
   * met). Of parts all needed, the one whose shortest literal is longest: long words are rare, so
   * few strings hold one and the whole requirement is seldom evaluated.
   */
  triggersOf(requirement: LiteralRequirement): readonly number[] | null {
    if (requirement === null) return null;
    if ('literal' in requirement) return [requirement.literal];
    if ('any' in requirement) {
      const union = new Set<number>();
      for (const part of requirement.any) {
        const triggers = this.triggersOf(part);
        if (triggers === null) return null;
        for (const literal of triggers) union.add(literal);
      }
      return [...union];
    }
    let best: readonly number[] | null = null;
    for (const part of requirement.all) {
      const triggers = this.triggersOf(part);
      if (triggers !== null && (best === null || this.shortest(triggers) > this.shortest(best))) best = triggers;
    }
    return best;
  }

  private shortest(literals: readonly number[]): number {
    return Math.min(...literals.map((literal) => this.literals[literal].length));
  }

  private number(literal: string): LiteralRequirement {
    if (literal.length < SHORTEST_USEFUL_LITERAL) return null;
    let number = this.numbers.get(literal);
    if (number === undefined) {
      number = this.literals.length;
      this.literals.push(literal);
      this.numbers.set(literal, number);
    }
    return { literal: number };
  }

  private parseAlternation(cursor: Cursor): LiteralRequirement {
    const branches: LiteralRequirement[] = [this.parseSequence(cursor)];
    while (cursor.source[cursor.index] === '|') {
      cursor.index++;
      branches.push(this.parseSequence(cursor));
    }
    if (branches.some((branch) => branch === null)) return null;
    return branches.length === 1 ? branches[0] : { any: branches };
  }

  private parseSequence(cursor: Cursor): LiteralRequirement {
    const { source } = cursor;
    const needed: LiteralRequirement[] = [];
    let literal = '';
    const flush = () => {
      const requirement = this.number(literal);
      if (requirement !== null) needed.push(requirement);
      literal = '';
    };
    while (cursor.index < source.length && source[cursor.index] !== '|' && source[cursor.index] !== ')') {
      const start = cursor.index;
      const atom = this.parseAtom(cursor);
      const quantifier = parseQuantifier(cursor);
      if (atom.char !== undefined && quantifier === 'one') {
        literal += atom.char;
        continue;
      }
      flush();
      if (quantifier !== 'optional' && atom.requirement !== null) needed.push(atom.requirement);
      if (cursor.index === start) return null;
    }
    flush();
    if (needed.length === 0) return null;
    return needed.length === 1 ? needed[0] : { all: needed };
  }

  private parseAtom(cursor: Cursor): Atom {
    const { source } = cursor;
    const char = source[cursor.index];
    if (char === '(') {
      const lookaround = /^\(\?(<?)([=!])/.exec(source.slice(cursor.index));
      const opening = lookaround ?? /^\((?:\?:|\?<[A-Za-z_$][\w$]*>)?/.exec(source.slice(cursor.index));
      cursor.index += opening?.[0].length ?? 1;
      const inner = this.parseAlternation(cursor);
      if (source[cursor.index] === ')') cursor.index++;
      // A negative lookaround needs the absence of its text; a positive one its presence in the same string.
      return { requirement: lookaround && lookaround[2] === '!' ? null : inner };
    }
    if (char === '[') {
      let end = cursor.index + 1;
      while (end < source.length && source[end] !== ']') end += source[end] === '\\' ? 2 : 1;
      cursor.index = end + 1;
      return { requirement: null };
    }
    if (char === '\\') {
      // \x41, \u2019, \u{1F600}, \p{L}, \cA, \k<name>: the whole escape is one atom that needs nothing.
      const escape = /^\\(?:x[\da-fA-F]{2}|u\{[\da-fA-F]+\}|u[\da-fA-F]{4}|[pP]\{[^}]*\}|c[A-Za-z]|k<[^>]*>|.)/.exec(
        source.slice(cursor.index),
      );
      const escaped = source[cursor.index + 1];
      cursor.index += escape?.[0].length ?? 2;
      return /[a-zA-Z0-9]/.test(escaped) ? { requirement: null } : { char: escaped, requirement: null };
    }
    cursor.index++;
    if (char === '.' || char === '^' || char === '$') return { requirement: null };
    return { char, requirement: null };
  }
}

/** Whether the literals flagged in `present` (one flag per literal number) meet the requirement. */
export function isMet(requirement: LiteralRequirement, present: Uint8Array): boolean {
  if (requirement === null) return true;
  if ('literal' in requirement) return present[requirement.literal] === 1;
  if ('all' in requirement) return requirement.all.every((part) => isMet(part, present));
  return requirement.any.some((part) => isMet(part, present));
}

/**
 * The largest `from` at which the requirement is met by the literals that occur at or after `from`, given where each
 * literal last starts (`lastStart`, -1 for none, as `lastIndexOf` gives it): `isMet(requirement, present)` with
 * `present[literal] = lastStart[literal] >= from` holds exactly when `from` is at most this. A literal holds up to its
 * last start, all of some up to the earliest of theirs, any of some up to the latest; nothing needed holds everywhere.
 * One reading of the tree answers every `from`, where `isMet` read it once for each.
 */
export function latestMetFrom(requirement: LiteralRequirement, lastStart: ArrayLike<number>): number {
  if (requirement === null) return Infinity;
  if ('literal' in requirement) return lastStart[requirement.literal] ?? -1;
  if ('all' in requirement) {
    let latest = Infinity;
    for (const part of requirement.all) latest = Math.min(latest, latestMetFrom(part, lastStart));
    return latest;
  }
  let latest = -Infinity;
  for (const part of requirement.any) latest = Math.max(latest, latestMetFrom(part, lastStart));
  return latest;
}

/** `isMet` of one requirement, as a function of the flags alone. */
export type RequirementTest = (present: Uint8Array) => boolean;

const ALWAYS_MET: RequirementTest = () => true;

/**
 * The requirement compiled once into the test `isMet` makes of it: the signal prefilter checks the
 * candidate patterns of every clause, and reading the tree each time (which of three shapes a node
 * is, a callback per `every` / `some`) cost about as much as the search that set the flags.
 */
export function compileRequirement(requirement: LiteralRequirement): RequirementTest {
  if (requirement === null) return ALWAYS_MET;
  if ('literal' in requirement) {
    const literal = requirement.literal;
    return (present) => present[literal] === 1;
  }
  const needsAll = 'all' in requirement;
  const parts = needsAll ? requirement.all : requirement.any;
  // Most nodes list literals alone (a word's alternatives, the words of a phrase): a loop over their numbers.
  if (parts.every((part) => part !== null && 'literal' in part)) {
    const literals = Int32Array.from(parts, (part) => (part as { literal: number }).literal);
    return needsAll ? (present) => allFlagged(literals, present) : (present) => anyFlagged(literals, present);
  }
  const tests = parts.map(compileRequirement);
  return needsAll
    ? (present) => {
        for (const test of tests) if (!test(present)) return false;
        return true;
      }
    : (present) => {
        for (const test of tests) if (test(present)) return true;
        return false;
      };
}

/** The kinds of node of a RequirementProgram: each node is its kind, its length in cells, then its cells. */
const ALWAYS = 0;
const LITERAL = 1;
const ANY_LITERAL = 2;
const ALL_LITERALS = 3;
const ANY = 4;
const ALL = 5;

/**
 * Many requirements compiled into one program: each requirement's tree laid out, node after node, in
 * one Int32Array, and read by one function. The signal prefilter checks a clause's triggered patterns
 * against the flags of the literals it holds; as a tree of closures (compileRequirement) each check
 * was calls through a few thousand small closures and their arrays, scattered over the heap, which the
 * rest of a chat turn had pushed out of the CPU's caches by the next message: in the app those checks
 * cost several times what they cost in a loop of their own. Here they read a few contiguous cells.
 * Same answers as `isMet` (signal-prefilter.spec holds every signal pattern to that).
 */
export class RequirementProgram {
  private constructor(
    private readonly code: Int32Array,
    /** Where each requirement's node starts in `code`, in the order given. */
    private readonly starts: Int32Array,
  ) {}

  static of(requirements: readonly LiteralRequirement[]): RequirementProgram {
    const code: number[] = [];
    const starts = Int32Array.from(requirements, (requirement) => {
      const start = code.length;
      emit(requirement, code);
      return start;
    });
    return new RequirementProgram(Int32Array.from(code), starts);
  }

  /** `isMet` of requirement `index` (in the order given) on the literals flagged in `present`. */
  isMet(index: number, present: Uint8Array): boolean {
    return holds(this.code, this.starts[index], present);
  }
}

/** Appends the requirement's node: a literal-only and/or node as a list of its literal numbers, as compileRequirement reads it. */
function emit(requirement: LiteralRequirement, code: number[]): void {
  if (requirement === null) {
    code.push(ALWAYS, 2);
    return;
  }
  if ('literal' in requirement) {
    code.push(LITERAL, 3, requirement.literal);
    return;
  }
  const needsAll = 'all' in requirement;
  const parts = needsAll ? requirement.all : requirement.any;
  if (parts.every((part) => part !== null && 'literal' in part)) {
    code.push(needsAll ? ALL_LITERALS : ANY_LITERAL, 2 + parts.length);
    for (const part of parts) code.push((part as { literal: number }).literal);
    return;
  }
  const start = code.length;
  code.push(needsAll ? ALL : ANY, 0);
  for (const part of parts) emit(part, code);
  code[start + 1] = code.length - start;
}

/** Whether the node at `at` holds for the literals flagged in `present`. */
function holds(code: Int32Array, at: number, present: Uint8Array): boolean {
  const end = at + code[at + 1];
  switch (code[at]) {
    case LITERAL:
      return present[code[at + 2]] === 1;
    case ANY_LITERAL:
      for (let cell = at + 2; cell < end; cell += 1) if (present[code[cell]] === 1) return true;
      return false;
    case ALL_LITERALS:
      for (let cell = at + 2; cell < end; cell += 1) if (present[code[cell]] !== 1) return false;
      return true;
    case ANY:
      for (let child = at + 2; child < end; child += code[child + 1]) if (holds(code, child, present)) return true;
      return false;
    case ALL:
      for (let child = at + 2; child < end; child += code[child + 1]) if (!holds(code, child, present)) return false;
      return true;
    default:
      return true;
  }
}

function allFlagged(literals: Int32Array, present: Uint8Array): boolean {
  for (let index = 0; index < literals.length; index += 1) if (present[literals[index]] !== 1) return false;
  return true;
}

function anyFlagged(literals: Int32Array, present: Uint8Array): boolean {
  for (let index = 0; index < literals.length; index += 1) if (present[literals[index]] === 1) return true;
  return false;
}

interface Cursor {
  readonly source: string;
  index: number;
}

interface Atom {
  /** A character matched as itself, to be joined with its neighbours into a literal. */
  readonly char?: string;
  readonly requirement: LiteralRequirement;
}

function parseQuantifier(cursor: Cursor): 'one' | 'some' | 'optional' {
  const match = /^(?:\?|\*|\+|\{(\d+)(?:,\d*)?\})\??/.exec(cursor.source.slice(cursor.index));
  if (!match) return 'one';
  cursor.index += match[0].length;
  if (match[0].startsWith('+')) return 'some';
  if (match[1] !== undefined && Number(match[1]) > 0) return 'some';
  return 'optional';
}
