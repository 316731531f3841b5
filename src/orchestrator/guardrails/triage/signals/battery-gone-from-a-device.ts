/**
 * A battery gone from a device a child was handling: "she was playing with the remote and the battery is missing",
 * "the little battery has gone from the key fob". NPIS: a swallowed button battery burns through the gullet in
 * hours while the child looks well, so one that cannot be found after a child had the device is taken as
 * swallowed. The rule asks for the child; a battery gone flat or dead is a chore.
 */

import { type SignalDefinition, define, r } from './signal-definition.js';

const BATTERY = r`batter(?:y|ies)`;
const NOT_RUN_DOWN = r`(?!\s+(?:flat|dead|down|off|low|again)\b)`;

export const BATTERY_GONE_FROM_A_DEVICE_SIGNALS: readonly SignalDefinition[] = [
  define(
    'battery_gone_missing',
    [
      r`\b${BATTERY}\s+(?:(?:is|are|was|were|has|have)\s+(?:been\s+|now\s+|also\s+)?|have\s+)?(?:missing|gone${NOT_RUN_DOWN}|disappeared|vanished)\b`,
      r`\b(?:cannot|can\s+not|could\s+not)\s+find\s+(?:the|one\s+of\s+the|a|one|his|her)\s+(?:[\w-]+\s+)?${BATTERY}\b`,
      r`\b(?:one|a|the)\s+(?:[\w-]+\s+)?${BATTERY}\s+(?:out\s+of\s+(?:it|the\s+\w+)\s+)?(?:is\s+|are\s+|has\s+)?missing\b`,
    ],
    { timeless: true },
  ),
];
