import type { PatientData } from './patient-data-sources.js';

/** The format's name and version, at the head of every JSON export. */
export const JSON_EXPORT_FORMAT = 'medchat-export/1';

/**
 * The JSON export, written piece by piece: each section is an array filled from its cursor one
 * document at a time, so a long history never sits whole in memory.
 */
export async function* jsonExport(data: PatientData, generatedAt: Date): AsyncGenerator<string> {
  const patientId = data.account.patient_id;
  yield `{"format":${JSON.stringify(JSON_EXPORT_FORMAT)},"generated_at":${JSON.stringify(generatedAt)},"patient_id":${JSON.stringify(patientId)}`;
  yield `,"account":${JSON.stringify(data.account)}`;
  yield* section('conversations', data.conversations(), (turn) => ({
    message_id: String(turn._id),
    session_id: turn.session_id,
    status: turn.status,
    created_at: turn.created_at,
    completed_at: turn.completed_at,
    message: turn.message,
    response: turn.response,
    failure_reason: turn.failure_reason,
    metadata: turn.metadata,
    attachments: turn.attachments,
    feedback: turn.feedback,
  }));
  yield* section('consultations', data.consultations(), ({ _id, ...consultation }) => consultation);
  yield* section('uploads', data.uploads(), (upload) => ({
    file_id: upload.file_id,
    kind: upload.kind,
    filename: upload.filename,
    mime_type: upload.mime_type,
    size_bytes: upload.size_bytes,
    sha256: upload.sha256,
    created_at: upload.created_at,
    // The bytes are not inlined: the patient fetches each file with their token.
    download: { method: 'GET', path: `/api/upload/${upload.file_id}` },
  }));
  yield* section(
    'patient_records',
    data.records(),
    ({ _id, embedding: _embedding, embedding_model: _model, ...record }) => ({ record_id: String(_id), ...record }),
  );
  yield* section('audit_events', data.auditEvents(), ({ _id, ...event }) => ({ event_id: String(_id), ...event }));
  yield '}\n';
}

async function* section<T>(name: string, items: AsyncIterable<T>, shape: (item: T) => unknown): AsyncGenerator<string> {
  yield `,${JSON.stringify(name)}:[`;
  let first = true;
  for await (const item of items) {
    yield (first ? '' : ',') + JSON.stringify(shape(item));
    first = false;
  }
  yield ']';
}
