import type { AgentStateValues } from './agent-state.js';
import { NODE } from './node-names.js';

/** A voice message is transcribed before triage, so triage judges what was said. */
export function routeAfterInput(
  state: Pick<AgentStateValues, 'audio'>,
): typeof NODE.transcribeAudio | typeof NODE.triage {
  return state.audio ? NODE.transcribeAudio : NODE.triage;
}

/**
 * An emergency is answered at once, before any image work or model call; otherwise an
 * attached image is analysed before the context is gathered.
 */
export function routeAfterTriage(
  state: Pick<AgentStateValues, 'isEmergency' | 'image'>,
): typeof NODE.emergencyResponse | typeof NODE.analyzeImage | typeof NODE.retrieveContext {
  if (state.isEmergency) return NODE.emergencyResponse;
  return state.image ? NODE.analyzeImage : NODE.retrieveContext;
}
