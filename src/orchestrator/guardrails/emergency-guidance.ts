import { EMERGENCY_CATEGORY_LABELS, orderCategories, type EmergencyCategory } from './emergency-categories.js';
import { EMERGENCY_CALL_SENTENCES } from './emergency-call-translations.js';
import { emergencyGuidanceLanguage } from './emergency-guidance-language.js';

export { EMERGENCY_CATEGORY_LABELS } from './emergency-categories.js';

export interface EmergencyContacts {
  /** The local emergency number, 911 by default (config: EMERGENCY_NUMBER). */
  emergencyNumber: string;
  /** The suicide and crisis line, 988 by default (config: CRISIS_LINE). */
  crisisLine: string;
}

/** A category in the patient's words, for `metadata.emergency_symptoms`. */
export function emergencyCategoryLabel(category: EmergencyCategory): string {
  return EMERGENCY_CATEGORY_LABELS[category];
}

/**
 * What to do while help is on its way, per category. Fixed text reviewed once, never
 * generated: short imperative steps a frightened person can follow, nothing that delays the
 * call. The call itself is said once, in the opening, however many categories apply.
 */
const FIRST_STEPS: Readonly<Record<Exclude<EmergencyCategory, 'suicide_self_harm'>, string>> = {
  cardiac_chest_pain:
    'Chest pain: stop what you are doing, sit down and rest. Unless you are allergic to aspirin or a doctor has told you not to take it, chew one regular-strength aspirin (325 mg) or four low-dose ones (81 mg). Do not drive yourself to hospital.',
  breathing_difficulty:
    'Breathing: sit upright and loosen tight clothing. If you have a reliever inhaler, use it as prescribed. If someone is choking and cannot cough, speak or breathe, give firm back blows and abdominal thrusts. If a person stops breathing, the call handler will guide you through CPR.',
  loss_of_consciousness:
    'Unresponsive person: check whether they are breathing. If they are breathing, turn them on their side (the recovery position) and keep their airway open. If they are not breathing normally, start CPR - push hard and fast in the centre of the chest - and follow the call handler.',
  severe_bleeding:
    'Bleeding: press firmly on the wound with a clean cloth or bandage and keep pressing without lifting to check. Add more cloth on top if blood soaks through. Keep the person lying down and warm.',
  stroke_signs:
    'Possible stroke: note the time the symptoms started - doctors will ask. Keep the person still and comfortable, and give them nothing to eat or drink. Every minute counts, so do not wait to see if it passes.',
  anaphylaxis:
    'Severe allergic reaction: if an adrenaline auto-injector (EpiPen) is available, use it now in the outer thigh. Lie down with legs raised, or sit up if breathing is hard. A second dose can be given after 5 minutes if there is no improvement.',
  infant_distress:
    'Baby: keep the baby warm and watch their breathing closely. If the baby is not breathing or not responding, tell the call handler at once - they will guide you through infant CPR. Do not give medicine unless the call handler tells you to.',
  seizure:
    'Seizure: move hard or sharp objects away and cushion the head. Do not hold the person down and put nothing in their mouth. Time the seizure. When the shaking stops, turn them on their side.',
  poisoning_overdose:
    'Poisoning or overdose: do not make the person vomit. Keep the container, packet or pills to show the paramedics. If the person is awake and well, a poison control centre can also advise, but do not let that call delay the emergency one.',
  head_injury:
    'Head injury: keep the person still and lying down with head and shoulders slightly raised, and do not leave them alone. If they may have hurt their neck, do not move them unless they are in danger.',
  obstetric_bleeding:
    'Pregnancy: lie down on your left side and rest. Keep any pads or anything you pass to show the medical team, and bring your pregnancy notes if you have them.',
  meningitis_signs:
    'Possible meningitis: this can get worse within hours. Do not wait for a rash to appear or for the symptoms to change - go now.',
  shock:
    'Signs of shock: lie the person down and raise their legs if that does not hurt them. Keep them warm and give them nothing to eat or drink.',
  sepsis:
    'Possible sepsis: this needs antibiotics in hospital within the hour. Tell the call handler about the infection and the symptoms, and bring any medicines the person takes.',
  diabetic_emergency:
    'Blood sugar: if the person is awake, can swallow and their sugar may be low, give a sugary drink, glucose tablets or sweets now. Give nothing by mouth to someone who is drowsy or cannot swallow. Bring their meter and medicines.',
  acute_abdomen:
    'Severe abdominal pain: do not eat or drink anything and do not take painkillers until a doctor has seen you. Lie in whatever position is most comfortable.',
  vascular_emergency:
    'Possible blood-vessel emergency: keep still, do not rub or massage the painful limb, and give nothing to eat or drink.',
  major_trauma:
    'Serious injury: do not move the person unless they are in danger, especially if the neck or back may be hurt. Press on any bleeding and keep them warm.',
  burns:
    'Burn: cool it under cool running water for 20 minutes, remove jewellery and loose clothing near it (not anything stuck to the skin), then cover it loosely with cling film or a clean plastic bag. For a chemical burn, brush off any powder first, then rinse. For an electrical injury, switch off the power before touching the person.',
  heat_stroke:
    'Heat stroke: move the person somewhere cool, remove extra clothing, and cool them fast with cold water, wet towels and fanning. Give sips of water only if they are fully awake.',
  hypothermia:
    'Hypothermia: move the person somewhere warm and dry, remove wet clothing, and wrap them in blankets, covering the head. Warm them gradually; do not rub their limbs or put them in a hot bath.',
  drowning:
    'Drowning: once the person is out of the water, check their breathing. If they are not breathing normally, start CPR and follow the call handler. Everyone pulled from the water needs checking in hospital, even if they seem well.',
  withdrawal:
    'Withdrawal: do not leave the person alone. Keep them somewhere safe and calm, away from stairs and sharp objects, and tell the call handler what they stopped taking and when.',
  psychiatric_crisis:
    'Mental-health crisis: keep yourself and others safe first. Stay calm, speak quietly, and remove anything that could be used to cause harm if you can do so safely.',
  spinal_cord_compression:
    'Possible spinal cord or nerve compression: this needs a scan in hospital today to protect the nerves to your legs, bladder and bowel. Go to an emergency department now.',
  testicular_torsion:
    'Sudden testicle pain: this needs surgery within hours to save the testicle. Go to an emergency department now; do not wait to see if it settles.',
  eye_emergency:
    'Eye: for a chemical splash, rinse the eye with clean running water for at least 15 minutes. Do not rub the eye or press on it, and do not try to remove anything stuck in it.',
};

