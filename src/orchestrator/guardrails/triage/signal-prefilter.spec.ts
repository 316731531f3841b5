import { normalizeText } from '../text-normalizer.js';
import { SIGNALS } from './emergency-signals.js';
import { LiteralAutomaton } from './literal-automaton.js';
import {
  compileRequirement,
  isMet,
  latestMetFrom,
  LiteralRequirementBuilder,
  RequirementProgram,
} from './literal-requirement.js';
import { SignalPrefilter } from './signal-prefilter.js';

// Messages of several kinds and styles; what matters here is only that patterns match in them.
const MESSAGES = [
  "My dad's face has dropped on one side and he can't lift his arm, started 20 mins ago",
  'baby is 5 weeks old, floppy, not feeding and has a temp of 38.2',
  "she took about 30 of her mum's paracetamol an hour ago and now she's being sick",
  'Crushing chest pain spreading to my left arm, sweating, feel like I am going to pass out',
  'he hit his head on the kerb, was knocked out for a minute and has vomited twice since',
  'I have been having thoughts of ending it and have saved up my tablets',
  'my lips and tongue are swelling after eating peanuts and I am wheezing',
  'What are the signs of a stroke? asking for a first aid course',
  'no chest pain, no breathlessness, just a mild headache for weeks',
  'pt 67M, SOB, SpO2 86% on air, RR 32, BP 88/50, confused',
].map(normalizeText);

describe('LiteralAutomaton', () => {
  it('finds exactly the literals String.includes finds, overlapping and nested ones too', () => {
    const literals = ['he', 'she', 'his', 'hers', 'chest', 'chest pain', 'pain', 'in', 'a', '', 'xyz'];
    const automaton = new LiteralAutomaton(literals);
    for (const text of [...MESSAGES, 'ushers', 'hishe', '', 'chestchest pain']) {
      const { present, found } = automaton.search(text);
      const expected = literals.flatMap((literal, number) => (text.includes(literal) ? [number] : []));
      expect([...found].sort((a, b) => a - b)).toEqual(expected);
      expect(literals.filter((_, number) => present[number] === 1)).toEqual(expected.map((number) => literals[number]));
    }
  });

  it('finds where each literal last starts exactly as String.lastIndexOf does', () => {
    const literals = ['he', 'she', 'his', 'hers', 'chest', 'chest pain', 'pain', 'in', 'a', '', 'xyz', 'ss', 'sss'];
    const automaton = new LiteralAutomaton(literals);
    for (const text of [...MESSAGES, 'ushers', 'hishe', '', 'chestchest pain', 'sssss', 'pain pain a']) {
      expect([...automaton.lastStarts(text)]).toEqual(literals.map((literal) => text.lastIndexOf(literal)));
    }
  });
});

