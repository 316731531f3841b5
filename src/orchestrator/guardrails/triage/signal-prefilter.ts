import { LiteralAutomaton } from './literal-automaton.js';
import { RequirementProgram, type LiteralRequirement } from './literal-requirement.js';
import { patternRequirements, sourcesOf } from './signal-requirements.js';
import type { SignalDefinition } from './signals/signal-definition.js';

/** A signal and those of its patterns whose words a clause holds: only these can match there. */
export interface ViableSignal {
  readonly signal: SignalDefinition;
  readonly patterns: readonly RegExp[];
}

/** The signals a message can hold, by their index in the prefilter's list, in order. */
export type SignalCandidates = readonly number[];

interface IndexedPattern {
  readonly signal: number;
  /** Its index in `SignalPrefilter.patterns`. */
  readonly number: number;
  readonly pattern: RegExp;
  readonly requirement: LiteralRequirement;
}

/**
 * Which signals, and which of their patterns, can match in a text, read off one pass of a literal
 * automaton over it instead of running ~340 signals' regular expressions.
 *
 * For a message: the signals one of whose anchors occurs in it, exactly as checking each anchor with
 * `String.includes` would give. A signal's anchors are its patterns' triggers together (every match
 * of any of them holds one; none when a pattern has no trigger). For a clause: of those, the
 * patterns whose needed words (`literal-requirement.ts`) the clause holds. A pattern whose words are
 * missing cannot match, so running only the others finds every match running all of them would.
 * Both are found from the literals present, not by visiting every signal: each literal lists the
 * signals it anchors and the patterns it can trigger.
 */
export class SignalPrefilter {
  private readonly automaton: LiteralAutomaton;
  /** Per literal: the signals it is an anchor of. */
  private readonly anchoring: readonly (readonly number[])[];
  /** Signals without anchors: candidates in every message. */
  private readonly unanchored: number[] = [];
  /** Per signal: its patterns, in order. */
  private readonly patternsOf: IndexedPattern[][];
  /** Per literal: the patterns (index into `patterns`) whose requirement it may meet. */
  private readonly triggering: readonly (readonly number[])[];
  private readonly patterns: IndexedPattern[] = [];
  /** Every pattern's requirement, by its number: whether a clause's literals meet it (isMet, compiled). */
  private readonly requirements: RequirementProgram;
  /** Patterns whose requirement is always met. */
  private readonly untriggered: number[] = [];
  /**
   * Scratch flags, per signal and per pattern, cleared at each use rather than allocated per
   * message and per clause (see LiteralAutomaton's flags): both methods are synchronous and
   * hand none of them out.
   */
  private readonly signalFlags: Uint8Array;
  private readonly patternFlags: Uint8Array;

  constructor(private readonly signals: readonly SignalDefinition[]) {
    // Read when dist/ was built, when the patterns are still those (see signal-requirements.ts).
    const { builder, requirements: read } = patternRequirements(sourcesOf(signals));
    this.patternsOf = signals.map((signal, index) =>
      signal.patterns.map((pattern) => {
        const requirement = read[this.patterns.length];
        const indexed = { signal: index, number: this.patterns.length, pattern, requirement };
        this.patterns.push(indexed);
        return indexed;
      }),
    );
    this.requirements = RequirementProgram.of(this.patterns.map(({ requirement }) => requirement));
    const literals = builder.literals;
    const anchoring = new Map<number, number[]>();
    const triggering = new Map<number, number[]>();
    const listOf = (lists: Map<number, number[]>, literal: number): number[] => {
      const list = lists.get(literal) ?? [];
      lists.set(literal, list);
      return list;
    };
    this.patternsOf.forEach((patterns, index) => {
      let anchors: Set<number> | null = new Set();
      for (const { number, requirement } of patterns) {
        const triggers = builder.triggersOf(requirement);
        if (triggers === null) {
          this.untriggered.push(number);
          anchors = null;
        } else {
          for (const literal of triggers) {
            listOf(triggering, literal).push(number);
            anchors?.add(literal);
          }
        }
      }
      if (anchors === null) this.unanchored.push(index);
      else for (const anchor of anchors) listOf(anchoring, anchor).push(index);
    });
    // Dense arrays, one entry per literal: read in the search loop, where a sparse array would be slow.
    this.anchoring = literals.map((_, literal) => anchoring.get(literal) ?? []);
    this.triggering = literals.map((_, literal) => triggering.get(literal) ?? []);
    this.automaton = new LiteralAutomaton(literals);
    this.signalFlags = new Uint8Array(signals.length);
    this.patternFlags = new Uint8Array(this.patterns.length);
  }

  /** The signals with an anchor in `message` or none at all. */
  candidatesIn(message: string): SignalCandidates {
    const marked = this.signalFlags.fill(0);
    for (const index of this.unanchored) marked[index] = 1;
    for (const literal of this.automaton.search(message).found) {
      for (const index of this.anchoring[literal]) marked[index] = 1;
    }
    const candidates: number[] = [];
    for (let index = 0; index < marked.length; index += 1) if (marked[index] === 1) candidates.push(index);
    return candidates;
  }

  /** Of `candidates`, in their order, those with a pattern whose words `clause` holds, and those patterns. */
  viableIn(clause: string, candidates: SignalCandidates): ViableSignal[] {
    const { present, found } = this.automaton.search(clause);
    const triggered = this.patternFlags.fill(0);
    const touched = this.signalFlags.fill(0);
    for (const number of this.untriggered) {
      triggered[number] = 1;
      touched[this.patterns[number].signal] = 1;
    }
    for (const literal of found) {
      for (const number of this.triggering[literal]) {
        triggered[number] = 1;
        touched[this.patterns[number].signal] = 1;
      }
    }
    const viable: ViableSignal[] = [];
    for (const index of candidates) {
      if (touched[index] === 0) continue;
      const patterns: RegExp[] = [];
      for (const { number, pattern } of this.patternsOf[index]) {
        if (triggered[number] === 1 && this.requirements.isMet(number, present)) patterns.push(pattern);
      }
      if (patterns.length > 0) viable.push({ signal: this.signals[index], patterns });
    }
    return viable;
  }
}