function opening(emergencyNumber: string): string {
  return (
    `This may be a medical emergency. Please call ${emergencyNumber} (or your local emergency number) now, ` +
    'or ask someone near you to call. Do not wait for a reply from this chat, and stay with the person until help arrives.'
  );
}

function crisisSupport(contacts: EmergencyContacts, alreadyToldToCall: boolean): string {
  const danger = alreadyToldToCall
    ? 'If you have already hurt yourself or taken something, make the emergency call above right away.'
    : `If you have hurt yourself, taken something, or feel you might act on these thoughts now, call ${contacts.emergencyNumber}.`;
  return [
    "I'm really sorry you're feeling this way. You don't have to go through this alone, and reaching out was the right thing to do.",
    `Please call or text ${contacts.crisisLine} now to talk with a trained crisis counsellor - it is free, confidential and open 24 hours a day.`,
    danger,
    'If you can, stay with someone you trust, and keep away from anything you could use to hurt yourself.',
  ].join(' ');
}

const CLOSING = 'I am an automated assistant and cannot examine you; the emergency services can.';

/** What the guidance says for these categories: the call to action, first steps, crisis support. */
function guidanceParts(categories: readonly EmergencyCategory[]) {
  const ordered = orderCategories(categories);
  const physical = ordered.filter(
    (category): category is Exclude<EmergencyCategory, 'suicide_self_harm'> => category !== 'suicide_self_harm',
  );
  const needsCrisisSupport = ordered.includes('suicide_self_harm');
  // No category at all is a caller's mistake; answering with the call-to-action is the safe failure.
  const callNow = physical.length > 0 || !needsCrisisSupport;
  return { physical, needsCrisisSupport, callNow };
}

/**
 * The fixed answer given instead of a model reply when the triage finds an emergency. One
 * call-to-action, then the first steps for each category in order of urgency; for thoughts of
 * suicide or self-harm, a compassionate message with the crisis line.
 */
export function buildEmergencyGuidance(categories: readonly EmergencyCategory[], contacts: EmergencyContacts): string {
  const { physical, needsCrisisSupport, callNow } = guidanceParts(categories);
  const parts: string[] = [];
  if (callNow) parts.push(opening(contacts.emergencyNumber));
  if (physical.length > 0) {
    parts.push(['While you wait for help:', ...physical.map((category) => `- ${FIRST_STEPS[category]}`)].join('\n'));
  }
  if (needsCrisisSupport) parts.push(crisisSupport(contacts, callNow));
  parts.push(CLOSING);
  return parts.join('\n\n');
}

/**
 * The guidance for the message it answers: for a message written in another language the triage
 * reads (issue 11), the call-now opening and the crisis-line sentence in that language first, so a
 * frightened parent reads "call now" in their own words, then the whole English guidance unchanged
 * (its first steps were reviewed in English only). A message in English gets the English guidance
 * byte for byte.
 */
export function buildEmergencyGuidanceFor(
  message: string,
  categories: readonly EmergencyCategory[],
  contacts: EmergencyContacts,
): string {
  const english = buildEmergencyGuidance(categories, contacts);
  const language = emergencyGuidanceLanguage(message);
  if (language === null) return english;
  const sentences = EMERGENCY_CALL_SENTENCES[language];
  const { needsCrisisSupport, callNow } = guidanceParts(categories);
  const translated: string[] = [];
  if (callNow) translated.push(sentences.callNow(contacts.emergencyNumber));
  if (needsCrisisSupport) translated.push(sentences.crisisLine(contacts.crisisLine));
  return [...translated, english].join('\n\n');
}
