import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { FAILURE_REASONS } from '../../src/chat/schemas/conversation.schema.js';
import { PROMTOOL, resolveSystemTool } from '../support/system-tools.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { exportedFamilies, isExported, metricNamesIn } from './promql-metric-names.js';

const run = promisify(execFile);
const deployFile = (path: string) => fileURLToPath(new URL(`../../deploy/${path}`, import.meta.url));
const RULES = deployFile('prometheus/medchat-alerts.yml');
const RULE_TESTS = deployFile('prometheus/medchat-alerts.test.yml');
const DASHBOARD = deployFile('grafana/medchat-dashboard.json');

/** Series Prometheus makes itself, not the app: scrape health and the alerts' own state. */
const PROMETHEUS_SERIES = new Set(['up', 'ALERTS']);

interface Rule {
  alert?: string;
  expr: string;
  annotations?: { summary?: string; description?: string };
}
const rules: Rule[] = (parse(readFileSync(RULES, 'utf8')).groups as Array<{ rules: Rule[] }>).flatMap(
  (group) => group.rules,
);
const dashboard = JSON.parse(readFileSync(DASHBOARD, 'utf8'));

/** Every PromQL expression of the dashboard: panel targets, template variable queries, annotations. */
function dashboardExpressions(): Array<{ where: string; expr: string }> {
  const found: Array<{ where: string; expr: string }> = [];
  for (const panel of dashboard.panels) {
    for (const target of panel.targets ?? [])
      found.push({ where: `panel "${panel.title}" ${target.refId}`, expr: target.expr });
  }
  for (const variable of dashboard.templating.list) {
    if (variable.type === 'query')
      found.push({ where: `variable ${variable.name}`, expr: variable.query.query ?? variable.query });
  }
  for (const annotation of dashboard.annotations.list)
    found.push({ where: `annotation ${annotation.name}`, expr: annotation.expr });
  return found;
}

describe('PromQL metric-name extraction', () => {
  it('finds the metrics and skips functions, labels, ranges and variables', () => {
    expect(
      metricNamesIn(
        'histogram_quantile(0.95, sum by (le, route) (rate(a_bucket{job="x", route!~"/b.*"}[$__rate_interval])))',
      ),
    ).toEqual(['a_bucket']);
    expect(metricNamesIn('sum(rate(a_total[5m])) > 3 * sum(rate(b_total[6h])) and on (instance) up == 0')).toEqual([
      'a_total',
      'b_total',
      'up',
    ]);
    expect(metricNamesIn('label_values(c_count{job="medchat"}, instance)')).toEqual(['c_count']);
    expect(metricNamesIn('max by (breaker) (d{instance=~"$instance"}) == 2')).toEqual(['d']);
  });
});

describe('deploy/prometheus alert rules', () => {
  let promtool: string;
  beforeAll(() => {
    promtool = resolveSystemTool(PROMTOOL);
  });

  it('pass promtool check rules', async () => {
    const { stdout } = await run(promtool, ['check', 'rules', RULES]);
    expect(stdout).toMatch(/SUCCESS: \d+ rules found/);
  });

  it('pass their promtool unit tests', async () => {
    const result = await run(promtool, ['test', 'rules', RULE_TESTS]).catch(
      (error: { stdout?: string; stderr?: string }) => ({
        stdout: `${error.stdout ?? ''}${error.stderr ?? ''}`,
      }),
    );
    expect(result.stdout).toMatch(/SUCCESS/);
  });

  it('every alert has a unit test in which it fires', () => {
    const tests = parse(readFileSync(RULE_TESTS, 'utf8')).tests as Array<{
      alert_rule_test?: Array<{ alertname: string; exp_alerts: unknown[] }>;
    }>;
    const firing = new Set(
      tests.flatMap((test) =>
        (test.alert_rule_test ?? []).filter((check) => check.exp_alerts.length > 0).map((check) => check.alertname),
      ),
    );
    const alerts = rules.map((rule) => rule.alert).filter((name): name is string => Boolean(name));
    expect(alerts.length).toBeGreaterThanOrEqual(8);
    expect(alerts.filter((name) => !firing.has(name))).toEqual([]);
  });

  it("MedChatTurnsFailing's description names every outcome it counts, as the label says it", () => {
    const rule = rules.find((candidate) => candidate.alert === 'MedChatTurnsFailing')!;
    const excluded = /outcome!~"([^"]+)"/.exec(rule.expr)![1]!.split('|');
    const counted = FAILURE_REASONS.filter((reason) => !excluded.includes(reason));
    expect(counted.length).toBeGreaterThan(0);
    const description = rule.annotations?.description ?? '';
    expect(counted.filter((outcome) => !description.includes(`\`${outcome}\``))).toEqual([]);
  });
});

describe('deploy/grafana dashboard', () => {
  it('is an importable dashboard: unique panel ids, every query on the datasource variable', () => {
    expect(dashboard).toMatchObject({ uid: expect.any(String), title: 'MedChat', schemaVersion: expect.any(Number) });
    const ids = dashboard.panels.map((panel: { id: number }) => panel.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const panel of dashboard.panels.filter((candidate: { type: string }) => candidate.type !== 'row')) {
      expect({ panel: panel.title, datasource: panel.datasource.uid, targets: panel.targets.length > 0 }).toEqual({
        panel: panel.title,
        datasource: '${datasource}',
        targets: true,
      });
    }
  });
});

describe('every metric the alerts and the dashboard read is one the app exports', () => {
  let app: TestApp;
  let families: Map<string, string>;
  beforeAll(async () => {
    app = await startTestApp();
    const response = await fetch(`${app.url}/metrics`);
    expect(response.status).toBe(200);
    families = exportedFamilies(await response.text());
  });
  afterAll(async () => {
    await app?.close();
  });

  const missing = (sources: Array<{ where: string; expr: string }>) =>
    sources.flatMap(({ where, expr }) =>
      metricNamesIn(expr)
        .filter((name) => !PROMETHEUS_SERIES.has(name) && !isExported(name, families))
        .map((name) => `${where}: ${name}`),
    );

  it('alert rules', () => {
    const sources = rules.map((rule) => ({ where: `alert ${rule.alert}`, expr: rule.expr }));
    expect(sources.filter(({ expr }) => metricNamesIn(expr).length === 0)).toEqual([]);
    expect(missing(sources)).toEqual([]);
  });

  it('dashboard queries', () => {
    const sources = dashboardExpressions();
    expect(sources.length).toBeGreaterThan(20);
    expect(missing(sources)).toEqual([]);
  });
});
