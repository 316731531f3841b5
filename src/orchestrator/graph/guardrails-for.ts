import { buildEmergencyGuidance, type EmergencyContacts } from '../guardrails/emergency-guidance.js';
import { EmergencyTriage } from '../guardrails/emergency-triage.js';
import { sanitizeUserInput } from '../guardrails/input-sanitizer.js';
import { ResponseSafetyCheck } from '../guardrails/safety-check.js';
import type { AgentGraphDependencies } from './agent-graph.js';

/** The real guardrails, as the graph's nodes consume them. They are stateless and deterministic. */
export function guardrailsFor(
  contacts: EmergencyContacts,
): Pick<AgentGraphDependencies, 'sanitize' | 'triage' | 'emergencyGuidance' | 'safety'> {
  return {
    sanitize: sanitizeUserInput,
    triage: new EmergencyTriage(),
    emergencyGuidance: {
      guidance: (categories) => buildEmergencyGuidance(categories, contacts),
      // With no category the guidance is its call-to-action opening and closing alone.
      uncategorised: () => buildEmergencyGuidance([], contacts),
    },
    safety: new ResponseSafetyCheck(),
  };
}
