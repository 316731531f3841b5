import {
  EMERGENCY_CATEGORIES,
  ORIGINAL_EMERGENCY_CATEGORIES,
  type EmergencyCategory,
} from '../emergency-categories.js';

/**
 * One line of a labelled triage set (`test/fixtures/triage/*.jsonl`, format in that folder's
 * README): a message as a person would write it, and what a clinician applying the published
 * protocols would do with it.
 */
export const HARD_NEGATIVE_REASONS = [
  'mild',
  'recurring',
  'long_standing',
  'negation',
  'hypothetical',
  'idiom',
  'past_event',
  'general_question',
  'normal_infant',
  'resolved',
  'expected_side_effect',
  'everyday',
  'routine_question',
] as const;
export type HardNegativeReason = (typeof HARD_NEGATIVE_REASONS)[number];

export const VOICES = ['first_person', 'parent', 'relative', 'bystander', 'friend', 'clinician'] as const;
export type Voice = (typeof VOICES)[number];

/** The thirteen categories the triage began with; the recall goal for unseen messages is measured inside them. */
export const ORIGINAL_CATEGORIES: readonly EmergencyCategory[] = ORIGINAL_EMERGENCY_CATEGORIES;

interface LabelledBase {
  readonly text: string;
  readonly voice: Voice | null;
  readonly source: string | null;
  /** 1-based line in its file, so a report or a failing test can point at it. */
  readonly line: number;
}

export interface LabelledEmergency extends LabelledBase {
  readonly emergency: true;
  readonly category: EmergencyCategory;
  readonly discriminator: string;
}

export interface LabelledNonEmergency extends LabelledBase {
  readonly emergency: false;
  /** The alarm word's nearest category, or 'none'. */
  readonly category: EmergencyCategory | 'none';
  readonly hardNegative: HardNegativeReason | null;
}

export type LabelledMessage = LabelledEmergency | LabelledNonEmergency;

export interface ParsedLabelledSet {
  readonly messages: LabelledMessage[];
  /** `line N: what is wrong`, one per invalid line; an invalid line is left out of `messages`. */
  readonly problems: string[];
}

const KNOWN_CATEGORIES = new Set<string>(EMERGENCY_CATEGORIES);

/** Parses a JSONL set, keeping every valid line and naming every invalid one. */
export function parseLabelledSet(jsonl: string): ParsedLabelledSet {
  const messages: LabelledMessage[] = [];
  const problems: string[] = [];
  jsonl.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') return;
    const line = index + 1;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      problems.push(`line ${line}: not valid JSON`);
      return;
    }
    const parsed = toMessage(value, line);
    if (typeof parsed === 'string') problems.push(`line ${line}: ${parsed}`);
    else messages.push(parsed);
  });
  return { messages, problems };
}

/** The message, or why the line is not one. */
function toMessage(value: unknown, line: number): LabelledMessage | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string' || record.text.trim() === '') return '"text" must be a non-empty string';
  if (typeof record.emergency !== 'boolean') return '"emergency" must be true or false';
  const voice = optionalEnum(record.voice, VOICES);
  if (voice === undefined) return `"voice" must be one of ${VOICES.join(', ')}`;
  const source = typeof record.source === 'string' ? record.source : null;
  const base = { text: record.text, voice, source, line };

  if (record.emergency) {
    if (typeof record.category !== 'string' || !KNOWN_CATEGORIES.has(record.category)) {
      return `"category" ${JSON.stringify(record.category)} is not an emergency category id`;
    }
    if (typeof record.discriminator !== 'string' || record.discriminator.trim() === '')
      return 'an emergency needs a "discriminator"';
    if (record.hard_negative !== undefined) return 'an emergency has no "hard_negative"';
    return {
      ...base,
      emergency: true,
      category: record.category as EmergencyCategory,
      discriminator: record.discriminator,
    };
  }
  if (typeof record.category !== 'string' || (record.category !== 'none' && !KNOWN_CATEGORIES.has(record.category))) {
    return `"category" ${JSON.stringify(record.category)} is neither an emergency category id nor "none"`;
  }
  const hardNegative = optionalEnum(record.hard_negative, HARD_NEGATIVE_REASONS);
  if (hardNegative === undefined) return `"hard_negative" must be one of ${HARD_NEGATIVE_REASONS.join(', ')}`;
  return { ...base, emergency: false, category: record.category as EmergencyCategory | 'none', hardNegative };
}

/** null when absent, the value when it is one of `allowed`, undefined when it is anything else. */
function optionalEnum<T extends string>(value: unknown, allowed: readonly T[]): T | null | undefined {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}
