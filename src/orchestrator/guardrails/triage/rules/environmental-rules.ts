// Environmental exposure: heat, cold and water, each dangerous once consciousness or temperature control fails.
// Why a file of its own: the triage rules are split by clinical area so each file is reviewable
// alone; emergency-rules.ts assembles them in their evaluation order.
import { alone, anyWithAny, type CategoryRule } from './rule-helpers.js';
import { ALTERED_CONSCIOUSNESS } from './signal-groups.js';

export const HEAT_STROKE_RULE: CategoryRule = {
  category: 'heat_stroke',
  triggers: [
    ...anyWithAny(
      'overheated with altered consciousness',
      ['heat_exposure', 'stopped_sweating'],
      [...ALTERED_CONSCIOUSNESS, 'lowered_response_told_plainly', 'collapsed'],
    ),
    ...anyWithAny(
      'very high temperature in the heat',
      ['heat_exposure'],
      ['high_temperature', 'stopped_sweating', 'body_hot'],
    ),
    ...anyWithAny(
      'hot to touch with collapse or confusion',
      ['body_hot'],
      [
        'collapsed',
        'brief_collapse',
        'confusion',
        'not_alert',
        'unresponsive',
        'seizure_now',
        'seizure_asked',
        'low_gcs',
      ],
    ),
  ],
};

export const HYPOTHERMIA_RULE: CategoryRule = {
  category: 'hypothermia',
  triggers: [
    ...alone('core temperature below 35 C', 'low_body_temperature'),
    ...anyWithAny(
      'cold with altered consciousness',
      ['cold_exposure', 'shivering_stopped'],
      [...ALTERED_CONSCIOUSNESS, 'lowered_response_told_plainly', 'collapsed', 'shivering_stopped'],
    ),
  ],
};

export const DROWNING_RULE: CategoryRule = {
  category: 'drowning',
  triggers: [
    ...alone('drowning or submersion', 'drowning'),
    { all: ['brief_submersion', 'signs_after_submersion'], name: 'breathing signs after a submersion' },
  ],
};
