import {
  describeKindsFlaggedByProduct,
  type LabelledProbeKind,
} from '../../../../../test/support/triage-probe-table.js';
import { otherLanguageReading } from './other-language-reading.js';

/**
 * Session 59: readers for two scripts none read before, Punjabi's Gurmukhi and Hebrew, each the 13 categories' commonest
 * discriminators with its negation and its "if". Written from the protocols (NHS 111 / Pathways, Manchester Triage, NICE
 * NG143 / NG232 / NG225), never from a labelled set, as people type them (relatives with their respectful "ji", Hebrew's
 * joined one-letter words, a baby's age told in words). Look-alikes share their words but are denied, asked, past, mild,
 * idioms or a child's ordinary fall. Emergencies must be flagged by the product; look-alikes stay quiet by the rules and
 * the product.
 */
const KINDS: readonly LabelledProbeKind[] = [
  {
    kind: 'Punjabi (Gurmukhi): a fall and not getting up, chest pain with sweat, not breathing, a face fallen with no speech, pesticide drunk, a bleed or a fit that will not stop, wanting to die with pills saved, a febrile infant told by digits or number words, unconscious, a sting then a swollen throat, a weak arm; and denied, asked "if", past, mild, idioms, a child\'s grazed knee, a nosebleed stopped, spotting in early pregnancy without pain (RCOG)',
    emergencies: [
      ['pa', 'ਦਾਦੀ ਜੀ ਡਿੱਗ ਪਏ ਤੇ ਉੱਠ ਨਹੀਂ ਰਹੇ'],
      ['pa', 'ਮੇਰੇ ਪਿਤਾ ਜੀ ਨੂੰ ਛਾਤੀ ਵਿੱਚ ਬਹੁਤ ਦਰਦ ਹੈ ਤੇ ਪਸੀਨਾ ਆ ਰਿਹਾ'],
      ['pa', 'ਮੇਰੀ ਮਾਂ ਨੂੰ ਸਾਹ ਨਹੀਂ ਆ ਰਿਹਾ'],
      ['pa', 'ਬਾਪੂ ਜੀ ਦਾ ਮੂੰਹ ਟੇਢਾ ਹੋ ਗਿਆ ਤੇ ਬੋਲ ਨਹੀਂ ਸਕਦੇ'],
      ['pa', 'ਮੁੰਡੇ ਨੇ ਕੀੜੇਮਾਰ ਦਵਾਈ ਪੀ ਲਈ'],
      ['pa', 'ਖੂਨ ਨਹੀਂ ਰੁਕ ਰਿਹਾ'],
      ['pa', 'ਮੈਂ ਮਰਨਾ ਚਾਹੁੰਦਾ ਹਾਂ'],
      ['pa', 'ਮੇਰਾ ੩ ਹਫ਼ਤੇ ਦਾ ਬੱਚਾ, ਤੇਜ਼ ਬੁਖਾਰ'],
      ['pa', 'ਘਰਵਾਲਾ ਬੇਹੋਸ਼ ਹੋ ਗਿਆ'],
      ['pa', 'ਮੱਖੀ ਲੜੀ ਤੇ ਗਲਾ ਸੁੱਜ ਗਿਆ'],
      ['pa', 'ਕੁੜੀ ਨੂੰ ਦੌਰਾ ਪਿਆ ਹੈ ਰੁਕ ਨਹੀਂ ਰਿਹਾ'],
      ['pa', 'ਡੇਢ ਮਹੀਨੇ ਦੀ ਬੱਚੀ ਨੂੰ ਬੁਖਾਰ'],
      ['pa', 'ਪਿਤਾ ਜੀ ਦੀ ਸੱਜੀ ਬਾਂਹ ਕਮਜ਼ੋਰ ਹੋ ਗਈ ਤੇ ਬੋਲ ਨਹੀਂ ਪਾ ਰਹੇ'],
      ['pa', 'ਮੈਂ ਜੀਣਾ ਨਹੀਂ ਚਾਹੁੰਦੀ, ਗੋਲੀਆਂ ਇਕੱਠੀਆਂ ਕੀਤੀਆਂ ਨੇ'],
      ['pa', 'ਮੈਂ ਗਰਭਵਤੀ ਹਾਂ ਤੇ ਬਹੁਤ ਖੂਨ ਵਗ ਰਿਹਾ ਤੇ ਪੇਟ ਵਿੱਚ ਤੇਜ਼ ਦਰਦ'],
      ['pa', 'ਪਤਨੀ 30 ਹਫ਼ਤਿਆਂ ਦੀ ਗਰਭਵਤੀ ਹੈ, ਖੂਨ ਨਹੀਂ ਰੁਕ ਰਿਹਾ'],
    ],
    lookAlikes: [
      ['pa', 'ਛਾਤੀ ਵਿੱਚ ਦਰਦ ਨਹੀਂ'],
      ['pa', 'ਜੇ ਸਾਹ ਨਹੀਂ ਆ ਰਿਹਾ ਤਾਂ ਕੀ ਕਰੀਏ'],
      ['pa', 'ਪਿਛਲੇ ਸਾਲ ਦੌਰਾ ਪਿਆ ਸੀ ਹੁਣ ਠੀਕ ਹੈ'],
      ['pa', 'ਬੱਚੇ ਨੂੰ ਹਲਕਾ ਬੁਖਾਰ ਹੈ ਪਰ ਖੇਡ ਰਿਹਾ'],
      ['pa', 'ਬੁਖਾਰ ਨਹੀਂ ਹੈ'],
      ['pa', 'ਦਾਦੀ ਜੀ ਡਿੱਗ ਪਏ ਸੀ ਪਰ ਹੁਣ ਠੀਕ ਹਨ'],
      ['pa', 'ਮੇਰਾ ਬੱਚਾ 5 ਸਾਲ ਦਾ ਹੈ, ਬੁਖਾਰ ਹੈ'],
      ['pa', 'ਮੇਰੇ ਬੱਚੇ ਨੂੰ ਬੁਖਾਰ ਹੈ'],
      ['pa', 'ਭੁੱਖ ਨਾਲ ਮਰ ਰਿਹਾ ਹਾਂ'],
      ['pa', 'ਦਿਲ ਟੁੱਟ ਗਿਆ ਯਾਰ'],
      ['pa', 'ਉਸਦਾ ਸਿਰ ਦਰਦ ਕਰ ਰਿਹਾ ਹੈ'],
      ['pa', 'ਬੱਚਾ ਡਿੱਗ ਪਿਆ ਗੋਡੇ ਤੇ ਸੱਟ ਲੱਗੀ'],
      ['pa', 'ਨੱਕ ਵਿੱਚੋਂ ਥੋੜ੍ਹਾ ਖੂਨ ਆਇਆ ਸੀ ਹੁਣ ਬੰਦ ਹੈ'],
      ['pa', 'ਉਲਟੀ ਆ ਰਹੀ ਹੈ ਥੋੜ੍ਹੀ'],
      ['pa', 'ਗਰਭਵਤੀ ਹਾਂ, ਕੀ ਖਾਣਾ ਚਾਹੀਦਾ'],
      ['pa', 'ਮੈਂ 8 ਹਫ਼ਤਿਆਂ ਦੀ ਗਰਭਵਤੀ ਹਾਂ ਤੇ ਥੋੜ੍ਹਾ ਜਿਹਾ ਖੂਨ ਆਇਆ, ਦਰਦ ਨਹੀਂ'],
      ['pa', 'ਪੇਟ ਤੋਂ ਹਾਂ, ਹਲਕੇ ਧੱਬੇ ਲੱਗੇ ਨੇ'],
      ['pa', 'ਮੇਰੀ ਘਰਵਾਲੀ ਗਰਭਵਤੀ ਹੈ, ਥੋੜ੍ਹਾ ਖੂਨ ਆ ਰਿਹਾ ਪਰ ਦਰਦ ਨਹੀਂ'],
      ['pa', 'ਗਰਭਵਤੀ ਹਾਂ, ਪੇਟ ਵਿੱਚ ਹਲਕਾ ਦਰਦ ਹੈ'],
      ['pa', 'ਗਰਭਵਤੀ ਹਾਂ ਉਲਟੀਆਂ ਬਹੁਤ ਆਉਂਦੀਆਂ'],
      ['pa', '6 ਹਫ਼ਤੇ ਦੀ ਗਰਭਵਤੀ, ਭੂਰਾ ਜਿਹਾ ਡਿਸਚਾਰਜ'],
      ['pa', 'ਗਰਭਵਤੀ ਹਾਂ, ਪੈਰ ਸੁੱਜ ਗਏ ਨੇ'],
    ],
  },
  {
    kind: 'Hebrew: not breathing with blue lips, chest pain with sweat, unconscious, a face fallen with no speech, pills swallowed, a bleed that will not stop, wanting to die, a febrile infant, a throat closing after a sting, a long fit, a head knock with vomiting, a rash that does not fade; and denied, asked "if", past, mild, idioms, a grazed knee, a nosebleed stopped',
    emergencies: [
      ['he', 'הבן שלי לא נושם, השפתיים כחולות'],
      ['he', 'אבא שלי עם כאב חזק בחזה והזעה'],
      ['he', 'אמא שלי מחוסרת הכרה ולא מגיבה'],
      ['he', 'לסבא יש פה עקום והוא לא מצליח לדבר'],
      ['he', 'הילד בלע את כל הכדורים של סבתא'],
      ['he', 'הדם לא מפסיק'],
      ['he', 'אני רוצה למות, אין לי כוח יותר'],
      ['he', 'התינוק בן 3 שבועות עם חום'],
      ['he', 'עקצה אותה דבורה והגרון נסגר'],
      ['he', 'הבת שלי מפרכסת כבר עשר דקות'],
      ['he', 'בעלי נפל על הראש ומקיא'],
      ['he', 'התינוק בן חודשיים, חום 38.5'],
      ['he', 'סבתא שלי נפלה ולא מגיבה'],
      ['he', 'יש לו פריחה שלא נעלמת וחום גבוה'],
    ],
    lookAlikes: [
      ['he', 'אין כאב בחזה'],
      ['he', 'מה לעשות אם התינוק לא נושם'],
      ['he', 'בשנה שעברה היה לו פרכוס, עכשיו הוא בסדר'],
      ['he', 'יש לו חום קל אבל הוא משחק'],
      ['he', 'אני מת מצחוק'],
      ['he', 'אין לו חום'],
      ['he', 'אני מת מרעב'],
      ['he', 'שבר לי את הלב'],
      ['he', 'יש לו כאב ראש קל'],
      ['he', 'הילד נפל מהאופניים ושרט את הברך'],
      ['he', 'אני בהריון, מה מותר לאכול?'],
      ['he', 'דימום קל מהאף שנעצר'],
      ['he', 'היא הקיאה פעם אחת אחרי האוכל ועכשיו בסדר'],
      ['he', 'אין לה פריחה ואין חום'],
      ['he', 'התינוק בן 8 חודשים עם חום 38 אבל משחק ושותה'],
    ],
  },
];

describeKindsFlaggedByProduct('other languages, session 59: Gurmukhi and Hebrew', KINDS);

describe('other-language detection, session 59: Gurmukhi and Hebrew', () => {
  it.each([
    ['ਮੇਰੀ ਮਾਂ ਨੂੰ ਸਾਹ ਨਹੀਂ ਆ ਰਿਹਾ', 'Punjabi'],
    ['הבן שלי לא נושם', 'Hebrew'],
  ])('%s is read as %s alone', (text, language) => {
    expect(otherLanguageReading(text)?.languages).toEqual([language]);
  });
});
