import { lettersTypedPlainly, wordForWordEnglish } from './word-for-word-english.js';

/**
 * Spanish words that people at home in Spanish mix into an English question about their record
 * ("the school wants his vacunas", "la cita del doctor cuando tenia tos"), with the English word
 * the record questions understand. Only health words and the few function words that carry
 * meaning there (my, when, had); words that are English too ("me", "pie") or names ("Nina",
 * "Bebe") are left out.
 */
const SPANISH_PHRASES: ReadonlyArray<readonly [string, string]> = [
  ['dolor de cabeza', 'headache'],
  ['dolor de garganta', 'sore throat'],
  ['falta de aire', 'shortness of breath'],
  ['tos ferina', 'whooping cough'],
  ['presion arterial', 'blood pressure'],
  ['carga viral', 'viral load'],
  ['signos vitales', 'vital signs'],
  // The child asked about, as an interpreter says it ("¿la niña tuvo covid?"): "she" or "he", as a
  // parent asks in English; "Nina" alone may be her name.
  ['la nina', 'she'],
  ['el nino', 'he'],
  ['la bebe', 'she'],
  ['el bebe', 'he'],
  // The personal "a" before the one it is done to ("le pusieron la vacuna a mi hijo"): "to", not a
  // vaccine's letter ("hep A"); "hepatitis a a mi hijo" keeps its letter.
  ['a (?=mis?\\b)', 'to '],
  // Whether something was ever had or taken: "¿alguna vez tomé efavirenz?".
  ['alguna vez', 'ever'],
  // A headache told as the head hurting: "le dolía la cabeza", "me duele la cabeza".
  ['dolia la cabeza', 'had a headache'],
  ['duele la cabeza', 'has a headache'],
];

const SPANISH_WORD_LIST: Readonly<Record<string, string>> = {
  // Vaccines.
  vacuna: 'vaccine',
  vacunas: 'vaccines',
  vacunado: 'vaccinated',
  vacunada: 'vaccinated',
  vacunacion: 'vaccination',
  vacunaciones: 'vaccinations',
  inmunizacion: 'immunization',
  inmunizaciones: 'immunizations',
  refuerzo: 'booster',
  refuerzos: 'boosters',
  dosis: 'doses',
  inyeccion: 'injection',
  inyecciones: 'injections',
  piquete: 'shot',
  piquetes: 'shots',
  // Visits.
  cita: 'appointment',
  citas: 'appointments',
  consulta: 'visit',
  consultas: 'visits',
  chequeo: 'checkup',
  chequeos: 'checkups',
  medico: 'doctor',
  doctora: 'doctor',
  pediatra: 'pediatrician',
  clinica: 'clinic',
  hospitalizado: 'hospitalized',
  hospitalizada: 'hospitalized',
  internado: 'admitted',
  internada: 'admitted',
  urgencias: 'emergency room',
  // Findings and illnesses.
  // HIV and AIDS by their Spanish initials (VIH, SIDA).
  vih: 'hiv',
  sida: 'aids',
  tos: 'cough',
  fiebre: 'fever',
  calentura: 'fever',
  gripa: 'flu',
  resfriado: 'cold',
  diarrea: 'diarrhea',
  dolor: 'pain',
  cansancio: 'fatigue',
  cansado: 'tired',
  cansada: 'tired',
  flemas: 'phlegm',
  flema: 'phlegm',
  sabor: 'taste',
  olfato: 'smell',
  varicela: 'chickenpox',
  sarampion: 'measles',
  paperas: 'mumps',
  tetanos: 'tetanus',
  neumonia: 'pneumonia',
  enfermedad: 'illness',
  enfermo: 'sick',
  enferma: 'sick',
  diagnostico: 'diagnosis',
  // Measurements and tests.
  peso: 'weight',
  // Weight told by its verb ("¿cuánto pesaba cuando tuvo covid?", "¿cuánto pesa?"); "pesó" is "peso" unaccented.
  pesaba: 'weighed',
  pesa: 'weighs',
  estatura: 'height',
  altura: 'height',
  presion: 'pressure',
  temperatura: 'temperature',
  oxigeno: 'oxygen',
  pulso: 'pulse',
  analisis: 'tests',
  prueba: 'test',
  pruebas: 'tests',
  examen: 'test',
  examenes: 'tests',
  resultados: 'results',
  resultado: 'result',
  sangre: 'blood',
  // Treatments.
  medicina: 'medicine',
  medicinas: 'medicines',
  medicamento: 'medication',
  medicamentos: 'medications',
  pastillas: 'pills',
  tratamiento: 'treatment',
  // Who, when and what happened.
  hijo: 'son',
  hija: 'daughter',
  nino: 'child',
  mi: 'my',
  mis: 'my',
  cuando: 'when',
  // Whether it is in the record: "¿está anotado?".
  anotado: 'noted',
  anotada: 'noted',
  tenia: 'had',
  tuvo: 'had',
  tuve: 'had',
  pusieron: 'gave',
  dieron: 'gave',
  // A medicine taken, told in the past ("tomé", "tomó", "tomaba"): the patient's own past.
  tome: 'i took',
  tomo: 'took',
  tomaba: 'took',
  // Seen at a visit: "¿cuándo la vieron?", "me vio el doctor".
  vieron: 'saw',
  vio: 'saw',
  // Who asks, in the story around the question.
  farmaceutico: 'pharmacist',
  escuela: 'school',
  formulario: 'form',
};

/** Accented letters as written without the accent ("presión" → "presion"), as many type them. */
const withoutAccents = lettersTypedPlainly();

/**
 * The lower-cased text with its Spanish health words in English ("la cita del doctor cuando
 * tenía tos" → "la appointment del doctor when had cough"); other words as they are.
 */
export const englishForSpanishWords = wordForWordEnglish({
  phrases: SPANISH_PHRASES,
  words: SPANISH_WORD_LIST,
  plainLetters: withoutAccents,
});
