import { EmergencyTriage } from '../../emergency-triage.js';
import { foldLetters, plainLetters } from './language-lexicon.js';
import { OTHER_LANGUAGE_LEXICONS } from './other-language-lexicons.js';
import { otherLanguageReading } from './other-language-reading.js';

/** Words other languages write that English writes too, with another meaning ("mi" is a myocardial infarction). */
const ENGLISH_TOO = new Set(
  'no a me son convulsion sin si y o con mi hay lo se e um da ma n est pour vomit confuse non falls er hat kind rat tho may at die pain main bin was arm po so do as to mal pale'.split(
    ' ',
  ),
);

describe('otherLanguageReading', () => {
  it.each([
    ['mi hijo no puede respirar', 'my son cannot breathe', 'Spanish'],
    ['my mom no puede respirar', 'my mom cannot breathe', 'Spanish'],
    ['Me duele el pecho desde hace 20 minutos', 'chest pain for 20 minutes', 'Spanish'],
    ['meu filho não consegue respirar', 'my son cannot breathe', 'Portuguese'],
    ["mon fils n'arrive pas à respirer", 'my son cannot breathe', 'French'],
    ['hindi makahinga ang anak ko', 'cannot breathe my child', 'Tagalog'],
    ['mere bete ko saans nahi aa rahi', 'my son cannot breathe', 'romanised Hindi'],
  ])('%s -> %s', (text, english, language) => {
    expect(otherLanguageReading(text)).toMatchObject({ english, languages: [language] });
  });

  it('reads letters typed without their accents as those typed with them', () => {
    expect(otherLanguageReading('mi bebe no despierta')?.english).toBe(
      otherLanguageReading('mi bebé no despierta')?.english,
    );
    expect(foldLetters('Respiración, NÃO, łza, đau')).toBe('respiracion, nao, lza, dau');
  });

  it('keeps the marks of other scripts, which are part of their letters', () => {
    expect(foldLetters('साँस नहीं')).toBe('साँस नहीं'.normalize('NFD').normalize('NFC'));
    expect(foldLetters('дышать й')).toBe('дышать й');
  });

  // English takes no other path (issue 11): words English shares with other languages are no markers.
  it.each([
    'I had an MI last year and my son says the pain in my chest is back',
    'may I take ibuprofen with my medicine? no fever, no rash',
    'what are the pros and con of the flu vaccine for my mama',
    'my papa is 80 and has a bit of a cough, no breathing problems',
    'the doctor said the mole on his arm is fine, we saw Dr de la Cruz',
    'I am so tired and my son has a runny nose, is it normal?',
    'she feels like she will die of embarrassment, lol',
    // Review V12 (17:52): Spanish place names and a saying in an English message.
    'we just got back from las vegas, drove home to los angeles, i have a cough and sore throat but no breathing problems, no fever',
    'my daughter Una is staying with her grandma in Como, she has a rash but no swelling and no breathing problems',
    '62F bilateral LE edema, con fused? no, alert. no breathing difficulty at rest, no chest pain',
    'Que sera sera, con la familia this week. no breathing problems',
  ])('finds no other language in English: %s', (text) => {
    expect(otherLanguageReading(text)).toBeNull();
  });

  describe.each(OTHER_LANGUAGE_LEXICONS.map((lexicon) => [lexicon.language, lexicon] as const))(
    'the %s lexicon',
    (_language, lexicon) => {
      // Each phrase is one group of the reading's pattern: a capturing group of its own would shift the rest.
      it.each(lexicon.phrases.map(([phrase]) => phrase))('has no capturing group: %s', (phrase) => {
        expect(new RegExp(`${plainLetters(phrase)}|`, 'u').exec('')).toHaveLength(1);
      });

      // Review V12 (17:52): "no" read as "not" turned "no breathing problems" into "not breathing".
      it('never reads a word English writes, nor takes one as a marker', () => {
        const words = [...(lexicon.markers ?? []), ...(lexicon.ownWords ?? []), ...Object.keys(lexicon.words ?? {})];
        expect(words.filter((word) => ENGLISH_TOO.has(word))).toEqual([]);
      });

      it('writes its markers and words folded, as the text is read', () => {
        const words = [...(lexicon.markers ?? []), ...(lexicon.ownWords ?? []), ...Object.keys(lexicon.words ?? {})];
        expect(words.filter((word) => foldLetters(word) !== word)).toEqual([]);
      });
    },
  );
});

describe('EmergencyTriage with another language', () => {
  const triage = new EmergencyTriage();

  // Review V12 (18:49): a month count is a baby's age only where nothing makes it a pregnancy's length or a time ago.
  it.each([
    'to gravida de 2 meses e estou com febre baixa e tosse',
    "je suis enceinte de 2 mois et j'ai un peu de fievre",
    'sono incinta di 2 mesi e ho un po di febbre',
    'buntis ako ng 2 months, may konting lagnat at ubo',
    'Magandang araw po doc, may tanong po ako. had concussion 3 months ago, when can i go back to football',
    // Review V12 (19:22): Korean tells a negation and a feeling after the word.
    '가슴 통증은 없고 숨도 괜찮아요, 기침만 해요',
    '창피해서 죽고 싶었어요',
  ])('reads no baby in a pregnancy or a time ago: %s', (text) => {
    expect(triage.assess(text).isEmergency).toBe(false);
  });

  it.each([
    'meu bebe de 2 meses esta com febre',
    'mon bébé de 2 mois a de la fièvre',
    'il mio bambino di 1 mese ha la febbre',
  ])("reads a baby's age in months: %s", (text) => {
    expect(triage.assess(text).isEmergency).toBe(true);
  });

  it('names the discriminators it read from the other language', () => {
    expect(triage.assess('mi hijo no puede respirar').discriminators).toEqual([
      'inadequate breathing (read from Spanish)',
    ]);
  });

  it('keeps what the English words of a mixed message show', () => {
    expect(triage.assess('my son is not breathing, por favor ayuda').discriminators).toEqual(['inadequate breathing']);
  });
});
