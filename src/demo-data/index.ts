// The demo-data feature's public entry (see .dependency-cruiser.cjs).
export { DemoDataModule } from './demo-data.module.js';
export { DemoDataLoader, type DemoDataOutcome } from './demo-data.loader.js';
export { DEMO_BUNDLE_DIRECTORY, demoDataEnabled } from './demo-data-settings.js';
