// A bench server child announces itself with one JSON line on stdout and stops on SIGTERM.
export function announce(details) {
  process.stdout.write(`${JSON.stringify({ ready: true, ...details })}\n`);
}

export function stopOnSignal(stop) {
  const handler = () => {
    Promise.resolve()
      .then(stop)
      .finally(() => process.exit(0));
  };
  process.once('SIGTERM', handler);
  process.once('SIGINT', handler);
  // The parent died without stopping us: never outlive the bench.
  process.stdin.on('end', handler);
  process.stdin.resume();
}
