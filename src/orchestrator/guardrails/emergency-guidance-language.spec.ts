import { emergencyGuidanceLanguage } from './emergency-guidance-language.js';

describe('emergencyGuidanceLanguage', () => {
  it.each([
    ['Spanish', 'mi hijo no puede respirar y tiene los labios morados'],
    ['Portuguese', 'meu filho não consegue respirar e está com os lábios roxos'],
    ['French', 'mon fils ne peut plus respirer, ses lèvres sont bleues'],
    ['German', 'mein Sohn bekommt keine Luft und hat blaue Lippen'],
    ['Italian', 'mio figlio non riesce a respirare e ha le labbra blu'],
    ['Chinese', '我儿子喘不上气，嘴唇发紫'],
    ['Arabic', 'ابني لا يستطيع التنفس وشفتاه زرقاء'],
    ['Hindi', 'मेरा बेटा साँस नहीं ले पा रहा है'],
    ['romanised Hindi', 'mere bete ko saans nahi aa rahi hai, hont neele ho gaye'],
    ['Vietnamese', 'con tôi không thở được, môi tím tái'],
    ['Tagalog', 'hindi makahinga ang anak ko at nangingitim ang labi'],
    ['Russian', 'мой сын не может дышать, губы синие'],
  ])('answers a message in %s in it', (language, message) => {
    expect(emergencyGuidanceLanguage(message)).toBe(language);
  });

  it('answers a message mixing English and one other language in that language', () => {
    expect(emergencyGuidanceLanguage('my dad has dolor de pecho muy fuerte and he is sweating')).toBe('Spanish');
    expect(emergencyGuidanceLanguage('my mother says 胸口很痛 and she is sweating')).toBe('Chinese');
  });

  it('answers in Devanagari a message writing Hindi in both scripts', () => {
    expect(emergencyGuidanceLanguage('mere bete ko saans nahi aa rahi, मेरा बेटा साँस नहीं ले पा रहा')).toBe('Hindi');
  });

  it.each([
    ['English alone', 'my son cannot breathe and his lips are blue'],
    ['English with a Spanish place name', 'I live in Los Angeles and have crushing chest pain'],
    ['two other languages', 'mi hijo no puede respirar 我儿子喘不上气'],
  ])('keeps to English for %s', (_kind, message) => {
    expect(emergencyGuidanceLanguage(message)).toBeNull();
  });

  it.each([
    ['Japanese (kana beside the characters Chinese shares)', '息子が息をしていません'],
    ['Korean', '아들이 숨을 못 쉬어요 呼吸'],
    ['Persian (the letters of Arabic script Arabic does not write)', 'پسرم نمی‌تواند نفس بکشد'],
    ['Urdu', 'میرا بیٹا سانس نہیں لے پا رہا'],
    ['Ukrainian (the Cyrillic letters Russian does not write)', 'мій син не може дихати'],
    ['Nepali (the Devanagari words Hindi does not write)', 'मेरो छोरा सास फेर्न सकिरहेको छैन'],
    ['Nepali asking what to do', 'बुबा अचानक ढल्नुभयो, के गर्ने?'],
  ])('does not answer %s in a language its writer did not write', (_kind, message) => {
    expect(emergencyGuidanceLanguage(message)).toBeNull();
  });
});
