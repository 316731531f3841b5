import { lettersTypedPlainly, wordForWordEnglish } from './word-for-word-english.js';

/**
 * Italian and Vietnamese health words that people at home in those languages write a whole
 * question about their record in ("quanto era alta la febbre di mio figlio con il covid?",
 * "nhịp tim của con trai tôi khi bị covid là bao nhiêu?"), with the English word the record
 * questions understand: complaints, vaccines and the diseases they are named for, readings,
 * places and people of care, and the few function words that say who, when and how much.
 * Vietnamese names things in syllables, so its readings, diseases and people are phrases, read
 * with or without their tone marks ("cân nặng", "can nang"); a syllable that is an English word
 * or a name on its own ("lao", "con", "do", "cum", "ho", "sot") is read only inside a phrase. Italian
 * words that are English too ("era", "come", "prima") are left out. Read after the Spanish,
 * Portuguese, Polish, German, French, Hindi and Tagalog words, which share some ("peso",
 * "temperatura", "quando", "tetano").
 */
const PHRASES: ReadonlyArray<readonly [string, string]> = [
  // Italian: readings and complaints told in more than one word.
  ['pressione (?:arteriosa|sanguigna)', 'blood pressure'],
  ['frequenza cardiaca', 'heart rate'],
  ['battito cardiaco', 'heart rate'],
  ['frequenza respiratoria', 'respiratory rate'],
  ['carica virale', 'viral load'],
  ['mal di testa', 'headache'],
  ['mal di gola', 'sore throat'],
  ['dolori muscolari', 'muscle pain'],
  ['perdita del gusto', 'loss of taste'],
  ['con (?:il |la )?(covid|corona)', 'with $1'],
  // Vietnamese: readings.
  ['nhip tim', 'heart rate'],
  ['mach dap', 'pulse'],
  ['nhip tho', 'respiratory rate'],
  ['huyet ap', 'blood pressure'],
  ['nhiet do', 'temperature'],
  ['can nang', 'weight'],
  ['chieu cao', 'height'],
  ['(?:do bao hoa|nong do) oxy', 'oxygen saturation'],
  ['oxy (?:trong|cua) mau', 'oxygen saturation'],
  ['tai luong (?:vi rut|virus)', 'viral load'],
  ['xet nghiem mau', 'blood test'],
  ['xet nghiem', 'test'],
  ['ket qua', 'result'],
  // Vietnamese: complaints and diseases.
  ['kho tho', 'shortness of breath'],
  ['dau dau', 'headache'],
  ['dau hong', 'sore throat'],
  ['tieu chay', 'diarrhea'],
  ['met moi', 'fatigue'],
  ['mat vi giac', 'loss of taste'],
  ['(?:benh |bi )?lao phoi', 'tuberculosis'],
  ['(?:benh|bi) lao', 'tuberculosis'],
  ['ho ga', 'whooping cough'],
  ['(?:bi|benh) ho', 'cough'],
  ['(?<=\\b(?:bi|con|len|khi) )sot', 'fever'],
  ['(?<=\\b(?:bi|benh|tiem|phong|chung|xin) )cum', 'flu'],
  ['uon van', 'tetanus'],
  ['thuy dau', 'chickenpox'],
  ['quai bi', 'mumps'],
  ['benh soi', 'measles'],
  ['viem gan', 'hepatitis'],
  ['bai liet', 'polio'],
  ['phe cau', 'pneumococcal'],
  ['viem mang nao', 'meningitis'],
  // Vietnamese: vaccines and care.
  ['dieu tri', 'treatment'],
  ['tiem (?:phong|chung)', 'vaccination'],
  ['vac ?xin', 'vaccine'],
  ['mui tiem', 'shot'],
  ['khau trang', 'face mask'],
  ['phong kham', 'clinic'],
  ['di kham', 'visit'],
  ['benh vien', 'hospital'],
  ['bac si', 'doctor'],
  ['kham benh', 'visit'],
  ['nhap vien', 'admitted'],
  // Vietnamese: who, when, how much.
  ['con trai (?:cua )?toi', 'my son'],
  ['con gai (?:cua )?toi', 'my daughter'],
  ['con trai', 'son'],
  ['con gai', 'daughter'],
  ['(?:me|ma) (?:cua )?toi', 'my mother'],
  ['(?:bo|cha) (?:cua )?toi', 'my father'],
  ['cua toi', 'my'],
  ['khi nao', 'when'],
  ['khi bi', 'when'],
  ['bao nhieu', 'how much'],
  ['nam nao', 'which year'],
  ['lan cuoi', 'last'],
  ['lan dau', 'first'],
  ['gan day nhat', 'latest'],
];

