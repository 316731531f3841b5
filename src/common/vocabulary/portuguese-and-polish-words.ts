import { lettersTypedPlainly, wordForWordEnglish } from './word-for-word-english.js';

/**
 * Portuguese and Polish health words that people at home in those languages mix into an English
 * question about their record ("a vacina da catapora ele tomou com 14 meses", "szczepienie na
 * tężec, mama had it in 2017?"), with the English word the record questions understand: the
 * vaccines, the diseases vaccines are named for, doses, ages, and who took them. Polish nouns in
 * the forms they take after "na", "przeciw" and "od" too ("na odrę", "przeciw tężcowi"). Words
 * that are English too ("dose", "mama", "a") or short enough to be another word are left out.
 * Read after the Spanish words (spanish-words.ts), which share some ("varicela", "difteria").
 */
const PHRASES: ReadonlyArray<readonly [string, string]> = [
  ['ospa wietrzna', 'chickenpox'],
  ['ospy wietrznej', 'chickenpox'],
  ['ospe wietrzna', 'chickenpox'],
  ['frequencia cardiaca', 'heart rate'],
  ['frequencia respiratoria', 'respiratory rate'],
  ['pressao arterial', 'blood pressure'],
  ['cisnienie krwi', 'blood pressure'],
  ['czestosc oddechow', 'respiratory rate'],
  // Words that are English or another language's too, read only where Portuguese or Polish puts
  // them: "gripe" (a complaint in English), "marco" (a name), "marca" (a brand in Spanish).
  ['(la|da|de|contra a|contra) gripe', '$1 flu'],
  ['(em|de) marco', '$1 march'],
  ['(\\d{1,2}) marca', '$1 march'],
];

const WORD_LIST: Readonly<Record<string, string>> = {
  // Portuguese: vaccines and the diseases they are named for.
  vacina: 'vaccine',
  vacinas: 'vaccines',
  vacinado: 'vaccinated',
  vacinada: 'vaccinated',
  vacinacao: 'vaccination',
  reforco: 'booster',
  catapora: 'chickenpox',
  sarampo: 'measles',
  caxumba: 'mumps',
  rubeola: 'rubella',
  tetano: 'tetanus',
  coqueluche: 'whooping cough',
  hepatite: 'hepatitis',
  poliomielite: 'polio',
  meningite: 'meningitis',
  tuberculose: 'tuberculosis',
  // Portuguese: complaints and readings.
  // HIV and AIDS as Portugal writes them (VIH, SIDA).
  vih: 'hiv',
  sida: 'aids',
  febre: 'fever',
  tosse: 'cough',
  cansaco: 'fatigue',
  pressao: 'pressure',
  batimentos: 'heartbeat',
  saturacao: 'saturation',
  oxigenio: 'oxygen',
  remedio: 'medicine',
  remedios: 'medicines',
  tratamento: 'treatment',
  tratamentos: 'treatments',
  comprimidos: 'tablets',
  plano: 'plan',
  exame: 'test',
  exames: 'tests',
  // Portuguese: who, when.
  tomou: 'got',
  tomei: 'got',
  ele: 'he',
  ela: 'she',
  filho: 'son',
  filha: 'daughter',
  mae: 'mother',
  meses: 'months',
  anos: 'years',
  quando: 'when',
  qual: 'which',
  minha: 'my',
  meu: 'my',
  janeiro: 'january',
  fevereiro: 'february',
  abril: 'april',
  maio: 'may',
  junho: 'june',
  julho: 'july',
  setembro: 'september',
  outubro: 'october',
  dezembro: 'december',
  // Polish: vaccines and doses.
  szczepienie: 'vaccination',
  szczepienia: 'vaccinations',
  szczepien: 'vaccinations',
  szczepionka: 'vaccine',
  szczepionke: 'vaccine',
  szczepionki: 'vaccines',
  zaszczepiony: 'vaccinated',
  zaszczepiona: 'vaccinated',
  dawka: 'dose',
  dawki: 'doses',
  dawek: 'doses',
  // Polish: a treatment asked for as such ("moje leczenie gruzlicy").
  leczenie: 'treatment',
  leczenia: 'treatment',
  leki: 'medications',
  // Polish: the diseases, in the forms they take after "na", "przeciw", "od".
  tezec: 'tetanus',
  tezca: 'tetanus',
  tezcowi: 'tetanus',
  odra: 'measles',
  odre: 'measles',
  odry: 'measles',
  odrze: 'measles',
  swinka: 'mumps',
  swinke: 'mumps',
  swinki: 'mumps',
  rozyczka: 'rubella',
  rozyczke: 'rubella',
  rozyczki: 'rubella',
  ospa: 'chickenpox',
  ospe: 'chickenpox',
  ospy: 'chickenpox',
  ospie: 'chickenpox',
  krztusiec: 'whooping cough',
  krztusca: 'whooping cough',
  krztuscowi: 'whooping cough',
  blonica: 'diphtheria',
  blonice: 'diphtheria',
  blonicy: 'diphtheria',
  grypa: 'flu',
  grype: 'flu',
  grypy: 'flu',
  grypie: 'flu',
  zoltaczka: 'hepatitis',
  zoltaczke: 'hepatitis',
  zoltaczki: 'hepatitis',
  gruzlica: 'tuberculosis',
  gruzlice: 'tuberculosis',
  gruzlicy: 'tuberculosis',
  // Polish: complaints and readings.
  goraczka: 'fever',
  goraczke: 'fever',
  goraczki: 'fever',
  kaszel: 'cough',
  biegunka: 'diarrhea',
  tetno: 'pulse',
  cisnienie: 'blood pressure',
  waga: 'weight',
  wage: 'weight',
  wagi: 'weight',
  wzrost: 'height',
  tlen: 'oxygen',
  tlenu: 'oxygen',
  saturacja: 'saturation',
  saturacji: 'saturation',
  wynik: 'result',
  wyniki: 'results',
  badanie: 'test',
  zdiagnozowano: 'diagnosed',
  maska: 'mask',
  maske: 'mask',
  maseczka: 'mask',
  maseczke: 'mask',
  maseczki: 'mask',
  przychodnia: 'clinic',
  przychodni: 'clinic',
  szpital: 'hospital',
  szpitalu: 'hospital',
  koronawirus: 'coronavirus',
  koronawirusa: 'coronavirus',
  koronawirusem: 'coronavirus',
  // Polish: who, when.
  tata: 'dad',
  kiedy: 'when',
  miesiecy: 'months',
  moj: 'my',
  moja: 'my',
  mojej: 'my',
  mojego: 'my',
  syn: 'son',
  syna: 'son',
  corka: 'daughter',
  corki: 'daughter',
  corke: 'daughter',
  podczas: 'during',
  marzec: 'march',
  marcu: 'march',
};

/**
 * Letters as typed without their marks ("tężec" → "tezec", "mãe" → "mae"); the Polish "ł" is a
 * letter of its own, not an "l" with a mark, so it is replaced by hand.
 */
const plainLetters = lettersTypedPlainly({ ł: 'l' });

/**
 * The lower-cased text with its Portuguese and Polish health words in English ("a vacina da
 * catapora" → "a vaccine da chickenpox", "szczepienie na tężec" → "vaccination na tetanus");
 * other words as they are.
 */
export const englishForPortugueseAndPolishWords = wordForWordEnglish({
  phrases: PHRASES,
  words: WORD_LIST,
  plainLetters,
});
