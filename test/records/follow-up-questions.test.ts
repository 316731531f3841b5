import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PatientRecordRetriever } from '../../src/patients/retrieval/patient-record-retriever.js';
import type { TestApp } from '../support/test-app.js';
import { fixture, startAppWithPatients } from './records-test-kit.js';

/**
 * Follow-ups in a running chat, end to end through the retriever: what a follow-up leaves out is
 * read from the patient's messages before it, and nothing more. A follow-up that names a new
 * topic ("and his weight?" after a COVID test) is searched as that topic alone: the old topic's
 * records are no answer to it and must not be dragged in beside it.
 */
describe('follow-up record questions', () => {
  const patients = ['Philip822_', 'Pablo44_', 'Denisha680_', 'Kanisha187_', 'Raymond398_', 'Les282_', 'Dudley365_'];
  let app: TestApp;

  beforeAll(async () => {
    app = await startAppWithPatients(patients);
  });
  afterAll(async () => {
    await app?.close();
  });

  /** The question asked after `before`, the patient's messages before it in the chat, oldest first. */
  const ask = (prefix: string, question: string, ...before: string[]) =>
    app.medchat.app
      .get(PatientRecordRetriever)
      .retrieve({
        patientId: fixture(prefix).patientId,
        question,
        limit: 8,
        ...(before.length > 0 && { previousMessage: before.at(-1) }),
        ...(before.length > 1 && { earlierMessages: before.slice(0, -1) }),
      })
      .then((sources) => sources.map((source) => source.text));

  it.each([
    ['Philip822_', "when was philip's covid test", 'and his weight?', 'Body Weight', 'SARS-CoV-2'],
    ['Pablo44_', 'has pablo had the MMR', 'and rotavirus?', 'rotavirus', 'MMR'],
    ['Denisha680_', 'when did she get her mmr jabs', 'what about the chickenpox one?', 'varicella', 'MMR'],
    ['Kanisha187_', 'when was my last hiv test', 'and my tetanus?', 'Td (adult)', 'HIV'],
    ['Pablo44_', 'when did pablo get his hep b shots', 'and the polio one?', 'IPV', 'Hep B'],
    ['Raymond398_', 'was raymond tested for covid', 'and his temperature?', 'Body temperature', 'SARS-CoV-2'],
    ['Philip822_', 'did philip have the rotavirus vaccine', 'and the flu jab?', 'Influenza', 'rotavirus'],
  ])('%s %j then %j: the new topic (%s) alone, nothing of %s', async (prefix, previous, question, wanted, old) => {
    const texts = await ask(prefix, question, previous);
    expect(texts.some((text) => text.includes(wanted))).toBe(true);
    expect(texts.filter((text) => text.includes(old))).toEqual([]);
    expect(texts).toEqual(await ask(prefix, question));
  });

  it.each([
    ['Les282_', 'when did les get his hep b shots', 'how many doses?', 'Hep B', 'Hep A'],
    ['Pablo44_', 'has pablo had hepatitis b', 'how many doses did he get?', 'Hep B', 'Hep A'],
    ['Philip822_', 'did philip have the hep b vaccine', 'how many doses has he had', 'Hep B', 'Hep A'],
    ['Les282_', 'when did les get his hep a shots', 'how many doses?', 'Hep A', 'Hep B'],
  ])(
    '%s %j then %j: the doses of %s, not the %s records that say "2 dose"',
    async (prefix, previous, question, wanted, other) => {
      const texts = await ask(prefix, question, previous);
      expect(texts.some((text) => text.includes(wanted))).toBe(true);
      expect(texts.filter((text) => text.includes(other))).toEqual([]);
    },
  );

  it.each([
    ['Les282_', 'when did les get his hep b shots', 'and the A one?', 'Hep A', 'Hep B'],
    ['Philip822_', "when was philip's first hep a jab", 'and the b one?', 'Hep B', 'Hep A'],
    ['Denisha680_', "when were denisha's hep b doses", 'what about A?', 'Hep A', 'Hep B'],
    ['Raymond398_', 'has raymond had hepatitis b', 'same for a?', 'Hep A', 'Hep B'],
    ['Pablo44_', 'did pablo test positive for flu a in 2020', 'and for B?', 'Influenza virus B', 'Influenza virus A'],
  ])(
    "%s %j then %j: the letter asked (%s), not the previous message's (%s)",
    async (prefix, previous, question, wanted, other) => {
      const texts = await ask(prefix, question, previous);
      expect(texts.some((text) => text.includes(wanted))).toBe(true);
      // A panel's report that lists both results stays.
      expect(texts.filter((text) => text.includes(other) && !text.includes(wanted))).toEqual([]);
    },
  );

  it.each([
    ['Kanisha187_', ['did I ever have tuberculosis', 'when was that?'], 'is it still active?', 'Tuberculosis'],
    ['Pablo44_', ['when did pablo get the MMR', 'and the second one?'], 'how old was he then?', 'MMR'],
    ['Raymond398_', ['what was his oxygen level with the covid', 'how low did it get'], 'is that bad?', 'Oxygen'],
  ])(
    '%s %j then %j: a chain of follow-ups is asked of what the first message named (%s)',
    async (prefix, before, question, wanted) => {
      const texts = await ask(prefix, question, ...before);
      expect(texts.length).toBeGreaterThan(0);
      expect(texts.some((text) => text.includes(wanted))).toBe(true);
    },
  );

  it('a new topic in the middle of a chain is what the follow-up after it is asked of', async () => {
    // "how much do I weigh?" turns away from the COVID vaccines: "is that ok?" is the weight's.
    const texts = await ask(
      'Kanisha187_',
      'and is that ok?',
      'when did I get my covid vaccines',
      'how much do I weigh?',
    );
    expect(texts.some((text) => text.includes('Weight'))).toBe(true);
    expect(texts.filter((text) => text.includes('SARS-COV-2'))).toEqual([]);
  });

  it('reads no further back than the last three messages', async () => {
    // The tetanus question is four messages back: the chain of pure follow-ups names nothing.
    const texts = await ask(
      'Kanisha187_',
      'and before that?',
      'when was my last tetanus shot?',
      'and the one before?',
      'and before that?',
      'and the one before that?',
    );
    expect(texts).toEqual([]);
  });

  it('asks what the message before asked of the other thing a follow-up names after "for"', async () => {
    // "and for the HIV?" after the TB treatment: the HIV's treatment, not its tests, nor the TB's.
    const texts = await ask('Dudley365_', 'and for the HIV?', "what's my current TB treatment");
    expect(texts.some((text) => text.includes('ANTIRETROVIRAL'))).toBe(true);
    expect(texts.filter((text) => /\bTB\b|TUBERCULOSIS/.test(text))).toEqual([]);
  });

  it('a letter with "too" is the letter asked', async () => {
    const texts = await ask('Kanisha187_', 'and b too?', 'when was my hep a shot');
    expect(texts.some((text) => text.includes('Hep B'))).toBe(true);
  });
});
