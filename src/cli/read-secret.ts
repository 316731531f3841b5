import type { ReadStream } from 'node:tty';

/**
 * Reads one secret line from stdin. At a terminal it prompts on stderr and does not echo what
 * is typed; from a pipe (`echo "$PW" | npm run cli -- ...`) it reads the first line. Only the
 * line ending is removed: spaces are part of a password.
 */
export async function readSecretLine(prompt: string, input: NodeJS.ReadStream = process.stdin): Promise<string> {
  if (input.isTTY) return readFromTerminal(prompt, input as NodeJS.ReadStream & ReadStream);
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  const text = Buffer.concat(chunks).toString('utf8');
  return text.split(/\r?\n/)[0] ?? '';
}

function readFromTerminal(prompt: string, input: NodeJS.ReadStream & ReadStream): Promise<string> {
  process.stderr.write(prompt);
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (result: () => void) => {
      input.setRawMode(false);
      input.pause();
      input.removeListener('data', onData);
      process.stderr.write('\n');
      result();
    };
    const onData = (data: Buffer) => {
      for (const char of data.toString('utf8')) {
        if (char === '\r' || char === '\n') return finish(() => resolve(typed));
        if (char === '\u0003') return finish(() => reject(new Error('Cancelled')));
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    input.setRawMode(true);
    input.resume();
    input.on('data', onData);
  });
}
