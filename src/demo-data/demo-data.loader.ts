import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { AdminPatientsService } from '../auth/index.js';
import { DEMO_BUNDLE_DIRECTORY } from './demo-data-settings.js';

/** What one background import did, for the log line and the tests. */
export interface DemoDataOutcome {
  patients: string[];
  records: number;
  failed: Array<{ file: string; error: string }>;
}

/**
 * Imports the bundled Synthea patients (data/demo/*.json) through the same service as the admin
 * route and the CLI, in the background: start-up (and startup_ms) does not wait on a few
 * thousand records, and the log says when they are there. Importing again is a no-op for an
 * unchanged bundle, so pointing DEMO_DATA at a persistent database is harmless.
 */
@Injectable()
export class DemoDataLoader implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('DemoData');
  private running?: Promise<DemoDataOutcome>;
  private stopping = false;

  constructor(private readonly admin: AdminPatientsService) {}

  onApplicationBootstrap(): void {
    this.running = this.importAll();
  }

  /** Resolves once the background import has finished (the tests wait on it). */
  done(): Promise<DemoDataOutcome> {
    return this.running ?? Promise.resolve({ patients: [], records: 0, failed: [] });
  }

  /** Shutdown lets the bundle in hand finish and skips the rest, so no write races the closing connection. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.running;
  }

  private async importAll(): Promise<DemoDataOutcome> {
    const started = performance.now();
    const outcome: DemoDataOutcome = { patients: [], records: 0, failed: [] };
    let files: string[];
    try {
      files = (await readdir(DEMO_BUNDLE_DIRECTORY)).filter((name) => name.endsWith('.json')).sort();
    } catch (error) {
      this.logger.warn(
        `Demo data: no bundles at ${DEMO_BUNDLE_DIRECTORY} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); nothing imported`,
      );
      return outcome;
    }
    this.logger.log(
      `Demo data: importing ${files.length} Synthea patients from ${DEMO_BUNDLE_DIRECTORY} in the background`,
    );
    for (const file of files) {
      if (this.stopping) break;
      try {
        const bundle: unknown = JSON.parse(await readFile(path.join(DEMO_BUNDLE_DIRECTORY, file), 'utf8'));
        const result = await this.admin.importBundle(bundle, 'demo-data');
        outcome.patients.push(result.patient_id);
        outcome.records += result.records_imported;
      } catch (error) {
        outcome.failed.push({ file, error: (error as Error).message });
        this.logger.warn(`Demo data: ${file} was not imported: ${(error as Error).message}`);
      }
    }
    const elapsed = Math.round(performance.now() - started);
    this.logger.log(
      `Demo data: ${outcome.patients.length} patients ready (${outcome.records} records, ${elapsed} ms); sign in with one of: ${outcome.patients.join(', ')}`,
    );
    return outcome;
  }
}
