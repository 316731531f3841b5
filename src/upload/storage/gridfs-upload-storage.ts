import { mongo, type Connection } from 'mongoose';
import { assertStorageKey, isStorageKey } from './storage-key.js';
import { UploadStorage, type StorageProbe, type StorageWrite } from './upload-storage.js';

/** A health probe gives up after this long: the health routes must answer while MongoDB is gone. */
const PROBE_TIMEOUT_MS = 1000;

/** Collections `upload_files.files` and `upload_files.chunks`; `uploads` keeps the metadata. */
export const GRIDFS_BUCKET_NAME = 'upload_files';

/**
 * Files in MongoDB GridFS, so every instance of the service reads what any instance stored.
 * Each object's GridFS id is its storage key. Chunks are written as the upload streams (255 KiB
 * each); the file document is written when the last chunk is, so a crash mid-upload leaves
 * only chunks, which keysWrittenBefore() still reports for clean-up.
 */
export class GridFsUploadStorage extends UploadStorage {
  readonly backend = 'gridfs';
  // Mongoose's own driver build, the one the connection was made with.
  private readonly bucket: mongo.GridFSBucket;
  private readonly files: mongo.Collection;
  private readonly chunks: mongo.Collection;

  constructor(connection: Connection) {
    super();
    const db = connection.db;
    if (!db) throw new Error('GridFS upload storage needs an open MongoDB connection');
    this.bucket = new mongo.GridFSBucket(db, { bucketName: GRIDFS_BUCKET_NAME });
    this.files = db.collection(`${GRIDFS_BUCKET_NAME}.files`);
    this.chunks = db.collection(`${GRIDFS_BUCKET_NAME}.chunks`);
  }

  async beginWrite(key: string): Promise<StorageWrite> {
    // GridFS ids may be any BSON value; the storage key keeps the object findable without the metadata.
    const sink = this.bucket.openUploadStreamWithId(assertStorageKey(key) as unknown as mongo.ObjectId, key);
    return {
      sink,
      // The file document is written before the stream reports 'finish'.
      commit: async () => undefined,
      abort: async () => {
        sink.destroy();
        await this.delete(key);
      },
    };
  }

  async read(key: string): Promise<Buffer> {
    const parts: Buffer[] = [];
    for await (const chunk of this.bucket.openDownloadStream(assertStorageKey(key) as unknown as mongo.ObjectId))
      parts.push(chunk as Buffer);
    return Buffer.concat(parts);
  }

  async delete(key: string): Promise<boolean> {
    const id = assertStorageKey(key);
    const [file, chunks] = await Promise.all([
      this.files.deleteOne({ _id: id as never }),
      this.chunks.deleteMany({ files_id: id }),
    ]);
    return file.deletedCount > 0 || chunks.deletedCount > 0;
  }

  async exists(key: string): Promise<boolean> {
    return (await this.files.countDocuments({ _id: assertStorageKey(key) as never }, { limit: 1 })) > 0;
  }

  /** The bucket answers a read of its files collection within PROBE_TIMEOUT_MS. */
  async probe(): Promise<StorageProbe> {
    const facts = { backend: this.backend, bucket: GRIDFS_BUCKET_NAME };
    try {
      await this.files.findOne(
        {},
        { projection: { _id: 1 }, maxTimeMS: PROBE_TIMEOUT_MS, timeoutMS: PROBE_TIMEOUT_MS },
      );
      return { ok: true, facts };
    } catch (error) {
      return { ok: false, reason: `The GridFS bucket did not answer: ${(error as Error).message}`, facts };
    }
  }

  async keysWrittenBefore(before: Date): Promise<string[]> {
    const [finished, chunked] = await Promise.all([
      this.files.find({ uploadDate: { $lt: before } }, { projection: { _id: 1 } }).toArray(),
      // A chunk's ObjectId carries the time it was written.
      this.chunks.distinct('files_id', {
        _id: { $lt: mongo.ObjectId.createFromTime(Math.floor(before.getTime() / 1000)) },
      }),
    ]);
    const keys = [...finished.map((file) => file._id as unknown), ...chunked].filter(
      (id): id is string => typeof id === 'string' && isStorageKey(id),
    );
    return [...new Set(keys)];
  }
}
