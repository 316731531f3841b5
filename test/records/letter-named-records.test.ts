import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PatientRecordRetriever } from '../../src/patients/retrieval/patient-record-retriever.js';
import type { TestApp } from '../support/test-app.js';
import { fixture, startAppWithPatients } from './records-test-kit.js';

/**
 * Records told apart by one letter or number (hepatitis A and B, influenza virus A and B,
 * parainfluenza 1 to 3), end to end: a question naming the letter gets the records of that letter,
 * not those of another, which share every other word ("Hep B, adolescent or pediatric", "Hep A,
 * ped/adol, 2 dose"); when the record holds none of the letter asked, what it holds instead.
 */
describe('records named by a letter', () => {
  const patients = ['Les282_', 'Philip822_', 'Raymond398_', 'Bibi254_', 'Pablo44_', 'Meredith572_'];
  let app: TestApp;

  beforeAll(async () => {
    app = await startAppWithPatients(patients);
  });
  afterAll(async () => {
    await app?.close();
  });

  const ask = (prefix: string, question: string) =>
    app.medchat.app
      .get(PatientRecordRetriever)
      .retrieve({ patientId: fixture(prefix).patientId, question, limit: 8 })
      .then((sources) => sources.map((source) => source.text));

  it.each([
    ['Les282_', 'when was his first hepatitis a injection', 'Hep A', 'Hep B'],
    ['Les282_', 'first hep b dose les got', 'Hep B', 'Hep A'],
    ['Philip822_', 'when was his most recent hep b dose', 'Hep B', 'Hep A'],
    ['Raymond398_', 'did raymond have his hepA jab', 'Hep A', 'Hep B'],
    ['Meredith572_', 'when did I get the hepatitis B vaccine', 'Hep B', 'Hep A'],
    ['Pablo44_', 'did pablo test positive for flu b in 2020', 'Influenza virus B', 'Influenza virus A'],
    ['Bibi254_', 'influenza a result', 'Influenza virus A', 'Influenza virus B'],
    // The letter as voice input writes it out.
    ['Les282_', 'when did les get hepatitis bee', 'Hep B', 'Hep A'],
    ['Philip822_', 'did philip have the hep ay jab', 'Hep A', 'Hep B'],
    ['Pablo44_', 'was he checked for parainfluenza 3', 'Parainfluenza virus 3', 'Parainfluenza virus 1'],
  ])('%s %j: %s, not %s', async (prefix, question, wanted, other) => {
    const texts = await ask(prefix, question);
    expect(texts.some((text) => text.includes(wanted))).toBe(true);
    // A panel's report that lists both results stays.
    expect(texts.filter((text) => text.includes(other) && !text.includes(wanted))).toEqual([]);
  });

  it('shows the other letter when the record holds none of the one asked', async () => {
    // Bibi's record holds one hepatitis A dose and no hepatitis B.
    const texts = await ask('Bibi254_', 'has she had the hep b vaccine');
    expect(texts.some((text) => text.includes('Hep A'))).toBe(true);
  });

  it('keeps both letters when both are asked', async () => {
    const texts = await ask('Philip822_', 'his hep a and hep b shots');
    expect(texts.some((text) => text.includes('Hep A'))).toBe(true);
    expect(texts.some((text) => text.includes('Hep B'))).toBe(true);
  });

  it('reads "a" after flu as the article when a word follows it that is not about the virus', async () => {
    // "had the flu a few times" names no influenza A: the influenza B result is not dropped for it.
    const texts = await ask('Pablo44_', 'he had the flu a few times, what did his flu test show in 2020');
    expect(texts.some((text) => text.includes('Influenza virus B'))).toBe(true);
  });
});
