import { readEventAnchor } from './event-anchors.js';

describe('the end of a stay told as going home', () => {
  it.each([
    'was there a check up after i got home',
    'the checkup i had a couple weeks after getting out',
    'did i see a doctor after i was discharged',
    'my first appointment once they let me out',
    'the visit after she came home from the hospital',
    'his weight at the checkup after they discharged him',
  ])('"%s" dates the question after the hospital stay', (question) => {
    const anchor = readEventAnchor(question);
    expect(anchor?.event).toBe('hospital stay');
    expect(anchor?.relation).toBe('after');
  });

  it('asks what came next when no span is told', () => {
    expect(readEventAnchor('was there a check up after i got home')?.next).toBe(true);
    expect(readEventAnchor('the checkup i had a couple weeks after getting out')?.next).toBeUndefined();
  });

  it.each([
    ['after she got home from school she had a fever', 'home from school'],
    ['the shots after he got his mmr', 'mmr'],
    ['his weight after he came out of his shell', 'out of his shell'],
  ])('"%s" keeps an event that is no stay', (question, event) => {
    expect(readEventAnchor(question)?.event).toContain(event);
  });
});

describe('the end of a stay told of someone else with "was"', () => {
  it.each([
    'his weight after he was discharged',
    'the visit after he was discharged',
    'did she see anyone once she was let out of the hospital',
    'what was her blood pressure after she was sent home',
    'the checkup after they were discharged from the ward, when was it',
  ])('"%s" dates the question after the hospital stay', (question) => {
    const anchor = readEventAnchor(question);
    expect(anchor?.event).toBe('hospital stay');
    expect(anchor?.relation).toBe('after');
  });

  it('keeps a stay told with what it was for', () => {
    expect(readEventAnchor('the first checkup after he was discharged with the tb')?.event).not.toBe('hospital stay');
  });
});
