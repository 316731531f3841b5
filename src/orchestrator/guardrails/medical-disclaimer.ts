/**
 * Appended to every model answer. Kept in one place so the safety check can tell whether an
 * answer already carries it and the SPA can recognise it.
 */
export const MEDICAL_DISCLAIMER =
  'This information is for general education and is not a medical diagnosis. Please consult a qualified healthcare professional about your symptoms, tests or treatment, and call your local emergency number if you think you need urgent help.';

const comparable = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** The disclaimer as it is looked for: made once, not on every answer the safety check reads (twice each). */
const COMPARABLE_DISCLAIMER = comparable(MEDICAL_DISCLAIMER);

export function hasMedicalDisclaimer(text: string): boolean {
  return comparable(text).includes(COMPARABLE_DISCLAIMER);
}

export function withMedicalDisclaimer(text: string): string {
  if (hasMedicalDisclaimer(text)) return text;
  const body = text.trimEnd();
  return body.length === 0 ? MEDICAL_DISCLAIMER : `${body}\n\n${MEDICAL_DISCLAIMER}`;
}
