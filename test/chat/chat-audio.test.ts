import { FakeSpeechToText } from '../support/fake-stt.js';
import { mp3, png, wav } from '../support/media-samples.js';
import { sha256 } from '../upload/upload-test-kit.js';
import { useChatApp } from './chat-app.js';
import { closedPortUrl } from './chat-client.js';
import { sendWithFile, uploadFirst, uploadsOf } from './chat-files-kit.js';

const SPOKEN = 'I have had a dry cough for two days and a sore throat.';
const ANSWER = 'A dry cough with a sore throat is usually a viral infection; rest and fluids help.';

describe('chat with a voice message', () => {
  const stt = new FakeSpeechToText();
  const { ollama, client } = useChatApp({
    companions: [stt],
    privateUploadDir: true,
    env: () => ({ STT_BASE_URL: stt.url, STT_MODEL: 'whisper-large-v3', STT_LANGUAGE: 'en' }),
    resetFakesBeforeEach: true,
  });

  it('sends the recording to the speech-to-text server and answers the transcript', async () => {
    const patient = await client.login();
    const recording = wav(0.5);
    stt.transcribe(SPOKEN);
    ollama.reply(ANSWER);

    const answer = await sendWithFile(client.app, patient, 'audio', [
      { name: 'audio', filename: 'voice-note.wav', contentType: 'audio/wav', content: recording },
    ]);

    expect(answer.status).toBe(200);
    expect(stt.uploads).toEqual([
      expect.objectContaining({
        model: 'whisper-large-v3',
        filename: 'voice-note.wav',
        contentType: 'audio/wav',
        size: recording.length,
        sha256: sha256(recording),
        language: 'en',
        responseFormat: 'json',
      }),
    ]);
    expect(answer.body.metadata).toMatchObject({
      input_type: 'speech',
      tools_used: ['transcribe_audio'],
      transcription: SPOKEN,
      emergency_detected: false,
      image_analysis: null,
    });
    expect(answer.body.response.startsWith(ANSWER)).toBe(true);
    expect(ollama.chatRequests()[0].messages.at(-1)!.content).toContain(
      `<patient_message>\n${SPOKEN}\n</patient_message>`,
    );
    const stored = await client.conversations.findById(answer.body.message_id).lean<any>();
    expect(stored).toMatchObject({
      status: 'completed',
      message: '',
      metadata: { transcription: SPOKEN },
      attachments: [{ kind: 'audio', filename: 'voice-note.wav' }],
    });
  });

  it('triages what was said: a spoken emergency is answered as one, without the model', async () => {
    const patient = await client.login();
    stt.transcribe('I have crushing chest pain and my left arm is numb');

    const answer = await sendWithFile(client.app, patient, 'audio', [
      { name: 'audio', filename: 'help.mp3', contentType: 'audio/mpeg', content: mp3() },
    ]);

    expect(answer.status).toBe(200);
    expect(answer.body.metadata).toMatchObject({
      input_type: 'speech',
      emergency_detected: true,
      transcription: 'I have crushing chest pain and my left arm is numb',
    });
    expect(answer.body.metadata.emergency_symptoms.length).toBeGreaterThan(0);
    expect(answer.body.response).toMatch(/911/);
    expect(ollama.chatRequests()).toHaveLength(0);
  });

  it('joins typed text and the transcript, and handles a photo and a recording together (multimodal)', async () => {
    const patient = await client.login();
    const imageId = await uploadFirst(client.app, patient, 'image', 'ankle.png', png(), 'image/png');
    const audioId = await uploadFirst(client.app, patient, 'audio', 'ankle.wav', wav(), 'audio/wav');
    stt.transcribe('It hurts when I walk.');
    ollama.reply(
      JSON.stringify({
        image_quality: 'fair',
        findings: ['A swollen ankle'],
        possible_conditions: [],
        confidence: 0.4,
        limitations: '',
      }),
      ANSWER,
    );

    const answer = await client.send(patient, {
      message: 'My ankle is swollen.',
      image_file_id: imageId,
      audio_file_id: audioId,
    });

    expect(answer.status).toBe(200);
    expect(answer.body.metadata).toMatchObject({
      input_type: 'multimodal',
      tools_used: ['transcribe_audio', 'analyze_image'],
      transcription: 'It hurts when I walk.',
    });
    expect(ollama.chatRequests()[1].messages.at(-1)!.content).toContain(
      'My ankle is swollen.\n\nIt hurts when I walk.',
    );
  });

  it('says plainly when no words were heard', async () => {
    const patient = await client.login();
    stt.transcribe('');
    ollama.reply(ANSWER);

    const answer = await sendWithFile(client.app, patient, 'audio', [
      { name: 'audio', filename: 'silence.wav', contentType: 'audio/wav', content: wav(0.1) },
    ]);

    expect(answer.status).toBe(200);
    expect(answer.body.metadata.transcription).toBe('');
    expect(answer.body.response).toMatch(/^I could not make out any words in your voice message/);
  });

  it('answers 503 with a detail when the speech-to-text server fails, after a retry, and keeps the message', async () => {
    const patient = await client.login();
    stt.failWith(502);

    const answer = await sendWithFile(client.app, patient, 'audio', [
      { name: 'message', value: 'Listen to this' },
      { name: 'audio', filename: 'note.wav', contentType: 'audio/wav', content: wav() },
    ]);

    expect(answer.status).toBe(503);
    expect(answer.body).toMatchObject({
      service: 'speech-to-text',
      detail: expect.stringMatching(/speech-to-text service is unavailable: it answered HTTP 502/),
    });
    expect(stt.uploads).toHaveLength(2);
    const turns = await client.conversations.find({ patient_id: patient.patientId }).lean<any[]>();
    expect(turns).toEqual([
      expect.objectContaining({
        status: 'failed',
        failure_reason: 'dependency_unavailable',
        message: 'Listen to this',
      }),
    ]);
    expect(ollama.chatRequests()).toHaveLength(0);
  });

  it('answers 422 when the speech-to-text server cannot use the recording', async () => {
    const patient = await client.login();
    stt.failWith(400, 1, 'Invalid file: could not decode audio');

    const answer = await sendWithFile(client.app, patient, 'audio', [
      { name: 'audio', filename: 'note.wav', contentType: 'audio/wav', content: wav() },
    ]);

    expect(answer.status).toBe(422);
    expect(answer.body.detail).toMatch(
      /could not be transcribed: the speech-to-text service could not use the recording \(HTTP 400: Invalid file: could not decode audio\)/,
    );
    expect(stt.uploads).toHaveLength(1);
  });

  it('refuses an image sent as audio, and keeps nothing', async () => {
    const patient = await client.login();
    const before = await uploadsOf(client.app).countDocuments();

    const answer = await sendWithFile(client.app, patient, 'audio', [
      { name: 'audio', filename: 'photo.png', contentType: 'image/png', content: png() },
    ]);

    expect(answer.status).toBe(415);
    expect(answer.body.errors).toEqual([{ field: 'audio', message: answer.body.detail }]);
    expect(await uploadsOf(client.app).countDocuments()).toBe(before);
    expect(stt.uploads).toHaveLength(0);
  });
});

describe.each([
  [
    'unreachable',
    async () => ({ STT_BASE_URL: await closedPortUrl(), STT_MAX_RETRIES: '0' }),
    /speech-to-text service is unavailable: (it could not be reached|the connection failed \(ECONNREFUSED\))/,
  ],
  ['not configured', async () => ({}), /Speech-to-text is not configured: set STT_BASE_URL/],
])('voice messages when the speech-to-text server is %s', (_label, env, detail) => {
  const { client } = useChatApp({ model: 'unreachable', privateUploadDir: true, env });

  it('answers 503 with a detail', async () => {
    const patient = await client.login();

    const answer = await sendWithFile(client.app, patient, 'audio', [
      { name: 'audio', filename: 'note.wav', contentType: 'audio/wav', content: wav() },
    ]);

    expect(answer.status).toBe(503);
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(answer.body.detail).toMatch(detail);
  });
});