const WORD_LIST: Readonly<Record<string, string>> = {
  // Italian: complaints.
  febbre: 'fever',
  tosse: 'cough',
  stanchezza: 'fatigue',
  catarro: 'phlegm',
  // Italian: vaccines and the diseases they are named for.
  vaccino: 'vaccine',
  vaccini: 'vaccines',
  vaccinazione: 'vaccination',
  vaccinazioni: 'vaccinations',
  vaccinato: 'vaccinated',
  vaccinata: 'vaccinated',
  richiamo: 'booster',
  antinfluenzale: 'flu vaccine',
  morbillo: 'measles',
  parotite: 'mumps',
  orecchioni: 'mumps',
  rosolia: 'rubella',
  pertosse: 'whooping cough',
  epatite: 'hepatitis',
  tubercolosi: 'tuberculosis',
  // Italian: readings and tests.
  pesavo: 'weight',
  pesava: 'weight',
  altezza: 'height',
  pressione: 'pressure',
  battito: 'pulse',
  battiti: 'pulse',
  ossigeno: 'oxygen',
  saturazione: 'saturation',
  sangue: 'blood',
  esame: 'test',
  esami: 'tests',
  risultato: 'result',
  risultati: 'results',
  positivo: 'positive',
  negativo: 'negative',
  // Italian: care and the record.
  trattamento: 'treatment',
  trattamenti: 'treatments',
  terapia: 'treatment',
  farmaco: 'medication',
  farmaci: 'medications',
  ospedale: 'hospital',
  ricoverato: 'admitted',
  ricoverata: 'admitted',
  ricovero: 'hospital stay',
  visita: 'visit',
  // Italian: who, when, how much.
  mio: 'my',
  mia: 'my',
  miei: 'my',
  figlio: 'son',
  figlia: 'daughter',
  madre: 'mother',
  padre: 'father',
  quanto: 'how much',
  quanti: 'how many',
  quante: 'how many',
  qual: 'which',
  quale: 'which',
  ultimo: 'last',
  ultima: 'last',
  alta: 'high',
  alto: 'high',
  nel: 'in',
  nella: 'in',
  mesi: 'months',
  gennaio: 'january',
  febbraio: 'february',
  marzo: 'march',
  aprile: 'april',
  maggio: 'may',
  giugno: 'june',
  luglio: 'july',
  settembre: 'september',
  ottobre: 'october',
  dicembre: 'december',
  // Vietnamese: single syllables that are no English word.
  toi: 'i',
  cua: 'of',
  khi: 'when',
  thuoc: 'medicine',
};

/** Letters as typed without their marks ("nhịp tim" → "nhip tim", "đo" → "do"); "đ" is a letter of its own. */
const plainLetters = lettersTypedPlainly({ đ: 'd' });

/**
 * The lower-cased text with its Italian and Vietnamese health words in English ("la febbre di
 * mio figlio" → "la fever di my son", "cân nặng của con gái tôi" → "weight my daughter"); other
 * words as they are. Italian elisions ("dell'HIV", "l'ospedale") are read as the word they join.
 */
export const englishForItalianAndVietnameseWords = wordForWordEnglish({
  phrases: PHRASES,
  words: WORD_LIST,
  plainLetters,
  beforePhrases: (text) => text.replace(/\b(dell|dall|nell|sull|all|l|un)'(?=[a-z])/g, '$1 '),
});
