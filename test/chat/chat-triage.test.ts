import { EMERGENCY_CALL_SENTENCES } from '../../src/orchestrator/guardrails/emergency-call-translations.js';
import { buildEmergencyGuidance } from '../../src/orchestrator/guardrails/emergency-guidance.js';
import { useChatApp } from './chat-app.js';
import type { ChatClient } from './chat-client.js';

const EMERGENCY = 'I have crushing chest pain spreading to my left arm and I cannot breathe.';
const CONTACTS = { emergencyNumber: '911', crisisLine: '988' };

/** An emergency is answered at once with fixed guidance and flagged, whatever the model's state. */
async function expectEmergencyAnswer(client: ChatClient): Promise<void> {
  const patient = await client.login();

  const answer = await client.send(patient, { message: EMERGENCY });

  expect(answer.status).toBe(200);
  expect(answer.body.metadata).toMatchObject({
    emergency_detected: true,
    emergency_symptoms: expect.arrayContaining([expect.any(String)]),
  });
  expect(answer.body.metadata.emergency_symptoms.length).toBeGreaterThan(0);
  expect(answer.body.response).toMatch(/911|emergency/i);
  const history = await client.history(patient);
  expect(history.body.messages).toEqual([
    expect.objectContaining({ role: 'user', content: EMERGENCY }),
    expect.objectContaining({
      role: 'assistant',
      content: answer.body.response,
      metadata: expect.objectContaining({ status: 'completed', emergency_detected: true }),
    }),
  ]);
}

describe('emergency triage over HTTP', () => {
  describe('with Ollama up', () => {
    const { ollama, client } = useChatApp();

    it('answers with emergency guidance and makes no call to the model', async () => {
      await expectEmergencyAnswer(client);

      expect(ollama.chatRequests()).toHaveLength(0);
      expect(ollama.requests.filter((r) => r.path === '/api/generate')).toHaveLength(0);
    });

    it('tells a patient who wrote in Spanish to call in Spanish first, then gives the English guidance (issue 11)', async () => {
      const patient = await client.login();

      const answer = await client.send(patient, { message: 'mi hijo no puede respirar y tiene los labios morados' });

      expect(answer.status).toBe(200);
      expect(answer.body.metadata).toMatchObject({ emergency_detected: true, emergency_source: 'rules' });
      // The Spanish call first, then the English guidance whole: its call to action, first steps, closing.
      const spanish = EMERGENCY_CALL_SENTENCES.Spanish.callNow('911');
      const englishOpening = buildEmergencyGuidance([], CONTACTS).split('\n\n')[0];
      expect(answer.body.response.startsWith(`${spanish}\n\n${englishOpening}\n\nWhile you wait for help:\n`)).toBe(
        true,
      );
      expect(answer.body.response).toContain('\n- Breathing: sit upright and loosen tight clothing.');
      expect(answer.body.response.endsWith('the emergency services can.')).toBe(true);
      expect(ollama.chatRequests()).toHaveLength(0);
    });
  });

  describe('with Ollama down', () => {
    const { client } = useChatApp({ model: 'unreachable' });

    it('still answers the emergency', () => expectEmergencyAnswer(client));
  });

  describe('with no language model configured', () => {
    const { client } = useChatApp({ model: 'unconfigured' });

    it('still answers the emergency', () => expectEmergencyAnswer(client));
  });
});
