// Mental health crises: suicide and self-harm, and acute psychiatric crisis.
// Why a file of its own: the triage rules are split by clinical area so each file is reviewable
// alone; emergency-rules.ts assembles them in their evaluation order.
import { alone, anyWithAny, withEach, type CategoryRule } from './rule-helpers.js';

export const SUICIDE_SELF_HARM_RULE: CategoryRule = {
  category: 'suicide_self_harm',
  // Columbia Suicide Severity Rating Scale and NICE NG225: any two of a suicidal context, a
  // method or means, a plan or preparation, an attempt, or a lost contact after a goodbye.
  triggers: [
    ...alone('suicidal intent or self-harm', 'suicidal_intent', 'self_harm').map((trigger) => ({
      ...trigger,
      unless: ['self_harm_history'],
    })),
    ...alone('imminent danger at a lethal place or method', 'at_lethal_place'),
    ...alone('suicide attempt', 'suicide_attempt').map((trigger) => ({ ...trigger, unless: ['self_harm_history'] })),
    ...anyWithAny(
      'means at hand with intent',
      ['suicide_means'],
      ['despair', 'suicidal_context', 'farewell', 'suicidal_intent'],
    ),
    ...anyWithAny(
      'plan or preparations for suicide',
      ['suicide_plan'],
      ['suicide_means', 'despair', 'suicidal_intent', 'suicidal_context', 'farewell', 'uncontactable'],
    ),
    ...anyWithAny(
      'attempt with ongoing intent',
      ['suicide_attempt', 'overdose', 'overdose_quantity', 'suicide_means', 'suicidal_context', 'farewell'],
      ['ongoing_intent'],
    ),
    ...anyWithAny('attempt with ongoing intent', ['suicide_attempt'], ['suicidal_context', 'farewell']),
    ...anyWithAny(
      'asking about a lethal dose with means or despair',
      ['lethality_query'],
      ['suicide_means', 'despair', 'suicidal_context', 'farewell', 'ongoing_intent', 'suicide_plan'],
    ),
    ...anyWithAny(
      'uncontactable after a suicidal message',
      ['uncontactable'],
      ['suicidal_intent', 'suicide_means', 'suicidal_context', 'farewell'],
    ),
    ...anyWithAny(
      'poisoning in despair',
      ['despair', 'suicidal_context', 'farewell'],
      ['poison_ingestion', 'overdose', 'overdose_quantity'],
    ),
    ...anyWithAny(
      'self-harm injury needing care',
      ['self_harm', 'self_injury_told', 'suicidal_intent'],
      ['wound_needs_care', 'suicidal_context', 'farewell'],
      ['self_harm_history'],
    ),
  ],
};

export const PSYCHIATRIC_CRISIS_RULE: CategoryRule = {
  category: 'psychiatric_crisis',
  triggers: [
    ...alone('threat of harm to others', 'harm_to_others'),
    ...alone('command hallucinations', 'command_voices'),
    ...alone('behaviour putting life at risk', 'danger_behaviour'),
    ...withEach(
      'psychosis with danger',
      'psychosis',
      'hallucinations',
      'confusion',
      'suicidal_intent',
      'no_sleep_days',
      'pregnancy',
    ),
    ...withEach(
      'weapon with psychosis or threats',
      'weapon_held',
      'psychosis',
      'hallucinations',
      'command_voices',
      'confusion',
      'no_sleep_days',
      'despair',
      'threat_told',
    ),
    ...withEach(
      'postnatal with hallucinations or no sleep',
      'pregnancy',
      'hallucinations',
      'no_sleep_days',
      'confusion',
    ),
    // A threat to kill told beside a weapon carried (UK Mental Health Triage Scale A).
    { all: ['threat_told', 'risk_act'], name: 'threat to kill with a weapon' },
    // UK Mental Health Triage Scale: a disturbed mental state with an act that puts a life at risk.
    { all: ['disturbed_mind', 'risk_act'], name: 'disturbed mental state with risk to life' },
    ...withEach(
      'disturbed mental state with risk to life',
      'disturbed_mind',
      'weapon_held',
      'danger_behaviour',
      'no_sleep_days',
    ),
    ...alone('behaviour putting life at risk', 'uncontrolled_self_injury'),
    ...withEach('psychosis after a birth', 'pregnancy', 'disturbed_mind'),
  ],
};
