import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidEnvironmentError, validateEnvironment } from '../../src/config/validate-environment.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  copyOfKubernetesDir,
  KUBERNETES_DIR,
  kustomize,
  only,
  podEnvironment,
  schemaProblem,
  selects,
  variablesTheAppReads,
  type KubeObject,
} from './manifests.js';

/** What must come from a Secret, never a ConfigMap. */
const SECRET_VARIABLES = ['MONGODB_URI', 'JWT_SECRET', 'DATA_ENCRYPTION_KEY', 'ADMIN_API_KEY', 'METRICS_TOKEN'];
const SECRET_LOOKING = /SECRET|_KEY|_KEYS|TOKEN|PASSWORD|MONGODB_URI/;

function realSecrets(): string {
  return [
    'MONGODB_URI=mongodb://medchat:pw@mongo-0.mongo,mongo-1.mongo,mongo-2.mongo:27017/medchat?replicaSet=rs0',
    `JWT_SECRET=${randomBytes(48).toString('base64')}`,
    `DATA_ENCRYPTION_KEY=${randomBytes(32).toString('base64')}`,
    `ADMIN_API_KEY=${randomBytes(32).toString('hex')}`,
    `METRICS_TOKEN=${randomBytes(24).toString('hex')}`,
  ].join('\n');
}

function renderProduction(secrets: string | null): KubeObject[] {
  const copy = copyOfKubernetesDir();
  try {
    if (secrets !== null) writeFileSync(join(copy.root, 'overlays/production/secrets.env'), secrets);
    return kustomize(join(copy.root, 'overlays/production'));
  } finally {
    copy.remove();
  }
}

const base = kustomize(join(KUBERNETES_DIR, 'base'));
const production = renderProduction(realSecrets());
const renders: Array<[string, KubeObject[]]> = [
  ['base', base],
  ['production', production],
];

