import { displayOf } from '../codeable-concept.js';
import { parseClinicalDate } from '../clinical-date.js';
import type { Observation, ObservationValue, Quantity } from '../fhir-types.js';
import { isObject, listOf, textOf } from '../fhir-values.js';

/**
 * "Body Weight 72.4 kg", "SARS-CoV-2 RNA Pnl Resp NAA+probe: Detected (qualifier value)",
 * "Blood Pressure: Diastolic 82 mm[Hg], Systolic 128 mm[Hg]". Shared by the Observation mapper
 * and by DiagnosticReport results. Undefined when the observation has no wording at all.
 */
export function describeObservation(observation: Observation): string | undefined {
  const name = displayOf(observation.code);
  if (name === undefined) return undefined;
  const value = describeValue(observation);
  const components = listOf(observation.component)
    .filter(isObject)
    .map((component) => describeLabelled(componentLabel(displayOf(component.code), name), component))
    .filter((text): text is string => text !== undefined);
  if (value === undefined && components.length === 0) return name;
  // A lone measurement reads as one phrase; anything else is "name: value, value".
  if (components.length === 0 && isObject(observation.valueQuantity)) return `${name} ${value}`;
  return `${name}: ${[value, ...components].filter(Boolean).join(', ')}`;
}

/** The observation's (or component's) value in words, whatever value[x] it uses. */
export function describeValue(value: ObservationValue): string | undefined {
  if (isObject(value.valueQuantity)) return describeQuantity(value.valueQuantity);
  if (isObject(value.valueCodeableConcept)) return displayOf(value.valueCodeableConcept);
  if (typeof value.valueString === 'string') return textOf(value.valueString);
  if (typeof value.valueBoolean === 'boolean') return value.valueBoolean ? 'yes' : 'no';
  if (typeof value.valueInteger === 'number') return String(value.valueInteger);
  if (isObject(value.valueRange)) return describeRange(value.valueRange.low, value.valueRange.high);
  if (typeof value.valueDateTime === 'string') return parseClinicalDate(value.valueDateTime)?.asWritten;
  const absent = displayOf(value.dataAbsentReason);
  return absent === undefined ? undefined : `no result (${absent})`;
}

/** "72.4 kg", "<5 mmol/L"; the UCUM unit as the source wrote it. */
function describeQuantity(quantity: Quantity): string | undefined {
  if (typeof quantity.value !== 'number') return undefined;
  const comparator = textOf(quantity.comparator) ?? '';
  const unit = textOf(quantity.unit) ?? textOf(quantity.code);
  return unit === undefined ? `${comparator}${quantity.value}` : `${comparator}${quantity.value} ${unit}`;
}

function describeRange(low: Quantity | undefined, high: Quantity | undefined): string | undefined {
  const from = isObject(low) ? describeQuantity(low) : undefined;
  const to = isObject(high) ? describeQuantity(high) : undefined;
  if (from !== undefined && to !== undefined) return `${from} to ${to}`;
  if (from !== undefined) return `at least ${from}`;
  return to === undefined ? undefined : `at most ${to}`;
}

function describeLabelled(label: string | undefined, value: ObservationValue): string | undefined {
  const text = describeValue(value);
  if (text === undefined) return undefined;
  if (label === undefined) return text;
  return isObject(value.valueQuantity) ? `${label} ${text}` : `${label}: ${text}`;
}

/**
 * "Diastolic" rather than "Diastolic Blood Pressure" inside "Blood Pressure: ...": the parent's
 * name already says what is measured.
 */
function componentLabel(label: string | undefined, parentName: string): string | undefined {
  if (label === undefined) return undefined;
  if (!label.toLowerCase().endsWith(parentName.toLowerCase())) return label;
  const shortened = label.slice(0, label.length - parentName.length).trim();
  return shortened === '' ? label : shortened;
}
