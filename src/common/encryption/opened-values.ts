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
 * only a read the caller is allowed to make returns, so what a caller can read is unchanged;
 * a value erased from the database can no longer be asked for, and its entry leaves with the
 * oldest ones. First in, first out, at most `maxEntries` values of at most `maxChars` characters.
 */
export class OpenedValues {
  private readonly entries = new Map<string, OpenedValue>();

  constructor(
    private readonly maxEntries = 4096,
    private readonly maxChars = 16_384,
  ) {}

  /** The plaintext of `stored` if it was opened under exactly `context`. */
  find(stored: string, context: string): string | undefined {
    const opened = this.entries.get(stored);
    return opened !== undefined && opened.context === context ? opened.plaintext : undefined;
  }

  remember(stored: string, context: string, plaintext: string): void {
    if (this.maxEntries === 0 || stored.length > this.maxChars) return;
    if (this.entries.size >= this.maxEntries && !this.entries.has(stored)) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(stored, { context, plaintext });
  }

  get size(): number {
    return this.entries.size;
  }
}
