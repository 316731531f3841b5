// Percentiles and small helpers shared by the bench pieces.

/** Nearest-rank percentile of `values` (unsorted); `share` in [0, 1]. */
export function percentile(values, share) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))];
}

export function summary(values) {
  return {
    n: values.length,
    p50: percentile(values, 0.5),
    p99: percentile(values, 0.99),
    // A loop, not Math.max(...values): spreading 100,000 samples overflows the call stack.
    max: values.length ? values.reduce((max, value) => Math.max(max, value), -Infinity) : Number.NaN,
  };
}

export function round(value, digits = 2) {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Runs `task(i)` for i in [0, total) with at most `concurrency` at a time. */
export async function pool(total, concurrency, task) {
  let next = 0;
  const workers = Array.from({ length: Math.min(concurrency, total) }, async () => {
    while (next < total) {
      const index = next;
      next += 1;
      await task(index);
    }
  });
  await Promise.all(workers);
}

export function median(values) {
  return percentile(values, 0.5);
}
