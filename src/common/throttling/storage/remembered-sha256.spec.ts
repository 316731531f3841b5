import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { RememberedSha256 } from './remembered-sha256.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('RememberedSha256', () => {
  it('answers the hex SHA-256 of a text, the first time and every time after', () => {
    const digests = new RememberedSha256();
    expect(digests.of('ChatController-history-Minute-principal:p1')).toBe(
      sha256('ChatController-history-Minute-principal:p1'),
    );
    expect(digests.of('ChatController-history-Minute-principal:p1')).toBe(
      sha256('ChatController-history-Minute-principal:p1'),
    );
    expect(digests.of('é|ü')).toBe(sha256('é|ü'));
    expect(digests.size).toBe(2);
  });

  it('keeps at most its capacity, letting the oldest text go first', () => {
    const digests = new RememberedSha256(2);
    digests.of('a');
    digests.of('b');
    digests.of('c');
    expect(digests.size).toBe(2);
    // A forgotten text is hashed again, with the same digest.
    expect(digests.of('a')).toBe(sha256('a'));
    expect(digests.size).toBe(2);
  });
});
