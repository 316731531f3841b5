import 'reflect-metadata';
import { ProblemException } from '../common/problem/problem.exception.js';
import { InvalidEnvironmentError } from '../config/validate-environment.js';
import { CliUsageError } from './cli-usage-error.js';
import { EX_CONFIG, EX_USAGE, exitCommand } from './import-command.js';
import { setPasswordCommand } from './set-password.command.js';

const USAGE = `Usage: npm run cli -- <command>

Commands:
  patients:set-password <patient_id>   Set a patient's password, read from stdin
                                       (typed without echo, or piped: echo "$PW" | npm run cli -- ...)

Environment: the service's own (MONGODB_URI, JWT_SECRET, NODE_ENV, ...).`;

const COMMANDS: Record<string, (args: string[], env: Record<string, string | undefined>) => Promise<string>> = {
  'patients:set-password': setPasswordCommand,
};

/** Operator commands run against the service's modules and database, without its HTTP server. */
async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    process.stderr.write(`${USAGE}\n`);
    return EX_USAGE;
  }
  if (name === '--help' || name === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`Unknown command "${name}".\n\n${USAGE}\n`);
    return EX_USAGE;
  }
  try {
    process.stdout.write(`${await command(args, process.env)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof CliUsageError) {
      process.stderr.write(`${error.message}\n`);
      return EX_USAGE;
    }
    if (error instanceof InvalidEnvironmentError) {
      process.stderr.write(`${error.message}\n`);
      return EX_CONFIG;
    }
    if (error instanceof ProblemException) {
      process.stderr.write(`${error.detail}\n`);
      return 1;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(exitCommand, (error: unknown) => {
  process.stderr.write(`The command failed: ${(error as Error).stack ?? String(error)}\n`);
  exitCommand(1);
});
