import type { EmergencyCategory } from '../emergency-categories.js';
import { parseLabelledSet } from './labelled-message.js';
import { comparableText, sharedTexts } from './labelled-set-file.js';
import { evaluateTriage, type TriageVerdict } from './triage-evaluation.js';
import { HELD_OUT_TEXTS_HIDDEN, renderSetReport } from './triage-report.js';

const line = (fields: Record<string, unknown>): string => JSON.stringify(fields);
const SET = [
  line({
    text: 'he collapsed and is not breathing',
    emergency: true,
    category: 'loss_of_consciousness',
    discriminator: 'unresponsive',
    voice: 'bystander',
  }),
  line({
    text: 'her face dropped on one side',
    emergency: true,
    category: 'stroke_signs',
    discriminator: 'facial droop',
    voice: 'relative',
  }),
  line({
    text: 'sudden tearing back pain',
    emergency: true,
    category: 'vascular_emergency',
    discriminator: 'tearing pain',
    voice: 'first_person',
  }),
  line({
    text: 'this job is killing me',
    emergency: false,
    category: 'none',
    hard_negative: 'idiom',
    voice: 'first_person',
  }),
  line({
    text: 'no chest pain at all today',
    emergency: false,
    category: 'cardiac_chest_pain',
    hard_negative: 'negation',
  }),
].join('\n');

/** A stand-in triage answering from a table, so the arithmetic is checked apart from the rules. */
const answers: Record<string, TriageVerdict> = {
  'he collapsed and is not breathing': {
    isEmergency: true,
    categories: ['breathing_difficulty', 'loss_of_consciousness'],
  },
  'her face dropped on one side': { isEmergency: true, categories: ['head_injury'] },
  'no chest pain at all today': { isEmergency: true, categories: ['cardiac_chest_pain'] },
};
const assess = (text: string): TriageVerdict =>
  answers[text] ?? { isEmergency: false, categories: [] as EmergencyCategory[] };

describe('parseLabelledSet', () => {
  it('reads every valid line with its line number, skipping blank lines', () => {
    const { messages, problems } = parseLabelledSet(`${SET}\n\n`);
    expect(problems).toEqual([]);
    expect(messages).toHaveLength(5);
    expect(messages[4]).toEqual({
      text: 'no chest pain at all today',
      emergency: false,
      category: 'cardiac_chest_pain',
      hardNegative: 'negation',
      voice: null,
      source: null,
      line: 5,
    });
  });

  it('names each invalid line and why, and leaves it out', () => {
    const { messages, problems } = parseLabelledSet(
      [
        '{not json',
        line({ text: 'x', emergency: true, category: 'broken_heart', discriminator: 'd' }),
        line({ text: 'x', emergency: true, category: 'seizure' }),
        line({ text: 'x', emergency: false, category: 'none', hard_negative: 'boring' }),
        line({ text: '', emergency: false, category: 'none' }),
        line({ text: 'x', emergency: 'yes', category: 'none' }),
        line({ text: 'x', emergency: false, category: 'none', voice: 'narrator' }),
      ].join('\n'),
    );
    expect(messages).toEqual([]);
    expect(problems).toEqual([
      'line 1: not valid JSON',
      'line 2: "category" "broken_heart" is not an emergency category id',
      'line 3: an emergency needs a "discriminator"',
      expect.stringMatching(/^line 4: "hard_negative" must be one of mild, /),
      'line 5: "text" must be a non-empty string',
      'line 6: "emergency" must be true or false',
      expect.stringMatching(/^line 7: "voice" must be one of /),
    ]);
  });
});

describe('evaluateTriage', () => {
  const evaluation = evaluateTriage(parseLabelledSet(SET).messages, assess);

  it('measures recall, recall inside the original categories, false positives and category agreement', () => {
    expect(evaluation.size).toEqual({ messages: 5, emergencies: 3, nonEmergencies: 2 });
    expect(evaluation.recall).toEqual({ hits: 2, total: 3, rate: 2 / 3 });
    expect(evaluation.recallOriginal).toEqual({ hits: 2, total: 2, rate: 1 });
    expect(evaluation.falsePositiveRate).toEqual({ hits: 1, total: 2, rate: 0.5 });
    expect(evaluation.categoryAgreement).toEqual({ hits: 1, total: 2, rate: 0.5 });
  });

  it('breaks the figures down per category and per hard-negative reason, in canonical order', () => {
    expect(evaluation.perCategory.map((row) => row.category)).toEqual([
      'cardiac_chest_pain',
      'loss_of_consciousness',
      'stroke_signs',
      'vascular_emergency',
      'none',
    ]);
    expect(evaluation.perCategory[0]).toEqual({
      category: 'cardiac_chest_pain',
      recall: { hits: 0, total: 0, rate: null },
      agreement: { hits: 0, total: 0, rate: null },
      falsePositives: { hits: 1, total: 1, rate: 1 },
    });
    expect(evaluation.perCategory[2].agreement).toEqual({ hits: 0, total: 1, rate: 0 });
    expect(evaluation.perHardNegative).toEqual([
      { reason: 'negation', falsePositives: { hits: 1, total: 1, rate: 1 } },
      { reason: 'idiom', falsePositives: { hits: 0, total: 1, rate: 0 } },
    ]);
  });

  it('lists the misses, the false alarms and the flagged emergencies named otherwise', () => {
    expect(evaluation.misses.map((miss) => miss.message.text)).toEqual(['sudden tearing back pain']);
    expect(evaluation.falseAlarms.map((alarm) => [alarm.message.text, alarm.fired])).toEqual([
      ['no chest pain at all today', ['cardiac_chest_pain']],
    ]);
    expect(evaluation.disagreements.map((d) => [d.message.text, d.fired])).toEqual([
      ['her face dropped on one side', ['head_injury']],
    ]);
  });

  it('reports texts only when asked: held-out outcomes are counted by category and reason, never by discriminator', () => {
    const hidden = renderSetReport(evaluation, { title: 'held-out.jsonl', problems: [], showTexts: false });
    expect(hidden).toContain(HELD_OUT_TEXTS_HIDDEN);
    expect(hidden).toMatch(/^ +1 × vascular_emergency$/m);
    expect(hidden).not.toContain('tearing pain');
    expect(hidden).toContain('1 × negation · near cardiac_chest_pain · fired cardiac_chest_pain');
    for (const text of Object.keys(answers).concat('sudden tearing back pain')) expect(hidden).not.toContain(text);

    const shown = renderSetReport(evaluation, { title: 'development.jsonl', problems: [], showTexts: true });
    expect(shown).toContain('line 3 [vascular_emergency · tearing pain] sudden tearing back pain');
    expect(shown).toContain('no chest pain at all today');
    expect(shown).toMatch(/^recall, all emergencies +0\.667 \(2\/3\) +goal ≥ 0\.95: misses$/m);
  });
});

describe('comparing sets', () => {
  it('treats case, spacing and final punctuation as the same text', () => {
    expect(comparableText('  My Chest   HURTS!! ')).toBe('my chest hurts');
    const a = parseLabelledSet(
      line({ text: 'My chest hurts.', emergency: true, category: 'cardiac_chest_pain', discriminator: 'pain' }),
    ).messages;
    const b = parseLabelledSet(
      line({ text: 'my chest hurts', emergency: true, category: 'cardiac_chest_pain', discriminator: 'pain' }),
    ).messages;
    expect(sharedTexts(a, b)).toEqual(['my chest hurts']);
  });
});
