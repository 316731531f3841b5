/**
 * The API's patient identifier, `Given###_Family###_<uuid>`, without its anchors so it can be
 * found inside an answer.
 */
const PATIENT_IDENTIFIER =
  /[A-Z][A-Za-z'-]*\d+_[A-Z][A-Za-z'-]*\d+_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

export const REDACTED = '[redacted]';

export interface RedactionResult {
  text: string;
  redactedCount: number;
}

/**
 * Replaces every patient identifier except the caller's own. A guest (no patient id) may see
 * none: any identifier in their answer came from somewhere it should not have.
 */
export function redactOtherPatientIdentifiers(text: string, callerPatientId: string | null): RedactionResult {
  let redactedCount = 0;
  const redacted = text.replace(PATIENT_IDENTIFIER, (identifier) => {
    if (identifier === callerPatientId) return identifier;
    redactedCount += 1;
    return REDACTED;
  });
  return { text: redacted, redactedCount };
}
