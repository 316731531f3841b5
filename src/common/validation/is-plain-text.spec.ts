import { isPlainText } from './is-plain-text.js';

describe('isPlainText', () => {
  it.each([
    ['an ordinary sentence', 'I have had a headache for three days.'],
    ['tabs and line breaks', 'Symptoms:\n\t- fever\r\n\t- cough'],
    ['other scripts and emoji (surrogate pairs)', 'Kopfschmerzen — 头痛 — голова болит 🤕👍🏽'],
    ['non-breaking and zero-width spaces', 'fever\u00a0of 39\u200b°C'],
    ['an empty string (length is checked apart)', ''],
  ])('accepts %s', (_what, text) => {
    expect(isPlainText(text)).toBe(true);
  });

  it.each([
    ['a NUL byte', 'my head\u0000 hurts'],
    ['an escape sequence', 'red \u001b[31mtext'],
    ['a backspace', 'abc\u0008'],
    ['a form feed', 'page\u000cbreak'],
    ['DEL', 'x\u007f'],
    ['a lone high surrogate', 'my head hurts \ud800'],
    ['a lone low surrogate', '\udc00 at the start'],
    ['two high surrogates in a row', '\ud83e\ud83e'],
  ])('refuses %s', (_what, text) => {
    expect(isPlainText(text)).toBe(false);
  });

  it('leaves other types to @IsString()', () => {
    expect(isPlainText(42)).toBe(true);
    expect(isPlainText(undefined)).toBe(true);
  });
});
