import { jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { syntheaFixtures } from '../auth/auth-test-kit.js';
import {
  ADMIN_API_KEY,
  ANCHOR_PATIENT_ID,
  FUZZ_PROPERTY_OPTIONS,
  FUZZ_TEST_TIMEOUT_MS,
  FuzzTarget,
  RUNS,
  type AuthChoice,
} from './support/fuzz-app.js';
import { sendAndJudge } from './support/fuzz-kit.js';
import {
  bodyText,
  contentTypeHeader,
  extraHeaders,
  hostileString,
  hostileValue,
  percentEncode,
} from './support/hostile-inputs.js';

jest.setTimeout(FUZZ_TEST_TIMEOUT_MS);

/**
 * Property-based fuzzing of the admin API (with ADMIN_API_KEY): FHIR bundles built from real
 * Synthea resources and then mutated (fields replaced by hostile values, deleted, added), and
 * password changes with generated ids and bodies. The anchor patient must still sign in with its
 * password afterwards, whatever was imported under its id.
 */
type Json = Record<string, unknown> | unknown[];

/** One resource of each clinical type from a Synthea bundle, as templates to mutate. */
function resourceTemplates(): Json[] {
  const fixture = syntheaFixtures()[0];
  if (!fixture) throw new Error('no Synthea fixtures found');
  const bundle = JSON.parse(readFileSync(fixture.file, 'utf8')) as {
    entry: Array<{ resource: { resourceType: string } }>;
  };
  const byType = new Map<string, Json>();
  for (const { resource } of bundle.entry) {
    if (resource.resourceType !== 'Patient' && !byType.has(resource.resourceType))
      byType.set(resource.resourceType, resource);
  }
  return [...byType.values()];
}

interface Mutation {
  path: number[];
  kind: 'replace' | 'delete' | 'add';
  value: unknown;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  path: fc.array(fc.nat(), { minLength: 1, maxLength: 7 }),
  kind: fc.constantFrom('replace', 'delete', 'add'),
  value: hostileValue,
});

/** Walks `path` (each step picks a child by index, modulo the count) and changes what it reaches. */
function mutate(root: Json, { path, kind, value }: Mutation): void {
  let node: Record<string, unknown> = root as Record<string, unknown>;
  for (const step of path.slice(0, -1)) {
    const children = Object.keys(node).filter((key) => typeof node[key] === 'object' && node[key] !== null);
    if (children.length === 0) break;
    node = node[children[step % children.length]!] as Record<string, unknown>;
  }
  const keys = Object.keys(node);
  const last = path[path.length - 1]!;
  if (kind === 'add' || keys.length === 0) {
    const name = [
      'resourceType',
      'id',
      'name',
      'given',
      'family',
      'reference',
      'code',
      'text',
      'valueQuantity',
      'effectiveDateTime',
      '$where',
      'extra',
    ][last % 12]!;
    Object.defineProperty(node, name, { value, enumerable: true, writable: true, configurable: true });
  } else if (kind === 'delete') {
    delete node[keys[last % keys.length]!];
  } else {
    node[keys[last % keys.length]!] = value;
  }
}

const namePart = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[A-Z][a-z]{1,7}\d{1,3}$/) },
  { weight: 1, arbitrary: hostileString.filter((text) => text.length < 200) },
);
const resourceId = fc.oneof({ weight: 4, arbitrary: fc.uuid() }, { weight: 1, arbitrary: hostileValue });

function bundleArbitrary(templates: Json[]): fc.Arbitrary<string> {
  const bundle = fc
    .record({
      given: namePart,
      family: namePart,
      id: resourceId,
      resources: fc.subarray(templates, { maxLength: 6 }),
      mutations: fc.array(mutation, { maxLength: 4 }),
      type: fc.constantFrom('collection', 'transaction', 'batch', 'searchset', 7),
    })
    .map(({ given, family, id, resources, mutations, type }) => {
      const patient = {
        resourceType: 'Patient',
        id,
        name: [{ use: 'official', given: [given], family }],
        gender: 'female',
        birthDate: '1980-02-29',
      };
      const body = {
        resourceType: 'Bundle',
        type,
        entry: [patient, ...structuredClone(resources)].map((resource, index) => ({
          fullUrl: `urn:uuid:${String(index).padStart(8, '0')}-0000-4000-8000-000000000000`,
          resource,
        })),
      };
      for (const change of mutations) mutate(body, change);
      return JSON.stringify(body);
    });
  return fc.oneof(
    { weight: 7, arbitrary: bundle },
    {
      weight: 3,
      arbitrary: bodyText({ resourceType: fc.constant('Bundle'), entry: fc.array(hostileValue, { maxLength: 3 }) }),
    },
  );
}

