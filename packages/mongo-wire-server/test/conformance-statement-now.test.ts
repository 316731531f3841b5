import { afterEach, jest } from '@jest/globals';
import type { Document } from 'mongodb';
import { useConformanceServer } from './conformance-kit.js';

/*
 * Conformance (see conformance-kit.ts): `$$NOW` is one instant for a whole update statement, as
 * mongod takes it, however many fields, stages and documents read it. The embedded server runs in
 * this process, so a clock that moves on by a millisecond at every reading (what a loaded host
 * does now and then) makes a second reading visible at once, instead of once in a CI run.
 */
const kit = useConformanceServer();
const { freshCollection } = kit;

const NOW_MS = { $toLong: '$$NOW' };
const WINDOW_MS = 900_000;

/** Date.now() moves on by at least a millisecond at every call until the test ends. */
function tickAtEveryReading(): void {
  const realNow = Date.now.bind(Date);
  let ticks = 0;
  jest.spyOn(Date, 'now').mockImplementation(() => realNow() + (ticks += 1));
}

afterEach(() => {
  jest.restoreAllMocks();
});

describe('$$NOW in an update statement', () => {
  it("is one instant across a one-stage $set's fields (the rate-limit counter's shape)", async () => {
    const counters = freshCollection('now_one_stage');
    tickAtEveryReading();
    const counter = await counters.findOneAndUpdate(
      { _id: 'guest:1' },
      [{ $set: { start: NOW_MS, now: NOW_MS, expires_at: { $add: ['$$NOW', WINDOW_MS] } } }],
      { upsert: true, returnDocument: 'after' },
    );
    expect(counter!.now).toBe(counter!.start);
    expect((counter!.expires_at as Date).getTime()).toBe(counter!.now + WINDOW_MS);
  });

  it("is one instant across the stages of a pipeline (the sign-in throttle's claim)", async () => {
    const attempts = freshCollection('now_two_stages');
    tickAtEveryReading();
    // The shape of src/auth/login-failures/login-attempt-updates.ts: a first stage that keeps what
    // is still inside the window, a second that takes a place until a lease ends.
    const claim: Document[] = [
      { $set: { seen_at: NOW_MS, failures: { $ifNull: ['$failures', []] } } },
      {
        $set: {
          pending: [{ id: 'attempt-1', until: { $add: [NOW_MS, 60_000] } }],
          now: NOW_MS,
          expires_at: { $add: ['$$NOW', WINDOW_MS] },
        },
      },
    ];
    const stored = await attempts.findOneAndUpdate({ _id: 'patient:1' }, claim, {
      upsert: true,
      returnDocument: 'after',
    });
    expect(stored!.now).toBe(stored!.seen_at);
    expect(stored!.pending[0].until).toBe(stored!.now + 60_000);
    expect((stored!.expires_at as Date).getTime()).toBe(stored!.now + WINDOW_MS);
  });

  it('is one instant across the documents of a multi-document update', async () => {
    const documents = freshCollection('now_many_documents');
    await documents.insertMany([{ _id: 1 }, { _id: 2 }, { _id: 3 }]);
    tickAtEveryReading();
    await documents.updateMany({}, [{ $set: { at: '$$NOW' } }]);
    await documents.updateMany({}, [{ $set: { at_ms: NOW_MS, copy: '$at' } }, { $set: { again_ms: NOW_MS } }]);
    const stored = await documents.find({}).sort({ _id: 1 }).toArray();
    expect(new Set(stored.map((document) => (document.at as Date).getTime())).size).toBe(1);
    expect(new Set(stored.map((document) => document.at_ms as number)).size).toBe(1);
    expect(stored.map((document) => document.again_ms)).toEqual(stored.map((document) => document.at_ms));
  });

  it('stays a string inside $literal', async () => {
    const documents = freshCollection('now_literal');
    await documents.updateOne({ _id: 1 }, [{ $set: { text: { $literal: '$$NOW' } } }], { upsert: true });
    expect((await documents.findOne({ _id: 1 }))!.text).toBe('$$NOW');
  });
});
