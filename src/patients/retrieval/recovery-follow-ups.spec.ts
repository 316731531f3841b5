import { describe, expect, it } from '@jest/globals';
import { datedByRecovery, recoveryOfNamedBefore } from './recovery-follow-ups.js';
import { analyzeRecordQuestion } from './record-question.js';

const NOW = new Date('2026-01-14T12:00:00Z');
/** Read as the retriever reads it, with the patient's own names ("when did les have covid"). */
const named = (text: string) => analyzeRecordQuestion(text, NOW, { patientNames: ['Raymond398', 'Les282'] }).namedTerms;
/** The follow-up as asked after `previous`, each read for what it names, as the retriever reads them. */
const asked = (text: string, previous: string) => recoveryOfNamedBefore(text, named(text), previous, named(previous));

describe('a follow-up dated by getting over what the message before named', () => {
  it.each([
    [
      'his first checkup after he got over it',
      'when did raymond have covid',
      'his first checkup after he got over covid',
    ],
    [
      'and the first appointment after he got better?',
      'when did les have covid',
      'and the first appointment after he got over covid?',
    ],
    ['the visit once she was well again', 'she had pneumonia in 2015', 'the visit once she got over pneumonia'],
    ['any jabs after it cleared up', 'when was his chickenpox', 'any jabs after they got over chickenpox'],
    ['the check-up after I recovered', 'when did I have the flu', 'the check-up after I got over flu'],
  ])('%s (after "%s"): %s', (text, previous, expected) => {
    expect(datedByRecovery(text)).toBe(true);
    expect(asked(text, previous)).toBe(expected);
  });

  it.each([
    // Look-alikes: an illness named of its own, nothing named before, or no recovery.
    ['his first checkup after he got over the measles', 'when did raymond have covid'],
    ['the first appointment after he got better', 'show me my records'],
    ['and the first appointment after that?', 'when did les have covid'],
    ['she felt better about it after the checkup?', 'when did she have covid'],
  ])('%s (after "%s"): read as it is', (text, previous) => {
    expect(asked(text, previous)).toBeUndefined();
  });
});
