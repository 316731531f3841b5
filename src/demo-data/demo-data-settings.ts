import { fileURLToPath } from 'node:url';
import type { AppConfig } from '../config/app-config.js';

/** `data/demo/` of the repository, from `src/demo-data/` (tests) and `dist/demo-data/` (npm start) alike. */
export const DEMO_BUNDLE_DIRECTORY = fileURLToPath(new URL('../../data/demo/', import.meta.url));

/**
 * DEMO_DATA when set; otherwise on exactly where a newcomer's `npm start` lands: development on
 * the embedded store, whose data is gone on exit, so there is nothing to keep apart from demo
 * patients. Production refuses DEMO_DATA=true at validation.
 */
export function demoDataEnabled(config: AppConfig): boolean {
  if (config.env.DEMO_DATA !== undefined) return config.env.DEMO_DATA;
  return config.isDevelopment && !config.env.MONGODB_URI;
}
