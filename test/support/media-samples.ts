import { crc32, deflateSync } from 'node:zlib';

/**
 * Small but real media files, built byte by byte so the tests need no fixtures: `file-type`
 * recognises every one of them by its magic numbers, and the PNG, BMP, WAV and Ogg samples are
 * complete, valid files (checksums included).
 */

const u16le = (value: number) => {
  const buffer = Buffer.alloc(2);
  buffer.writeUInt16LE(value);
  return buffer;
};
const u32le = (value: number) => {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32LE(value);
  return buffer;
};
const u32be = (value: number) => {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32BE(value >>> 0);
  return buffer;
};

function pngChunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  return Buffer.concat([u32be(data.length), typeAndData, u32be(crc32(typeAndData))]);
}

/** A valid 1×1 RGB PNG (signature, IHDR, zlib-compressed IDAT, IEND, correct CRCs). */
export function png(rgb: [number, number, number] = [200, 40, 40]): Buffer {
  const header = Buffer.concat([u32be(1), u32be(1), Buffer.from([8, 2, 0, 0, 0])]);
  const scanline = Buffer.from([0, ...rgb]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(scanline)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A JPEG/JFIF start: SOI, an APP0 JFIF segment, a comment, EOI. */
export function jpeg(): Buffer {
  const jfif = Buffer.concat([
    Buffer.from('JFIF\0', 'ascii'),
    Buffer.from([1, 1, 0]),
    u16be(1),
    u16be(1),
    Buffer.from([0, 0]),
  ]);
  const comment = Buffer.from('medchat test image', 'ascii');
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    Buffer.from([0xff, 0xe0]),
    u16be(jfif.length + 2),
    jfif,
    Buffer.from([0xff, 0xfe]),
    u16be(comment.length + 2),
    comment,
    Buffer.from([0xff, 0xd9]),
  ]);
}

/** A RIFF/WEBP container with a lossless (VP8L) 1×1 header. */
export function webp(): Buffer {
  const vp8l = Buffer.from([0x2f, 0x00, 0x00, 0x00, 0x10, 0x07, 0x10, 0x11, 0x11, 0x88, 0x88, 0xfe, 0x07, 0x00]);
  const chunk = Buffer.concat([Buffer.from('VP8L', 'ascii'), u32le(vp8l.length), vp8l]);
  const body = Buffer.concat([Buffer.from('WEBP', 'ascii'), chunk]);
  return Buffer.concat([Buffer.from('RIFF', 'ascii'), u32le(body.length), body]);
}

/** A valid 1×1 24-bit BMP. */
export function bmp(): Buffer {
  const pixelRow = Buffer.from([40, 40, 200, 0]);
  const infoHeader = Buffer.concat([
    u32le(40),
    u32le(1),
    u32le(1),
    u16le(1),
    u16le(24),
    u32le(0),
    u32le(pixelRow.length),
    u32le(2835),
    u32le(2835),
    u32le(0),
    u32le(0),
  ]);
  const size = 14 + infoHeader.length + pixelRow.length;
  return Buffer.concat([
    Buffer.from('BM', 'ascii'),
    u32le(size),
    u32le(0),
    u32le(14 + infoHeader.length),
    infoHeader,
    pixelRow,
  ]);
}

function u16be(value: number): Buffer {
  const buffer = Buffer.alloc(2);
  buffer.writeUInt16BE(value);
  return buffer;
}

const WAV_RATE = 16_000;

/** The 44-byte header of a 16 kHz mono 16-bit PCM WAV with `dataBytes` of samples. */
export function wavHeader(dataBytes: number): Buffer {
  const format = Buffer.concat([u16le(1), u16le(1), u32le(WAV_RATE), u32le(WAV_RATE * 2), u16le(2), u16le(16)]);
  return Buffer.concat([
    Buffer.from('RIFF', 'ascii'),
    u32le(36 + dataBytes),
    Buffer.from('WAVEfmt ', 'ascii'),
    u32le(format.length),
    format,
    Buffer.from('data', 'ascii'),
    u32le(dataBytes),
  ]);
}

