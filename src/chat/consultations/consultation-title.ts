import type { StoredAttachment } from '../schemas/conversation.schema.js';

export const TITLE_MAX_LENGTH = 120;
/** Long enough to recognise a question in a list, short enough for one line of the SPA's sidebar. */
const DERIVED_TITLE_LENGTH = 60;

/**
 * The title a consultation gets from its first message: the text's first ~60 characters, cut at
 * a word so no word is split. No model is asked: a title must not wait for, or cost, a turn.
 */
export function titleFromFirstMessage(message: string, attachments: readonly Pick<StoredAttachment, 'kind'>[]): string {
  const text = message.replace(/\s+/g, ' ').trim();
  if (text === '') {
    const kind = attachments[0]?.kind;
    return kind === 'image' ? 'Photo' : kind === 'audio' ? 'Voice message' : 'Consultation';
  }
  if (text.length <= DERIVED_TITLE_LENGTH) return text;
  const cut = text.slice(0, DERIVED_TITLE_LENGTH + 1);
  const lastSpace = cut.lastIndexOf(' ');
  // A single very long word is cut where it must be.
  const head = lastSpace > DERIVED_TITLE_LENGTH / 2 ? cut.slice(0, lastSpace) : text.slice(0, DERIVED_TITLE_LENGTH);
  return `${head.replace(/[\s.,;:!?-]+$/, '')}…`;
}