describe('LiteralRequirementBuilder', () => {
  const triggerWords = (source: string) => {
    const builder = new LiteralRequirementBuilder();
    return builder.triggersOf(builder.requirementOf(source))?.map((literal) => builder.literals[literal]) ?? null;
  };

  it('triggers on words of which every match holds one: the longest needed, or every branch of one', () => {
    expect(triggerWords(String.raw`\bchest\s+(?:pain|ache)\b`)).toEqual(['chest']);
    expect(triggerWords(String.raw`\b(?:blue|grey)\s+lips\b`)).toEqual(['blue', 'grey']);
    expect(triggerWords(String.raw`\b(?:stiff|rigid)\b`)).toEqual(['stiff', 'rigid']);
  });

  it('has no trigger when a branch can match without any word', () => {
    expect(triggerWords(String.raw`\b(?:pain)?\s*\d+`)).toBeNull();
    expect(triggerWords(String.raw`\bfaint(?:ed)?\b|\d+\s*%`)).toBeNull();
  });

  it('needs every word a match holds, and nothing from what is optional, negative or a class', () => {
    const builder = new LiteralRequirementBuilder();
    const requirement = builder.requirementOf(String.raw`\bchest\s+(?:pain|ache)(?:s)?\b(?!\s+free)[a-z]*`);
    const present = (...words: string[]) => {
      const flags = new Uint8Array(builder.literals.length);
      for (const word of words) flags[builder.literals.indexOf(word)] = 1;
      return flags;
    };
    expect(isMet(requirement, present('chest', 'ache'))).toBe(true);
    expect(isMet(requirement, present('chest'))).toBe(false);
    expect(isMet(requirement, present('pain', 'ache'))).toBe(false);
    // A negative lookahead's word is not needed, whether or not the text holds it.
    expect(isMet(requirement, present('chest', 'pain', 'free'))).toBe(true);
  });

  it('is met by every clause in which a signal pattern matches', () => {
    const builder = new LiteralRequirementBuilder();
    const patterns = SIGNALS.flatMap((signal) => signal.patterns);
    const requirements = patterns.map((pattern) => builder.requirementOf(pattern.source));
    const automaton = new LiteralAutomaton(builder.literals);
    let matches = 0;
    for (const text of MESSAGES) {
      const { present } = automaton.search(text);
      patterns.forEach((pattern, index) => {
        if (!new RegExp(pattern.source).test(text)) return;
        matches += 1;
        expect({ pattern: pattern.source, met: isMet(requirements[index], present) }).toEqual({
          pattern: pattern.source,
          met: true,
        });
      });
    }
    expect(matches).toBeGreaterThan(20);
  });

  it("compiles every signal pattern's requirement into a test and a program that agree with isMet", () => {
    const builder = new LiteralRequirementBuilder();
    const requirements = SIGNALS.flatMap((signal) => signal.patterns).map((pattern) =>
      builder.requirementOf(pattern.source),
    );
    const automaton = new LiteralAutomaton(builder.literals);
    const everyLiteral = new Uint8Array(builder.literals.length).fill(1);
    const flagsOf = [...MESSAGES.map((text) => automaton.search(text).present.slice()), everyLiteral];
    const program = RequirementProgram.of(requirements);
    let met = 0;
    let unmet = 0;
    for (const [index, requirement] of requirements.entries()) {
      const test = compileRequirement(requirement);
      for (const present of flagsOf) {
        expect(test(present)).toBe(isMet(requirement, present));
        expect(program.isMet(index, present)).toBe(isMet(requirement, present));
        if (isMet(requirement, present)) met += 1;
        else unmet += 1;
      }
    }
    expect(Math.min(met, unmet)).toBeGreaterThan(100);
  });

  it('reads from where each literal last starts the last point from which isMet holds on the literals after it', () => {
    const builder = new LiteralRequirementBuilder();
    const requirements = SIGNALS.flatMap((signal) => signal.patterns).map((pattern) =>
      builder.requirementOf(pattern.source),
    );
    const automaton = new LiteralAutomaton(builder.literals);
    let held = 0;
    let failed = 0;
    for (const text of MESSAGES) {
      const lastStart = builder.literals.map((literal) => text.lastIndexOf(literal));
      const starts = automaton.lastStarts(text);
      expect([...starts]).toEqual(lastStart);
      const latest = requirements.map((requirement) => latestMetFrom(requirement, starts));
      for (let from = 0; from <= text.length; from += 11) {
        const present = Uint8Array.from(lastStart, (start) => (start >= from ? 1 : 0));
        for (const [index, requirement] of requirements.entries()) {
          const holds = isMet(requirement, present);
          if (latest[index] >= from !== holds) expect({ text, from, index, latest: latest[index] }).toBe(holds);
          if (holds) held += 1;
          else failed += 1;
        }
      }
    }
    expect(Math.min(held, failed)).toBeGreaterThan(1000);
  });
});

describe('SignalPrefilter', () => {
  const prefilter = new SignalPrefilter(SIGNALS);

  it("offers as candidates exactly the signals with one of their patterns' triggers in the message", () => {
    const builder = new LiteralRequirementBuilder();
    const triggers = SIGNALS.map((signal) =>
      signal.patterns.map((pattern) => builder.triggersOf(builder.requirementOf(pattern.source))),
    );
    for (const text of MESSAGES) {
      const expected = SIGNALS.flatMap((_, index) => {
        const anchored = triggers[index].every((words) => words !== null);
        const present = triggers[index].some((words) =>
          words?.some((literal) => text.includes(builder.literals[literal])),
        );
        return !anchored || present ? [index] : [];
      });
      const candidates = prefilter.candidatesIn(text);
      expect(candidates).toEqual(expected);
      expect(candidates.length).toBeLessThan(SIGNALS.length / 2);
      SIGNALS.forEach((signal, index) => {
        if (signal.patterns.some((pattern) => new RegExp(pattern.source).test(text))) {
          expect({ signal: signal.id, candidate: candidates.includes(index) }).toEqual({
            signal: signal.id,
            candidate: true,
          });
        }
      });
    }
  });

  it('keeps every pattern that matches in a clause among the viable ones', () => {
    for (const text of MESSAGES) {
      const candidates = prefilter.candidatesIn(text);
      const viable = new Set(prefilter.viableIn(text, candidates).flatMap(({ patterns }) => patterns));
      for (const index of candidates) {
        for (const pattern of SIGNALS[index].patterns) {
          if (new RegExp(pattern.source).test(text)) expect(viable.has(pattern)).toBe(true);
        }
      }
    }
  });
});
