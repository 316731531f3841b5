/**
 * A temperature or an infant's age told in number words (NICE NG143: a baby under 3 months with 38 °C or more), as a
 * parent says them aloud or a voice transcript writes them: "treinta y ocho cuatro", "treinta y ocho y medio",
 * "trinta e oito e meio" (38.4, 38.5), "dos meses y medio", "seis semanas". Written as the digits the lexicons' phrases
 * read, before they are read. Only a temperature of the thirties and forties with its tenths, and a count of days,
 * weeks or months told as an age: other numbers keep their words, which the phrases that read them name.
 */
interface NumberWords {
  /** The tens of a body temperature and the units after them ("treinta y ocho": 38). */
  readonly tens: Readonly<Record<string, number>>;
  readonly units: Readonly<Record<string, number>>;
  /** The word joining tens and units, and the words before the tenths ("y", "coma", "punto"). */
  readonly and: string;
  readonly point: string;
  /** A half ("medio", "meio"): .5. */
  readonly half: string;
  /** Days, weeks and months, folded. */
  readonly ageUnits: string;
  /** What tells an age before its count ("tiene", "de", "con"): a month told elsewhere ("llevo un mes") is a time. */
  readonly ageVerb: string;
}

const SPANISH_WORDS: NumberWords = {
  tens: { treinta: 30, cuarenta: 40 },
  units: { un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9 },
  and: 'y',
  point: '(?:y|coma|punto|con)',
  half: 'medio',
  ageUnits: '(?:dias?|semanas?|mes|meses)',
  ageVerb: '(?:tiene|tenia|de|con|cumplio|cumple|cumplira)',
};

const PORTUGUESE_WORDS: NumberWords = {
  tens: { trinta: 30, quarenta: 40 },
  units: { um: 1, uma: 1, dois: 2, duas: 2, tres: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9 },
  and: 'e',
  point: '(?:e|virgula|ponto|com)',
  half: 'meio',
  ageUnits: '(?:dias?|semanas?|mes|meses)',
  ageVerb: '(?:tem|tinha|de|com|fez|faz|completou)',
};

function asDigits(words: NumberWords): (folded: string) => string {
  const unit = `(?:${Object.keys(words.units).join('|')})`;
  const tens = `(?:${Object.keys(words.tens).join('|')})`;
  // 35 to 42 and its tenths; never a count of years, people or things told after it.
  const temperature = new RegExp(
    `(?<![\\p{L}])(${tens}) ${words.and} (${unit})(?: (?:${words.point} )?(${unit}|${words.half}))?(?![\\p{L}])(?! (?:anos|personas|pessoas|hijos|filhos|kilos|quilos|euros|pesos|reais|minutos|horas)(?![\\p{L}]))`,
    'gu',
  );
  // "Dos meses y medio" is read as two: under three months either way, the band NG143 draws.
  const age = new RegExp(
    `(?<=(?<![\\p{L}])${words.ageVerb} )(${unit}) (${words.ageUnits})(?: ${words.and} ${words.half})?(?![\\p{L}])`,
    'gu',
  );
  return (folded) =>
    folded
      .replace(temperature, (whole, ten: string, one: string, tenth: string | undefined) => {
        const value = (words.tens[ten] ?? 0) + (words.units[one] ?? 0);
        if (value < 35 || value > 42) return whole;
        if (tenth === undefined) return String(value);
        return `${value}.${tenth === words.half ? 5 : (words.units[tenth] ?? 0)}`;
      })
      .replace(age, (_whole, count: string, ageUnit: string) => `${words.units[count] ?? count} ${ageUnit}`);
}

export const spanishNumberWordsAsDigits = asDigits(SPANISH_WORDS);
export const portugueseNumberWordsAsDigits = asDigits(PORTUGUESE_WORDS);
