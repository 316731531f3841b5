import { createHash } from 'node:crypto';
import { FakeSpeechToText } from './fake-stt.js';

/** Proves the fake speech-to-text server speaks the OpenAI transcription API to fetch + FormData. */

describe('FakeSpeechToText with fetch + FormData', () => {
  const stt = new FakeSpeechToText();
  const audio = Buffer.from('RIFF....WAVEfmt fake audio payload');
  const upload = (signal?: AbortSignal): Promise<Response> => {
    const form = new FormData();
    form.append('file', new Blob([audio], { type: 'audio/wav' }), 'note.wav');
    form.append('model', 'whisper-1');
    form.append('language', 'en');
    return fetch(`${stt.url}/v1/audio/transcriptions`, { method: 'POST', body: form, signal });
  };

  beforeAll(() => stt.start());
  afterAll(() => stt.stop());
  beforeEach(() => stt.reset());

  it('answers with the scripted text and records the upload', async () => {
    stt.transcribe('My chest hurts when I breathe.');

    const response = await upload();

    expect(response.status).toBe(200);
    await expect(response.json()).resolves.toEqual({ text: 'My chest hurts when I breathe.' });
    expect(stt.uploads).toEqual([
      expect.objectContaining({
        model: 'whisper-1',
        filename: 'note.wav',
        contentType: 'audio/wav',
        language: 'en',
        size: audio.length,
        sha256: createHash('sha256').update(audio).digest('hex'),
      }),
    ]);
  });

  it('fails with the scripted status for the next call only', async () => {
    stt.failWith(503, 1);

    const failed = await upload();
    expect(failed.status).toBe(503);
    await expect(failed.json()).resolves.toMatchObject({ error: { message: expect.any(String) } });
    expect((await upload()).status).toBe(200);
  });

  it('rejects a request without a file with 400', async () => {
    const form = new FormData();
    form.append('model', 'whisper-1');

    const response = await fetch(`${stt.url}/v1/audio/transcriptions`, { method: 'POST', body: form });

    expect(response.status).toBe(400);
    expect(stt.uploads).toHaveLength(0);
  });

  it('hangs until the client aborts, and counts the abort', async () => {
    stt.hang(1);

    await expect(upload(AbortSignal.timeout(300))).rejects.toMatchObject({ name: 'TimeoutError' });
    await stt.waitFor(() => stt.aborted === 1);
    expect(stt.uploads).toHaveLength(1);
  });
});
