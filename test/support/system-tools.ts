import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** A program some tests run as a real process, and how a developer gets it. */
export interface SystemTool {
  command: string;
  /** Overrides the PATH search with an exact binary. */
  envVar: string;
  /** What to do when it is missing: one line, shown as the test's failure. */
  installHint: string;
}

export const CHROMIUM: SystemTool = {
  command: 'chromium',
  envVar: 'CHROMIUM_PATH',
  installHint: "apt-get install -y --no-install-recommends chromium (Debian's browser; never a downloaded one)",
};

export const REDIS_SERVER: SystemTool = {
  command: 'redis-server',
  envVar: 'REDIS_SERVER_PATH',
  installHint: 'apt-get install -y --no-install-recommends redis-server',
};

export const PROMTOOL: SystemTool = {
  command: 'promtool',
  envVar: 'PROMTOOL_PATH',
  installHint: 'apt-get install -y --no-install-recommends prometheus (Debian ships promtool in it)',
};

export const NGINX: SystemTool = {
  command: 'nginx',
  envVar: 'NGINX_PATH',
  installHint: 'apt-get install -y --no-install-recommends nginx',
};

export const KUBECTL: SystemTool = {
  command: 'kubectl',
  envVar: 'KUBECTL_PATH',
  installHint: 'install kubectl 1.27 or later (kustomize v5): https://kubernetes.io/docs/tasks/tools/',
};

/** A non-root user's PATH often lacks the sbin directories, where Debian puts nginx. */
const EXTRA_DIRECTORIES = ['/usr/local/sbin', '/usr/sbin', '/sbin'];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The absolute path of the tool, or an error whose one-line message names the variable that
 * overrides it and what to install. Tests call this in beforeAll: a missing tool fails the suite
 * with that line instead of a spawn ENOENT stack, and is never skipped silently.
 */
export function resolveSystemTool(tool: SystemTool, env: NodeJS.ProcessEnv = process.env): string {
  const override = env[tool.envVar];
  if (override) {
    if (isExecutable(override)) return override;
    throw new Error(`${tool.envVar}=${override} is not an executable file; unset it or point it at ${tool.command}`);
  }
  const directories = [...(env.PATH ?? '').split(delimiter).filter(Boolean), ...EXTRA_DIRECTORIES];
  for (const directory of directories) {
    const candidate = join(directory, tool.command);
    if (isExecutable(candidate)) return candidate;
  }
  throw new Error(`${tool.command} not found on PATH: ${tool.installHint}, or set ${tool.envVar}`);
}
