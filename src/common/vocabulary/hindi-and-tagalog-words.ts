import { wordForWordEnglish } from './word-for-word-english.js';

/**
 * Hindi (as typed in Latin letters, "Hinglish") and Tagalog health words that people write into
 * a question about their record ("uska sir dard ho raha tha covid mein, doctor ne likha kya?",
 * "may lagnat ba si Leta noong march 2020?"), with the English word the record questions
 * understand: complaints, vaccines, readings, places and people of care, the record itself, and
 * the few function words that say who, when and how much. Words that are English too ("the",
 * "pet", "sir", "may", "ano" is kept: it is no English word) are read only inside a phrase ("sir
 * dard", "pet dard") or left out. Read after the German and French words.
 */
const PHRASES: ReadonlyArray<readonly [string, string]> = [
  // Hindi: a pain told by where it is.
  ['(?:sir|sar) (?:mein |me |mai )?dard', 'headache'],
  ['pet (?:mein |me |mai )?dard', 'stomach pain'],
  ['gale (?:mein |me |mai )?dard', 'sore throat'],
  ['loose motions?', 'diarrhea'],
  ['saans (?:phoolna|phool rahi|phoolti|ki takleef|lene mein takleef|ki dikkat)', 'shortness of breath'],
  ['khoon ki jaa?n?ch', 'blood test'],
  // Tagalog: a pain told by where it is.
  ['(?:sakit ng|masakit ang|masakit ang kanyang|masakit ang kanang) ulo', 'headache'],
  ['(?:sakit ng|masakit ang) tiyan', 'stomach pain'],
  ['(?:sakit ng|masakit ang) lalamunan', 'sore throat'],
  ['(?:hirap|nahihirapang?) huminga', 'shortness of breath'],
  ['nawalan ng panlasa', 'loss of taste'],
  ['presyon ng dugo', 'blood pressure'],
  ['bulutong tubig', 'chickenpox'],
  // Tagalog: "my" after what is the patient's ("gamot ko", "bakuna ko"), before it in English, as
  // the English phrases of a treatment read it ("my medicine for hiv").
  ['(gamot|gamutan|paggamot|bakuna|resulta|timbang|lagnat|ubo) ko', 'my $1'],
  // English: "beta" is the Hindi "son" (below) and the Greek letter of a class of medicines ("is
  // she on beta blockers", "any beta-blockers"), which is kept one word so that it stays English.
  ['beta[\\s-]?(blockers?)', 'beta$1'],
];

const WORD_LIST: Readonly<Record<string, string>> = {
  // Hindi: complaints.
  bukhar: 'fever',
  bukhaar: 'fever',
  khansi: 'cough',
  khaansi: 'cough',
  khasi: 'cough',
  dard: 'pain',
  jodon: 'joints',
  jodo: 'joints',
  badan: 'body',
  dast: 'diarrhea',
  thakan: 'fatigue',
  thakaan: 'fatigue',
  thakawat: 'fatigue',
  kamzori: 'weakness',
  saans: 'breath',
  balgam: 'phlegm',
  swad: 'taste',
  swaad: 'taste',
  bimar: 'sick',
  beemar: 'sick',
  bimari: 'illness',
  // Hindi: vaccines, readings and tests.
  teeka: 'vaccine',
  teeke: 'vaccines',
  tika: 'vaccine',
  tike: 'vaccines',
  tikakaran: 'vaccination',
  teekakaran: 'vaccination',
  vazan: 'weight',
  vajan: 'weight',
  wajan: 'weight',
  wazan: 'weight',
  khoon: 'blood',
  jaanch: 'test',
  janch: 'test',
  dhadkan: 'heartbeat',
  // Hindi: care and the record.
  ilaj: 'treatment',
  ilaaj: 'treatment',
  dawai: 'medicine',
  dawaai: 'medicine',
  davai: 'medicine',
  aspatal: 'hospital',
  aspataal: 'hospital',
  likha: 'written',
  likhi: 'written',
  likhe: 'written',
  // Hindi: who, when, how much.
  kab: 'when',
  kitna: 'how much',
  kitni: 'how much',
  kitne: 'how much',
  kya: 'what',
  hua: 'had',
  hui: 'had',
  tha: 'was',
  thi: 'was',
  mera: 'my',
  meri: 'my',
  mujhe: 'me',
  uska: 'his',
  uski: 'her',
  uske: 'his',
  beta: 'son',
  beti: 'daughter',
  baccha: 'child',
  bacche: 'child',
  // Tagalog: complaints.
  lagnat: 'fever',
  ubo: 'cough',
  pagtatae: 'diarrhea',
  pagod: 'tired',
  plema: 'phlegm',
  panlasa: 'taste',
  kasukasuan: 'joints',
  kalamnan: 'muscles',
  sipon: 'cold',
  // Tagalog: vaccines and the diseases they are named for.
  bakuna: 'vaccine',
  bakunado: 'vaccinated',
  nabakunahan: 'vaccinated',
  binakunahan: 'vaccinated',
  turok: 'shot',
  trangkaso: 'flu',
  tigdas: 'measles',
  bulutong: 'chickenpox',
  beke: 'mumps',
  // Tagalog: readings and tests.
  timbang: 'weight',
  dugo: 'blood',
  temperatura: 'temperature',
  pulso: 'pulse',
  resulta: 'result',
  positibo: 'positive',
  negatibo: 'negative',
  // Tagalog: care and the record.
  gamot: 'medicine',
  gamutan: 'treatment',
  paggamot: 'treatment',
  ospital: 'hospital',
  doktor: 'doctor',
  nakasulat: 'written',
  nakalista: 'listed',
  nakatala: 'recorded',
  // Tagalog: who, when, how much.
  kailan: 'when',
  ano: 'what',
  huling: 'last',
  unang: 'first',
  ko: 'my',
  ang: 'the',
  // "para sa", "bakuna sa trangkaso": what something is for (elsewhere "at" or "in", which nothing searches either).
  sa: 'for',
  siya: 'she',
  niya: 'her',
  anak: 'child',
  nanay: 'mother',
  tatay: 'father',
  noong: 'in',
  nung: 'in',
  ilan: 'how many',
};

/**
 * The lower-cased text with its Hindi and Tagalog health words in English ("uska sir dard" →
 * "his headache", "lagnat ni Leta" → "fever ni Leta"); other words as they are.
 */
export const englishForHindiAndTagalogWords = wordForWordEnglish({ phrases: PHRASES, words: WORD_LIST });
