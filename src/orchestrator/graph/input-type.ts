import type { InputType } from '../chat-turn.js';

export function classifyInputType(attached: { audio: boolean; image: boolean }): InputType {
  if (attached.audio && attached.image) return 'multimodal';
  if (attached.audio) return 'speech';
  if (attached.image) return 'image';
  return 'text';
}
