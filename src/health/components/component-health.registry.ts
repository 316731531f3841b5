import { Injectable } from '@nestjs/common';
import type { ComponentHealth, ComponentProbe, HealthComponent } from './component-health.js';

/**
 * The probe of each component, registered by the module that owns it (upload storage by the
 * upload module, speech-to-text by the orchestrator), so the health module answers for them
 * without reaching into their files.
 */
@Injectable()
export class ComponentHealthRegistry {
  private readonly probes = new Map<HealthComponent, ComponentProbe>();

  register(component: HealthComponent, probe: ComponentProbe): void {
    this.probes.set(component, probe);
  }

  /** A probe that throws is a component that is down, never a 500 from the health route. */
  async check(component: HealthComponent): Promise<ComponentHealth> {
    const probe = this.probes.get(component);
    if (!probe) return { status: 'down', reason: `No ${component} probe is registered in this process.` };
    try {
      return await probe();
    } catch (error) {
      return { status: 'down', reason: (error as Error).message };
    }
  }
}
