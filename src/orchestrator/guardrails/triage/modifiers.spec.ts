import { splitClauses } from './clause-splitter.js';
import { isGeneralQuestion } from './general-question.js';
import { findNegationCues, isNegated } from './negation.js';
import { expandClinicalShorthand } from './clinical-shorthand.js';
import { isChronic, isMildOrChronic } from './severity-context.js';
import { isRemotePastClause } from './temporal-context.js';

/** The modifiers' refinements: each change shown on the text it was made for, and its limit. */
describe('clinical shorthand', () => {
  it('writes a peak flow against the best as a share of it (BTS/SIGN grade by share)', () => {
    expect(expandClinicalShorthand('peak flow 120 my best is 450')).toBe('peak flow 27 percent of best');
    expect(expandClinicalShorthand('PEF 300, normal 400')).toBe('peak flow 75 percent of best');
  });

  it('spells out gestation, intervals and write-up abbreviations', () => {
    expect(expandClinicalShorthand('7/40 by dates')).toBe('7 weeks pregnant by dates');
    expect(expandClinicalShorthand('waters went at 33+2')).toBe('waters went at 33 weeks pregnant');
    expect(expandClinicalShorthand('changing pads q30min')).toBe('changing pads every 30 minutes');
    expect(expandClinicalShorthand('presyncopal')).toBe('feeling faint');
    expect(expandClinicalShorthand('FHx sudden death')).toBe('family history of sudden death');
    expect(expandClinicalShorthand('?OD')).toBe('possible overdose');
  });

  it('keeps "od" in a prescription (once daily) and reads "nearly collapsed" as near-fainting', () => {
    expect(expandClinicalShorthand('ramipril 5mg od')).toBe('ramipril 5mg od');
    expect(expandClinicalShorthand('i nearly collapsed')).toBe('i nearly fainted');
  });
});

describe('time and course', () => {
  it('reads "in the past hour" as now and "in the past" as history', () => {
    expect(isRemotePastClause('3 seizures in the past hour')).toBe(false);
    expect(isRemotePastClause('i had seizures in the past')).toBe(true);
  });

  it('does not read "no history of" as a history', () => {
    expect(isRemotePastClause('no history of epilepsy had a seizure in the shop')).toBe(false);
    expect(isRemotePastClause('history of epilepsy, had a seizure as a child')).toBe(true);
  });

  it('lets brevity lower a severity-graded symptom but not a course-graded one (a TIA)', () => {
    expect(isMildOrChronic('chest twinge for a second')).toBe(true);
    expect(isChronic('her face looked strange for a moment')).toBe(false);
    expect(isChronic('numb hand on and off for months')).toBe(true);
  });
});

describe('clauses', () => {
  it('opens a new clause at ", now <subject>" so a told past does not reach the present', () => {
    expect(splitClauses('had a febrile fit last year, now he has a temp of 38.3')).toEqual([
      'had a febrile fit last year',
      'now he has a temp of 38.3',
    ]);
  });

  it('keeps a list joined by commas in one clause', () => {
    expect(splitClauses('fever, rash, now worse')).toEqual(['fever, rash, now worse']);
  });
});

describe('negation scope', () => {
  const negated = (clause: string, finding: string): boolean => {
    const start = clause.indexOf(finding);
    const span = { start, end: start + finding.length };
    return isNegated(clause, span, findNegationCues(clause, [span]));
  };

  it('ends a negated modal or do-verb at a comma', () => {
    expect(negated('my heart will not slow down, chest is tight', 'chest is tight')).toBe(false);
  });

  it('keeps a list after a negated copula or "no"', () => {
    expect(negated('i am not dizzy, breathless or sweaty', 'breathless')).toBe(true);
    expect(negated('no fever, rash or vomiting', 'rash')).toBe(true);
  });
});

describe('general questions', () => {
  it('reads a statement that opens with an auxiliary as a statement', () => {
    expect(isGeneralQuestion('will not stop bleeding, soaked 3 towels')).toBe(false);
    expect(isGeneralQuestion('can only say a few words then have to breathe')).toBe(false);
  });

  it('reads an auxiliary question and "if I ever" as general', () => {
    expect(isGeneralQuestion('can a stroke cause double vision')).toBe(true);
    expect(isGeneralQuestion('if i ever feel suicidal again who can i call')).toBe(true);
  });
});
