import { namesOnlyALetter, withLetterNamed } from './lettered-follow-ups.js';
import { analyzeRecordQuestion } from './record-question.js';

const NOW = new Date('2026-12-04T00:00:00Z');
const read = (text: string) => analyzeRecordQuestion(text, NOW);

describe('a follow-up naming only another letter', () => {
  it.each([
    ['when did he get his hep b shots', 'and the A one?', 'and the hepatitis a?'],
    ['did I get the hepatitis A vaccine', 'and b?', 'and the hepatitis b?'],
    ['when were her hep b doses', 'what about A?', 'what about the hepatitis a?'],
    ['has he had hepatitis b', 'same for a?', 'same for the hepatitis a?'],
    ['did he test positive for flu a in 2020', 'and for B?', 'and for the influenza b?'],
    ['was he checked for parainfluenza 1', 'and 3?', 'and the parainfluenza 3?'],
    ['when did he get his hep b shots', 'and the A shots?', 'and the hepatitis a shots?'],
    ['when did he get his hep b shots', 'a?', 'and the hepatitis a?'],
    ['when was my hep a shot', 'and b too?', 'and the hepatitis b?'],
  ])('%j then %j reads %j', (previous, question, expected) => {
    expect(namesOnlyALetter(question)).toBe(true);
    expect(withLetterNamed(question, read(previous))).toBe(expected);
  });

  it.each([['and a booster?'], ['and a day later?'], ['is it b?'], ['and the hep a one?'], ['when was that?']])(
    '%j names more than a letter',
    (question) => {
      expect(namesOnlyALetter(question)).toBe(false);
    },
  );

  it.each([
    ['when was my last tetanus shot', 'and the b one?'],
    ['was he checked for parainfluenza 1', 'and b?'],
    ['when did he get his hep b shots', 'and 3?'],
  ])('%j then %j: nothing named before takes that letter, so it is left as asked', (previous, question) => {
    expect(withLetterNamed(question, read(previous))).toBeUndefined();
  });
});