describe('fuzzing the admin API', () => {
  const target = new FuzzTarget();
  const victim = 'Victim12_Fuzzed34_0b6c1a52-3f1e-4c55-9d0e-8a4a5b6c7d8e';
  let adminAuth: fc.Arbitrary<AuthChoice>;

  beforeAll(async () => {
    await target.start();
    const imported = await target.json('POST', '/api/admin/patients/import', ADMIN_API_KEY, {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        {
          resource: {
            resourceType: 'Patient',
            id: victim.split('_')[2],
            name: [{ given: ['Victim12'], family: 'Fuzzed34' }],
          },
        },
      ],
    });
    expect(imported.status).toBe(201);
    adminAuth = fc.oneof(
      { weight: 6, arbitrary: fc.constant<AuthChoice>({ kind: 'raw', header: `Bearer ${ADMIN_API_KEY}` }) },
      {
        weight: 1,
        arbitrary: fc.constant<AuthChoice>({ kind: 'raw', header: `Bearer ${ADMIN_API_KEY.slice(0, -1)}` }),
      },
      {
        weight: 1,
        arbitrary: fc.constant<AuthChoice>({ kind: 'raw', header: `bearer ${ADMIN_API_KEY.toUpperCase()}` }),
      },
      { weight: 3, arbitrary: target.authorization() },
    );
  });
  afterAll(() => target.stop());

  it(`POST /api/admin/patients/import: ${RUNS} generated and mutated FHIR bundles`, async () => {
    const stats = target.statsFor('admin import');
    const templates = resourceTemplates();
    await fc.assert(
      fc.asyncProperty(
        adminAuth,
        bundleArbitrary(templates),
        contentTypeHeader,
        extraHeaders,
        async (auth, body, contentType, headers) => {
          const response = await sendAndJudge(
            target.client,
            target.watch,
            {
              method: 'POST',
              path: '/api/admin/patients/import',
              headers: { ...headers, 'content-type': contentType, ...(await target.authorizationHeader(auth)) },
              body,
            },
            stats,
          );
          if (response.status === 201)
            expect(headerValue(auth)).toEqual({ kind: 'raw', header: `Bearer ${ADMIN_API_KEY}` });
        },
      ),
      FUZZ_PROPERTY_OPTIONS,
    );
    // The generator is not all refusals: real imports ran among the hostile bundles.
    expect(stats.byStatus.get(201) ?? 0).toBeGreaterThan(0);
  });

  it(`PUT /api/admin/patients/:patient_id/password: ${RUNS} generated ids, bodies and tokens`, async () => {
    const stats = target.statsFor('admin password');
    const patientId = fc.oneof(
      { weight: 3, arbitrary: fc.constant(victim) },
      {
        weight: 2,
        arbitrary: fc.tuple(namePart, namePart, fc.uuid()).map(([given, family, uuid]) => `${given}_${family}_${uuid}`),
      },
      { weight: 3, arbitrary: hostileString.filter((text) => text.length < 2000 && text !== ANCHOR_PATIENT_ID) },
    );
    const password = fc.oneof(
      fc.string({ minLength: 12, maxLength: 64 }),
      fc.string({ maxLength: 11 }),
      fc.string({ minLength: 250, maxLength: 300 }),
    );
    await fc.assert(
      fc.asyncProperty(
        adminAuth,
        patientId,
        fc.oneof(
          // Plain, valid changes often enough that real ones run among the hostile ones.
          {
            weight: 3,
            arbitrary: fc.string({ minLength: 12, maxLength: 64 }).map((text) => JSON.stringify({ password: text })),
          },
          { weight: 7, arbitrary: bodyText({ password }) },
        ),
        contentTypeHeader,
        extraHeaders,
        async (auth, id, body, contentType, headers) => {
          await sendAndJudge(
            target.client,
            target.watch,
            {
              method: 'PUT',
              path: `/api/admin/patients/${percentEncode(id)}/password`,
              headers: { ...headers, 'content-type': contentType, ...(await target.authorizationHeader(auth)) },
              body,
            },
            stats,
          );
        },
      ),
      FUZZ_PROPERTY_OPTIONS,
    );
    expect(stats.byStatus.get(204) ?? 0).toBeGreaterThan(0);
  });

  it('leaves the anchor patient able to sign in with its password, its session live', async () => {
    await target.login();
    expect((await target.json('POST', '/api/auth/refresh', target.anchor.token)).status).toBe(200);
  });
});

/**
 * The value as the server receives it: HTTP drops the whitespace around a header value
 * (RFC 9110 §5.5), so `Bearer <key> ` is the key itself, not a near miss.
 */
function headerValue(auth: AuthChoice): AuthChoice {
  return auth.kind === 'raw' ? { kind: 'raw', header: auth.header.trim() } : auth;
}
