import { FieldCipher } from '../common/encryption/field-cipher.js';
import type { ChatResponseMetadata } from '../orchestrator/index.js';
import { conversationFields } from './conversation-encryption.js';

const owner = { patient_id: 'patient-1', session_id: 'session-1' };

/** Stored metadata with what openMetadata reads: the safety flags as they were written, nothing to decrypt. */
function storedMetadata(safety: Record<string, unknown>): ChatResponseMetadata {
  return { safety, transcription: null, image_analysis: null, sources: [] } as unknown as ChatResponseMetadata;
}

describe('conversationFields.openMetadata', () => {
  const cipher = new FieldCipher(undefined);

  it('reports no crisis support on an exchange stored before the flag existed', () => {
    const opened = conversationFields.openMetadata(
      cipher,
      storedMetadata({ disclaimer_added: true, violations: [], response_replaced: false }),
      owner,
    );
    expect(opened?.safety).toEqual({
      disclaimer_added: true,
      violations: [],
      response_replaced: false,
      crisis_support_added: false,
    });
  });

  it('keeps the flag an exchange was stored with', () => {
    const safety = { disclaimer_added: true, violations: [], response_replaced: false, crisis_support_added: true };
    expect(conversationFields.openMetadata(cipher, storedMetadata(safety), owner)?.safety).toEqual(safety);
  });
});
