import { describe, expect, it } from '@jest/globals';
import { searchTerm, searchTermsOf } from './search-terms.js';

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
