import type { ApiResponseSchemaHost } from '@nestjs/swagger';

/** An OpenAPI schema object, as @nestjs/swagger's response decorators take it. */
type SchemaObject = ApiResponseSchemaHost['schema'];

const list = (description: string): SchemaObject => ({ type: 'array', description, items: { type: 'object' } });

/** The JSON export's shape, for Swagger (the body is streamed, so there is no DTO class to reflect). */
export const JSON_EXPORT_SCHEMA: SchemaObject = {
  type: 'object',
  description:
    'With ?format=fhir: a FHIR R4 Bundle (type collection) with the Patient, a Communication per message and answer, a DocumentReference per upload.',
  properties: {
    format: { type: 'string', example: 'medchat-export/1' },
    generated_at: { type: 'string', format: 'date-time' },
    patient_id: { type: 'string' },
    account: {
      type: 'object',
      description:
        'patient_id, display_name, birth_date (as imported, null when unknown), roles, has_password, created_at, updated_at (never the password hash)',
    },
    conversations: list(
      'Every exchange: message_id, session_id, status, message, response, metadata, attachments, times, and the feedback on its answer (decrypted)',
    ),
    consultations: list('The consultation list (one per session) as stored'),
    uploads: list('Metadata of each file, with `download: { method, path }` to fetch its bytes'),
    patient_records: list('The imported FHIR record facts (decrypted)'),
    audit_events: list('The audit trail about the patient, newest first'),
  },
};
