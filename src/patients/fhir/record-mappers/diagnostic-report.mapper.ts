import { firstClinicalDate, periodStart } from '../clinical-date.js';
import { codesOf, displayOf } from '../codeable-concept.js';
import type { DiagnosticReport, Observation, Reference } from '../fhir-types.js';
import { distinctTexts, isObject, listOf, textOf } from '../fhir-values.js';
import { describeObservation } from './observation-value.js';
import type { MappingContext, RecordFacts, RecordMapper } from './record-mapper.js';

// Each result is also a record of its own; the report only needs enough to be recognised.
const MAX_RESULTS_IN_NARRATIVE = 5;

/**
 * "2020-03-06 — Diagnostic report: SARS-CoV-2 RNA Pnl Resp NAA+probe, results SARS-CoV-2 RNA
 * Pnl Resp NAA+probe: Detected (qualifier value)". Each result is described from its Observation
 * when the reference resolves in the bundle (so it carries the value), else by the reference's
 * display.
 */
export const mapDiagnosticReport: RecordMapper<DiagnosticReport> = (report, context): RecordFacts => {
  const results = distinctTexts(listOf(report.result).map((reference) => describeResult(reference, report, context)));
  const conclusion = textOf(report.conclusion);
  return {
    label: 'Diagnostic report',
    // `issued` is when the report was released, a fallback for the time it describes.
    date: firstClinicalDate(report.effectiveDateTime, periodStart(report.effectivePeriod), report.issued),
    summary: displayOf(report.code),
    details: [resultsDetail(results), conclusion === undefined ? undefined : `conclusion ${conclusion}`],
    codes: codesOf([report.code]),
  };
};

function describeResult(reference: Reference, report: DiagnosticReport, context: MappingContext): string | undefined {
  const target = context.resolve(reference, report);
  if (isObject(target) && target.resourceType === 'Observation') {
    const described = describeObservation(target as Observation);
    if (described !== undefined) return described;
  }
  return isObject(reference) ? textOf(reference.display) : undefined;
}

/** "results A: Negative; B: Negative; and 7 more". */
function resultsDetail(results: string[]): string | undefined {
  if (results.length === 0) return undefined;
  const listed = results.slice(0, MAX_RESULTS_IN_NARRATIVE);
  const more = results.length - listed.length;
  return `results ${listed.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}
