import { describe, expect, it } from '@jest/globals';
import { withoutPreface } from './follow-up-questions.js';

describe('a follow-up opened by a label that says why the patient asks', () => {
  it.each([
    ['insurance call: the admission after that one, when was it', 'the admission after that one, when was it'],
    ['school form: and the one before?', 'and the one before?'],
    ['Mum asking again: when was that?', 'when was that?'],
    ['for the landlord:  and what about the year after?', 'and what about the year after?'],
  ])('%s: read as the follow-up after the label', (message, followUp) => {
    expect(withoutPreface(message)).toBe(followUp);
  });

  it.each([
    // Look-alikes: the label names what is asked, or what follows names something new.
    'covid test: when was it?',
    'blood pressure: and in 2019?',
    'flu jab: did she have it?',
    'insurance call: when was my last tetanus shot',
    'the nurse asked me a long question about many things: when was that?',
    'insurance call, the admission after that one',
  ])('%s: not a label before a follow-up', (message) => {
    expect(withoutPreface(message)).toBeUndefined();
  });
});
