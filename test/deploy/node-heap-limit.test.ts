import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_NODE_FLAGS } from '../../bench/lib/app-node-flags.mjs';
import { copyOfKubernetesDir, KUBERNETES_DIR, kustomize, only, type KubeObject } from './manifests.js';

/**
 * The app's V8 memory flags (`--max-old-space-size`, `--min-semi-space-size` and the like) are the
 * same wherever it starts: `npm start`, the image's CMD (which the Kubernetes pods run) and the apps the bench
 * measures (bench/lib/app-node-flags.mjs). And every pod's memory limit leaves room above the
 * heap cap for the rest of the process, so the cap, not the kubelet's OOM kill, is what a heap
 * that grows too far meets first.
 */
const V8_MEMORY_FLAG = /^--(?:max|min)-[a-z-]+-size=\d+$/;

/**
 * What the process holds beside V8's old generation: the young generation (three semi-spaces,
 * 48 MB with `--max-semi-space-size=16`), Buffers, code and Node itself. The bench's 1,000 concurrent streams
 * measured up to 132 MB of RSS above V8's whole heap.
 */
const HEADROOM_MIB = 256;

function memoryFlags(argv: readonly string[]): string[] {
  return argv.filter((argument) => V8_MEMORY_FLAG.test(argument));
}

/** The arguments of the `node … dist/main.js` command in an npm script. */
function nodeArgumentsOfScript(script: string): string[] {
  const command = script.split('&&').find((part) => part.includes('dist/main.js'));
  if (!command) throw new Error(`no \`node … dist/main.js\` in "${script}"`);
  return command.trim().split(/\s+/);
}

/** The exec-form CMD of the Dockerfile's last stage. */
function dockerfileCommand(dockerfile: string): string[] {
  const commands = dockerfile.split('\n').filter((line) => line.startsWith('CMD '));
  if (commands.length === 0) throw new Error('the Dockerfile has no CMD');
  return JSON.parse(commands.at(-1)!.slice('CMD '.length)) as string[];
}

function mebibytes(quantity: string): number {
  const match = /^(\d+)(Mi|Gi)$/.exec(quantity);
  if (!match) throw new Error(`unexpected memory quantity ${quantity}`);
  return Number(match[1]) * (match[2] === 'Gi' ? 1024 : 1);
}

function renderProduction(): KubeObject[] {
  const copy = copyOfKubernetesDir();
  try {
    // The overlay renders only with its (git-ignored) secrets file; any values do here.
    const example = readFileSync(join(copy.root, 'overlays/production/secrets.env.example'), 'utf8');
    const secrets = join(copy.root, 'overlays/production/secrets.env');
    writeFileSync(secrets, example);
    return kustomize(join(copy.root, 'overlays/production'));
  } finally {
    copy.remove();
  }
}

describe('the Node heap limit', () => {
  const oldSpaceCap = APP_NODE_FLAGS.find((flag) => flag.startsWith('--max-old-space-size='));

  it('caps the old generation', () => {
    expect(oldSpaceCap).toBeDefined();
    expect(memoryFlags(APP_NODE_FLAGS)).toEqual([...APP_NODE_FLAGS]);
  });

  it('is the same in npm start, the Dockerfile and the bench', () => {
    const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(memoryFlags(nodeArgumentsOfScript(packageJson.scripts.start))).toEqual([...APP_NODE_FLAGS]);
    const command = dockerfileCommand(readFileSync('Dockerfile', 'utf8'));
    expect(command.at(-1)).toBe('dist/main.js');
    expect(memoryFlags(command)).toEqual([...APP_NODE_FLAGS]);
  });

  it.each([
    ['base', () => kustomize(join(KUBERNETES_DIR, 'base'))],
    ['production', renderProduction],
  ])('runs in the %s pods, whose memory limit leaves room above it', (_name, render) => {
    const container = only(render(), 'Deployment').spec.template.spec.containers[0];
    // The image's CMD, with its flags, is what the pod runs.
    expect(container.command).toBeUndefined();
    expect(container.args).toBeUndefined();
    const capMib = Number(oldSpaceCap!.split('=')[1]);
    expect(mebibytes(container.resources.limits.memory)).toBeGreaterThanOrEqual(capMib + HEADROOM_MIB);
  });
});
