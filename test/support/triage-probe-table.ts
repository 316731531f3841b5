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
 * The rules alone and the product's triage, built on the first call and shared by every later one in
 * a test file (the wording model loads once per file).
 */
export function rulesAndProductTriages(): { rules: EmergencyTriage; product: EmergencyTriage } {
  rulesAndProduct ??= { rules: new EmergencyTriage(), product: EmergencyTriage.withWordingModel() };
  return rulesAndProduct;
}

/**
 * One `describe` titled `title`, and one test per message that reads it by the rules alone and by
 * the product's triage alike: each emergency flagged by both, each look-alike kept quiet by both.
 * The two triages are those of `rulesAndProductTriages`.
 */
export function describeRulesAndProduct(
  title: string,
  emergencies: LabelledMessages,
  lookAlikes: LabelledMessages,
): void {
  const { rules, product } = rulesAndProductTriages();
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

/** A kind of message told in other languages: labelled emergencies and look-alikes that share their words. */
export interface LabelledProbeKind {
  readonly kind: string;
  readonly emergencies: LabelledMessages;
  readonly lookAlikes: LabelledMessages;
}

/**
 * One `describe` titled `title` with a `describe` per kind: each emergency flagged by the product's triage (in other
 * languages the wording model may be what catches it), each look-alike kept quiet by the rules alone and by the
 * product alike. The two triages are those of `rulesAndProductTriages`.
 */
export function describeKindsFlaggedByProduct(title: string, kinds: readonly LabelledProbeKind[]): void {
  const { rules, product } = rulesAndProductTriages();
  describe(title, () => {
    describe.each(kinds)('$kind', ({ emergencies, lookAlikes }) => {
      it.each(emergencies)('%s: the product flags %s', (_label, text) => {
        expect(product.assess(text).isEmergency).toBe(true);
      });
      it.each(lookAlikes)('%s: stays quiet: %s', (_label, text) => {
        expect(rules.assess(text).isEmergency).toBe(false);
        expect(product.assess(text).isEmergency).toBe(false);
      });
    });
  });
}

/** A kind of message: emergencies told in it, and look-alikes that share their words and must not be. */
export interface TriageProbeKind {
  readonly kind: string;
  readonly emergencies: readonly string[];
  readonly lookAlikes: readonly string[];
}

/**
 * `describeTriageProbes` over kinds, once for the rules alone and once for the product's triage: a
 * `describe` per triage titled by `title` with 'rules' or 'product' in place of its `%s`, and in it a
 * `describe` per kind.
 */
export function describeKindsByRulesAndProduct(title: string, kinds: readonly TriageProbeKind[]): void {
  const { rules, product } = rulesAndProductTriages();
  const table: TriageProbeTable = kinds.map(({ kind, emergencies, lookAlikes }) => [kind, emergencies, lookAlikes]);
  describe.each([
    ['rules', rules],
    ['product', product],
  ])(title, (_name, triage) => {
    describeTriageProbes('%s', table, triage);
  });
}
