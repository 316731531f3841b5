import { describe, expect, it } from '@jest/globals';
import { mongo } from 'mongoose';
import { DecodedDocuments } from './decoded-documents.js';

const { BSON, ObjectId } = mongo;

interface Turn {
  _id: InstanceType<typeof ObjectId>;
  text: string;
  at: Date;
  metadata: { tags: string[] };
}

function bytesOf(document: Record<string, unknown>): Uint8Array {
  // A view into a larger buffer, as a document of a reply arrives.
  const own = BSON.serialize(document);
  const reply = Buffer.alloc(own.byteLength + 16);
  reply.set(own, 8);
  return reply.subarray(8, 8 + own.byteLength);
}

/** `open` as a repository passes it: counts its calls and upper-cases the text (a stand-in for decrypting). */
function counting() {
  const calls: unknown[] = [];
  const open = (document: Record<string, unknown>) => {
    calls.push(document._id);
    return { ...document, text: String(document.text).toUpperCase() } as unknown as Turn;
  };
  return { calls, open };
}

describe('DecodedDocuments', () => {
  const decoding = {};
  const stored = {
    _id: new ObjectId(),
    text: 'hello',
    at: new Date('2026-01-02T03:04:05Z'),
    metadata: { tags: ['a'] },
  };

  it('decodes and opens a document as the driver would, then reuses it while its bytes are the same', () => {
    const documents = new DecodedDocuments<Turn>();
    const { calls, open } = counting();

    const first = documents.decode(bytesOf(stored), decoding, open);
    expect(first).toEqual({ ...stored, text: 'HELLO' });
    expect(first._id).toBeInstanceOf(ObjectId);
    expect(first.at).toBeInstanceOf(Date);

    // The same bytes in another reply: nothing decoded or opened again.
    expect(documents.decode(bytesOf(stored), decoding, open)).toBe(first);
    expect(calls).toHaveLength(1);
  });

  it('decodes afresh a document whose bytes changed in any way, and keeps the new value', () => {
    const documents = new DecodedDocuments<Turn>();
    const { calls, open } = counting();
    documents.decode(bytesOf(stored), decoding, open);

    const answered = documents.decode(bytesOf({ ...stored, text: 'hellO' }), decoding, open);
    expect(answered.text).toBe('HELLO');
    const tagged = documents.decode(bytesOf({ ...stored, metadata: { tags: ['b'] } }), decoding, open);
    expect(tagged.metadata.tags).toEqual(['b']);
    expect(calls).toHaveLength(3);
    expect(documents.size).toBe(1);
    expect(documents.decode(bytesOf({ ...stored, metadata: { tags: ['b'] } }), decoding, open)).toBe(tagged);
    expect(calls).toHaveLength(3);
  });

  it('hands out frozen values, so no reader can change what the next one reads', () => {
    const documents = new DecodedDocuments<Turn>();
    const value = documents.decode(bytesOf(stored), decoding, counting().open);
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(value.metadata.tags)).toBe(true);
    expect(() => value.metadata.tags.push('c')).toThrow(TypeError);
    // Class instances are left alone.
    expect(value._id.toHexString()).toBe(stored._id.toHexString());
  });

  it('remembers nothing of a document whose first element is not an ObjectId _id', () => {
    const documents = new DecodedDocuments<Turn>();
    const { calls, open } = counting();
    for (const document of [
      { text: 'x', _id: new ObjectId() },
      { _id: 'text-id', text: 'x' },
    ]) {
      documents.decode(bytesOf(document), decoding, open);
      documents.decode(bytesOf(document), decoding, open);
    }
    expect(calls).toHaveLength(4);
    expect(documents.size).toBe(0);
  });

  it('holds at most its budget of stored bytes, the oldest documents leaving first, and no oversized one', () => {
    const size = bytesOf(stored).byteLength;
    const documents = new DecodedDocuments<Turn>(size * 3, size * 2);
    const { calls, open } = counting();
    const many = Array.from({ length: 5 }, () => ({ ...stored, _id: new ObjectId() }));
    for (const document of many) documents.decode(bytesOf(document), decoding, open);
    expect(documents.size).toBe(3);
    documents.decode(bytesOf(many[4] as Record<string, unknown>), decoding, open);
    expect(calls).toHaveLength(5);
    documents.decode(bytesOf(many[0] as Record<string, unknown>), decoding, open);
    expect(calls).toHaveLength(6);

    const large = { ...stored, _id: new ObjectId(), text: 'x'.repeat(size * 2) };
    documents.decode(bytesOf(large), decoding, open);
    documents.decode(bytesOf(large), decoding, open);
    expect(calls).toHaveLength(8);
  });
});
