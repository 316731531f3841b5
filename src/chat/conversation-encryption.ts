import type { FieldCipher } from '../common/encryption/field-cipher.js';
import type { ChatResponseMetadata } from '../orchestrator/index.js';

/** Whose exchange a stored field belongs to: part of each ciphertext's authenticated context. */
export interface TurnOwner {
  patient_id: string | null;
  session_id: string;
}

function context(field: string, owner: TurnOwner): string {
  return `conversations.${field}:${owner.patient_id ?? `session:${owner.session_id}`}`;
}

/**
 * Which parts of an exchange are health data, encrypted at rest: the patient's message, the
 * answer, the transcript of a voice message, the image findings and the record excerpts quoted
 * as sources. Everything else in `metadata` (input type, tools, emergency flags and categories,
 * safety report, model) stays queryable, as the admin statistics need.
 */
export const conversationFields = {
  // The message and the answer are read back by the session's next turn, for the model's context.
  sealMessage: (cipher: FieldCipher, message: string, owner: TurnOwner) =>
    cipher.encrypt(message, context('message', owner), { readBackSoon: true }),
  openMessage: (cipher: FieldCipher, message: string, owner: TurnOwner) =>
    cipher.decrypt(message, context('message', owner)),
  sealResponse: (cipher: FieldCipher, response: string, owner: TurnOwner) =>
    cipher.encrypt(response, context('response', owner), { readBackSoon: true }),
  openResponse: (cipher: FieldCipher, response: string | null, owner: TurnOwner) =>
    cipher.decryptOptional(response, context('response', owner)),

  sealMetadata(cipher: FieldCipher, metadata: ChatResponseMetadata, owner: TurnOwner): ChatResponseMetadata {
    if (!cipher.enabled) return metadata;
    return {
      ...metadata,
      transcription: cipher.encryptOptional(metadata.transcription, context('metadata.transcription', owner)),
      image_analysis: cipher.encryptJson(
        metadata.image_analysis,
        context('metadata.image_analysis', owner),
      ) as ChatResponseMetadata['image_analysis'],
      // Knowledge passages are public NIH text: only the caller's own records are sealed.
      sources: (metadata.sources ?? []).map((source) =>
        source.kind === 'knowledge'
          ? source
          : { ...source, text: cipher.encrypt(source.text, context('metadata.sources.text', owner)) },
      ),
    };
  },

  openMetadata(
    cipher: FieldCipher,
    metadata: ChatResponseMetadata | null,
    owner: TurnOwner,
  ): ChatResponseMetadata | null {
    if (!metadata) return metadata;
    return {
      ...metadata,
      // An exchange stored before crisis support existed has no flag; it had none added, and the contract requires it.
      ...(metadata.safety
        ? { safety: { ...metadata.safety, crisis_support_added: metadata.safety.crisis_support_added ?? false } }
        : {}),
      transcription: cipher.decryptOptional(metadata.transcription, context('metadata.transcription', owner)),
      image_analysis: cipher.decryptJson(
        metadata.image_analysis,
        context('metadata.image_analysis', owner),
      ) as ChatResponseMetadata['image_analysis'],
      ...(Array.isArray(metadata.sources)
        ? {
            sources: metadata.sources.map((source) =>
              source.kind === 'knowledge'
                ? source
                : { ...source, text: cipher.decrypt(source.text, context('metadata.sources.text', owner)) },
            ),
          }
        : {}),
    };
  },
};
