/** The components `/api/health/<component>` reports on, one route each. */
export const HEALTH_COMPONENTS = ['database', 'llm', 'stt', 'storage'] as const;
export type HealthComponent = (typeof HEALTH_COMPONENTS)[number];

/**
 * What one component probe found: `up` or `down`, plus the facts an operator needs to act
 * (which host, which directory, what error). `reason` says in a sentence why it is down.
 */
export interface ComponentHealth {
  status: 'up' | 'down';
  reason?: string;
  [fact: string]: unknown;
}

export type ComponentProbe = () => Promise<ComponentHealth>;
