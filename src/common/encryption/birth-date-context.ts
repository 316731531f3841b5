/**
 * The encryption context of a patient's stored birth date: the account keeps it sealed (a date
 * of birth beside a name identifies the person), bound to the patient so a copied ciphertext
 * cannot be read as another's. Written by the auth feature, read by record retrieval.
 */
export function birthDateContext(patientId: string): string {
  return `patients.birth_date:${patientId}`;
}
