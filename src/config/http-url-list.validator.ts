import { isURL, ValidateBy, type ValidationOptions } from 'class-validator';

const HTTP_URL = { require_tld: false, protocols: ['http', 'https'], require_protocol: true };

/** The entries of a comma-separated list, trimmed, empty ones dropped (a trailing comma is harmless). */
export function splitList(value: string): string[] {
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
}

/**
 * One http(s) URL or several separated by commas: LLM servers are listed this way so one
 * variable names every inference host (each then gets its own slots, breaker and probe).
 */
export function IsHttpUrlList(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isHttpUrlList',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' &&
          splitList(value).length > 0 &&
          splitList(value).every((url) => isURL(url, HTTP_URL)),
      },
    },
    options,
  );
}
