import { DependencyUnavailableError } from '../../chat-turn.js';
import type { SpeechToTextClient } from '../../ports/speech-to-text.client.js';
import { type AgentStateUpdate, type AgentStateValues, TOOL, type NodeRuntime } from '../state.js';

export const SPEECH_TO_TEXT_NOT_AVAILABLE =
  'Voice messages cannot be understood yet: no speech-to-text service is available. Please type your message instead.';

/**
 * Turns the voice message into text. The transcript is user input like any typed text, so it
 * is sanitized the same way, and it joins any typed text so triage and the model see both.
 */
export function createTranscribeAudioNode(
  speechToText: SpeechToTextClient | undefined,
  sanitize: (text: string) => string,
) {
  return async (state: AgentStateValues, runtime: NodeRuntime): Promise<AgentStateUpdate> => {
    if (!speechToText) throw new DependencyUnavailableError('speech-to-text', SPEECH_TO_TEXT_NOT_AVAILABLE);
    const audio = state.audio;
    if (!audio) return {};
    const { text } = await speechToText.transcribe({
      audio: await audio.read(),
      mimeType: audio.mime_type,
      filename: audio.filename,
      signal: runtime.signal,
    });
    const transcription = sanitize(text);
    return {
      transcription,
      text: [state.text, transcription].filter((part) => part.trim() !== '').join('\n\n'),
      toolsUsed: [TOOL.transcribeAudio],
    };
  };
}
