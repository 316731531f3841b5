/** Longest filename kept as metadata (characters, after sanitizing). */
export const MAX_FILENAME_LENGTH = 120;

// Control and format characters (C0, DEL, C1, bidi overrides, zero-width), and the characters
// Windows, shells and HTML treat specially.
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}<>:"/\\|?*]/gu;

/**
 * The client's filename as metadata: never a path. Only the last path segment is kept, control
 * characters and path/markup specials are dropped, leading dots (hidden files, `..`) removed and
 * the length bounded while keeping the extension. An empty result becomes `upload`.
 */
export function sanitizeFilename(raw: string | undefined): string {
  const lastSegment = (raw ?? '').normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = lastSegment
    .replace(UNSAFE, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '');
  if (cleaned === '') return 'upload';
  if ([...cleaned].length <= MAX_FILENAME_LENGTH) return cleaned;
  const extension = extensionOf(cleaned);
  const stem = [...cleaned.slice(0, cleaned.length - extension.length)]
    .slice(0, MAX_FILENAME_LENGTH - extension.length)
    .join('');
  return `${stem}${extension}`;
}

/** The lower-case extension with its dot (`.png`), or '' when the name has none. */
export function extensionOf(filename: string): string {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(filename);
  return match ? `.${match[1]!.toLowerCase()}` : '';
}
