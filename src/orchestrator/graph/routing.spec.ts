import type { TurnAttachment } from '../chat-turn.js';
import { classifyInputType } from './state.js';
import { routeAfterInput, routeAfterTriage } from './graph.js';

const attachment = (kind: TurnAttachment['kind']): TurnAttachment => ({
  kind,
  file_id: `${kind}-1`,
  mime_type: kind === 'audio' ? 'audio/wav' : 'image/png',
  filename: `${kind}.bin`,
  read: async () => Buffer.alloc(0),
});

describe('agent graph routing', () => {
  it('transcribes audio before triage, and goes straight to triage otherwise', () => {
    expect(routeAfterInput({ audio: attachment('audio') })).toBe('transcribe_audio');
    expect(routeAfterInput({ audio: null })).toBe('triage');
  });

  it('answers an emergency at once, even with an image attached', () => {
    expect(routeAfterTriage({ isEmergency: true, image: attachment('image') })).toBe('emergency_response');
    expect(routeAfterTriage({ isEmergency: true, image: null })).toBe('emergency_response');
  });

  it('analyses an attached image before gathering context, and skips it otherwise', () => {
    expect(routeAfterTriage({ isEmergency: false, image: attachment('image') })).toBe('analyze_image');
    expect(routeAfterTriage({ isEmergency: false, image: null })).toBe('retrieve_context');
  });

  it('classifies the input by its attachments', () => {
    expect(classifyInputType({ audio: false, image: false })).toBe('text');
    expect(classifyInputType({ audio: true, image: false })).toBe('speech');
    expect(classifyInputType({ audio: false, image: true })).toBe('image');
    expect(classifyInputType({ audio: true, image: true })).toBe('multimodal');
  });
});
