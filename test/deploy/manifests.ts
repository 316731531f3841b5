import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getMetadataStorage } from 'class-validator';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { parseAllDocuments } from 'yaml';
import { EnvironmentVariables } from '../../src/config/environment-variables.js';
import { KUBECTL, resolveSystemTool } from '../support/system-tools.js';

/** deploy/kubernetes in the repository. */
export const KUBERNETES_DIR = fileURLToPath(new URL('../../deploy/kubernetes/', import.meta.url));

export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [field: string]: any;
}

/** `kubectl kustomize <dir>`: throws with kubectl's own message when the build fails. */
export function kustomize(directory: string): KubeObject[] {
  const kubectl = resolveSystemTool(KUBECTL);
  let output: string;
  try {
    output = execFileSync(kubectl, ['kustomize', directory], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '');
    throw new Error(`kubectl kustomize ${directory} failed: ${stderr.trim() || (error as Error).message}`, {
      cause: error,
    });
  }
  return parseAllDocuments(output).map((document) => {
    if (document.errors.length > 0) throw new Error(`kustomize printed invalid YAML: ${document.errors[0].message}`);
    return document.toJS() as KubeObject;
  });
}

/**
 * A copy of deploy/kubernetes in a temporary directory, for rendering an overlay with files an
 * operator supplies (secrets.env) without writing them into the repository.
 */
export function copyOfKubernetesDir(): { root: string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'medchat-kustomize-'));
  cpSync(KUBERNETES_DIR, root, { recursive: true, filter: (source) => !source.endsWith('secrets.env') });
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** The schema class of every kind the manifests may hold; any other kind is a test failure. */
const MODELS: Record<string, new (data: any) => { validate(): void }> = {
  'v1/ConfigMap': ConfigMap,
  'v1/Namespace': Namespace,
  'v1/Secret': Secret,
  'v1/Service': Service,
  'v1/ServiceAccount': ServiceAccount,
  'apps/v1/Deployment': Deployment,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'networking.k8s.io/v1/Ingress': Ingress,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
};

/** Validates the object against the Kubernetes OpenAPI schema; returns the problem, or null. */
export function schemaProblem(object: KubeObject): string | null {
  const Model = MODELS[`${object.apiVersion}/${object.kind}`];
  if (!Model) return `${object.apiVersion} ${object.kind} has no schema in this test; add it to MODELS`;
  try {
    new Model(object.kind === 'Secret' ? withUnwrappedData(object) : object).validate();
    return null;
  } catch (error) {
    return `${object.kind}/${object.metadata.name}: ${(error as Error).message}`;
  }
}

/**
 * kustomize wraps long base64 values over several lines. The API server's decoder (Go's
 * encoding/base64) skips the line breaks; the schema's `byte` format does not.
 */
function withUnwrappedData(secret: KubeObject): KubeObject {
  const data = Object.fromEntries(
    Object.entries(secret.data ?? {}).map(([key, value]) => [key, String(value).replace(/[\r\n]/g, '')]),
  );
  return { ...secret, data };
}

export function only(objects: KubeObject[], kind: string): KubeObject {
  const matches = objects.filter((object) => object.kind === kind);
  if (matches.length !== 1) throw new Error(`expected one ${kind}, rendered ${matches.length}`);
  return matches[0];
}

/** The environment a pod of the Deployment gets: its ConfigMap and Secret (decoded) and literal env entries. */
export function podEnvironment(objects: KubeObject[]): Record<string, string> {
  const container = only(objects, 'Deployment').spec.template.spec.containers[0];
  const environment: Record<string, string> = {};
  for (const source of container.envFrom ?? []) {
    if (source.configMapRef) Object.assign(environment, named(objects, 'ConfigMap', source.configMapRef.name).data);
    if (source.secretRef) Object.assign(environment, secretData(named(objects, 'Secret', source.secretRef.name)));
  }
  for (const entry of container.env ?? []) environment[entry.name] = entry.value ?? '';
  return environment;
}

export function named(objects: KubeObject[], kind: string, name: string): KubeObject {
  const found = objects.find((object) => object.kind === kind && object.metadata.name === name);
  if (!found) throw new Error(`the Deployment refers to ${kind} ${name}, which is not rendered`);
  return found;
}

export function secretData(secret: KubeObject): Record<string, string> {
  const decoded = Object.entries(secret.data ?? {}).map(([key, value]) => [
    key,
    Buffer.from(String(value), 'base64').toString('utf8'),
  ]);
  return { ...Object.fromEntries(decoded), ...(secret.stringData ?? {}) };
}

/** Every environment variable the app validates (and so reads): the decorated EnvironmentVariables fields. */
export function variablesTheAppReads(): Set<string> {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(EnvironmentVariables, '', true, false);
  return new Set(metadata.map((entry) => entry.propertyName));
}

/** True when every label of `selector` is on the pod template. */
export function selects(selector: Record<string, string> | undefined, labels: Record<string, string>): boolean {
  return Object.entries(selector ?? {}).every(([key, value]) => labels[key] === value);
}
