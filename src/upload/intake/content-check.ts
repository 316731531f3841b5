import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '../../common/problem/problem.exception.js';
import { extensionsOf, mimeTypesOf, type AcceptedFileType, type UploadKindRules } from '../upload-rules.js';

/** What `file-type` found in the first bytes, if anything. */
export interface SniffedType {
  ext: string;
  mime: string;
}

/** The file part being checked, as the client named and declared it. */
export interface DescribedPart {
  /** The multipart field that carried it (`file`, `image`, `audio`), for the problem's `errors`. */
  field: string;
  /** Sanitized. */
  filename: string;
  /** Of the sanitized name: `.png`, or ''. */
  extension: string;
  /** The part's Content-Type, if any. */
  declared?: string;
}

/** Declarations that say "some bytes", which neither agree nor disagree with anything. */
const GENERIC_TYPES = new Set(['', 'application/octet-stream', 'binary/octet-stream']);

/** `audio/ogg; codecs=opus` → `audio/ogg`. */
export function essence(mediaType: string | undefined): string {
  return (mediaType ?? '').split(';')[0]!.trim().toLowerCase();
}

/**
 * Checks what can be checked before any content is read: the extension of the (sanitized)
 * name, and the type the client declared for the part. A type foreign to this kind of upload
 * is 415; an accepted type that disagrees with the name is 422.
 */
export function checkNameAndDeclaredType(rules: UploadKindRules, part: DescribedPart): AcceptedFileType {
  const { field, filename, extension } = part;
  const accepted = rules.types.find((type) => type.extension === extension);
  if (!accepted) {
    const named =
      extension === ''
        ? `"${filename}" has no extension`
        : `Files named ${extension} are not accepted as ${rules.kind}`;
    throw unsupported(field, `${named}; accepted ${rules.kind} files end in ${list(extensionsOf(rules))}.`);
  }
  const declaredType = essence(part.declared);
  if (GENERIC_TYPES.has(declaredType)) return accepted;
  if (!rules.types.some((type) => type.declaredAs.includes(declaredType))) {
    throw unsupported(
      field,
      `The declared type ${declaredType} is not an accepted ${rules.kind} type (${list(mimeTypesOf(rules))}).`,
    );
  }
  if (!accepted.declaredAs.includes(declaredType)) {
    throw mismatch(
      field,
      `The declared type ${declaredType} does not match the file name "${filename}": ${extension} files are ${accepted.mimeType}.`,
    );
  }
  return accepted;
}

/**
 * Checks the content's magic numbers against the accepted type. Content that is not this kind
 * of file at all is 415; content of another accepted type than the name says is 422.
 */
export function checkContent(
  rules: UploadKindRules,
  accepted: AcceptedFileType,
  part: DescribedPart,
  head: Buffer,
  sniffed: SniffedType | undefined,
): void {
  const { field, filename } = part;
  if (head.length === 0) throw mismatch(field, `The file "${filename}" is empty.`);
  const sniffedType = essence(sniffed?.mime);
  if (!sniffed) {
    throw unsupported(
      field,
      `The content of "${filename}" is not a recognisable ${rules.kind}: ${describeUnrecognised(head)}.`,
    );
  }
  if (accepted.sniffedAs.includes(sniffedType)) return;
  const actual = rules.types.find((type) => type.sniffedAs.includes(sniffedType));
  if (!actual) {
    throw unsupported(
      field,
      `The content of "${filename}" is ${sniffedType} (.${sniffed.ext}), not an accepted ${rules.kind} (${list(mimeTypesOf(rules))}).`,
    );
  }
  throw mismatch(
    field,
    `The content of "${filename}" is ${actual.mimeType}, but its name ends in ${accepted.extension} (${accepted.mimeType}).`,
  );
}

function describeUnrecognised(head: Buffer): string {
  const text = asText(head);
  if (text === undefined) return 'its format could not be recognised';
  return /<\s*(!doctype|html|head|body|script|svg|iframe)\b/i.test(text) ? 'it is text (HTML)' : 'it is text';
}

function asText(head: Buffer): string | undefined {
  if (head.includes(0)) return undefined;
  try {
    // A multi-byte character may be cut at the end of the sniffed window; that is still text.
    return new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, Math.max(0, head.length - 3)));
  } catch {
    return undefined;
  }
}

function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

function unsupported(field: string, detail: string): ProblemException {
  return new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, detail, { errors: [{ field, message: detail }] });
}

function mismatch(field: string, detail: string): ProblemException {
  return new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, detail, { errors: [{ field, message: detail }] });
}
