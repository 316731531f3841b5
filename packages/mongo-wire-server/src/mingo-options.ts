import type { Options } from 'mingo/types';

/**
 * Options every mingo call uses. Scripts stay disabled: `$where`, `$function` and
 * `$accumulator` would otherwise run code a client sent inside the app's process.
 */
export const MINGO_OPTIONS: Partial<Options> = {
  idKey: '_id',
  scriptEnabled: false,
  useStrictMode: true,
};
