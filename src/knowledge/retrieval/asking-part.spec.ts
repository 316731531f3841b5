import { describe, expect, it } from '@jest/globals';
import { messageParts } from './asking-part.js';

describe('messageParts', () => {
  it('keeps the asking sentences apart from the story around them', () => {
    const parts = messageParts(
      'My aunt had a scan and a biopsy last spring. They started her on pills. Will the tiredness ever lift? ' +
        'I want to know whether she can still travel.',
    );
    expect(parts.asking).toBe('Will the tiredness ever lift? I want to know whether she can still travel.');
    expect(parts.telling).toBe('My aunt had a scan and a biopsy last spring. They started her on pills.');
  });

  it('reads a sentence opening with a question word as asking, question mark or not', () => {
    expect(messageParts('we moved here in june. how do people catch valley fever').asking).toBe(
      'how do people catch valley fever',
    );
  });

  it.each([
    ['Subject: valley fever\nWe moved here in June. Is it catching?', 'valley fever Is it catching?'],
    ['SUBJECT: valley fever MESSAGE: We moved here in June. Is it catching?', 'valley fever Is it catching?'],
    ['Subject: valley fever\nMessage: We moved here in June. Is it catching?', 'valley fever Is it catching?'],
    ['Valley fever worries\n\nWe moved here in June. Is it catching?', 'Valley fever worries Is it catching?'],
    ['Valley fever - we moved here in June. Is it catching?', 'Valley fever Is it catching?'],
    ['Valley fever: we moved here in June. Is it catching?', 'Valley fever Is it catching?'],
  ])('takes the subject line of %j as asking: it names the topic', (message, asking) => {
    expect(messageParts(message).asking).toBe(asking);
  });

  it('reads a long first sentence as story, not as a subject line', () => {
    expect(messageParts('We moved to the desert with our two dogs last June. Is valley fever catching?').asking).toBe(
      'Is valley fever catching?',
    );
  });

  it('leaves a message that never asks whole, as its own asking part', () => {
    expect(messageParts('valley fever after moving to arizona')).toEqual({
      asking: '',
      telling: 'valley fever after moving to arizona',
    });
  });

  it('reads a run of spaces or tabs as one space, so padding changes nothing it finds', () => {
    const padded = `Subject:${' '.repeat(3000)}gout\n\tmy toe   is swollen.${' \t'.repeat(2000)}what helps?`;
    expect(messageParts(padded)).toEqual(messageParts('Subject: gout\n my toe is swollen. what helps?'));
    expect(messageParts(padded)).toEqual({ asking: 'gout what helps?', telling: 'my toe is swollen.' });
  });
});
