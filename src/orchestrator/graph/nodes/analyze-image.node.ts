import { DependencyUnavailableError } from '../../chat-turn.js';
import type { ImageAnalyzer } from '../../ports/image-analyzer.js';
import { type AgentStateUpdate, type AgentStateValues, TOOL, type NodeRuntime } from '../state.js';

export const IMAGE_ANALYSIS_NOT_AVAILABLE =
  'Images cannot be examined yet: no image analysis is available. Please describe what you see in words instead.';

/** Structured findings about the attached image, for the model and for `metadata.image_analysis`. */
export function createAnalyzeImageNode(imageAnalyzer: ImageAnalyzer | undefined) {
  return async (state: AgentStateValues, runtime: NodeRuntime): Promise<AgentStateUpdate> => {
    // Image analysis runs on the vision model served by Ollama, hence the service named here.
    if (!imageAnalyzer) throw new DependencyUnavailableError('Ollama', IMAGE_ANALYSIS_NOT_AVAILABLE);
    const image = state.image;
    if (!image) return {};
    const imageAnalysis = await imageAnalyzer.analyze({
      image: await image.read(),
      mimeType: image.mime_type,
      question: state.text,
      signal: runtime.signal,
      llmCall: runtime.context?.llmCall,
    });
    return { imageAnalysis, toolsUsed: [TOOL.analyzeImage] };
  };
}
