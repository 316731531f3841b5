import type { BundleEntry, FhirResource, Reference } from './fhir-types.js';
import { isObject, listOf, textOf } from './fhir-values.js';

/**
 * Finds the bundle resource a reference points to. Synthea writes `urn:uuid:` references that
 * match entry fullUrls; other servers write `Type/id` or absolute URLs, and `#id` points into the
 * referring resource's `contained` list.
 */
export class BundleReferenceResolver {
  private readonly byFullUrl = new Map<string, FhirResource>();
  private readonly byTypeAndId = new Map<string, FhirResource>();

  constructor(entries: BundleEntry[]) {
    for (const entry of entries) {
      if (!isObject(entry) || !isObject(entry.resource)) continue;
      const resource = entry.resource;
      const fullUrl = textOf(entry.fullUrl);
      if (fullUrl !== undefined && !this.byFullUrl.has(fullUrl)) this.byFullUrl.set(fullUrl, resource);
      const id = textOf(resource.id);
      const key = `${String(resource.resourceType)}/${id}`;
      if (id !== undefined && !this.byTypeAndId.has(key)) this.byTypeAndId.set(key, resource);
    }
  }

  resolve(reference: Reference | undefined, container?: FhirResource): FhirResource | undefined {
    const target = isObject(reference) ? textOf(reference.reference) : undefined;
    if (target === undefined) return undefined;
    if (target.startsWith('#')) {
      const id = target.slice(1);
      return listOf(container?.contained).find((resource) => isObject(resource) && resource.id === id);
    }
    return this.byFullUrl.get(target) ?? this.byTypeAndId.get(lastTwoSegments(target));
  }
}

/** `Observation/123` from `Observation/123`, `https://x/fhir/Observation/123` or `.../_history/2`. */
function lastTwoSegments(url: string): string {
  const segments = url.split('/');
  const historyAt = segments.lastIndexOf('_history');
  const upTo = historyAt > 0 ? historyAt : segments.length;
  return segments.slice(Math.max(0, upTo - 2), upTo).join('/');
}
