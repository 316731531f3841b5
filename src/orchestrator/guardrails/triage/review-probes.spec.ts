import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EmergencyTriage } from '../emergency-triage.js';
import { parseLabelledSet } from '../triage-evaluation/labelled-message.js';
import { caughtOnArrival } from '../triage-evaluation/caught-on-arrival.js';
import { TRIAGE_SET_DIR } from '../triage-evaluation/labelled-set-file.js';

/**
 * The review's probes (issue 11, review V3): 163 emergencies told the way muting heuristics get
 * wrong - calmly, played down ("he says he's fine"), passed but still urgent by the protocols (a
 * TIA, a first fit, a faint on exertion, a baby's blue spell), beside an earlier visit to care, or
 * after a question ("what are the signs ..., his lips have gone blue"). A rule change that mutes a
 * false alarm must not silence one of them: every probe the rules caught when the file was
 * committed stays caught. The ones they missed then are named below, so a new miss fails.
 */
const PROBE_FILE = path.join(TRIAGE_SET_DIR, 'review-probes.jsonl');
const { messages: probes, problems } = parseLabelledSet(readFileSync(PROBE_FILE, 'utf8'));

/**
 * Lines the rules alone missed when the file was committed (rules of b7033a3), each an emergency
 * still to be reached: a collapse on exertion told with a later check, or in plain words ("passed
 * out at training"); a passed stroke-like episode followed by someone else's A&E visit; a
 * clinician-style head-injury write-up; a new deficit after a named stroke; a frightened question
 * that is the report ("what should i do if my husband is not breathing"); a passed seizure in a
 * 6-week-old; adrenaline given by paramedics; a haematemesis that "then fine"; angina at rest
 * unrelieved by the spray; a thunderclap headache that settled.
 */
const MISSED_BY_THE_RULES_ON_ARRIVAL = new Set([15, 51, 74, 82, 83, 85, 94, 96, 97, 103, 130, 135, 148, 152, 154, 157]);

/** Of those, the ones the product (rules and the learned wording reading) missed too. */
const MISSED_BY_THE_PRODUCT_ON_ARRIVAL = new Set([15, 51, 74, 82, 83, 94, 96, 97, 103, 130, 135, 152, 154]);

const rules = new EmergencyTriage();
const product = EmergencyTriage.withWordingModel();

describe('EmergencyTriage on the review probes', () => {
  it(`reads every line as an emergency (${probes.length} read, ${problems.length} invalid)`, () => {
    expect(problems).toEqual([]);
    expect(probes.length).toBe(163);
    expect(probes.filter((probe) => !probe.emergency)).toEqual([]);
  });

  const { byRules, byProductOnly, misnamed } = caughtOnArrival(
    probes,
    MISSED_BY_THE_RULES_ON_ARRIVAL,
    MISSED_BY_THE_PRODUCT_ON_ARRIVAL,
  );
  it('names only probes as missed on arrival, and the product never missing one the rules caught', () => {
    expect(misnamed).toEqual([]);
  });

  it.each(byRules.map((probe) => [probe.line, probe.category, probe.text] as const))(
    'line %i (%s) stays caught by the rules alone: %s',
    (_line, _category, text) => {
      expect(rules.assess(text).isEmergency).toBe(true);
    },
  );

  // The wording reading only adds to the rules, so the product must keep what it caught beyond them too.
  it.each(byProductOnly.map((probe) => [probe.line, probe.category, probe.text] as const))(
    'line %i (%s) stays caught by the product: %s',
    (_line, _category, text) => {
      expect(product.assess(text).isEmergency).toBe(true);
    },
  );
});
