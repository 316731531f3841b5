// The telemetry feature's public entry (see .dependency-cruiser.cjs): main.ts starts tracing
// through it before it loads the app.
export { startTracing } from './start-tracing.js';
