/**
 * class-transformer steps shared by the environment classes. Values arrive as strings, so
 * booleans and empty strings need turning into what class-validator checks.
 */

/** 'true'/'1' and 'false'/'0' become booleans; anything else is left for the validator to refuse. */
export const toBoolean = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : value === true || value === 'true' || value === '1'
      ? true
      : value === false || value === 'false' || value === '0'
        ? false
        : value;

/** `VAR=` in a .env file means "not set", not "set to the empty string". */
export const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);
