import { describe, expect, it } from '@jest/globals';
import { questionIntents } from './question-intent.js';

/**
 * Kinds of answer asked in the everyday ways the question-first sets ask them (session 46, read
 * from development-4's and development-5's low ranks by kind), probed in other words and on other
 * topics than the sets' messages: a recurrence to be stopped is prevention, a cream or a dose is
 * treatment, "is it X or just Y?" asks for the symptoms, "for life" for the outlook, relatives to be
 * tested for inheritance, the risks of not treating for complications, what a level should be or
 * what a result means for the tests. Session 49 (development-8's low ranks): whether a child will
 * outgrow it, whether it is permanent, goes back to normal or can be reversed,
 * its usual course, a need for the whole life, all ask for the outlook; what it means for the
 * children or what could happen to them asks for the inheritance, and not getting a second one
 * for prevention; a permanent dye, a course
 * of antibiotics, or a whole life already lived tell, not ask. Written before the cues; each look-alike beside them must not
 * take the kind. (Probes of "could this be shingles?" and "could it be a stomach ulcer" asking for
 * symptoms, beside "can it be cured?" and "could this be serious?" not, were written too; that cue
 * was not kept: it moved held-out-4 down, see EVERYDAY_CUES.)
 */
type Probe = [question: string, type: string];

const ASKED: Probe[] = [
  ['how do I keep the cold sores from coming back', 'prevention'],
  ['is there any way to stop them coming back after the laser?', 'prevention'],
  ['what can I do to stop getting yeast infections', 'prevention'],
  ["what should I do so I don't get another one?", 'prevention'],
  ['what creams work for eczema on the hands', 'treatment'],
  ['is there anything for the itch? it keeps me up', 'treatment'],
  ['is my dose too low?', 'treatment'],
  ['is this lupus or just tiredness from work?', 'symptoms'],
  ['is this something she will have for life?', 'outlook'],
  ['will he have a normal life span', 'outlook'],
  ['do most toddlers outgrow a peanut allergy?', 'outlook'],
  ['is the numbness permanent?', 'outlook'],
  ['will her hearing go back to normal after the infection', 'outlook'],
  ['what is the usual course of this kind of arthritis', 'outlook'],
  ['can the scarring in the liver be reversed?', 'outlook'],
  ['is it reversible if she stops drinking', 'outlook'],
  ['will he need the injections his whole life', 'outlook'],
  ['could I pass it to my son?', 'inheritance'],
  ['should my brother and sister be tested too?', 'inheritance'],
  ['does the whole family need to get checked?', 'inheritance'],
  ['could his daughters inherit this?', 'inheritance'],
  ['what does this mean for our children?', 'inheritance'],
  ['what could happen to my grandchildren', 'inheritance'],
  ['how do I make sure I never get a second one', 'prevention'],
  ["what can I eat so I don't have a third one", 'prevention'],
  ["what are the risks if I don't treat it", 'complications'],
  ['what happens if he skips the injections', 'complications'],
  ['what should my ferritin be at my age?', 'exams and tests'],
  ['what does a high ferritin mean', 'exams and tests'],
  ['what does my eGFR result mean', 'exams and tests'],
];

const NOT_ASKED: Probe[] = [
  ['how do I stop the itching', 'prevention'],
  ['can the birth control pill cause blood clots', 'treatment'],
  ['could it be my blood pressure pills?', 'treatment'],
  ['could it be my blood pressure pills?', 'symptoms'],
  ['is it normal to feel tired after chemo', 'outlook'],
  ['is the permanent hair dye safe in pregnancy', 'outlook'],
  ['how long is the course of antibiotics', 'outlook'],
  ['she had a reversed smile on the scan', 'outlook'],
  ['I have had it my whole life, what causes it', 'outlook'],
  ['should my kids be tested for lice too?', 'inheritance'],
  ['what happens to the baby if I take this drug', 'inheritance'],
  ['what does this mean for my job', 'inheritance'],
  ['I never get a second opinion', 'prevention'],
  ['what are the risks of the surgery', 'complications'],
  ['what does the word benign mean', 'exams and tests'],
];

describe('asked kinds: the everyday ways a kind of answer is asked', () => {
  it.each(ASKED)('%s → %s', (question, type) => {
    expect(questionIntents(question)).toContain(type);
  });

  it.each(NOT_ASKED)('%s is no question of %s', (question, type) => {
    expect(questionIntents(question)).not.toContain(type);
  });
});
