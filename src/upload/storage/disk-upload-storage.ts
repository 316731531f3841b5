import { createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { assertStorageKey } from './storage-key.js';
import { UploadStorage, type StorageProbe, type StorageWrite } from './upload-storage.js';

/** Objects are written under this suffix and renamed when complete, so a crash leaves only `.partial` files. */
const PARTIAL_SUFFIX = '.partial';
const STORED_NAME = /^([0-9a-f]{32})(\.partial)?$/;

/**
 * Files in one directory (UPLOAD_DIR), named by their random key: for a single instance, or
 * several sharing a volume. The directory is created on first write, so an instance that
 * never receives an upload leaves no trace.
 */
export class DiskUploadStorage extends UploadStorage {
  readonly backend = 'disk';
  readonly root: string;

  constructor(directory: string) {
    super();
    this.root = path.resolve(directory);
  }

  async beginWrite(key: string): Promise<StorageWrite> {
    const final = this.pathOf(key);
    const partial = `${final}${PARTIAL_SUFFIX}`;
    // Every time, not once: a directory removed while the service runs comes back.
    await mkdir(this.root, { recursive: true, mode: 0o700 });
    // 'wx': never follows or overwrites anything already there.
    const sink = createWriteStream(partial, { flags: 'wx', mode: 0o600 });
    return {
      sink,
      commit: () => rename(partial, final),
      abort: async () => {
        sink.destroy();
        await removeIfPresent(partial);
        await removeIfPresent(final);
      },
    };
  }

  read(key: string): Promise<Buffer> {
    return readFile(this.pathOf(key));
  }

  /** Also removes a `.partial` a crash left under the key. */
  async delete(key: string): Promise<boolean> {
    const final = this.pathOf(key);
    const [removed, leftover] = await Promise.all([
      removeIfPresent(final),
      removeIfPresent(`${final}${PARTIAL_SUFFIX}`),
    ]);
    return removed || leftover;
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(key))).isFile();
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  async keysWrittenBefore(before: Date): Promise<string[]> {
    let names: string[];
    try {
      names = await readdir(this.root);
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
    const keys: string[] = [];
    for (const name of names) {
      const match = STORED_NAME.exec(name);
      if (!match) continue;
      const written = await stat(path.join(this.root, name)).catch(() => undefined);
      if (written && written.mtime < before) keys.push(match[1]!);
    }
    return [...new Set(keys)];
  }

  /**
   * Writes and removes a small file the way an upload would (same directory, same flags):
   * permission bits say little when running as root or on a read-only mount, a write says it all.
   */
  async probe(): Promise<StorageProbe> {
    const facts = { backend: this.backend, directory: this.root };
    const canary = path.join(this.root, `.health-${process.pid}-${Date.now().toString(36)}`);
    try {
      await mkdir(this.root, { recursive: true, mode: 0o700 });
      await writeFile(canary, '', { flag: 'wx', mode: 0o600 });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      return { ok: false, reason: `The upload directory is not writable (${code}).`, facts };
    }
    await removeIfPresent(canary).catch(() => false);
    return { ok: true, facts: { ...facts, writable: true } };
  }

  private pathOf(key: string): string {
    return path.join(this.root, assertStorageKey(key));
  }
}

async function removeIfPresent(file: string): Promise<boolean> {
  try {
    await unlink(file);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}
