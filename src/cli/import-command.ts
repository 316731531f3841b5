import { InvalidEnvironmentError } from '../config/validate-environment.js';
import { CliUsageError } from './cli-usage-error.js';

export type CommandEnvironment = Record<string, string | undefined>;

/** sysexits.h: the command was called wrongly, or the service's configuration is wrong. */
export const EX_USAGE = 64;
export const EX_CONFIG = 78;

/**
 * Sets the exit status and lets the process end by itself once the context is closed; should
 * anything still hold the event loop, an operator's command must not hang on it.
 */
export function exitCommand(code: number): void {
  process.exitCode = code;
  setTimeout(() => process.exit(code), 2000).unref();
}

/**
 * Runs a one-shot import command (`npm run import:fhir`, `npm run import:knowledge`) on this
 * process's arguments: `--help` prints the usage, a usage error prints its message and the
 * usage (exit 64), an invalid environment its message (exit 78); `run` returns the exit status
 * of a run that got going.
 */
export function runImportCommand(
  usage: string,
  run: (argv: string[], env: CommandEnvironment) => Promise<number>,
): void {
  const argv = process.argv.slice(2);
  const main = async (): Promise<number> => {
    if (argv.includes('--help') || argv.includes('-h')) {
      process.stdout.write(`${usage}\n`);
      return 0;
    }
    try {
      return await run(argv, process.env);
    } catch (error) {
      if (error instanceof CliUsageError) {
        process.stderr.write(`${error.message}\n\n${usage}\n`);
        return EX_USAGE;
      }
      if (error instanceof InvalidEnvironmentError) {
        process.stderr.write(`${error.message}\n`);
        return EX_CONFIG;
      }
      throw error;
    }
  };
  main().then(exitCommand, (error: unknown) => {
    process.stderr.write(`The import failed: ${(error as Error).stack ?? String(error)}\n`);
    exitCommand(1);
  });
}
