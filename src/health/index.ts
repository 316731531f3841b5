// The health feature's public entry (see .dependency-cruiser.cjs).
export { HealthModule } from './health.module.js';
export { HealthDetailsRegistry } from './health-details.registry.js';
export { ComponentHealthRegistry } from './components/component-health.registry.js';
export type { ComponentHealth, HealthComponent } from './components/component-health.js';
export { LIVENESS_OPERATION, LIVENESS_PATH, LIVENESS_SCHEMA, registerLivenessRoute } from './liveness-route.js';
