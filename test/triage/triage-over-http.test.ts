import { EmergencyTriage } from '../../src/orchestrator/guardrails/emergency-triage.js';
import type { LabelledMessage } from '../../src/orchestrator/guardrails/triage-evaluation/labelled-message.js';
import { readLabelledSet, TRIAGE_SETS } from '../../src/orchestrator/guardrails/triage-evaluation/labelled-set-file.js';
import { useChatApp } from '../chat/chat-app.js';

/**
 * The triage measured where patients meet it: `POST /api/chat/message`, read from
 * `metadata.emergency_detected`, with a model that never marks an emergency itself. For a
 * deterministic sample of each labelled set, the HTTP answer must agree message by message with
 * `EmergencyTriage.assess` on the same text: then the unit figures are the HTTP figures, and
 * sanitising, routing and storage lose nothing. The recall itself is the unit spec's business.
 */
const SAMPLE_SIZE = 40;

/** Evenly spaced over the file, half emergencies and half not, so both kinds of error can show. */
function sample(messages: readonly LabelledMessage[]): LabelledMessage[] {
  const spaced = (of: readonly LabelledMessage[], count: number) => {
    const step = of.length / count;
    return Array.from({ length: Math.min(count, of.length) }, (_, i) => of[Math.floor(i * step)]);
  };
  return [
    ...spaced(
      messages.filter((m) => m.emergency),
      SAMPLE_SIZE / 2,
    ),
    ...spaced(
      messages.filter((m) => !m.emergency),
      SAMPLE_SIZE / 2,
    ),
  ];
}

interface Disagreement {
  line: number;
  text?: string;
  unit: { isEmergency: boolean; symptoms: string[] };
  http: { status: number; emergency_detected: unknown; emergency_symptoms: unknown; emergency_source: unknown };
}

describe('triage through POST /api/chat/message', () => {
  const { client } = useChatApp({
    ollama: { defaultReply: 'Rest and fluids usually help; see your doctor if it does not settle.' },
  });
  const triage = EmergencyTriage.withWordingModel();

  it.each(TRIAGE_SETS)(`agrees with EmergencyTriage.assess on ${SAMPLE_SIZE} messages of %s.jsonl`, async (name) => {
    const messages = sample(readLabelledSet(name).messages);
    expect(messages).toHaveLength(SAMPLE_SIZE);
    const patient = await client.login();
    const disagreements: Disagreement[] = [];

    for (const message of messages) {
      const unit = triage.assess(message.text);
      const symptoms = unit.discriminators;
      const answer = await client.send(patient, { message: message.text });
      const metadata = answer.body?.metadata ?? {};
      const agrees =
        answer.status === 200 &&
        metadata.emergency_detected === unit.isEmergency &&
        JSON.stringify(metadata.emergency_symptoms) === JSON.stringify(symptoms) &&
        metadata.emergency_source === (unit.isEmergency ? 'rules' : undefined);
      if (!agrees) {
        disagreements.push({
          line: message.line,
          // Held-out texts are never printed: the rule writers read these failures.
          ...(name === 'development' ? { text: message.text } : {}),
          unit: { isEmergency: unit.isEmergency, symptoms },
          http: { status: answer.status, ...pick(metadata) },
        });
      }
    }

    expect(disagreements).toEqual([]);
  });
});

function pick(metadata: Record<string, unknown>): Omit<Disagreement['http'], 'status'> {
  return {
    emergency_detected: metadata.emergency_detected,
    emergency_symptoms: metadata.emergency_symptoms,
    emergency_source: metadata.emergency_source,
  };
}
