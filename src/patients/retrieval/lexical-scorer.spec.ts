import { scoreTexts as lexicalScores } from './testing/score-texts.js';
import { searchTerm, searchTermsOf, tokenize } from './search-terms.js';

describe('search terms', () => {
  it('splits FHIR narratives on punctuation and stems words (Porter)', () => {
    expect(tokenize('Blood Pressure: Diastolic 87 mm[Hg], Systolic 111 mm[Hg]')).toEqual([
      'Blood',
      'Pressure',
      'Diastolic',
      '87',
      'mm',
      'Hg',
      'Systolic',
      '111',
      'mm',
      'Hg',
    ]);
    expect(['vaccines', 'vaccination', 'finding', 'allergies'].map(searchTerm)).toEqual([
      'vaccin',
      'vaccin',
      'find',
      'allergi',
    ]);
  });

  it('drops stop words, dates and bare numbers', () => {
    expect(searchTermsOf('What did my doctor find in March 2020, on 2020-03-07?')).toEqual([]);
    expect(searchTermsOf('HIV viral load 83503')).toEqual(['hiv', 'viral', 'load']);
  });
});

describe('bm25Scores (BM25 from stored term statistics)', () => {
  const documents = [
    { id: 'weight', text: '2010-07-07 — Observation: Weight 64.012 kg' },
    { id: 'temperature', text: '2010-07-07 — Observation: TEMPERATURE 35.906 C' },
    { id: 'flu', text: '2019-09-24 — Immunization: Influenza, seasonal, injectable, preservative free' },
    {
      id: 'note',
      text: '2020-10-14 — Clinical note: History and physical note.',
      note_text: 'Allergies: No Known Allergies. Patient weight stable.',
    },
  ];

  it('scores only documents that contain a query term, stemmed', () => {
    const scores = lexicalScores(documents, 'How much do I weigh? weights');
    expect([...scores.keys()].sort()).toEqual(['note', 'weight']);
    expect(scores.get('weight')!).toBeGreaterThan(scores.get('note')!);
  });

  it('finds words that only the full note text has', () => {
    expect([...lexicalScores(documents, 'allergies').keys()]).toEqual(['note']);
  });

  it('rates a rare term above a common one', () => {
    const corpus = [
      { id: 'a', text: 'Observation: Body temperature' },
      { id: 'b', text: 'Observation: Heart rate' },
      { id: 'c', text: 'Observation: Respiratory rate' },
    ];
    const scores = lexicalScores(corpus, 'temperature rate');
    expect(scores.get('a')!).toBeGreaterThan(scores.get('b')!);
  });

  it('answers an empty map for no documents or no terms', () => {
    expect(lexicalScores([], 'weight').size).toBe(0);
    expect(lexicalScores(documents, 'what is in my record?').size).toBe(0);
  });
});
