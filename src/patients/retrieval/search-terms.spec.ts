import { describe, expect, it } from '@jest/globals';
import { searchTerm, searchTermsOf, tokenize } from './search-terms.js';

describe('searchTerm', () => {
  it('searches British spellings as American ones, in records and questions alike', () => {
    expect(searchTerm('Haemoglobin')).toBe(searchTerm('hemoglobin'));
    expect(searchTerm('haematocrit')).toBe(searchTerm('hematocrit'));
    expect(searchTerm('anaemia')).toBe(searchTerm('anemia'));
    expect(searchTerm('oedema')).toBe(searchTerm('edema'));
    expect(searchTerm('diarrhoea')).toBe(searchTerm('diarrhea'));
    expect(searchTerm('paediatric')).toBe(searchTerm('pediatric'));
  });

  it('leaves words that only look British alone', () => {
    expect(searchTerm('does')).toBeNull();
    expect(searchTerm('aerobic')).toBe('aerob');
  });

  it('treats "what happened" and who is asked about ("my son") as no search terms', () => {
    expect(searchTermsOf('What happened at my appointment?')).toEqual(['appoint']);
    expect(searchTermsOf("What was my son's temperature?")).toEqual(['temperatur']);
  });
});

describe('tokenize', () => {
  it("gives a code written after its count its letters alone too ('1HRZE': 'HRZE')", () => {
    expect(tokenize('PATIENT REPORTED CURRENT TB TREATMENT: 1HRZE')).toContain('HRZE');
    expect(searchTermsOf('TB TREATMENT STARTED: 2HRZE/4HR')).toContain(searchTerm('hrze'));
    expect(searchTermsOf('was i ever on hrze')).toEqual(
      searchTermsOf('was i ever on 1hrze').filter((term) => term !== '1hrze'),
    );
  });

  it('leaves ordinals and units of two letters whole: no heart rate in "5HR", no "nd" in "2nd"', () => {
    expect(tokenize('5HR + E')).toEqual(['5HR', 'E']);
    expect(tokenize('the 2nd dose, 21st birthday, 10mg')).toEqual(['the', '2nd', 'dose', '21st', 'birthday', '10mg']);
  });
});
