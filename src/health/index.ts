// The health feature's public entry (see .dependency-cruiser.cjs).
export { HealthModule } from './health.module.js';
export { HealthDetailsRegistry } from './health-details.registry.js';
