import { HttpStatus, Injectable } from '@nestjs/common';
import { ProblemException } from '../../common/problem/problem.exception.js';
import { ComponentHealthRegistry } from './component-health.registry.js';
import type { ComponentHealth, HealthComponent } from './component-health.js';

const NAMES: Record<HealthComponent, string> = {
  database: 'MongoDB',
  llm: 'The LLM',
  stt: 'Speech-to-text',
  storage: 'Upload storage',
};

/** One component's report: returned when up, a 503 problem carrying the same report when down. */
@Injectable()
export class ComponentHealthService {
  constructor(private readonly registry: ComponentHealthRegistry) {}

  async require(component: HealthComponent): Promise<ComponentHealth> {
    const report = await this.registry.check(component);
    if (report.status === 'up') return report;
    const why = report.reason ? ` ${report.reason}` : '';
    throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, `${NAMES[component]} is down.${why}`, {
      extensions: { component, details: report },
      headers: { 'retry-after': '5' },
    });
  }
}
