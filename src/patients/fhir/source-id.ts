import { createHash } from 'node:crypto';
import type { BundleEntry, FhirResource } from './fhir-types.js';
import { textOf } from './fhir-values.js';

/**
 * The stable key an import is made idempotent on: the resource id, else the uuid of a
 * `urn:uuid:` fullUrl, else the fullUrl itself. A resource with none of these gets a hash of its
 * content, so importing the same bundle twice still yields the same key.
 */
export function sourceIdOf(entry: BundleEntry, resource: FhirResource): string {
  const id = textOf(resource.id);
  if (id !== undefined) return id;
  const fullUrl = textOf(entry.fullUrl);
  if (fullUrl !== undefined) return fullUrl.startsWith('urn:uuid:') ? fullUrl.slice('urn:uuid:'.length) : fullUrl;
  return `sha256-${createHash('sha256').update(JSON.stringify(resource)).digest('hex')}`;
}
