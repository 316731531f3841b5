import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ProblemException } from '../common/problem/problem.exception.js';
import { CliUsageError } from './cli-usage-error.js';
import { embeddedStoreRefusal } from './fhir-import/admin-route-command.js';
import { bundleFilesOf } from './fhir-import/bundle-files.js';
import { ImportSummary, type BundleOutcome } from './fhir-import/import-summary.js';
import { ProgressBar } from './fhir-import/progress-bar.js';
import { EX_USAGE, runImportCommand, type CommandEnvironment } from './import-command.js';

const USAGE = `Usage: npm run import:fhir -- <file-or-directory>...

Imports FHIR R4 bundles (one patient each; every .json file under a directory) into the
service's database: each bundle's Patient becomes an account, its clinical resources
patient records. Progress goes to stderr, the summary table to stdout. Importing a bundle
again changes nothing unless the bundle changed.

Environment: the service's own; MONGODB_URI is required (an embedded database lives only
inside the server process: without MONGODB_URI the command prints the curl command that sends
the bundles to the running server's POST /api/admin/patients/import instead). LOG_LEVEL
defaults to warn for this command.

Exit status: 0 all imported, 1 some bundle failed (see the table), 64 usage, 78 configuration.`;

runImportCommand(USAGE, importAll);

/** `npm run import:fhir -- <file-or-directory>...` */
async function importAll(paths: string[], env: CommandEnvironment): Promise<number> {
  if (paths.length === 0) throw new CliUsageError('Name at least one bundle file or directory.');
  const files = await bundleFilesOf(paths);
  if (files.length === 0) throw new CliUsageError(`No .json files in ${paths.join(', ')}.`);
  if (!env.MONGODB_URI) {
    process.stderr.write(`${embeddedStoreRefusal(files, env)}\n`);
    return EX_USAGE;
  }

  // The module graph is loaded only once the arguments are valid, so a usage error answers at once.
  const [{ createAppContext }, { AdminPatientsService }, { mapFhirBundle }] = await Promise.all([
    import('../bootstrap/create-app-context.js'),
    import('../auth/index.js'),
    import('../patients/index.js'),
  ]);
  const progress = new ProgressBar(process.stderr, files.length);
  const app = await createAppContext({
    env: { ...env, LOG_LEVEL: env.LOG_LEVEL ?? 'warn' },
    logDestination: progress.logDestination(),
  });
  const summary = new ImportSummary();
  const startedAt = performance.now();
  try {
    const admin = app.context.get(AdminPatientsService);
    for (const file of files) {
      const outcome = await importOne(file, async (bundle) => {
        const result = await admin.importBundle(bundle, 'cli');
        // Pure and cheap: the per-type counts of what the import just stored.
        const recordsByType: Record<string, number> = {};
        for (const record of mapFhirBundle(bundle).records)
          recordsByType[record.resource_type] = (recordsByType[record.resource_type] ?? 0) + 1;
        return { patientId: result.patient_id, recordsByType, skippedByType: result.skipped.by_type };
      });
      summary.add(outcome);
      progress.advance(path.basename(file), outcome.ok ? `${sumOf(outcome.recordsByType)} records` : 'error');
    }
  } finally {
    progress.finish();
    await app.close();
  }
  process.stdout.write(summary.render(performance.now() - startedAt));
  return summary.failed > 0 ? 1 : 0;
}

type Imported = Omit<Extract<BundleOutcome, { ok: true }>, 'file' | 'ok'>;

/** One file's outcome; a bad file is reported in the summary and the run goes on. */
async function importOne(file: string, importBundle: (bundle: unknown) => Promise<Imported>): Promise<BundleOutcome> {
  let bundle: unknown;
  try {
    bundle = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    return { file, ok: false, error: `not readable JSON (${(error as Error).message})` };
  }
  try {
    return { file, ok: true, ...(await importBundle(bundle)) };
  } catch (error) {
    if (error instanceof ProblemException) return { file, ok: false, error: error.detail };
    return { file, ok: false, error: (error as Error).message };
  }
}

function sumOf(counts: Record<string, number>): number {
  return Object.values(counts).reduce((total, count) => total + count, 0);
}
