import { extensionOf, MAX_FILENAME_LENGTH, sanitizeFilename } from './filename.js';

describe('sanitizeFilename', () => {
  it.each([
    ['rash.png', 'rash.png'],
    ['../../etc/passwd.png', 'passwd.png'],
    ['..\\..\\windows\\system32\\x.jpg', 'x.jpg'],
    ['/absolute/path/photo.webp', 'photo.webp'],
    ['..', 'upload'],
    ['.hidden.png', 'hidden.png'],
    ['bad\u0000name\r\n.png', 'badname.png'],
    ['tab\there.png', 'tabhere.png'],
    ['evil\u202egnp.exe', 'evilgnp.exe'],
    ['zero\u200bwidth.wav', 'zerowidth.wav'],
    ['<script>alert(1)</script>.png', 'script.png'],
    ['<b>.png', 'b.png'],
    ['a:b*c?d|e"f.mp3', 'abcdef.mp3'],
    ['', 'upload'],
    [undefined, 'upload'],
    ['Résumé de la peau.JPG', 'Résumé de la peau.JPG'],
  ])('turns %j into %j', (raw, expected) => {
    expect(sanitizeFilename(raw)).toBe(expected);
  });

  it('bounds the length and keeps the extension', () => {
    const long = `${'x'.repeat(500)}.jpeg`;
    const sanitized = sanitizeFilename(long);
    expect(sanitized).toHaveLength(MAX_FILENAME_LENGTH);
    expect(sanitized.endsWith('.jpeg')).toBe(true);
  });
});

describe('extensionOf', () => {
  it('returns the lower-case extension with its dot, or nothing', () => {
    expect(extensionOf('Photo.JPG')).toBe('.jpg');
    expect(extensionOf('voice.note.webm')).toBe('.webm');
    expect(extensionOf('README')).toBe('');
    expect(extensionOf('trailing.')).toBe('');
  });
});
