import { EmergencyTriage } from '../../src/orchestrator/guardrails/emergency-triage.js';

/**
 * Probes of the triage rules, row by row: a label (a language, or a kind of message), the
 * messages that must be read as an emergency, and look-alikes with the same words that must not.
 */
export type TriageProbeTable = ReadonlyArray<
  readonly [label: string, emergencies: readonly string[], lookAlikes: readonly string[]]
>;

/**
 * One `describe` per row, titled by `title` with the row's label in place of its `%s`, and one
 * test per message, read by the rules alone (`new EmergencyTriage()`) unless the product's triage
 * (`EmergencyTriage.withWordingModel()`) is what the probes are about.
 */
export function describeTriageProbes(
  title: string,
  table: TriageProbeTable,
  triage: EmergencyTriage = new EmergencyTriage(),
): void {
  describe.each(table)(title, (_label, emergencies, lookAlikes) => {
    it.each(emergencies)('an emergency: %s', (text) => {
      expect(triage.assess(text).isEmergency).toBe(true);
    });

    it.each(lookAlikes)('no emergency: %s', (text) => {
      expect(triage.assess(text).isEmergency).toBe(false);
    });
  });
}
