import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EmergencyTriage } from '../emergency-triage.js';
import { parseLabelledSet } from '../triage-evaluation/labelled-message.js';
import { caughtOnArrival } from '../triage-evaluation/caught-on-arrival.js';
import { TRIAGE_SET_DIR } from '../triage-evaluation/labelled-set-file.js';

/**
 * A development set's false alarms and their twins (issue 11): for each non-emergency the rules
 * flagged, a writer who has not read the rules wrote three emergencies told in the same frame and
 * two fresh non-emergencies of the same kind. Written before the round that mutes those false
 * alarms, each file is that round's guard: whatever stops a false alarm must not silence an
 * emergency twin the triage caught when the file arrived, and the look-alikes show whether the fix
 * reaches beyond the messages it was made on.
 */
interface TwinFile {
  readonly file: string;
  readonly twins: number;
  readonly lookAlikes: number;
  /** Emergency twins the rules alone missed on arrival. */
  readonly missedByTheRulesOnArrival: ReadonlySet<number>;
  /** Of those, the ones the product (rules and the learned wording reading) missed too. */
  readonly missedByTheProductOnArrival: ReadonlySet<number>;
  /** Look-alikes the product flags, at most. Lower it whenever a change stops one; never raise it. */
  readonly lookAlikeFalseAlarmsAtMost: number;
}

const TWIN_FILES: readonly TwinFile[] = [
  // development-9's 23 false alarms (the past A&E visit, the medicine's side effect, the idiom, the
  // plan, the normal baby, the negation, the episode that is over). Rules of 35a8dbd on arrival:
  // 59 of 69 twins caught by the rules, 62 by the product. Look-alikes flagged: 8 of 46 on arrival
  // (0.174), every one the rules' own; 7 once a baby's knock told with "carries on playing" was read
  // as well after it, 6 once a bismuth stain explained a black tongue.
  {
    file: 'development-9-twins.jsonl',
    twins: 69,
    lookAlikes: 46,
    missedByTheRulesOnArrival: new Set([6, 12, 23, 47, 58, 63, 72, 87, 88, 96]),
    missedByTheProductOnArrival: new Set([6, 12, 23, 47, 72, 87, 88]),
    lookAlikeFalseAlarmsAtMost: 6,
  },
  // development-10's 14 false alarms (the first-aid question, the idiom, the past overdose, the
  // resolved seizure or nosebleed, the vaccine fever, the red flags denied, the faint at a blood
  // test, the double dose, the pink tinge). Rules of 666842c on arrival: 38 of 42 caught by the rules
  // and the product alike; missed, a paracetamol double dose told as a count and a weight (16 of the
  // 500 mg at 50 kg, over 150 mg/kg), a digoxin double dose told with a slow pulse and yellow vision,
  // a friend's farewell message after a question about suicide, and preparation with means after a
  // joke about it. Look-alikes flagged: 6 of 28 on arrival (0.214), every one the rules' own.
  {
    file: 'development-10-twins.jsonl',
    twins: 42,
    lookAlikes: 28,
    missedByTheRulesOnArrival: new Set([1, 3, 37, 47]),
    missedByTheProductOnArrival: new Set([1, 3, 37, 47]),
    lookAlikeFalseAlarmsAtMost: 6,
  },
];

const rules = new EmergencyTriage();
const product = EmergencyTriage.withWordingModel();

describe.each(TWIN_FILES.map((twinFile) => [twinFile.file, twinFile] as const))(
  'EmergencyTriage on %s',
  (file, expected) => {
    const { messages, problems } = parseLabelledSet(readFileSync(path.join(TRIAGE_SET_DIR, file), 'utf8'));
    const twins = messages.filter((message) => message.emergency);
    const lookAlikes = messages.filter((message) => !message.emergency);

    it(`reads every line (${messages.length} read, ${problems.length} invalid): ${twins.length} twins, ${lookAlikes.length} look-alikes`, () => {
      expect(problems).toEqual([]);
      expect(twins.length).toBe(expected.twins);
      expect(lookAlikes.length).toBe(expected.lookAlikes);
    });

    const { byRules, byProductOnly, misnamed } = caughtOnArrival(
      messages,
      expected.missedByTheRulesOnArrival,
      expected.missedByTheProductOnArrival,
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

    // A file whose every product catch the rules made too has no product-only twin to hold.
    if (byProductOnly.length > 0)
      it.each(byProductOnly.map((twin) => [twin.line, twin.category, twin.text] as const))(
        'twin on line %i (%s) stays caught by the product: %s',
        (_line, _category, text) => {
          expect(product.assess(text).isEmergency).toBe(true);
        },
      );

    const falseAlarms = lookAlikes.filter((lookAlike) => product.assess(lookAlike.text).isEmergency);
    it(`flags ${falseAlarms.length} of ${lookAlikes.length} look-alikes, at most ${expected.lookAlikeFalseAlarmsAtMost}`, () => {
      const flagged = falseAlarms.map((lookAlike) => `line ${lookAlike.line}: ${lookAlike.text}`);
      expect(flagged.length <= expected.lookAlikeFalseAlarmsAtMost ? 'ok' : flagged).toBe('ok');
    });
  },
);
