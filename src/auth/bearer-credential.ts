const BEARER = /^Bearer +(\S+) *$/i;

/** The credential of an `Authorization: Bearer <credential>` header; undefined for anything else. */
export function bearerCredentialOf(header: string | string[] | undefined): string | undefined {
  if (typeof header !== 'string') return undefined;
  return BEARER.exec(header)?.[1];
}
