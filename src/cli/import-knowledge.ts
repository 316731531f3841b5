import 'reflect-metadata';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CliUsageError } from './cli-usage-error.js';
import { ProgressBar } from './fhir-import/progress-bar.js';
import { runImportCommand, type CommandEnvironment } from './import-command.js';

const USAGE = `Usage: npm run import:knowledge -- <file-or-directory>...

Adds medical-knowledge collections to the service's database (MongoDB knowledge_passages): each
argument is one collection, named after the file or directory: a JSON Lines file (.jsonl or
.jsonl.gz) in MedQuAD's shape (see data/medquad/README.md), a MedQuAD XML file, or a directory of
MedQuAD XML files. A collection whose files have not changed (same content hash) is skipped; a
changed one replaces its earlier copy. Every running instance rebuilds its search index within
KNOWLEDGE_REFRESH_INTERVAL_MS. Progress goes to stderr, the summary to stdout.

Environment: the service's own; MONGODB_URI is required. LOG_LEVEL defaults to warn.

Exit status: 0 all loaded or unchanged, 1 some collection failed, 64 usage, 78 configuration.`;

runImportCommand(USAGE, importAll);

/** `npm run import:knowledge -- <file-or-directory>...` */
async function importAll(locations: string[], env: CommandEnvironment): Promise<number> {
  if (locations.length === 0) throw new CliUsageError('Name at least one collection file or directory.');
  if (!env.MONGODB_URI)
    throw new CliUsageError(
      "Set MONGODB_URI to the service's database: an embedded database lives only inside the server process.",
    );
  // A mistyped path is a usage error, found before the database is touched, not one failed
  // collection among others reported after connecting.
  const missing = locations.filter((location) => !existsSync(location));
  if (missing.length > 0)
    throw new CliUsageError(
      `No such file or directory: ${missing.join(', ')}. Name existing collection files or directories.`,
    );
  const [{ createAppContext }, { CollectionLoader }] = await Promise.all([
    import('../bootstrap/create-app-context.js'),
    import('../knowledge/index.js'),
  ]);
  const progress = new ProgressBar(process.stderr, locations.length);
  // The CLI loads only what it is given: the context must not load the shipped collection too.
  const app = await createAppContext({
    env: { ...env, LOG_LEVEL: env.LOG_LEVEL ?? 'warn', KNOWLEDGE_SEED_PATH: 'none' },
    logDestination: progress.logDestination(),
  });
  const lines: string[] = [];
  let failed = 0;
  try {
    const loader = app.context.get(CollectionLoader);
    for (const location of locations) {
      try {
        const outcome = await loader.load(location);
        const note = outcome.loaded ? `${outcome.passages} passages loaded` : 'unchanged, skipped';
        lines.push(`${outcome.name}: ${note}`);
        progress.advance(path.basename(location), note);
      } catch (error) {
        failed += 1;
        lines.push(`${location}: failed: ${(error as Error).message}`);
        progress.advance(path.basename(location), 'error');
      }
    }
  } finally {
    progress.finish();
    await app.close();
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return failed > 0 ? 1 : 0;
}
