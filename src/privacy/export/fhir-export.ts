import { randomUUID } from 'node:crypto';
import type { UploadRecord } from '../../upload/index.js';
import type { ExportTurn as StoredTurn, PatientData } from './patient-data-sources.js';

/** Where MedChat's own identifiers live in FHIR `identifier.system`. */
export const FHIR_SYSTEMS = {
  patient: 'urn:medchat:patient-id',
  message: 'urn:medchat:message-id',
  file: 'urn:medchat:file-id',
} as const;

type Resource = Record<string, unknown>;

/**
 * The FHIR R4 export: a `collection` Bundle with the Patient, one DocumentReference per upload
 * and a Communication per message and per answer (the answer `inResponseTo` its message, an
 * attached file as a payload reference). Entries are addressed by `urn:uuid:` full URLs, since
 * MedChat's ids are not all valid FHIR ids. Written entry by entry from the cursors.
 */
export async function* fhirExport(data: PatientData, generatedAt: Date): AsyncGenerator<string> {
  const patientUrl = `urn:uuid:${randomUUID()}`;
  const patient = { reference: patientUrl };
  yield `{"resourceType":"Bundle","type":"collection","timestamp":${JSON.stringify(generatedAt)},"entry":[`;
  yield entry(patientUrl, {
    resourceType: 'Patient',
    identifier: [{ system: FHIR_SYSTEMS.patient, value: data.account.patient_id }],
    name: [{ text: data.account.display_name }],
    ...(data.account.birth_date === null ? {} : { birthDate: data.account.birth_date }),
  });
  // Uploads first, so each message can point at the DocumentReference of its attachment.
  const documents = new Map<string, string>();
  for await (const upload of data.uploads()) {
    const url = `urn:uuid:${randomUUID()}`;
    documents.set(upload.file_id, url);
    yield ',' + entry(url, documentReference(upload, patient));
  }
  for await (const turn of data.conversations()) {
    const messageUrl = `urn:uuid:${randomUUID()}`;
    yield ',' + entry(messageUrl, messageCommunication(turn, patient, documents));
    if (turn.response !== null)
      yield ',' + entry(`urn:uuid:${randomUUID()}`, answerCommunication(turn, patient, messageUrl));
  }
  yield ']}\n';
}

function entry(fullUrl: string, resource: Resource): string {
  return JSON.stringify({ fullUrl, resource });
}

function documentReference(upload: UploadRecord, subject: { reference: string }): Resource {
  return {
    resourceType: 'DocumentReference',
    identifier: [{ system: FHIR_SYSTEMS.file, value: upload.file_id }],
    status: 'current',
    subject,
    date: upload.created_at,
    description: upload.kind === 'image' ? 'Photo sent to MedChat' : 'Voice message sent to MedChat',
    content: [
      {
        attachment: {
          contentType: upload.mime_type,
          url: `/api/upload/${upload.file_id}`,
          size: upload.size_bytes,
          title: upload.filename,
          creation: upload.created_at,
        },
      },
    ],
  };
}

function messageCommunication(
  turn: StoredTurn,
  patient: { reference: string },
  documents: ReadonlyMap<string, string>,
): Resource {
  const attachments = turn.attachments.map((attachment) => ({
    contentReference: { reference: documents.get(attachment.file_id), display: attachment.filename },
  }));
  return {
    resourceType: 'Communication',
    identifier: [{ system: FHIR_SYSTEMS.message, value: String(turn._id) }],
    status: 'completed',
    subject: patient,
    sender: patient,
    sent: turn.created_at,
    payload: [
      ...(turn.message ? [{ contentString: turn.message }] : []),
      ...attachments.filter((payload) => payload.contentReference.reference !== undefined),
    ],
    note: turn.status === 'failed' ? [{ text: `Not answered (${turn.failure_reason ?? 'failed'})` }] : undefined,
  };
}

function answerCommunication(turn: StoredTurn, patient: { reference: string }, messageUrl: string): Resource {
  return {
    resourceType: 'Communication',
    identifier: [{ system: FHIR_SYSTEMS.message, value: `${String(turn._id)}/answer` }],
    status: 'completed',
    subject: patient,
    recipient: [patient],
    sender: { display: 'MedChat assistant' },
    inResponseTo: [{ reference: messageUrl }],
    sent: turn.completed_at ?? turn.created_at,
    payload: [{ contentString: turn.response }],
  };
}