/** `count` 16-bit samples of a 440 Hz tone starting at sample `offset`. */
export function toneSamples(count: number, offset = 0): Buffer {
  const samples = Buffer.alloc(count * 2);
  for (let i = 0; i < count; i += 1)
    samples.writeInt16LE(Math.round(8000 * Math.sin((2 * Math.PI * 440 * (offset + i)) / WAV_RATE)), i * 2);
  return samples;
}

/** A complete WAV of `seconds` of tone. */
export function wav(seconds = 0.25): Buffer {
  const samples = toneSamples(Math.round(WAV_RATE * seconds));
  return Buffer.concat([wavHeader(samples.length), samples]);
}

/**
 * A WAV of exactly `totalBytes`, produced in chunks so neither the test nor the app ever holds
 * it whole: the header, then the same block of tone repeated.
 */
export async function* streamedWav(totalBytes: number, chunkBytes = 64 * 1024): AsyncGenerator<Buffer> {
  const header = wavHeader(totalBytes - 44);
  yield header;
  const block = toneSamples(chunkBytes / 2);
  for (let remaining = totalBytes - header.length; remaining > 0; remaining -= block.length) {
    yield remaining >= block.length ? block : block.subarray(0, remaining);
  }
}

/** MPEG-1 Layer III frames (128 kbit/s, 44.1 kHz, 417 bytes each) behind an ID3v2 tag. */
export function mp3(frames = 8): Buffer {
  const frame = Buffer.concat([Buffer.from([0xff, 0xfb, 0x90, 0x64]), Buffer.alloc(413)]);
  const id3 = Buffer.concat([Buffer.from('ID3', 'ascii'), Buffer.from([4, 0, 0, 0, 0, 0, 0])]);
  return Buffer.concat([id3, ...Array.from({ length: frames }, () => frame)]);
}

/** Ogg's CRC-32 (polynomial 0x04C11DB7, not reflected). */
function oggCrc(data: Buffer): number {
  let crc = 0;
  for (const byte of data) {
    crc ^= byte << 24;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 0x80000000 ? (crc << 1) ^ 0x04c11db7 : crc << 1;
  }
  return crc >>> 0;
}

function oggPage(packet: Buffer, sequence: number, flags: number, granule: bigint): Buffer {
  const segments: number[] = [];
  for (let left = packet.length; ; left -= 255) {
    segments.push(Math.min(255, left));
    if (left < 255) break;
  }
  const header = Buffer.alloc(27);
  header.write('OggS', 0, 'ascii');
  header[5] = flags;
  header.writeBigInt64LE(granule, 6);
  header.writeUInt32LE(0x4d454443, 14);
  header.writeUInt32LE(sequence, 18);
  header[26] = segments.length;
  const page = Buffer.concat([header, Buffer.from(segments), packet]);
  page.writeUInt32LE(oggCrc(page), 22);
  return page;
}

/** An Ogg Opus stream's header pages (OpusHead, OpusTags) with correct page checksums. */
export function ogg(): Buffer {
  const head = Buffer.concat([
    Buffer.from('OpusHead', 'ascii'),
    Buffer.from([1, 1]),
    u16le(312),
    u32le(48_000),
    u16le(0),
    Buffer.from([0]),
  ]);
  const vendor = Buffer.from('medchat', 'ascii');
  const tags = Buffer.concat([Buffer.from('OpusTags', 'ascii'), u32le(vendor.length), vendor, u32le(0)]);
  return Buffer.concat([oggPage(head, 0, 0x02, 0n), oggPage(tags, 1, 0x00, 0n)]);
}

/** A Windows executable's start (MZ header). */
export function exe(): Buffer {
  return Buffer.concat([Buffer.from('MZ', 'ascii'), Buffer.alloc(126)]);
}

export function html(): Buffer {
  return Buffer.from('<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>', 'utf8');
}
