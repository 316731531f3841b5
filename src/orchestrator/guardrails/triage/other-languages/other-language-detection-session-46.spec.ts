import { otherLanguageReading } from './other-language-reading.js';

/**
 * Session 46 (T59): Spanish and Portuguese share most of their short words ("que", "esta", "de repente", "todas",
 * "para"), and a Portuguese message told with many of them was read with the Spanish lexicon, whose words misread it.
 * Each language is told by the words of its own that the other does not write ("minha", "começou", "coisas", "não";
 * "empezó", "cosas", "mi", "ahora"), counted only where both are marked. Written from the two languages' grammar, never
 * from a labelled set. On the unchanged detection (main 7ed525f): 8 of 10 Portuguese and 10 of 10 Spanish read as written.
 */
const PORTUGUESE = [
  'a minha mãe de repente começou a dizer coisas sem sentido e a boca está torta',
  'o meu tio está todo suado, de repente que dor no peito, está todo pálido',
  'a minha filha está com febre, tem todas as manchas nas pernas que não desaparecem',
  'ela está de repente sem força no braço, que faço?',
  'o meu avô está muito confuso desde ontem, que devo fazer para ele melhorar?',
  'está toda inchada a cara da minha filha depois de comer amendoim, que faço agora',
  'meu filho de repente ficou todo mole e não responde',
  'a minha irmã tomou todas as pílulas que havia em casa',
  'a minha tia diz que está de repente toda a tremer, foi há meia hora. o que faço?',
  'o meu pai está todo frio e de repente caiu, foi há uma hora, que faço?',
];
const SPANISH = [
  'mi mamá de repente empezó a decir cosas sin sentido y la boca está torcida',
  'mi tío está todo sudado, de repente le dio un dolor en el pecho, está pálido',
  'mi hija tiene fiebre y unas manchas en las piernas que no se quitan',
  'ella está de repente sin fuerza en el brazo, ¿qué hago?',
  'mi abuelo está muy confundido desde ayer, ¿qué debo hacer?',
  'a mi hija se le hinchó toda la cara después de comer cacahuate, ¿qué hago ahora?',
  'mi hijo de repente se puso todo flojo y no responde',
  'mi hermana se tomó todas las pastillas que había en la casa',
  'mi tía dice que está de repente toda temblando, fue hace media hora, ¿qué hago?',
  'mi papá está todo frío y de repente se cayó, fue hace una hora, ¿qué hago?',
];

describe('Spanish and Portuguese told apart by their own words (session 46)', () => {
  it.each(PORTUGUESE)('reads Portuguese as Portuguese: %s', (text) => {
    expect(otherLanguageReading(text)?.languages[0]).toBe('Portuguese');
  });
  it.each(SPANISH)('reads Spanish as Spanish: %s', (text) => {
    expect(otherLanguageReading(text)?.languages[0]).toBe('Spanish');
  });
});
