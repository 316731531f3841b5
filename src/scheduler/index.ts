// The scheduler feature's public entry (see .dependency-cruiser.cjs).
export { SchedulerModule } from './scheduler.module.js';
