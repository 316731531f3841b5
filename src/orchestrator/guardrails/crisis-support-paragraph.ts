import { EMERGENCY_CALL_SENTENCES } from './emergency-call-translations.js';
import type { EmergencyContacts } from './emergency-guidance.js';
import { emergencyGuidanceLanguage } from './emergency-guidance-language.js';

/**
 * Said after the model's answer to a question about a lethal amount or a means of dying (`lethal-means-question.ts`),
 * which the triage rightly did not answer as an emergency. NICE NG225 and suicide-prevention guidance: such a
 * question may be the only sign a person is at risk, and asking about suicide does not put the idea there. So the
 * paragraph offers the crisis line to whoever may need it, the asker or someone they know, without saying or
 * implying that the asker is at risk: most who ask are students, carers or curious, and an accusation closes the
 * door the paragraph means to open. Fixed text, reviewed once, never generated.
 */
export function buildCrisisSupportParagraph(message: string, contacts: EmergencyContacts): string {
  const english = [
    'Questions like this sometimes come at a difficult time.',
    `If you, or someone you know, are having thoughts of suicide or self-harm, you don't have to face them alone: you can call or text ${contacts.crisisLine} at any time to talk with a trained crisis counsellor - it is free and confidential.`,
    `If someone has taken something or is in danger now, call ${contacts.emergencyNumber}.`,
  ].join(' ');
  // A message in another language the triage reads: the crisis-line sentence of the emergency guidance in that
  // language first (reviewed with the guidance's translations), then the English paragraph, as the guidance does.
  const language = emergencyGuidanceLanguage(message);
  if (language === null) return english;
  return `${EMERGENCY_CALL_SENTENCES[language].crisisLine(contacts.crisisLine)}\n\n${english}`;
}
