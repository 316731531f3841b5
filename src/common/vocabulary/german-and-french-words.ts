/**
 * German and French health words that people at home in those languages write into a question
 * about their record, or write the whole question in ("Wie hoch war mein Sauerstoff im Blut im
 * Krankenhaus 2017?", "mon fils avait mal à la tête avec le covid, le médecin l'a noté?"), with
 * the English word the record questions understand: complaints, vaccines, readings, places and
 * people of care, the record itself, and the few function words that say who, when and how
 * much. Words that are English too ("die", "war" is kept: a war is no record question; "was",
 * "les", "me", "an", "en", "im") are left out, and so is a month that is another word ("mai").
 * Read after the Spanish, Portuguese and Polish words, which share some ("grippe", "varicela").
 */
const PHRASES: ReadonlyArray<readonly [string, string]> = [
  // French: a pain told by where it is.
  ['mal a la tete', 'headache'],
  ['maux de tete', 'headache'],
  ['mal de tete', 'headache'],
  ['mal au ventre', 'stomach pain'],
  ['mal a la gorge', 'sore throat'],
  ['perte du gout', 'loss of taste'],
  ['perte de gout', 'loss of taste'],
  ['tension arterielle', 'blood pressure'],
  ['charge virale', 'viral load'],
  ['carnet de sante', 'record'],
  ['carnet de vaccination', 'vaccination record'],
  ['rendez vous', 'appointment'],
  ['rendez-vous', 'appointment'],
];

