// The metrics feature's public entry (see .dependency-cruiser.cjs): the recorder others report to.
export { MetricsModule } from './metrics.module.js';
export { MetricsRecorder } from './metrics-recorder.js';
