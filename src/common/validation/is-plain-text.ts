import { ValidateBy, type ValidationOptions } from 'class-validator';

/** C0 control characters other than tab, line feed and carriage return, and DEL: no keyboard types them. */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** A UTF-16 surrogate without its partner: JSON's \ud800 escape makes one, and no text holds one. */
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Whether a string is text a person wrote: no control characters besides tab and line breaks, no
 * unpaired surrogate. A NUL byte or an escape sequence in a message reached the prompt and the
 * store as it came; an unpaired surrogate cannot be encoded as UTF-8 and was stored as U+FFFD, not
 * as what was sent. Anything but a string passes: @IsString() says what is wrong with it.
 */
export function isPlainText(value: unknown): boolean {
  return typeof value !== 'string' || !(CONTROL_CHARACTER.test(value) || UNPAIRED_SURROGATE.test(value));
}

/** class-validator's decorator of `isPlainText`, for the free-text fields a patient writes. */
export function IsPlainText(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPlainText',
      validator: {
        validate: isPlainText,
        defaultMessage: (args) =>
          `${args?.property ?? 'the text'} must be plain text: no control characters (tabs and line breaks are fine) and no unpaired surrogates`,
      },
    },
    options,
  );
}