describe.each(renders)('deploy/kubernetes %s', (_name, objects) => {
  const deployment = only(objects, 'Deployment');
  const pod = deployment.spec.template;
  const container = pod.spec.containers[0];
  const environment = podEnvironment(objects);

  it('renders only objects that are valid against the Kubernetes schemas', () => {
    expect(objects.map((object) => object.kind).sort()).toEqual(
      expect.arrayContaining([
        'ConfigMap',
        'Deployment',
        'HorizontalPodAutoscaler',
        'NetworkPolicy',
        'PodDisruptionBudget',
        'Secret',
        'Service',
      ]),
    );
    expect(objects.map(schemaProblem).filter(Boolean)).toEqual([]);
  });

  it('probes the app on its health routes, on the port it listens on', () => {
    expect(container.startupProbe.httpGet.path).toBe('/api/health/live');
    expect(container.readinessProbe.httpGet.path).toBe('/api/health/ready');
    expect(container.livenessProbe.httpGet.path).toBe('/api/health/live');
    const port = container.ports.find((entry: any) => entry.name === 'http');
    expect(String(port.containerPort)).toBe(environment.PORT);
    for (const probe of [container.startupProbe, container.readinessProbe, container.livenessProbe])
      expect(probe.httpGet.port).toBe('http');
  });

  it('runs non-root on a read-only root filesystem with bounded resources', () => {
    expect(pod.spec.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: expect.any(Number) });
    expect(pod.spec.securityContext.runAsUser).toBeGreaterThan(0);
    expect(container.securityContext).toMatchObject({
      readOnlyRootFilesystem: true,
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
    });
    expect(container.resources.requests).toEqual({ cpu: expect.anything(), memory: expect.anything() });
    expect(container.resources.limits).toEqual({ cpu: expect.anything(), memory: expect.anything() });
    const volumes = new Set(pod.spec.volumes.map((volume: any) => volume.name));
    expect(container.volumeMounts.every((mount: any) => volumes.has(mount.name))).toBe(true);
    expect(container.volumeMounts.map((mount: any) => mount.mountPath)).toContain('/tmp');
  });

  it('mounts a writable upload directory whenever uploads go to disk', () => {
    const mounts = container.volumeMounts.map((mount: any) => mount.mountPath);
    if ((environment.UPLOAD_STORAGE ?? 'disk') === 'disk') expect(mounts).toContain(environment.UPLOAD_DIR);
    else expect(environment.UPLOAD_STORAGE).toBe('gridfs');
  });

  it('keeps uploads on GridFS whenever more than one replica can run', () => {
    const autoscaler = only(objects, 'HorizontalPodAutoscaler');
    expect(Math.max(deployment.spec.replicas, autoscaler.spec.maxReplicas)).toBeGreaterThan(1);
    expect(environment.UPLOAD_STORAGE).toBe('gridfs');
  });

  it('gives the pod time for preStop and the whole SHUTDOWN_TIMEOUT_MS before SIGKILL', () => {
    const preStop = container.lifecycle.preStop.exec.command as string[];
    expect(preStop[0]).toBe('sleep');
    const drainSeconds = Number(preStop[1]);
    const shutdownSeconds = Number(environment.SHUTDOWN_TIMEOUT_MS) / 1000;
    expect(shutdownSeconds).toBeGreaterThan(0);
    expect(pod.spec.terminationGracePeriodSeconds).toBeGreaterThanOrEqual(drainSeconds + shutdownSeconds + 5);
  });

  it('sets only environment variables the app reads, secrets from the Secret', () => {
    const known = variablesTheAppReads();
    expect(Object.keys(environment).filter((name) => !known.has(name))).toEqual([]);
    const configMap = only(objects, 'ConfigMap');
    expect(Object.keys(configMap.data).filter((name) => SECRET_LOOKING.test(name))).toEqual([]);
    expect(Object.keys(only(objects, 'Secret').data).sort()).toEqual([...SECRET_VARIABLES].sort());
    expect(container.env ?? []).toEqual([]);
  });

  it('points the Service, autoscaler, disruption budget and network policy at the pods', () => {
    const labels = pod.metadata.labels;
    expect(selects(deployment.spec.selector.matchLabels, labels)).toBe(true);
    const service = only(objects, 'Service');
    expect(selects(service.spec.selector, labels)).toBe(true);
    expect(service.spec.ports.map((port: any) => port.targetPort)).toEqual(['http']);
    expect(only(objects, 'HorizontalPodAutoscaler').spec.scaleTargetRef).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: deployment.metadata.name,
    });
    expect(selects(only(objects, 'PodDisruptionBudget').spec.selector.matchLabels, labels)).toBe(true);
    const policy = only(objects, 'NetworkPolicy');
    expect(selects(policy.spec.podSelector.matchLabels, labels)).toBe(true);
    expect(policy.spec.ingress.flatMap((rule: any) => rule.ports.map((port: any) => port.port))).toContain(
      Number(environment.PORT),
    );
  });
});

describe('deploy/kubernetes secrets', () => {
  it('base: the placeholder Secret is refused by the app at start-up, naming each secret', () => {
    const environment = podEnvironment(base);
    expect(environment.NODE_ENV).toBe('production');
    let problems: string[] = [];
    try {
      validateEnvironment(environment);
    } catch (error) {
      if (!(error instanceof InvalidEnvironmentError)) throw error;
      problems = error.problems;
    }
    for (const name of SECRET_VARIABLES) expect(problems.some((problem) => problem.includes(name))).toBe(true);
  });

  it('production: does not render without the operator secrets.env', () => {
    expect(() => renderProduction(null)).toThrow(/secrets\.env/);
  });

  it('production: the example secrets.env (empty values) is refused at start-up', () => {
    const example = readFileSync(join(KUBERNETES_DIR, 'overlays/production/secrets.env.example'), 'utf8');
    expect(() => validateEnvironment(podEnvironment(renderProduction(example)))).toThrow(InvalidEnvironmentError);
  });

  it('production: with real secrets the rendered environment is one the app accepts', () => {
    const { variables } = validateEnvironment(podEnvironment(production));
    expect(variables).toMatchObject({ NODE_ENV: 'production', TRUST_PROXY: true, UPLOAD_STORAGE: 'gridfs' });
  });
});

describe('deploy/kubernetes probe paths', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('every probe path is a route of the app that answers 200 when it is healthy', async () => {
    const paths = new Set<string>();
    for (const [, objects] of renders) {
      const container = only(objects, 'Deployment').spec.template.spec.containers[0];
      for (const probe of [container.startupProbe, container.readinessProbe, container.livenessProbe])
        paths.add(probe.httpGet.path);
    }
    for (const path of paths) {
      const response = await fetch(`${app.url}${path}`);
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
    }
  });
});
