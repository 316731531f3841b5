/** What the patient said, as text. */
export interface Transcription {
  text: string;
}

export interface TranscriptionRequest {
  audio: Buffer;
  mimeType: string;
  filename: string;
  signal?: AbortSignal;
}

/**
 * Speech-to-text behind `transcribe_audio`. OpenAiSpeechToTextClient (an OpenAI-compatible
 * `/v1/audio/transcriptions` server) is bound by the orchestrator module; without a binding a
 * voice message is refused with a 503 rather than answered as if it were empty.
 */
export abstract class SpeechToTextClient {
  abstract transcribe(request: TranscriptionRequest): Promise<Transcription>;
}
