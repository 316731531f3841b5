import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EmergencyTriage } from '../emergency-triage.js';
import { parseLabelledSet } from '../triage-evaluation/labelled-message.js';
import { caughtOnArrival } from '../triage-evaluation/caught-on-arrival.js';
import { TRIAGE_SET_DIR } from '../triage-evaluation/labelled-set-file.js';

/**
 * development-10's false alarms and their twins (issue 11): for each of the 14 non-emergencies the
 * rules flagged, a writer who has not read the rules wrote three emergencies told in the same frame
 * (the first-aid question, the idiom, the past overdose, the resolved seizure or nosebleed, the
 * vaccine fever, the red flags denied, the faint at a blood test, the double dose, the pink tinge)
 * and two fresh non-emergencies of the same kind. Written before the round that mutes those false
 * alarms, they are its guard: whatever stops a false alarm must not silence an emergency twin the
 * triage caught when the file arrived, and the look-alikes show whether the fix reaches beyond the
 * 14 messages it was made on.
 */
const TWIN_FILE = path.join(TRIAGE_SET_DIR, 'development-10-twins.jsonl');
const { messages, problems } = parseLabelledSet(readFileSync(TWIN_FILE, 'utf8'));
const twins = messages.filter((message) => message.emergency);
const lookAlikes = messages.filter((message) => !message.emergency);

/**
 * Emergency twins the rules alone missed on arrival (rules of 666842c): 38 of 42 caught. A
 * paracetamol double dose told as a count and a weight (16 of the 500 mg at 50 kg, over 150 mg/kg),
 * a digoxin double dose told with a slow pulse and yellow vision, a friend's farewell message after
 * a question about suicide, and preparation with means after a joke about it.
 */
const MISSED_BY_THE_RULES_ON_ARRIVAL = new Set([1, 3, 37, 47]);
/** Of those, the ones the product (rules and the learned wording reading) missed too: all four. */
const MISSED_BY_THE_PRODUCT_ON_ARRIVAL = new Set([1, 3, 37, 47]);

/**
 * Look-alikes the product flags, at most: 6 of 28 on arrival (0.214), every one the rules' own.
 * Lower it whenever a change stops one; never raise it.
 */
const LOOK_ALIKE_FALSE_ALARMS_AT_MOST = 6;

const rules = new EmergencyTriage();
const product = EmergencyTriage.withWordingModel();

describe('EmergencyTriage on the development-10 twins', () => {
  it(`reads every line (${messages.length} read, ${problems.length} invalid): ${twins.length} twins, ${lookAlikes.length} look-alikes`, () => {
    expect(problems).toEqual([]);
    expect(twins.length).toBe(42);
    expect(lookAlikes.length).toBe(28);
  });

  // The product caught none of the rules' four misses, so every twin it must keep is one the rules keep.
  const { byRules, misnamed } = caughtOnArrival(
    messages,
    MISSED_BY_THE_RULES_ON_ARRIVAL,
    MISSED_BY_THE_PRODUCT_ON_ARRIVAL,
  );
  it('names only emergency twins as missed on arrival, and the product never missing one the rules caught', () => {
    expect(misnamed).toEqual([]);
  });

  it.each(byRules.map((twin) => [twin.line, twin.category, twin.text] as const))(
    'twin on line %i (%s) stays caught by the rules alone: %s',
    (_line, _category, text) => {
      expect(rules.assess(text).isEmergency).toBe(true);
    },
  );

  const falseAlarms = lookAlikes.filter((lookAlike) => product.assess(lookAlike.text).isEmergency);
  it(`flags ${falseAlarms.length} of ${lookAlikes.length} look-alikes, at most ${LOOK_ALIKE_FALSE_ALARMS_AT_MOST}`, () => {
    const flagged = falseAlarms.map((lookAlike) => `line ${lookAlike.line}: ${lookAlike.text}`);
    expect(flagged.length <= LOOK_ALIKE_FALSE_ALARMS_AT_MOST ? 'ok' : flagged).toBe('ok');
  });
});
