import { trace } from '@opentelemetry/api';

/**
 * The active span's ids for a log line, so a line found in the logs leads to its trace and back.
 * Without the SDK the API's global tracer is a no-op and there is never an active span.
 */
export function traceLogFields(): { trace_id: string; span_id: string } | undefined {
  const span = trace.getActiveSpan();
  if (!span) return undefined;
  const { traceId, spanId, traceFlags } = span.spanContext();
  // An unsampled span is not exported: its id would lead nowhere.
  if ((traceFlags & 1) === 0) return undefined;
  return { trace_id: traceId, span_id: spanId };
}
