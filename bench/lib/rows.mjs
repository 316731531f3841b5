// The report's rows in order: what `npm run bench` produces and the smoke test expects, kept once.
export const ROW_ORDER = [
  'framework_ratio',
  'auth_read',
  'chat_overhead_ms',
  'sse_ttft_added_ms',
  'concurrent_streams',
  'upload_45mb',
  'startup_ms',
  'fhir_import',
  'triage',
  'login_burst',
  'llm_rush',
  'knowledge_retrieval',
  'records_scale',
];
