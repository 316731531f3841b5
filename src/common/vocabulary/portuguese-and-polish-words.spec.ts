import { describe, expect, it } from '@jest/globals';
import { englishForPortugueseAndPolishWords } from './portuguese-and-polish-words.js';

describe('englishForPortugueseAndPolishWords', () => {
  it('puts the Portuguese vaccine and disease words of a mixed question in English, accented or not', () => {
    expect(englishForPortugueseAndPolishWords('a vacina da catapora ele tomou com 14 meses?')).toBe(
      'a vaccine da chickenpox he got com 14 months?',
    );
    expect(englishForPortugueseAndPolishWords('a vacinação contra sarampo da minha mãe')).toBe(
      'a vaccination contra measles da my mother',
    );
  });

  it('puts the Polish ones in English in the forms they take after "na" and "przeciw", "ł" too', () => {
    expect(englishForPortugueseAndPolishWords('szczepienie na tężec, mama had it in 2017?')).toBe(
      'vaccination na tetanus, mama had it in 2017?',
    );
    expect(englishForPortugueseAndPolishWords('szczepionkę przeciw tężcowi i na odrę, ile dawek')).toBe(
      'vaccine przeciw tetanus i na measles, ile doses',
    );
    expect(englishForPortugueseAndPolishWords('czy tata miał ospę wietrzną')).toBe('czy dad mial chickenpox');
  });

  it('reads a whole question in either language: readings, complaints, months and who', () => {
    expect(
      englishForPortugueseAndPolishWords('qual foi a saturação de oxigênio da minha filha em março de 2020?'),
    ).toBe('which foi a saturation de oxygen da my daughter em march de 2020?');
    expect(englishForPortugueseAndPolishWords('jakie było tętno mojej córki podczas covid?')).toBe(
      'jakie bylo pulse my daughter during covid?',
    );
    expect(englishForPortugueseAndPolishWords('czy dali maseczkę w przychodni, gdy miał koronawirusa?')).toBe(
      'czy dali mask w clinic, gdy mial coronavirus?',
    );
    expect(englishForPortugueseAndPolishWords('kiedy zdiagnozowano u mnie gruźlicę?')).toBe(
      'when diagnosed u mnie tuberculosis?',
    );
  });

  it('reads "gripe", "marco" and "marca" only where Portuguese or Polish puts them', () => {
    expect(englishForPortugueseAndPolishWords('a vacina da gripe em março, 11 marca')).toBe(
      'a vaccine da flu em march, 11 march',
    );
    expect(englishForPortugueseAndPolishWords('my only gripe: did marco get the hpv, what marca was it')).toBe(
      'my only gripe: did marco get the hpv, what marca was it',
    );
  });

  it('leaves English and names alone', () => {
    expect(englishForPortugueseAndPolishWords('what was her dose of the flu vaccine')).toBe(
      'what was her dose of the flu vaccine',
    );
    expect(englishForPortugueseAndPolishWords('did mama get the constructor tostring')).toBe(
      'did mama get the constructor tostring',
    );
  });

  it.each([
    ['o meu tratamento do hiv', 'o my treatment do hiv'],
    ['moje leczenie gruzlicy', 'moje treatment tuberculosis'],
  ])('reads a treatment asked for as such: %j is %j', (text, english) => {
    expect(englishForPortugueseAndPolishWords(text)).toBe(english);
  });
});
