import { randomBytes } from 'node:crypto';
import { decodeDataKey } from '../../config/data-encryption-keys.js';
import { lexiconOf } from './record-lexicon.js';
import { RecordTermHasher } from './record-term-hasher.js';

const key = () => decodeDataKey(randomBytes(32).toString('base64'))!;
const NOTE = {
  text: '2020-10-14 — Clinical note: History and physical note.',
  note_text: 'Allergies: no known allergies. Weight stable, weight 64 kg.',
};

describe('lexiconOf', () => {
  const hasher = new RecordTermHasher(key());

  it('keeps each distinct term once, hashed, with its frequency per field and the fields’ lengths', () => {
    const lexicon = lexiconOf(NOTE, 'patient-a', hasher);
    const position = (term: string) => lexicon.terms.indexOf(hasher.hash('patient-a', term));

    // Narrative: clinic, note ×2, histori, physic; note: allergi ×2, known, weight ×2, stabl, kg (no, 64 dropped).
    expect(lexicon.terms).toHaveLength(9);
    expect(lexicon.term_stats.text_length).toBe(5);
    expect(lexicon.term_stats.note_length).toBe(7);
    expect(lexicon.term_stats.text_tf[position('note')]).toBe(2);
    expect(lexicon.term_stats.note_tf![position('weight')]).toBe(2);
    expect(lexicon.term_stats.text_tf[position('weight')]).toBe(0);
  });

  it('stores no readable word: terms and wording are keyed hashes', () => {
    const lexicon = lexiconOf(NOTE, 'patient-a', hasher);
    const stored = [...lexicon.terms, lexicon.wording];
    expect(stored.every((value) => /^[A-Za-z0-9_-]{16}$/.test(value))).toBe(true);
    for (const word of ['clinic', 'note', 'histori', 'allergi', 'weight', 'physical'])
      expect(stored.some((value) => value.toLowerCase().includes(word))).toBe(false);
    expect(lexiconOf({ text: 'no note here' }, 'patient-a', hasher).term_stats.note_tf).toBeUndefined();
  });

  it('binds the hashes to the patient and to the data-encryption key', () => {
    const other = new RecordTermHasher(key());
    expect(hasher.hash('patient-a', 'weight')).toBe(hasher.hash('patient-a', 'weight'));
    expect(hasher.hash('patient-a', 'weight')).not.toBe(hasher.hash('patient-b', 'weight'));
    expect(hasher.hash('patient-a', 'weight')).not.toBe(other.hash('patient-a', 'weight'));
    expect(hasher.version).not.toBe(other.version);
    expect(new RecordTermHasher(undefined).version).toMatch(/:plain$/);
  });

  it('gives records that differ only in their date the same wording key', () => {
    const first = lexiconOf({ text: '2019-09-24 — Immunization: Influenza, seasonal' }, 'patient-a', hasher);
    const again = lexiconOf({ text: '2020-09-30 — Immunization: Influenza, seasonal' }, 'patient-a', hasher);
    const other = lexiconOf({ text: '2020-09-30 — Immunization: MMR' }, 'patient-a', hasher);
    expect(first.wording).toBe(again.wording);
    expect(first.wording).not.toBe(other.wording);
  });
});
