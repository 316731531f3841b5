// Why a file of its own: who may send a chat turn and how its attachments are resolved, apart from
// the turn lifecycle specs in chat-turn.service.spec.ts; both share test/chat/chat-turn-harness.ts.
import type { AuthenticatedPrincipal } from '../auth/index.js';
import type { TurnAttachment } from '../orchestrator/index.js';
import { ChatAttachmentResolver } from '../upload/index.js';
import { answered, PATIENT, serviceWith } from '../../test/chat/chat-turn-harness.js';

describe('ChatTurnService: callers and attachments', () => {
  it('refuses another session id and a file id with nothing to resolve it, before storing anything', async () => {
    const { service, repository } = await serviceWith(answered);

    await expect(service.sendMessage(PATIENT, { message: 'Hello', session_id: 'session-2' })).rejects.toMatchObject({
      status: 404,
    });
    await expect(service.sendMessage(PATIENT, { message: 'Hello', image_file_id: 'file-1' })).rejects.toMatchObject({
      status: 404,
      detail: 'No such file.',
    });
    expect(repository.events).toEqual([]);
  });

  it('passes resolved attachments to the model and stores their description', async () => {
    const attachment: TurnAttachment = {
      kind: 'image',
      file_id: 'file-1',
      mime_type: 'image/png',
      filename: 'rash.png',
      read: async () => Buffer.from(''),
    };
    const asked: unknown[] = [];
    const resolver = new (class extends ChatAttachmentResolver {
      async resolve(principal: AuthenticatedPrincipal, references: object) {
        asked.push([principal, references]);
        return [attachment];
      }
    })();
    const { service, repository, runner } = await serviceWith(answered, resolver);

    await service.sendMessage(PATIENT, { message: 'Look', image_file_id: 'file-1' });

    expect(asked).toEqual([[PATIENT, { image_file_id: 'file-1' }]]);
    expect(runner.inputs[0].attachments).toEqual([attachment]);
    expect(repository.inserted[0].attachments).toEqual([
      { kind: 'image', file_id: 'file-1', mime_type: 'image/png', filename: 'rash.png' },
    ]);
  });

  it('refuses the admin key, which has no session to chat in', async () => {
    const { service } = await serviceWith(answered);

    await expect(
      service.sendMessage({ sub: null, sid: null, role: 'admin' }, { message: 'Hello' }),
    ).rejects.toMatchObject({ status: 403 });
  });
});
