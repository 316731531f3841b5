import { createHash } from 'node:crypto';

/** How many texts one memo remembers: about 300 bytes each, so a few MB at most, whatever the traffic. */
export const MAX_REMEMBERED_DIGESTS = 10_000;

/**
 * The hex SHA-256 of texts that come back request after request (a caller's rate-limit keys),
 * worked out once. With the OpenSSL 3 of Node 20 every `createHash` looks the algorithm up
 * again: about 10 µs of CPU on the bench machine, and a rate-limited request hashes three
 * texts (each window's key, then the pair's counter id), while a map lookup is well under a
 * microsecond. The digest is a function of the text alone, so remembering it changes no key.
 * The oldest entry leaves when the memo is full.
 */
export class RememberedSha256 {
  private readonly digests = new Map<string, string>();

  constructor(private readonly capacity = MAX_REMEMBERED_DIGESTS) {}

  get size(): number {
    return this.digests.size;
  }

  of(text: string): string {
    const remembered = this.digests.get(text);
    if (remembered !== undefined) return remembered;
    const digest = createHash('sha256').update(text).digest('hex');
    if (this.digests.size >= this.capacity) {
      const oldest = this.digests.keys().next();
      if (!oldest.done) this.digests.delete(oldest.value);
    }
    this.digests.set(text, digest);
    return digest;
  }
}
