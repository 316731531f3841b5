import { MEDICAL_DISCLAIMER } from '../../src/orchestrator/guardrails/safety-check.js';
import { UNUSABLE_IMAGE_NOTICE } from '../../src/orchestrator/graph/state.js';
import { jpeg, png, wav } from '../support/media-samples.js';
import { sha256 } from '../upload/upload-test-kit.js';
import { useChatApp } from './chat-app.js';
import { type Caller } from './chat-client.js';
import { sendWithFile, uploadFirst, uploadsOf } from './chat-files-kit.js';

const FINDINGS = {
  image_quality: 'good',
  findings: ['A round, red, scaly patch about 2 cm across on the inner forearm'],
  possible_conditions: [
    { name: 'Ringworm (tinea corporis)', confidence: 0.55 },
    { name: 'Nummular eczema', confidence: 0.3 },
  ],
  confidence: 0.6,
  limitations: '',
};
const ANSWER = 'A round scaly patch like this is often a fungal skin infection; a pharmacist or doctor can confirm it.';

describe('chat with a photo', () => {
  const { ollama, client } = useChatApp({ privateUploadDir: true, resetFakesBeforeEach: true });

  it('sends the image and a JSON-schema format to the vision model, and answers with the findings', async () => {
    const patient = await client.login();
    const image = png();
    ollama.reply(JSON.stringify(FINDINGS), ANSWER);

    const answer = await sendWithFile(client.app, patient, 'image', [
      { name: 'message', value: 'What is this rash on my arm?' },
      { name: 'image', filename: 'rash.png', contentType: 'image/png', content: image },
    ]);

    expect(answer.status).toBe(200);
    expect(answer.body.metadata).toMatchObject({
      input_type: 'image',
      tools_used: ['analyze_image'],
      emergency_detected: false,
      image_analysis: FINDINGS,
      transcription: null,
    });
    expect(answer.body.response).toBe(`${ANSWER}\n\n${MEDICAL_DISCLAIMER}`);

    const [vision, reasoning] = ollama.chatRequests();
    expect(vision.messages.flatMap((m) => m.images ?? [])).toEqual([image.toString('base64')]);
    expect(vision.format).toMatchObject({
      type: 'object',
      properties: {
        image_quality: expect.any(Object),
        findings: expect.any(Object),
        possible_conditions: expect.any(Object),
        confidence: expect.any(Object),
      },
      required: expect.arrayContaining(['image_quality', 'findings', 'possible_conditions', 'confidence']),
    });
    expect(vision.messages.map((m) => m.content).join('\n')).toContain('What is this rash on my arm?');
    // The reasoning model gets the findings as context, and no image.
    expect(reasoning.messages.flatMap((m) => m.images ?? [])).toEqual([]);
    expect(reasoning.format).toBeUndefined();
    const prompt = reasoning.messages.at(-1)!.content;
    expect(prompt).toContain('<image_analysis>');
    expect(prompt).toContain('Ringworm (tinea corporis)');
    expect(prompt).toContain('<patient_message>\nWhat is this rash on my arm?\n</patient_message>');

    // The photo is the patient's upload, named by the stored exchange.
    const [upload] = await uploadsOf(client.app).find({ owner_patient_id: patient.patientId }).lean<any[]>();
    expect(upload).toMatchObject({
      kind: 'image',
      filename: 'rash.png',
      sha256: sha256(image),
      size_bytes: image.length,
    });
    const stored = await client.conversations.findById(answer.body.message_id).lean<any>();
    expect(stored).toMatchObject({
      status: 'completed',
      message: 'What is this rash on my arm?',
      attachments: [{ kind: 'image', file_id: upload.file_id, mime_type: 'image/png', filename: 'rash.png' }],
      metadata: { image_analysis: FINDINGS },
    });
  });

  it('answers a photo sent without text', async () => {
    const patient = await client.login();
    ollama.reply(JSON.stringify(FINDINGS), ANSWER);

    const answer = await sendWithFile(client.app, patient, 'image', [
      { name: 'image', filename: 'rash.jpg', contentType: 'image/jpeg', content: jpeg() },
    ]);

    expect(answer.status).toBe(200);
    expect(answer.body.metadata.image_analysis).toEqual(FINDINGS);
    expect(ollama.chatRequests()[1].messages.at(-1)!.content).toContain('(The patient sent no text.)');
    expect((await client.conversations.findById(answer.body.message_id).lean<any>()).message).toBe('');
  });

  it('tells the patient plainly when the vision model finds the photo unusable', async () => {
    const patient = await client.login();
    const unusable = {
      image_quality: 'unusable',
      findings: [],
      possible_conditions: [],
      confidence: 0,
      limitations: 'The photo is completely dark.',
    };
    ollama.reply(JSON.stringify(unusable), 'I am sorry, the photo could not be assessed.');

    const answer = await sendWithFile(client.app, patient, 'image', [
      { name: 'message', value: 'Is this mole normal?' },
      { name: 'image', filename: 'mole.png', contentType: 'image/png', content: png([0, 0, 0]) },
    ]);

    expect(answer.status).toBe(200);
    expect(answer.body.metadata.image_analysis).toEqual(unusable);
    expect(answer.body.response.startsWith(UNUSABLE_IMAGE_NOTICE)).toBe(true);
  });

  it('answers clearly, without failing, when Ollama cannot read the image', async () => {
    const patient = await client.login();
    ollama.failWith(400, 1, { message: 'image: unknown format' }).reply(ANSWER);

    const answer = await sendWithFile(client.app, patient, 'image', [
      { name: 'message', value: 'What is this?' },
      { name: 'image', filename: 'broken.png', contentType: 'image/png', content: png().subarray(0, 40) },
    ]);

    expect(answer.status).toBe(200);
    expect(answer.body.metadata.image_analysis).toMatchObject({
      image_quality: 'unusable',
      findings: [],
      confidence: 0,
    });
    expect(answer.body.metadata.image_analysis.limitations).toMatch(/could not process this image/);
    expect(answer.body.response.startsWith(UNUSABLE_IMAGE_NOTICE)).toBe(true);
  });

  it('treats vision output that is not the schema as an unusable image', async () => {
    const patient = await client.login();
    ollama.reply('{"diagnosis": "melanoma"}', ANSWER);

    const answer = await sendWithFile(client.app, patient, 'image', [
      { name: 'image', filename: 'x.png', contentType: 'image/png', content: png() },
    ]);

    expect(answer.status).toBe(200);
    expect(answer.body.metadata.image_analysis).toMatchObject({ image_quality: 'unusable', possible_conditions: [] });
    expect(answer.body.response).not.toContain('melanoma');
  });

  it('answers 503 with a detail when Ollama is down, and keeps the message and the photo', async () => {
    const patient = await client.login();
    ollama.failWith(503);

    const answer = await sendWithFile(client.app, patient, 'image', [
      { name: 'message', value: 'What is this rash?' },
      { name: 'image', filename: 'rash.png', contentType: 'image/png', content: png() },
    ]);

    expect(answer.status).toBe(503);
    expect(answer.body.detail).toMatch(/Ollama\) is unavailable/);
    const turns = await client.conversations.find({ patient_id: patient.patientId }).lean<any[]>();
    expect(turns).toEqual([
      expect.objectContaining({
        status: 'failed',
        failure_reason: 'dependency_unavailable',
        message: 'What is this rash?',
      }),
    ]);
    expect(await uploadsOf(client.app).countDocuments({ owner_patient_id: patient.patientId })).toBe(1);
  });

  it("answers about a photo uploaded earlier (image_file_id), and only the caller's own", async () => {
    const patient = await client.login();
    const other = await client.login();
    const fileId = await uploadFirst(client.app, patient, 'image', 'rash.png', png(), 'image/png');
    ollama.reply(JSON.stringify(FINDINGS), ANSWER);

    const answer = await client.send(patient, { message: 'What about this one?', image_file_id: fileId });

    expect(answer.status).toBe(200);
    expect(answer.body.metadata).toMatchObject({ input_type: 'image', image_analysis: FINDINGS });
    const stranger = await client.send(other, { message: 'Show me that', image_file_id: fileId });
    expect(stranger.status).toBe(404);
    expect(stranger.body.detail).toBe(`No image of yours has the id ${fileId}.`);
    // An audio id is not an image.
    const audioId = await uploadFirst(client.app, patient, 'audio', 'note.wav', wav(), 'audio/wav');
    expect((await client.send(patient, { message: 'And this?', image_file_id: audioId })).status).toBe(404);
  });

  it('refuses a form without the image or with a wrong file, and keeps nothing', async () => {
    const patient: Caller = await client.login();
    const uploadsBefore = await uploadsOf(client.app).countDocuments();
    const turnsBefore = await client.conversations.countDocuments();

    const missing = await sendWithFile(client.app, patient, 'image', [{ name: 'message', value: 'Here is my rash' }]);
    expect(missing.status).toBe(422);
    expect(missing.body.errors).toEqual([{ field: 'image', message: 'image is required: attach the image file' }]);

    const mislabelled = await sendWithFile(client.app, patient, 'image', [
      { name: 'image', filename: 'rash.jpg', contentType: 'image/jpeg', content: png() },
    ]);
    expect(mislabelled.status).toBe(422);
    expect(mislabelled.body.detail).toMatch(/is image\/png, but its name ends in \.jpg/);

    const tooLong = await sendWithFile(client.app, patient, 'image', [
      { name: 'message', value: 'x'.repeat(5001) },
      { name: 'image', filename: 'rash.png', contentType: 'image/png', content: png() },
    ]);
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.errors).toEqual([
      { field: 'message', message: 'message must be at most 5000 characters long' },
    ]);

    const otherSession = await sendWithFile(client.app, patient, 'image', [
      { name: 'session_id', value: 'not-my-session' },
      { name: 'image', filename: 'rash.png', contentType: 'image/png', content: png() },
    ]);
    expect(otherSession.status).toBe(404);

    expect(await uploadsOf(client.app).countDocuments()).toBe(uploadsBefore);
    expect(await client.conversations.countDocuments()).toBe(turnsBefore);
    expect(ollama.chatRequests()).toHaveLength(0);
  });
});
