import type { PriorExchange } from '../chat-turn.js';
import type { KnowledgeReference } from '../../knowledge/index.js';
import type { RecordAccess } from '../record-access.js';
import { fenced } from './delimiters.js';
import type { PromptMessage } from './prompt-message.js';
import { SYSTEM_PROMPT } from './system-prompt.js';

export interface ReasonPromptInput {
  /** Earlier exchanges already cut to the token budget, oldest first. */
  history: readonly PriorExchange[];
  records: RecordAccess;
  /** Medical-knowledge passages, cited by the model as [1], [2], … in this order; none: no block. */
  knowledge?: readonly KnowledgeReference[];
  imageAnalysis: Record<string, unknown> | null;
  /** The sanitized patient message (typed and/or transcribed). */
  message: string;
}

/**
 * system → earlier exchanges (chronological) → one final user turn holding the records, any
 * image findings and the new message, each fenced. Keeping records and message in one user
 * turn keeps strict user/assistant alternation, which Gemma's chat template expects (it folds
 * system messages into user turns).
 */
export function buildReasonPrompt(input: ReasonPromptInput): PromptMessage[] {
  const earlier = input.history.flatMap((exchange): PromptMessage[] => [
    { role: 'user', content: fenced('patient_message', exchange.user) },
    { role: 'assistant', content: exchange.assistant },
  ]);
  const finalTurn = [
    fenced('patient_records', describeRecords(input.records)),
    input.knowledge && input.knowledge.length > 0
      ? fenced('medical_knowledge', describeKnowledge(input.knowledge))
      : null,
    input.imageAnalysis ? fenced('image_analysis', JSON.stringify(input.imageAnalysis, null, 2)) : null,
    fenced('patient_message', input.message.trim() === '' ? '(The patient sent no text.)' : input.message),
  ]
    .filter((block): block is string => block !== null)
    .join('\n\n');
  return [{ role: 'system', content: SYSTEM_PROMPT }, ...earlier, { role: 'user', content: finalTurn }];
}

function describeRecords(access: RecordAccess): string {
  switch (access.status) {
    case 'guest':
      return 'None: the user is a guest, so no health record is available.';
    case 'unavailable':
      return "None: the patient's health record cannot be searched at the moment.";
    case 'retrieved':
      if (access.records.length === 0) return "None: nothing in the patient's health record matches this question.";
      return access.records
        .map((record) => `- [${record.resource_type}, ${record.date || 'date unknown'}] ${record.text}`)
        .join('\n');
  }
}

/** `[n] Title (source, url)` then the passage: the number is what the answer cites. */
function describeKnowledge(passages: readonly KnowledgeReference[]): string {
  return passages
    .map((passage, index) => `[${index + 1}] ${passage.title} (${passage.source}, ${passage.url})\n${passage.text}`)
    .join('\n\n');
}
