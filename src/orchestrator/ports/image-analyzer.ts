import type { LlmCallContext } from '../../llm/index.js';

export interface ImageAnalysisRequest {
  image: Buffer;
  mimeType: string;
  /** The patient's (sanitized) question about the image, possibly empty. */
  question: string;
  signal?: AbortSignal;
  /** The turn's fair-share lane, queue listener and token counter. */
  llmCall?: LlmCallContext;
}

/**
 * Structured findings about an attached image (returned to the client as
 * `metadata.image_analysis` and shown to the reasoning model). LlmImageAnalyzer is bound by
 * the orchestrator module; without a binding an image is refused with a 503.
 */
export abstract class ImageAnalyzer {
  abstract analyze(request: ImageAnalysisRequest): Promise<Record<string, unknown>>;
}
