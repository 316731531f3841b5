/**
 * Many texts kept as one UTF-8 buffer and the offsets where each ends, each decoded only when
 * asked for. The knowledge index holds every passage's answer (16,407 MedQuAD answers, 20 MB)
 * but a search returns a few of them: as JavaScript strings they were a fifth of an idle
 * instance's V8 heap, which every full collection marks again; as one buffer they are outside
 * the heap and a handful of objects. A text is returned as written, except that a lone
 * surrogate (not valid UTF-16) comes back as U+FFFD.
 */
export class PackedTexts {
  private constructor(
    private readonly bytes: Buffer,
    /** ends[i]: the byte offset just past text i; text i starts where text i - 1 ends. */
    private readonly ends: Uint32Array,
  ) {}

  static of(texts: readonly string[]): PackedTexts {
    const ends = new Uint32Array(texts.length);
    let length = 0;
    texts.forEach((text, index) => {
      length += Buffer.byteLength(text, 'utf8');
      ends[index] = length;
    });
    // Not from Buffer's shared pool: a small collection's bytes must not keep a pool slab alive.
    const bytes = Buffer.allocUnsafeSlow(length);
    let written = 0;
    for (const text of texts) written += bytes.write(text, written, 'utf8');
    return new PackedTexts(bytes, ends);
  }

  /** How many texts. */
  get size(): number {
    return this.ends.length;
  }

  /** The bytes the texts take. */
  get byteLength(): number {
    return this.bytes.length;
  }

  /** Text `index` (0-based, in the order given). */
  at(index: number): string {
    if (!Number.isInteger(index) || index < 0 || index >= this.ends.length)
      throw new RangeError(`no text ${index} among ${this.ends.length}`);
    const start = index === 0 ? 0 : this.ends[index - 1];
    return this.bytes.toString('utf8', start, this.ends[index]);
  }
}
