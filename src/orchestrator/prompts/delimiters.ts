/**
 * The tags that fence untrusted or retrieved text inside the prompt. The system prompt tells
 * the model what each fence holds, so text inside must never be able to close a fence early.
 */
export const PROMPT_TAGS = ['patient_message', 'patient_records', 'medical_knowledge', 'image_analysis'] as const;
export type PromptTag = (typeof PROMPT_TAGS)[number];

const TAG_LOOKALIKE = new RegExp(`<\\s*(/?)\\s*(${PROMPT_TAGS.join('|')})\\b`, 'gi');

/** Turns `</patient_message>` typed by a patient into `‹/patient_message>`, which fences nothing. */
export function neutralizeTags(text: string): string {
  return text.replace(TAG_LOOKALIKE, (_match, slash: string, name: string) => `‹${slash}${name}`);
}

export function fenced(tag: PromptTag, body: string): string {
  return `<${tag}>\n${neutralizeTags(body)}\n</${tag}>`;
}
