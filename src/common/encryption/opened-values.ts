/** One remembered decryption: the authenticated context it was opened under, and its plaintext. */
interface OpenedValue {
  readonly context: string;
  readonly plaintext: string;
}

/**
 * Plaintexts of the stored values decrypted last, by their stored text (IV, ciphertext and tag).
 * The same values are opened again and again: a history page is read again as the patient
 * scrolls or reloads, and every chat turn decrypts the session's earlier exchanges for the
 * model's context, all but the newest of them already opened for the turn before. Each opening
 * is an AES-GCM decipher made, keyed and run (about 6 us, a sixth of a history read's CPU).
 *
 * Only a value that authenticated is remembered, under the context it authenticated with: the
 * same stored text asked for under another context (moved to another field or patient) is
 * decrypted for real and fails as before. Reaching an entry takes the stored text itself, which
 * only a read the caller is allowed to make returns, so what a caller can read is unchanged.
 *
 * Bounded in characters, not entries: every value the cipher opens passes through here (record
 * texts of a records question too), so the budget (stored text, context and plaintext of every
 * entry, 2 MiB of characters by default: at most about 4 MB of heap) is what it may hold, and a
 * value longer than `maxValueChars` is not kept. First in, first out. A value purged or erased
 * from the database stays here until newer values push it out (on a busy instance seconds to
 * minutes; on an idle one until it restarts); that widens no exposure: nothing reaches it
 * without its stored text, and the key that decrypts every stored value is in the same process.
 */
export class OpenedValues {
  private readonly entries = new Map<string, OpenedValue>();
  private chars = 0;

  constructor(
    private readonly maxChars = 2 * 1024 * 1024,
    private readonly maxValueChars = 16_384,
  ) {}

  /** The plaintext of `stored` if it was opened under exactly `context`. */
  find(stored: string, context: string): string | undefined {
    const opened = this.entries.get(stored);
    return opened !== undefined && opened.context === context ? opened.plaintext : undefined;
  }

  remember(stored: string, context: string, plaintext: string): void {
    const chars = stored.length + context.length + plaintext.length;
    if (stored.length > this.maxValueChars || chars > this.maxChars || this.entries.has(stored)) return;
    while (this.chars + chars > this.maxChars) {
      const oldest = this.entries.entries().next();
      if (oldest.done) break;
      const [key, value] = oldest.value;
      this.entries.delete(key);
      this.chars -= key.length + value.context.length + value.plaintext.length;
    }
    this.entries.set(stored, { context, plaintext });
    this.chars += chars;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Characters held: stored texts, contexts and plaintexts. */
  get heldChars(): number {
    return this.chars;
  }
}
