import { LiteralAutomaton } from '../literal-automaton.js';
import { compileRequirement, LiteralRequirementBuilder, type RequirementTest } from '../literal-requirement.js';
import { narrowedSource, narrowingKeyOf } from './letter-classes-narrowed.js';

/**
 * Narrowings of the letter classes whose compiled patterns an alternation keeps: the texts of one script share one
 * narrowing, and a message mixing two scripts adds one more.
 */
const NARROWINGS_KEPT = 32;

/** What a matched alternative is replaced with: `whole` is its match, `alternative` its index in the list. */
export type AlternativeReplacement = (whole: string, alternative: number) => string;

/**
 * One lexicon's phrases read as a single alternation would read them, `text.replace(/prefix(?:(a0)|(a1)|…)/gu, …)`,
 * without running that alternation.
 *
 * V8 tries each alternative of an alternation in turn at every position it tries, and a lexicon holds
 * hundreds (Spanish about 360): a 200-letter Spanish message cost 1-10 ms to read, and a regular
 * expression of only the phrases a message can hold costs as much to compile. But a phrase whose needed
 * words (`literal-requirement.ts`) a text lacks cannot match anywhere in it, and a message holds the words
 * of a handful (Spanish: 2-16, median 6). So one pass of a literal automaton finds those, and each is
 * searched on its own, its pattern compiled once: the alternation's next match is at the first position
 * where any of them matches, and there it is the first of them in the list's order that matches,
 * which is the match and the alternative the whole alternation finds there. Each pattern is compiled with its
 * letter classes narrowed to the text's blocks (`letter-classes-narrowed.ts`): compiled whole, `\p{L}` and its kin
 * cost about a millisecond per pattern.
 */
export class PhraseAlternation {
  private readonly automaton: LiteralAutomaton;
  private readonly met: readonly RequirementTest[];
  /** Per literal: the alternatives whose requirement it may meet (their triggers). */
  private readonly triggering: readonly (readonly number[])[];
  /** Alternatives that need no word: viable in every text. */
  private readonly untriggered: readonly number[];
  private readonly flags: Uint8Array;
  /**
   * Per narrowing of the letter classes (`letter-classes-narrowed.ts`), each alternative's own pattern (`prefix` and
   * the alternative, flags `gu`, narrowed), compiled when first needed.
   */
  private readonly patterns = new Map<string, (RegExp | undefined)[]>();

  /**
   * @param prefix what the alternation opens with (a lookbehind for a word boundary, or nothing)
   * @param alternatives regular-expression sources without capturing groups, in the order they are tried
   */
  constructor(
    private readonly prefix: string,
    private readonly alternatives: readonly string[],
  ) {
    const builder = new LiteralRequirementBuilder();
    const requirements = alternatives.map((source) => builder.requirementOf(source));
    this.met = requirements.map(compileRequirement);
    const triggering = builder.literals.map((): number[] => []);
    const untriggered: number[] = [];
    requirements.forEach((requirement, index) => {
      const triggers = builder.triggersOf(requirement);
      if (triggers === null) untriggered.push(index);
      else for (const literal of triggers) triggering[literal].push(index);
    });
    this.triggering = triggering;
    this.untriggered = untriggered;
    this.automaton = new LiteralAutomaton(builder.literals);
    this.flags = new Uint8Array(alternatives.length);
  }

  /** How many narrowings of the letter classes this alternation holds compiled patterns for (at most 32). */
  get narrowingsHeld(): number {
    return this.patterns.size;
  }

  /** `text` with every match of the alternation replaced, left to right, as `String.prototype.replace` does. */
  replaceIn(text: string, replacement: AlternativeReplacement): string {
    const viable = this.viableIn(text);
    if (viable.length === 0) return text;
    const key = narrowingKeyOf(text);
    let compiled = this.patterns.get(key);
    if (compiled === undefined) {
      // A text can mix letters of any blocks, so the narrowings met are not bounded by the lexicon: keep the
      // most recent few, so a stream of messages in made-up mixtures of scripts cannot grow the cache without end.
      if (this.patterns.size >= NARROWINGS_KEPT) this.patterns.delete(this.patterns.keys().next().value as string);
      compiled = new Array<RegExp | undefined>(this.alternatives.length);
      this.patterns.set(key, compiled);
    }
    const patterns = viable.map((index) => ((compiled as (RegExp | undefined)[])[index] ??= this.compile(index, key)));
    // Per viable alternative, its first match at or after `position` (null: none left).
    const next = patterns.map((pattern) => matchFrom(pattern, text, 0));
    let replaced = '';
    let copiedTo = 0;
    for (;;) {
      let first = -1;
      for (let index = 0; index < next.length; index += 1) {
        const match = next[index];
        if (match !== null && (first < 0 || match.index < (next[first] as RegExpExecArray).index)) first = index;
      }
      if (first < 0) break;
      const match = next[first] as RegExpExecArray;
      replaced += text.slice(copiedTo, match.index) + replacement(match[0], viable[first]);
      copiedTo = match.index + match[0].length;
      // After an empty match the search moves one character on, as a global replace does.
      const position = match[0].length > 0 ? copiedTo : advanceOneCharacter(text, copiedTo);
      if (position > text.length) break;
      // A match found from an earlier position still stands if it starts at or after this one: the
      // positions before it were tried and failed, and a pattern's result at a position does not depend
      // on where the search began (its lookbehinds read the whole text).
      for (let index = 0; index < next.length; index += 1) {
        const pending = next[index];
        if (pending !== null && pending.index < position) next[index] = matchFrom(patterns[index], text, position);
      }
    }
    return replaced + text.slice(copiedTo);
  }

  /** The alternatives whose needed words `text` holds, in order: only these can match in it. */
  private viableIn(text: string): number[] {
    const { present, found } = this.automaton.search(text);
    const triggered = this.flags.fill(0);
    for (const index of this.untriggered) triggered[index] = 1;
    for (const literal of found) for (const index of this.triggering[literal]) triggered[index] = 1;
    const viable: number[] = [];
    for (let index = 0; index < triggered.length; index += 1) {
      if (triggered[index] === 1 && this.met[index](present)) viable.push(index);
    }
    return viable;
  }

  private compile(index: number, key: string): RegExp {
    return new RegExp(narrowedSource(`${this.prefix}(?:${this.alternatives[index]})`, key), 'gu');
  }
}

function matchFrom(pattern: RegExp, text: string, position: number): RegExpExecArray | null {
  pattern.lastIndex = position;
  return pattern.exec(text);
}

/** The position one character (one code point, as a `u` pattern counts) after `position`. */
function advanceOneCharacter(text: string, position: number): number {
  const code = text.codePointAt(position);
  return position + (code !== undefined && code > 0xffff ? 2 : 1);
}
