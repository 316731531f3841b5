// The stats feature's public entry (see .dependency-cruiser.cjs).
export { StatsModule } from './stats.module.js';
