/** Stroke, head injury and seizures: one file per clinical area, gathered here. */

import { HEAD_INJURY_SIGNALS } from './head-injury-signals.js';
import { SEIZURE_SIGNALS } from './seizure-signals.js';
import type { SignalDefinition } from './signal-definition.js';
import { STROKE_SIGNALS } from './stroke-signals.js';

export const NEUROLOGICAL_SIGNALS: readonly SignalDefinition[] = [
  ...STROKE_SIGNALS,
  ...HEAD_INJURY_SIGNALS,
  ...SEIZURE_SIGNALS,
];
