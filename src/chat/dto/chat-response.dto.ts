import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import type {
  ChatResponseMetadata,
  ChatSource,
  EmergencySource,
  InputType,
  KnowledgeSource,
  RecordSource,
  SafetyReport,
} from '../../orchestrator/index.js';

export class RecordSourceDto implements RecordSource {
  @ApiProperty({ enum: ['record'], example: 'record', description: "One of the caller's own health records" })
  kind!: 'record';

  @ApiProperty({ example: 'Observation' })
  resource_type!: string;

  @ApiProperty({ example: '2020-03-06' })
  date!: string;

  @ApiProperty({ example: 'Body temperature 38.4 Cel' })
  text!: string;
}

export class KnowledgeSourceDto implements KnowledgeSource {
  @ApiProperty({
    enum: ['knowledge'],
    example: 'knowledge',
    description:
      'A passage of the medical-knowledge collection (MedQuAD, NIH sources), cited in the answer as [n], n being its position among the knowledge sources',
  })
  kind!: 'knowledge';

  @ApiProperty({ example: 'NIHSeniorHealth_0000062_Sec4' })
  id!: string;

  @ApiProperty({ example: 'Shingles' })
  title!: string;

  @ApiProperty({ example: 'http://nihseniorhealth.gov/shingles/symptomsanddiagnosis/01.html' })
  url!: string;

  @ApiProperty({ example: 'NIHSeniorHealth' })
  source!: string;

  @ApiProperty({ example: 'Shingles usually starts as a rash on one side of the face or body…' })
  snippet!: string;
}

export class SafetyReportDto implements SafetyReport {
  @ApiProperty({ example: true })
  disclaimer_added!: boolean;

  @ApiProperty({ type: [String], example: [] })
  violations!: string[];

  @ApiProperty({ example: false, description: 'true when the answer was replaced by a safe fallback' })
  response_replaced!: boolean;

  @ApiProperty({
    example: false,
    description:
      'true when a crisis-support paragraph (the crisis line and the emergency number) was added after the answer to a question about a lethal amount or a means of dying or self-harm that was not an emergency',
  })
  crisis_support_added!: boolean;
}

@ApiExtraModels(RecordSourceDto, KnowledgeSourceDto)
export class ChatMetadataDto implements ChatResponseMetadata {
  @ApiProperty({ enum: ['text', 'speech', 'image', 'multimodal'], example: 'text' })
  input_type!: InputType;

  @ApiProperty({ type: [String], example: ['retrieve_patient_records'] })
  tools_used!: string[];

  @ApiProperty({ example: false })
  emergency_detected!: boolean;

  @ApiProperty({ type: [String], example: [] })
  emergency_symptoms!: string[];

  @ApiPropertyOptional({
    enum: ['rules', 'model'],
    description:
      'Present only when emergency_detected is true: "rules" when the deterministic triage found the emergency (answered at once, without the model), ' +
      '"model" when the rules did not and the reasoning model marked the message as needing emergency care now (the fixed call-now guidance is then put before its answer).',
    example: 'rules',
  })
  emergency_source?: EmergencySource;

  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, example: null })
  image_analysis!: Record<string, unknown> | null;

  @ApiProperty({ type: String, nullable: true, example: null })
  transcription!: string | null;

  @ApiProperty({
    type: 'array',
    items: { oneOf: [{ $ref: getSchemaPath(RecordSourceDto) }, { $ref: getSchemaPath(KnowledgeSourceDto) }] },
    description:
      'The caller\'s records the answer drew on (kind "record"), then the knowledge passages it was given (kind "knowledge", numbered [1], [2], … in this order)',
  })
  sources!: ChatSource[];

  @ApiProperty({ type: SafetyReportDto })
  safety!: SafetyReportDto;

  @ApiProperty({ example: 'medgemma1.5' })
  model!: string;
}

export class ChatResponseDto {
  @ApiProperty({
    example:
      'A headache lasting three days is common with tension or dehydration... This is general information, not a diagnosis; please consult a healthcare professional.',
  })
  response!: string;

  @ApiProperty({ example: '6f1c2a5e-8d4b-4f7e-9a3c-2b1d0e9f8a7c' })
  session_id!: string;

  @ApiProperty({ description: 'Id of the stored exchange', example: '6788f2a4c1d2e3f4a5b6c7d8' })
  message_id!: string;

  @ApiProperty({ example: '2026-01-15T14:30:28.123Z' })
  timestamp!: string;

  @ApiProperty({ type: ChatMetadataDto })
  metadata!: ChatMetadataDto;
}
