import { describe, expect, it, jest } from '@jest/globals';
import type { AuditTrail } from '../../audit/index.js';
import type { PatientChatData } from '../../chat/index.js';
import type { AppConfig } from '../../config/app-config.js';
import { ConversationRetention } from './conversation-retention.service.js';

describe('ConversationRetention', () => {
  it('keeps everything when CONVERSATION_RETENTION_DAYS is unset: no query, no audit event', async () => {
    const deleteFinishedBefore = jest.fn<PatientChatData['deleteFinishedBefore']>();
    const record = jest.fn<AuditTrail['record']>();
    const retention = new ConversationRetention(
      { deleteFinishedBefore } as unknown as PatientChatData,
      { record } as unknown as AuditTrail,
      { env: {} } as AppConfig,
    );

    expect(await retention.purge(new Date())).toEqual({ exchanges_purged: 0, owners: 0 });
    expect(deleteFinishedBefore).not.toHaveBeenCalled();
    expect(record).not.toHaveBeenCalled();
  });
});
