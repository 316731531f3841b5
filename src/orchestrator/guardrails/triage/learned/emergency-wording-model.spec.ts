import { EmergencyTriage } from '../../emergency-triage.js';
import { readLabelledSet, trainsTheWordingModel, TRIAGE_SETS } from '../../triage-evaluation/labelled-set-file.js';
import {
  deserializeWordingModel,
  EmergencyWordingModel,
  serializeWordingModel,
  WORDING_THRESHOLDS,
  type SerializedWordingModel,
} from './emergency-wording-model.js';
import { EMERGENCY_WORDING_WEIGHTS } from './emergency-wording-weights.js';
import { trainLogisticRegression, TRAINING_OPTIONS } from './logistic-regression.js';
import { FEATURE_DIMENSIONS, messageFeatures } from './message-features.js';

/** A model that reads every message with the same probability: its bias alone, no weights. */
function modelSaying(probability: number): EmergencyWordingModel {
  const weights = new Float32Array(FEATURE_DIMENSIONS);
  const serialized = serializeWordingModel({ weights, bias: Math.log(probability / (1 - probability)) }, [], 0);
  return new EmergencyWordingModel(serialized);
}

describe('EmergencyWordingModel', () => {
  it('is what training on the development sets gives, and was never trained on a held-out set', () => {
    const names = TRIAGE_SETS.filter((name) => trainsTheWordingModel(name));
    const examples = names.flatMap((name) =>
      readLabelledSet(name).messages.map((message) => ({
        slots: messageFeatures(message.text).slots,
        emergency: message.emergency,
      })),
    );
    const model = trainLogisticRegression(examples, { ...TRAINING_OPTIONS, dimensions: FEATURE_DIMENSIONS });
    const fresh: SerializedWordingModel = serializeWordingModel(model, names, examples.length);

    expect(EMERGENCY_WORDING_WEIGHTS.trainedOn).toEqual(names);
    // A change to a development set or to the features needs `npm run triage:train`.
    expect(EMERGENCY_WORDING_WEIGHTS).toEqual(fresh);
  });

  it('keeps its weights through the 16-bit form it is committed in', () => {
    const weights = new Float32Array(FEATURE_DIMENSIONS);
    weights[7] = 2.5;
    weights[900] = -1.25;
    weights[FEATURE_DIMENSIONS - 1] = 0.001;
    const serialized = serializeWordingModel({ weights, bias: -0.5 }, ['development'], 3);
    const restored = deserializeWordingModel(serialized);

    const step = 2.5 / 32767;
    expect(restored.bias).toBe(-0.5);
    expect(restored.weights[7]).toBeCloseTo(2.5, 6);
    expect(Math.abs(restored.weights[900] + 1.25)).toBeLessThanOrEqual(step / 2);
    expect(Math.abs(restored.weights[FEATURE_DIMENSIONS - 1] - 0.001)).toBeLessThanOrEqual(step / 2);
    expect(restored.weights[8]).toBe(0);
  });

  it('refuses a committed model of the wrong size', () => {
    const serialized = serializeWordingModel({ weights: new Float32Array(16), bias: 0 }, [], 0);
    expect(() => deserializeWordingModel({ ...serialized, dimensions: FEATURE_DIMENSIONS })).toThrow(
      'The emergency wording model holds 16 weights, not 262144',
    );
  });

  it('reads the trained model: a plain-words emergency high, an ordinary question low', () => {
    const model = new EmergencyWordingModel(EMERGENCY_WORDING_WEIGHTS);

    expect(
      model.assess('my dad went grey and floppy and wont answer me, his lips look blue').probability,
    ).toBeGreaterThan(0.9);
    expect(model.assess('what foods are good for lowering cholesterol?').probability).toBeLessThan(0.5);
  });

  it('names the words of the message that pushed it toward an emergency', () => {
    const model = new EmergencyWordingModel(EMERGENCY_WORDING_WEIGHTS);
    const { strongestPhrases } = model.assess('she collapsed and is not breathing');

    expect(strongestPhrases.length).toBeGreaterThan(0);
    for (const phrase of strongestPhrases) expect('she collapsed and is not breathing').toContain(phrase);
  });

  it('has no reading of a message without words', () => {
    expect(modelSaying(0.999).assess('  ?! ').probability).toBe(0.5);
  });
});

describe('EmergencyTriage with the wording model', () => {
  const ORDINARY = 'Can you recommend a good recipe for lentil soup?';
  const EMERGENCY = "My husband collapsed and isn't breathing";

  it('adds an emergency the rules missed when the model is sure, naming its words', () => {
    const result = new EmergencyTriage(modelSaying(WORDING_THRESHOLDS.flagAbove + 0.01)).assess(ORDINARY);

    expect(new EmergencyTriage().assess(ORDINARY).isEmergency).toBe(false);
    expect(result).toMatchObject({ isEmergency: true, categories: [], wording: 'added' });
    expect(result.discriminators).toEqual(['emergency wording (learned)']);
  });

  it('leaves the rules alone when the model is not sure', () => {
    const unsure = new EmergencyTriage(modelSaying(WORDING_THRESHOLDS.flagAbove - 0.01));

    expect(unsure.assess(ORDINARY)).toEqual(new EmergencyTriage().assess(ORDINARY));
    expect(unsure.assess(EMERGENCY)).toEqual(new EmergencyTriage().assess(EMERGENCY));
  });

  it('never takes a rule flag away, however sure the model is that the message is ordinary', () => {
    const certainItIsOrdinary = new EmergencyTriage(modelSaying(0.0001));

    // Emergencies told calmly, in the words the model learned as ordinary: they stay emergencies.
    for (const text of [
      EMERGENCY,
      'thinking of killing myself this weekend when my parents are away',
      'I took 16 paracetamol last night but I feel fine now',
      "my husband's speech went funny for a few minutes this morning, he's fine now, can it wait for his check-up next month?",
    ]) {
      expect(new EmergencyTriage().assess(text).isEmergency).toBe(true);
      expect(certainItIsOrdinary.assess(text)).toEqual(new EmergencyTriage().assess(text));
    }
  });

  it('never adds where the rules heard a finding and set it aside (negated, passed, asked about)', () => {
    const certain = new EmergencyTriage(modelSaying(0.999));

    for (const text of [
      'There is no heavy bleeding, just spotting.',
      'My chest pain was crushing yesterday but it has completely gone and the doctor saw me.',
      'He collapsed two years ago and has been fine since.',
      'What are the signs of a stroke?',
    ]) {
      expect(new EmergencyTriage().assess(text).isEmergency).toBe(false);
      expect(certain.assess(text).isEmergency).toBe(false);
    }
  });
});