const WORD_LIST: Readonly<Record<string, string>> = {
  // German: complaints.
  fieber: 'fever',
  husten: 'cough',
  kopfschmerzen: 'headache',
  kopfweh: 'headache',
  gliederschmerzen: 'body aches',
  muskelschmerzen: 'muscle pain',
  gelenkschmerzen: 'joint pain',
  schmerzen: 'pain',
  durchfall: 'diarrhea',
  mudigkeit: 'fatigue',
  muedigkeit: 'fatigue',
  mude: 'tired',
  muede: 'tired',
  atemnot: 'shortness of breath',
  kurzatmig: 'short of breath',
  auswurf: 'sputum',
  schleim: 'phlegm',
  geschmacksverlust: 'loss of taste',
  geschmack: 'taste',
  // German: vaccines and the diseases they are named for.
  impfung: 'vaccination',
  impfungen: 'vaccinations',
  geimpft: 'vaccinated',
  impfpass: 'vaccination record',
  grippeimpfung: 'flu vaccine',
  grippe: 'flu',
  masern: 'measles',
  windpocken: 'chickenpox',
  roteln: 'rubella',
  keuchhusten: 'whooping cough',
  wundstarrkrampf: 'tetanus',
  // German: readings and tests.
  gewicht: 'weight',
  blutdruck: 'blood pressure',
  puls: 'pulse',
  herzfrequenz: 'heart rate',
  temperatur: 'temperature',
  sauerstoff: 'oxygen',
  sauerstoffsattigung: 'oxygen saturation',
  blut: 'blood',
  atemfrequenz: 'respiratory rate',
  viruslast: 'viral load',
  ergebnis: 'result',
  ergebnisse: 'results',
  befund: 'result',
  positiv: 'positive',
  negativ: 'negative',
  // German: care and the record.
  krankenhaus: 'hospital',
  klinik: 'clinic',
  arzt: 'doctor',
  arztin: 'doctor',
  kinderarzt: 'pediatrician',
  untersuchung: 'examination',
  termin: 'appointment',
  besuch: 'visit',
  notaufnahme: 'emergency room',
  diagnose: 'diagnosis',
  akte: 'record',
  krankenakte: 'record',
  eingetragen: 'recorded',
  notiert: 'noted',
  aufgeschrieben: 'written',
  gemessen: 'measured',
  // German: who, when, how much.
  wie: 'how',
  hoch: 'high',
  wann: 'when',
  welche: 'which',
  welcher: 'which',
  welches: 'which',
  mein: 'my',
  meine: 'my',
  meinem: 'my',
  meiner: 'my',
  meinen: 'my',
  ich: 'i',
  hatte: 'had',
  seine: 'his',
  tochter: 'daughter',
  sohn: 'son',
  vater: 'father',
  mutter: 'mother',
  letzte: 'last',
  letzten: 'last',
  erste: 'first',
  ersten: 'first',
  wieviel: 'how much',
  viel: 'much',
  jahr: 'year',
  jahren: 'years',
  monat: 'month',
  monaten: 'months',
  januar: 'january',
  februar: 'february',
  marz: 'march',
  juni: 'june',
  juli: 'july',
  oktober: 'october',
  dezember: 'december',
  // French: complaints.
  fievre: 'fever',
  toux: 'cough',
  diarrhee: 'diarrhea',
  essoufflement: 'shortness of breath',
  essouffle: 'short of breath',
  essoufflee: 'short of breath',
  crachats: 'sputum',
  // French: vaccines and the diseases they are named for.
  vaccin: 'vaccine',
  vaccins: 'vaccines',
  vaccinee: 'vaccinated',
  rappel: 'booster',
  rougeole: 'measles',
  varicelle: 'chickenpox',
  oreillons: 'mumps',
  rubeole: 'rubella',
  tetanos: 'tetanus',
  // French: readings and tests.
  poids: 'weight',
  taille: 'height',
  pouls: 'pulse',
  oxygene: 'oxygen',
  sang: 'blood',
  resultat: 'result',
  resultats: 'results',
  positif: 'positive',
  negatif: 'negative',
  // French: care and the record.
  hopital: 'hospital',
  medecin: 'doctor',
  docteur: 'doctor',
  pediatre: 'pediatrician',
  urgences: 'emergency room',
  visite: 'visit',
  dossier: 'record',
  ecrit: 'written',
  // French: who, when, how much.
  mon: 'my',
  ma: 'my',
  mes: 'my',
  fils: 'son',
  fille: 'daughter',
  pere: 'father',
  mere: 'mother',
  quand: 'when',
  combien: 'how much',
  quel: 'which',
  quelle: 'which',
  quels: 'which',
  quelles: 'which',
  lesquels: 'which',
  avait: 'had',
  etait: 'was',
  dernier: 'last',
  derniere: 'last',
  premier: 'first',
  premiere: 'first',
  avec: 'with',
  mois: 'months',
  janvier: 'january',
  fevrier: 'february',
  mars: 'march',
  avril: 'april',
  juin: 'june',
  juillet: 'july',
  aout: 'august',
  septembre: 'september',
  octobre: 'october',
  novembre: 'november',
  decembre: 'december',
};

/** A map, so that a word such as "constructor" is never read from an object's prototype. */
const WORDS: ReadonlyMap<string, string> = new Map(Object.entries(WORD_LIST));

const PHRASE_PATTERNS = PHRASES.map(([phrase, english]) => [new RegExp(`\\b${phrase}\\b`, 'g'), english] as const);

/** Letters as typed without their marks ("März" → "marz", "tête" → "tete"); "ß" is "ss". */
function plainLetters(text: string): string {
  return text.replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * The lower-cased text with its German and French health words in English ("mein Gewicht im
 * Krankenhaus" → "my weight im hospital", "mal à la tête" → "headache"); other words as they are.
 * French elisions ("l'hôpital", "d'oxygène") are read as the word they join.
 */
export function englishForGermanAndFrenchWords(text: string): string {
  let english = /[^\x00-\x7f]/.test(text) ? plainLetters(text) : text;
  english = english.replace(/\b([ldjmnstc])'(?=[a-z])/g, '$1 ');
  for (const [pattern, replacement] of PHRASE_PATTERNS) english = english.replace(pattern, replacement);
  return english.replace(/[a-z]+/g, (word) => WORDS.get(word) ?? word);
}
