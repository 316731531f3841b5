// Streams a generated WAV of `bytes` bytes to `url` as multipart field `file`, from a process of
// its own, so a test measuring the app's memory does not count the client's.
// Usage: node stream-upload.mjs <url> <bearer token> <bytes>   → prints the JSON answer.
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { wavHeader } from './wav-header.mjs';

const [url, token, size] = process.argv.slice(2);
const total = Number(size);
const boundary = `----medchat-client-${randomBytes(8).toString('hex')}`;

async function* body() {
  yield Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="long-recording.wav"\r\nContent-Type: audio/wav\r\n\r\n`,
  );
  yield wavHeader(total - 44);
  const block = Buffer.alloc(64 * 1024);
  for (let i = 0; i < block.length / 2; i += 1)
    block.writeInt16LE(Math.round(8000 * Math.sin((2 * Math.PI * 440 * i) / 16000)), i * 2);
  for (let left = total - 44; left > 0; left -= block.length)
    yield left >= block.length ? block : block.subarray(0, left);
  yield Buffer.from(`\r\n--${boundary}--\r\n`);
}

const response = await fetch(url, {
  method: 'POST',
  headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
  body: Readable.from(body(), { objectMode: false }),
  duplex: 'half',
});
process.stdout.write(JSON.stringify({ status: response.status, body: await response.json() }));
