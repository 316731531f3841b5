/**
 * Which of many literal strings occur in a text, found in one pass over it: an Aho-Corasick
 * automaton over the literals, built once. Equivalent to `text.includes(literal)` for each
 * literal, at the cost of reading the text once instead of once per literal.
 *
 * The automaton is compiled into a table with one row per state and one column per character the
 * literals use, so each character of the text costs one lookup; a character no literal uses sends
 * it back to the start.
 */
export class LiteralAutomaton {
  /** Column of each UTF-16 code unit (0: no literal uses it). */
  private readonly columnOf = new Uint16Array(0x10000);
  private readonly columns: number;
  /** `step[state * columns + column]`: the state after reading that character. */
  private readonly step: Uint16Array | Uint32Array;
  /** Per state: the literals (their numbers) that end there, its own and its suffixes'. */
  private readonly endingHere: (readonly number[])[];
  /** Empty literals: in every text, as `''.includes('')` is. */
  private readonly empty: readonly number[];
  /**
   * The flags every search answers in: cleared of the last text's literals instead of a new array
   * per text. A new Uint8Array of the ~4,200 triage literals is a backing store allocated and
   * zeroed outside the V8 heap, which the app paid three times per message (see SignalPrefilter).
   */
  private readonly flags: Uint8Array;
  /** The literals the last search set in `flags`. */
  private lastFound: readonly number[] = [];
  /** Per literal: its length in code units (where an occurrence starts, from where it ends). */
  private readonly lengths: Int32Array;

  constructor(private readonly literals: readonly string[]) {
    this.empty = literals.flatMap((literal, number) => (literal === '' ? [number] : []));
    let columns = 1;
    for (const literal of literals) {
      for (let position = 0; position < literal.length; position += 1) {
        const unit = literal.charCodeAt(position);
        if (this.columnOf[unit] === 0) this.columnOf[unit] = columns++;
      }
    }
    this.columns = columns;
    const trie = buildTrie(literals, this.columnOf);
    this.endingHere = trie.endingHere;
    this.step = this.compile(trie.children);
    this.flags = new Uint8Array(literals.length);
    this.lengths = Int32Array.from(literals, (literal) => literal.length);
  }

  /**
   * One flag per literal (by its number in the list given): 1 when it occurs in `text`. The array
   * is the automaton's own, valid until its next search.
   */
  presentIn(text: string): Uint8Array {
    return this.search(text).present;
  }

  /**
   * The flags of `presentIn` (valid until the next search), and the numbers of the literals found,
   * each once, in the order they ended.
   */
  search(text: string): { present: Uint8Array; found: number[] } {
    const present = this.flags;
    for (const number of this.lastFound) present[number] = 0;
    const found: number[] = [];
    this.lastFound = found;
    for (const number of this.empty) {
      present[number] = 1;
      found.push(number);
    }
    const { step, columns, columnOf, endingHere } = this;
    let state = 0;
    for (let position = 0; position < text.length; position += 1) {
      state = step[state * columns + columnOf[text.charCodeAt(position)]];
      const ending = endingHere[state];
      for (let index = 0; index < ending.length; index += 1) {
        const number = ending[index];
        if (present[number] === 1) continue;
        present[number] = 1;
        found.push(number);
      }
    }
    return { present, found };
  }

  /**
   * Per literal (by its number), where its last occurrence in `text` starts, or -1: `text.lastIndexOf(literal)` for
   * each literal, read in one pass. A new array per call, the caller's to keep.
   */
  lastStarts(text: string): Int32Array {
    const starts = new Int32Array(this.literals.length).fill(-1);
    for (const number of this.empty) starts[number] = text.length;
    const { step, columns, columnOf, endingHere, lengths } = this;
    let state = 0;
    for (let position = 0; position < text.length; position += 1) {
      state = step[state * columns + columnOf[text.charCodeAt(position)]];
      const ending = endingHere[state];
      // An occurrence ending later starts later: the last one written is the last occurrence.
      for (let index = 0; index < ending.length; index += 1) {
        const number = ending[index];
        starts[number] = position + 1 - lengths[number];
      }
    }
    return starts;
  }

  /**
   * The full transition table, breadth first: a state's missing transitions are those of its failure
   * state (the longest proper suffix of its path that is also a path), complete by then.
   */
  private compile(children: readonly Map<number, number>[]): Uint16Array | Uint32Array {
    const { columns } = this;
    const size = children.length * columns;
    // Two bytes a cell while the states fit: the table of the triage's ~12,000 states stays near 1 MB.
    const step = children.length <= 0xffff ? new Uint16Array(size) : new Uint32Array(size);
    const fail = new Int32Array(children.length);
    const queue: number[] = [];
    for (const [column, child] of children[0]) {
      step[column] = child;
      queue.push(child);
    }
    for (let head = 0; head < queue.length; head += 1) {
      const state = queue[head];
      const endings = this.endingHere[state] as number[];
      endings.push(...this.endingHere[fail[state]]);
      for (let column = 0; column < columns; column += 1) {
        const child = children[state].get(column);
        if (child === undefined) {
          step[state * columns + column] = step[fail[state] * columns + column];
        } else {
          step[state * columns + column] = child;
          fail[child] = step[fail[state] * columns + column];
          queue.push(child);
        }
      }
    }
    return step;
  }
}

/** The literals' trie: per state its children by column, and the literals that end there. */
function buildTrie(
  literals: readonly string[],
  columnOf: Uint16Array,
): { children: Map<number, number>[]; endingHere: number[][] } {
  const children: Map<number, number>[] = [new Map()];
  const endingHere: number[][] = [[]];
  literals.forEach((literal, number) => {
    if (literal === '') return;
    let state = 0;
    for (let position = 0; position < literal.length; position += 1) {
      const column = columnOf[literal.charCodeAt(position)];
      let target = children[state].get(column);
      if (target === undefined) {
        target = children.length;
        children.push(new Map());
        endingHere.push([]);
        children[state].set(column, target);
      }
      state = target;
    }
    endingHere[state].push(number);
  });
  return { children, endingHere };
}
