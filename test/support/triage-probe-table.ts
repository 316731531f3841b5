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

/** Messages by label (a language, or a kind of message): `[label, text]`. */
export type LabelledMessages = ReadonlyArray<readonly [label: string, text: string]>;

let rulesAndProduct: { rules: EmergencyTriage; product: EmergencyTriage } | undefined;

/**
 * One `describe` titled `title`, and one test per message that reads it by the rules alone and by
 * the product's triage alike: each emergency flagged by both, each look-alike kept quiet by both.
 * The two triages are built on the first call and shared by every later one (the wording model
 * loads once per test file).
 */
export function describeRulesAndProduct(
  title: string,
  emergencies: LabelledMessages,
  lookAlikes: LabelledMessages,
): void {
  rulesAndProduct ??= { rules: new EmergencyTriage(), product: EmergencyTriage.withWordingModel() };
  const { rules, product } = rulesAndProduct;
  describe(title, () => {
    it.each(emergencies)('%s: flags %s', (_label, text) => {
      expect(rules.assess(text).isEmergency).toBe(true);
      expect(product.assess(text).isEmergency).toBe(true);
    });

    it.each(lookAlikes)('%s: stays quiet: %s', (_label, text) => {
      expect(rules.assess(text).isEmergency).toBe(false);
      expect(product.assess(text).isEmergency).toBe(false);
    });
  });
}
