/**
 * Seizures: NICE CG137 / NG217 and NHS 111 send for an ambulance when a seizure lasts more than
 * five minutes, repeats without recovery in between, is the first one, follows a head injury,
 * happens in water or in pregnancy, or the person does not wake up afterwards.
 */

import { type SignalDefinition, define, r } from './signal-definition.js';
import { episodeNow } from '../triage-vocabulary.js';

const SEIZURE = [
  define('seizure_now', [
    ...episodeNow(r`seizures?|convulsions?`),
    r`\b(?:is|are|am|keeps|keep|started|starting|began|been)\s+(?:seizing|convulsing|fitting)\b`,
    r`\b(?:his|her|their|my)\s+(?:whole\s+)?body\s+(?:is\s+)?(?:jerking|convulsing|stiffening\s+and\s+jerking)\b`,
    r`\b(?:shaking|jerking)\s+(?:and\s+jerking\s+)?(?:uncontrollably|all\s+over|violently)\b[^.;]{0,30}\b(?:not\s+respond|unresponsive|eyes)`,
    r`\beyes\s+(?:rolled|rolling|are\s+rolling)\s+(?:back|up)\b`,
    r`\bfoaming\s+at\s+the\s+mouth\b`,
    r`\b(?:having|had|has\s+had|in|is\s+having)\s+(?:a|another|his|her)\s+(?:\w+\s+)?fit\b(?!\s+(?:of|about|over))|\b(?:is|was|keeps|started|been)\s+fitting\b`,
    r`\b(?:shaking|jerking|twitching|convulsing)\b[^.;]{0,30}\b(?:cannot\s+stop|will\s+not\s+stop|not\s+responding|unresponsive|eyes\s+(?:rolled|rolling)|stiff|went\s+stiff|for\s+(?:\d+|five|ten)\s+min)`,
    r`\b(?:went|goes|gone)\s+(?:all\s+)?stiff\s+and\s+(?:started\s+)?(?:shaking|jerking|twitching)\b|\b(?:whole\s+)?body\s+(?:\w+\s+)?(?:shaking|jerking)\s+(?:uncontrollably|rhythmically)\b`,
    r`\b(?:witnessed|generali[sz]ed|tonic[- ]clonic|prolonged|continuous|ongoing|febrile|full|grand\s+mal)\s+(?:\w+\s+)?(?:seizures?|convulsions?|fits?)\b|\bstatus\s+epilepticus\b|\b(?:\d+|two|three|four|several|multiple)\s+(?:seizures|fits)\s+(?:in|within|today|since)\b`,
    r`\b(?:jerking|convulsing|fitting)\s+on\s+the\s+(?:floor|ground)\b|\bstiff\s+and\s+(?:jerking|shaking|twitching)\b|\b(?:jerking|shaking|fitting|seizure|it)\b[^.;]{0,30}\b(?:over|more\s+than|for)\s+(?:\d+|five|ten|three)\s+min\w*`,
    r`\b(?:first|another)\s+(?:ever\s+)?(?:seizure|fit|convulsion)\b|\b(?:seizure|fit)s?\s+(?:back\s+to\s+back|one\s+after\s+(?:another|the\s+other))\b`,
    r`\bseizures?\b[^.;]{0,20}\b(?:will\s+not|does\s+not|is\s+not)\s+stop(?:ping)?\b`,
    r`\bseizures?\b[^.;]{0,20}\b(?:lasting|lasted|has\s+lasted|going\s+on)\s+(?:for\s+)?(?:over\s+|more\s+than\s+)?(?:\d+|five|ten)\s+minutes\b`,
  ]),
];

/**
 * "My dad had a stroke years ago and I think he is having another one": the noun and the
 * present episode sit in different clauses. The noun counts whenever it is named outside a
 * general question; the present "having one" must pass every clause filter.
 */
const EPISODE_BY_PRONOUN = [
  define('episode_pronoun_now', [r`\b(?:is|are|am|be)\s+(?:having|going\s+into)\s+(?:one|another(?:\s+one)?)\b`]),
  define('seizure_named', [r`\b(?:seizures?|convulsions?|fits?)\b`], { timeless: true }),
  define('stroke_named', [r`\b(?:stroke|mini[- ]stroke|tia)\b`], { timeless: true }),
  define('heart_attack_named', [r`\bheart\s+attacks?\b`], { timeless: true }),
];


export const SEIZURE_SIGNALS: readonly SignalDefinition[] = [...SEIZURE, ...EPISODE_BY_PRONOUN];
