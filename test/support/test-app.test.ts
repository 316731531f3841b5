import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from './test-app.js';

/*
 * A test app's database is the same on every machine: the in-process wire-protocol server. Left
 * to EMBEDDED_MONGODB=auto it would look for a mongod binary in the user's cache and, where
 * fastdl.mongodb.org answers, start downloading one: the engine under test would then depend on
 * the network and on what an earlier run left in ~/.cache, and a mongod starting slower than
 * EMBEDDED_MONGOD_TIMEOUT_MS on a loaded host would fall back half-way through a run.
 */
describe('startTestApp', () => {
  let app: TestApp;
  beforeAll(async () => {
    // What a developer may pass through (test-app.ts) is not the default this is about; Jest gives
    // each test file a process.env of its own.
    delete process.env.EMBEDDED_MONGODB;
    delete process.env.MONGODB_URI;
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it('uses the in-process wire-protocol server without looking for a mongod', () => {
    expect(app.medchat.database.embedded?.engine).toBe('wire');
    const lookedForMongod = app.logs.entries().some((entry) => /no mongod available/.test(String(entry.msg)));
    expect(lookedForMongod).toBe(false);
  });
});
