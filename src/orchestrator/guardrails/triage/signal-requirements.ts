// Why a file of its own: the signal patterns' literal requirements read once when dist/ is built
// and restored at each start, apart from how a pattern is read (literal-requirement.ts) and how
// the prefilter uses what is read (signal-prefilter.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { LiteralRequirementBuilder, type LiteralRequirement } from './literal-requirement.js';
import type { SignalDefinition } from './signals/signal-definition.js';

/** Every pattern's requirement, in the order of the sources, and the builder that numbered their literals. */
export interface PatternRequirements {
  readonly builder: LiteralRequirementBuilder;
  readonly requirements: readonly LiteralRequirement[];
}

/** What the build writes: the sources it read, so a start can tell they are still the patterns'. */
interface StoredRequirements {
  sources: string[];
  literals: string[];
  requirements: LiteralRequirement[];
}

/**
 * Beside the compiled module in dist/ (scripts/build-if-stale.mjs writes it); never in src/, so
 * the tests and tools that compile src/ read the patterns themselves.
 */
const STORED = new URL('./signal-requirements.json', import.meta.url);

/** The pattern sources of the signals, in the order the prefilter numbers their patterns. */
export function sourcesOf(signals: readonly SignalDefinition[]): string[] {
  return signals.flatMap((signal) => signal.patterns.map((pattern) => pattern.source));
}

/** Reads every source (LiteralRequirementBuilder): about 0.4 s of CPU for the ~1,200 signal patterns. */
export function readRequirements(sources: readonly string[]): PatternRequirements {
  const builder = new LiteralRequirementBuilder();
  return { builder, requirements: sources.map((source) => builder.requirementOf(source)) };
}

/**
 * The requirements of `sources`: those the build stored when it read these very sources (a few
 * milliseconds at a start instead of the reading), else read now. A pattern added or changed
 * since the build is therefore never missed; it only costs the reading.
 */
export function patternRequirements(sources: readonly string[], file: URL = STORED): PatternRequirements {
  const stored = storedFor(sources, file);
  if (stored === undefined) return readRequirements(sources);
  return { builder: new LiteralRequirementBuilder(stored.literals), requirements: stored.requirements };
}

/** Reads `sources` and stores their requirements for patternRequirements (the build's step). */
export function storeRequirements(sources: readonly string[], file: URL = STORED): void {
  const { builder, requirements } = readRequirements(sources);
  const stored: StoredRequirements = {
    sources: [...sources],
    literals: builder.literals,
    requirements: [...requirements],
  };
  writeFileSync(file, JSON.stringify(stored));
}

function storedFor(sources: readonly string[], file: URL): StoredRequirements | undefined {
  let stored: StoredRequirements;
  try {
    stored = JSON.parse(readFileSync(file, 'utf8')) as StoredRequirements;
  } catch {
    // None stored (src/ compiled by a test or a tool) or unreadable: reading the sources gives the same.
    return undefined;
  }
  const same =
    stored.sources.length === sources.length && stored.sources.every((source, index) => source === sources[index]);
  return same ? stored : undefined;
}
