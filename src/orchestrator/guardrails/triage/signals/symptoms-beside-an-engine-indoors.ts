/**
 * Symptoms told beside an engine or a burner run in a closed space ("running the car in the garage, headache and
 * confused", "dizzy and sick after the generator in the tent"): a carbon monoxide exposure that gave symptoms. NPIS
 * (TOXBASE carbon monoxide) and the NHS send every symptomatic exposure for assessment now, however much better the
 * person feels in fresh air: the gas leaves with the fresh air and its harm to the brain and heart does not. So the
 * exposure is a circumstance (timeless), which an ending told of its symptoms does not set aside.
 */
import { type SignalDefinition, define, r } from './signal-definition.js';

const ENGINE_INDOORS = r`(?:(?:running|ran|run|left|using|used|lit|had)\s+(?:the\s+|a\s+|his\s+|her\s+|my\s+|our\s+|their\s+)?(?:petrol\s+|diesel\s+)?(?:car|engine|van|motorbike|generator|mower|barbecue|bbq|charcoal\s+grill|disposable\s+barbecue|patio\s+heater)\b[^.;]{0,25}?\b(?:in|inside)\s+(?:the\s+|a\s+|his\s+|her\s+|my\s+|our\s+|their\s+)?(?:garage|shed|tent|caravan|basement|cellar|workshop|kitchen|living\s+room|awning)|(?:car|engine|generator)\s+(?:was\s+|left\s+)?running\s+in\s+(?:the|a)\s+(?:garage|shed|tent|caravan|basement|workshop))\b`;

const SYMPTOM = r`(?:headaches?|headachey|dizzy|dizziness|confused|confusion|drowsy|sleepy|sick|vomit\w*|nause\w*|faint\w*|collapsed|passed\s+out|breathless|chest\s+pain)`;

export const SYMPTOMS_BESIDE_AN_ENGINE_INDOORS_SIGNALS: readonly SignalDefinition[] = [
  define(
    'symptoms_beside_an_engine_indoors',
    [r`\b${ENGINE_INDOORS}[^.;]{0,60}?\b${SYMPTOM}\b`, r`\b${SYMPTOM}\b[^.;]{0,60}?\b${ENGINE_INDOORS}`],
    { timeless: true },
  ),
];
