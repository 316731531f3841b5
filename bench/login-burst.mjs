// login_burst: 100 patients with passwords signing in at the same moment from one address (a
// clinic behind NAT), against an app with the production sign-in and rate limits. Every one
// must get 200: correct sign-ins never count against the address.
import { randomUUID } from 'node:crypto';
import { request } from './lib/api-client.mjs';
import { ms, row } from './lib/report.mjs';
import { percentile, pool, round } from './lib/stats.mjs';

export const rows = ['login_burst'];

const ADMIN_API_KEY = 'bench-admin-key-0123456789abcdefghijklmnopqrstuvwxyz';
const PASSWORD = 'a clinic morning passphrase';
const SEQUENTIAL_SAMPLES = 10;

/** A FHIR bundle of one patient whose id has the form the API demands. */
function patientBundle() {
  const uuid = randomUUID();
  const n = 100 + Math.floor(Math.random() * 900);
  const patientId = `Burst${n}_Clinic${n}_${uuid}`;
  const bundle = {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: [
      {
        fullUrl: `urn:uuid:${uuid}`,
        resource: {
          resourceType: 'Patient',
          id: uuid,
          name: [{ use: 'official', given: [`Burst${n}`], family: `Clinic${n}` }],
        },
      },
    ],
  };
  return { patientId, bundle };
}

const signIn = (url, patientId) =>
  request(url, 'POST', '/api/auth/login', { body: { patient_id: patientId, password: PASSWORD } });

export async function run(context) {
  const burst = context.smoke ? 10 : 100;
  const mongo = await context.mongo();
  const database = { MONGODB_URI: `${mongo.uri}medchat_login_burst`, ADMIN_API_KEY };
  // Accounts are made through an app of their own with the limits raised (the admin's calls are
  // rate limited too); the measured app shares its database and keeps every production default.
  const setup = await context.app('login_setup', { env: database });
  const patients = [];
  await pool(burst + SEQUENTIAL_SAMPLES, 4, async () => {
    const { patientId, bundle } = patientBundle();
    const imported = await request(setup.url, 'POST', '/api/admin/patients/import', {
      token: ADMIN_API_KEY,
      body: bundle,
    });
    const password = await request(setup.url, 'PUT', `/api/admin/patients/${patientId}/password`, {
      token: ADMIN_API_KEY,
      body: { password: PASSWORD },
    });
    if (imported.status !== 201 || password.status !== 204)
      throw new Error(`account set-up answered ${imported.status}/${password.status}`);
    patients.push(patientId);
  });
  await context.stop('app:login_setup');
  const app = await context.app('login', {
    env: { ...database, RATE_LIMIT_PER_MINUTE: '20', RATE_LIMIT_PER_HOUR: '100' },
  });

  // The floor: one sign-in with nothing else going on (argon2 verification and the session write).
  const alone = [];
  for (const patientId of patients.slice(burst)) alone.push((await signIn(app.url, patientId)).ms);

  const answers = await Promise.all(patients.slice(0, burst).map((patientId) => signIn(app.url, patientId)));
  const ok = answers.filter((answer) => answer.status === 200).length;
  const statuses = Object.fromEntries(
    [...new Set(answers.map((answer) => answer.status))].map((status) => [
      status,
      answers.filter((answer) => answer.status === status).length,
    ]),
  );
  const latencies = answers.map((answer) => answer.ms);
  const p50 = percentile(latencies, 0.5);
  const p99 = percentile(latencies, 0.99);
  const aloneP50 = percentile(alone, 0.5);
  context.log(
    `login_burst: ${ok}/${burst} answered 200 (${JSON.stringify(statuses)}), p50 ${round(p50)} ms, p99 ${round(p99)} ms; alone ${round(aloneP50)} ms`,
  );
  return {
    login_burst: row({
      what: `${burst} simultaneous correct password sign-ins from one address (production limits: 20/min, LOGIN_MAX_FAILURES_PER_CLIENT 50): answered 200, latency p50/p99`,
      figure: `${ok}/${burst} × 200, p50 ${ms(p50)}, p99 ${ms(p99)}`,
      floor: `one sign-in alone: ${ms(aloneP50)}`,
      ratio: p50 / aloneP50,
      goal: 'all 200',
      meets: ok === burst,
      data: {
        answered_200: ok,
        total: burst,
        statuses,
        p50_ms: round(p50),
        p99_ms: round(p99),
        alone_p50_ms: round(aloneP50),
      },
    }),
  };
}
