/**
 * The embedded database lives inside the server process, so `import:fhir` cannot open it; the
 * running server can. This writes the shell command that sends the same bundles to that
 * server's admin route, ready to paste: the files already expanded and quoted, the URL from the
 * server's own HOST and PORT, the key read from $ADMIN_API_KEY (never printed).
 */
export function adminRouteCommand(files: readonly string[], env: Record<string, string | undefined>): string {
  const url = `${serverBaseUrl(env)}/api/admin/patients/import`;
  const curl = `curl -sS --fail-with-body -X POST '${url}' -H "Authorization: Bearer $ADMIN_API_KEY" -H 'Content-Type: application/json' --data-binary`;
  if (files.length === 1) return `${curl} @${shellQuote(files[0]!)}`;
  return `for f in ${files.map(shellQuote).join(' ')}; do ${curl} @"$f" && echo; done`;
}

/** The address a local shell reaches the server at: a wildcard bind is reached on loopback. */
export function serverBaseUrl(env: Record<string, string | undefined>): string {
  const host = env.HOST && !['0.0.0.0', '::', '[::]'].includes(env.HOST) ? env.HOST : '127.0.0.1';
  const port = env.PORT || '8000';
  return `http://${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}:${port}`;
}

function shellQuote(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/** The whole explanation printed instead of importing. */
export function embeddedStoreRefusal(files: readonly string[], env: Record<string, string | undefined>): string {
  return [
    "Set MONGODB_URI to the service's database to import from here. Without it the server runs on an",
    'embedded database that lives only inside the server process, which this command cannot reach.',
    'To import into a running server instead (it must have been started with ADMIN_API_KEY set),',
    'export the same ADMIN_API_KEY in this shell and run:',
    '',
    `  ${adminRouteCommand(files, env)}`,
  ].join('\n');
}
