/**
 * Tracing is on when the standard OTLP endpoint variables name a collector, and off otherwise,
 * with the SDK's own kill switches respected. Read from the raw environment (not AppConfig):
 * it must be decided before the app's modules, and so its config, are loaded.
 */
export function tracingRequested(env: NodeJS.ProcessEnv): boolean {
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  if (!endpoint) return false;
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return false;
  return !(env.OTEL_TRACES_EXPORTER ?? '').split(',').some((exporter) => exporter.trim() === 'none');
}
