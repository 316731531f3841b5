import type { AgentStateValues } from './agent-state.js';

export const UNUSABLE_IMAGE_NOTICE =
  'I could not assess the photo you sent: it may be blurred, too dark, or not show the area clearly. Please send a clear, well-lit photo taken close up, or describe what you see in words.';

export const NO_SPEECH_NOTICE =
  'I could not make out any words in your voice message. Please record it again somewhere quiet, or type your message.';

/**
 * A fixed sentence the answer starts with when an attachment could not be used, so the patient
 * is told plainly whatever the model makes of it (the model also sees the findings).
 */
export function attachmentNotice(
  state: Pick<AgentStateValues, 'imageAnalysis' | 'audio' | 'transcription'>,
): string | undefined {
  const notices: string[] = [];
  if (state.imageAnalysis?.image_quality === 'unusable') notices.push(UNUSABLE_IMAGE_NOTICE);
  if (state.audio && state.transcription !== null && state.transcription.trim() === '') notices.push(NO_SPEECH_NOTICE);
  return notices.length > 0 ? notices.join(' ') : undefined;
}
