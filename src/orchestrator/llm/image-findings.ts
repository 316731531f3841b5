/**
 * The structured findings `analyze_image` asks the vision model for (Ollama `format` = this
 * JSON schema), as returned in `metadata.image_analysis` and shown to the reasoning model.
 */
export const IMAGE_QUALITIES = ['good', 'fair', 'poor', 'unusable'] as const;
export type ImageQuality = (typeof IMAGE_QUALITIES)[number];

export interface PossibleCondition {
  name: string;
  /** 0..1 */
  confidence: number;
}

export interface ImageFindings {
  [field: string]: unknown;
  image_quality: ImageQuality;
  /** What is visible, in plain words. */
  findings: string[];
  possible_conditions: PossibleCondition[];
  /** 0..1: how confident the whole assessment is. */
  confidence: number;
  /** What limits the assessment (blur, lighting, framing, not a body part); empty when nothing does. */
  limitations: string;
}

const MAX_FINDINGS = 8;
const MAX_CONDITIONS = 5;
const MAX_TEXT = 300;

export const IMAGE_FINDINGS_SCHEMA = {
  type: 'object',
  properties: {
    image_quality: {
      type: 'string',
      enum: IMAGE_QUALITIES,
      description: 'unusable: too blurred, too dark, or not showing skin or a body part, so nothing can be assessed',
    },
    findings: {
      type: 'array',
      items: { type: 'string' },
      maxItems: MAX_FINDINGS,
      description: 'What is visible, described plainly',
    },
    possible_conditions: {
      type: 'array',
      maxItems: MAX_CONDITIONS,
      items: {
        type: 'object',
        properties: { name: { type: 'string' }, confidence: { type: 'number', minimum: 0, maximum: 1 } },
        required: ['name', 'confidence'],
      },
    },
    confidence: { type: 'number', minimum: 0, maximum: 1 },
    limitations: { type: 'string', description: 'What limits the assessment; empty if nothing does' },
  },
  required: ['image_quality', 'findings', 'possible_conditions', 'confidence', 'limitations'],
} as const;

export const VISION_SYSTEM_PROMPT = `You describe a photo a patient sent to a medical information service. Describe only what is visible: colour, shape, size relative to surroundings, texture, location on the body. List at most ${MAX_CONDITIONS} conditions the appearance is commonly associated with, each with a confidence between 0 and 1; never state a diagnosis. Rate image_quality, and say in limitations what makes the photo hard to assess. If the photo is too blurred or dark, or does not show skin or a body part, set image_quality to "unusable" and leave findings and possible_conditions empty. Answer only with JSON matching the schema.`;

/** An image the model could not assess, or that could not be given to it. */
export function unusableImage(limitations: string): ImageFindings {
  return { image_quality: 'unusable', findings: [], possible_conditions: [], confidence: 0, limitations };
}

export const UNREADABLE_OUTPUT = 'The image analysis did not produce a usable result.';

/**
 * The model's answer as findings, bounded and typed. Output that is not JSON of the expected
 * shape is not guessed at: the image counts as unusable and the patient is told.
 */
export function parseImageFindings(output: string): ImageFindings {
  let value: unknown;
  try {
    value = JSON.parse(output);
  } catch {
    return unusableImage(UNREADABLE_OUTPUT);
  }
  if (
    !isObject(value) ||
    !IMAGE_QUALITIES.includes(value.image_quality as ImageQuality) ||
    !Array.isArray(value.findings)
  ) {
    return unusableImage(UNREADABLE_OUTPUT);
  }
  const findings = value.findings
    .filter((item): item is string => typeof item === 'string')
    .map(bounded)
    .filter(Boolean)
    .slice(0, MAX_FINDINGS);
  const conditions = (Array.isArray(value.possible_conditions) ? value.possible_conditions : [])
    .filter(isObject)
    .filter((item) => typeof item.name === 'string' && bounded(item.name) !== '')
    .map((item) => ({ name: bounded(item.name as string), confidence: unitInterval(item.confidence) }))
    .slice(0, MAX_CONDITIONS);
  return {
    image_quality: value.image_quality as ImageQuality,
    findings,
    possible_conditions: conditions,
    confidence: unitInterval(value.confidence),
    limitations: typeof value.limitations === 'string' ? bounded(value.limitations) : '',
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function bounded(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_TEXT ? `${oneLine.slice(0, MAX_TEXT - 3)}...` : oneLine;
}

function unitInterval(value: unknown): number {
  const number = typeof value === 'number' && Number.isFinite(value) ? value : 0;
  return Math.round(Math.min(1, Math.max(0, number)) * 1000) / 1000;
}
