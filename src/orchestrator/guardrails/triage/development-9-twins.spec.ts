import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EmergencyTriage } from '../emergency-triage.js';
import { parseLabelledSet } from '../triage-evaluation/labelled-message.js';
import { caughtOnArrival } from '../triage-evaluation/caught-on-arrival.js';
import { TRIAGE_SET_DIR } from '../triage-evaluation/labelled-set-file.js';

/**
 * development-9's false alarms and their twins (issue 11): for each of the 23 non-emergencies the
 * triage flagged, a writer who has not read the rules wrote three emergencies told in the same
 * frame (the past A&E visit, the medicine's side effect, the idiom, the plan, the normal baby, the
 * negation, the episode that is over) and two fresh non-emergencies of the same kind. Written
 * before the round that mutes those false alarms, they are its guard: whatever stops a false alarm
 * must not silence an emergency twin the triage caught when the file arrived, and the look-alikes
 * show whether the fix reaches beyond the 23 messages it was made on.
 */
const TWIN_FILE = path.join(TRIAGE_SET_DIR, 'development-9-twins.jsonl');
const { messages, problems } = parseLabelledSet(readFileSync(TWIN_FILE, 'utf8'));
const twins = messages.filter((message) => message.emergency);
const lookAlikes = messages.filter((message) => !message.emergency);

/** Emergency twins the rules alone missed on arrival (rules of 35a8dbd): 59 of 69 caught. */
const MISSED_BY_THE_RULES_ON_ARRIVAL = new Set([6, 12, 23, 47, 58, 63, 72, 87, 88, 96]);
/** Of those, the ones the product (rules and the learned wording reading) missed too: 62 of 69 caught. */
const MISSED_BY_THE_PRODUCT_ON_ARRIVAL = new Set([6, 12, 23, 47, 72, 87, 88]);

/**
 * Look-alikes the product flags, at most: 8 of 46 on arrival (0.174), every one the rules' own;
 * 7 once a baby's knock told with "carries on playing" was read as well after it, 6 once a
 * bismuth stain explained a black tongue. Lower it whenever a change stops one; never raise it.
 */
const LOOK_ALIKE_FALSE_ALARMS_AT_MOST = 6;

const rules = new EmergencyTriage();
const product = EmergencyTriage.withWordingModel();

describe('EmergencyTriage on the development-9 twins', () => {
  it(`reads every line (${messages.length} read, ${problems.length} invalid): ${twins.length} twins, ${lookAlikes.length} look-alikes`, () => {
    expect(problems).toEqual([]);
    expect(twins.length).toBe(69);
    expect(lookAlikes.length).toBe(46);
  });

  const { byRules, byProductOnly, misnamed } = caughtOnArrival(
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

  it.each(byProductOnly.map((twin) => [twin.line, twin.category, twin.text] as const))(
    'twin on line %i (%s) stays caught by the product: %s',
    (_line, _category, text) => {
      expect(product.assess(text).isEmergency).toBe(true);
    },
  );

  const falseAlarms = lookAlikes.filter((lookAlike) => product.assess(lookAlike.text).isEmergency);
  it(`flags ${falseAlarms.length} of ${lookAlikes.length} look-alikes, at most ${LOOK_ALIKE_FALSE_ALARMS_AT_MOST}`, () => {
    const flagged = falseAlarms.map((lookAlike) => `line ${lookAlike.line}: ${lookAlike.text}`);
    expect(flagged.length <= LOOK_ALIKE_FALSE_ALARMS_AT_MOST ? 'ok' : flagged).toBe('ok');
  });
});
