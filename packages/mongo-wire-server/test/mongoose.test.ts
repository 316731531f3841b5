import mongoose, { type Connection, Schema } from 'mongoose';
import { WireProtocolMongoServer } from '../src/index.js';

/*
 * Mongoose smoke test: the ODM the application uses must work unchanged against the embedded
 * server (and, with MONGODB_URI set, against a real MongoDB with the same assertions).
 */
const externalUri = process.env.MONGODB_URI;
const server = externalUri ? undefined : new WireProtocolMongoServer({ ttlMonitorIntervalMs: 100 });

interface Patient {
  email: string;
  name: string;
  visits: number;
  createdAt: Date;
  updatedAt: Date;
}

const patientSchema = new Schema<Patient>(
  {
    email: { type: String, required: true, unique: true },
    name: { type: String, required: true },
    visits: { type: Number, default: 0 },
  },
  { timestamps: true },
);
patientSchema.index({ name: 1, createdAt: -1 });

let connection: Connection;

beforeAll(async () => {
  await server?.start();
  connection = mongoose.createConnection(externalUri ?? server!.uri, {
    dbName: `medchat_mongoose_${process.pid}_${Date.now().toString(36)}`,
    serverSelectionTimeoutMS: 10_000,
    autoIndex: false,
  });
  await connection.asPromise();
});

afterAll(async () => {
  await connection?.dropDatabase();
  await connection?.close();
  await server?.stop();
});

describe('Mongoose against the MongoDB test target', () => {
  it('syncs indexes, writes with timestamps, queries, updates, counts and reports duplicates', async () => {
    const Patients = connection.model<Patient>('Patient', patientSchema);
    await Patients.init();
    await Patients.syncIndexes();
    const indexes = await Patients.listIndexes();
    expect(indexes.map((index) => index.name).sort()).toEqual(['_id_', 'email_1', 'name_1_createdAt_-1']);
    expect(indexes.find((index) => index.name === 'email_1')).toMatchObject({ unique: true });
    // A second sync finds nothing to change.
    expect(await Patients.syncIndexes()).toEqual([]);

    const ada = await Patients.create({ email: 'ada@example.org', name: 'Ada' });
    await Patients.create([
      { email: 'grace@example.org', name: 'Grace' },
      { email: 'alan@example.org', name: 'Alan', visits: 2 },
    ]);
    expect(ada.createdAt).toBeInstanceOf(Date);
    expect(ada.visits).toBe(0);

    const found = await Patients.find({ visits: { $lt: 1 } })
      .sort({ name: 1 })
      .lean();
    expect(found.map((p) => p.name)).toEqual(['Ada', 'Grace']);

    await new Promise((resolve) => setTimeout(resolve, 5));
    const updated = await Patients.findOneAndUpdate(
      { email: 'ada@example.org' },
      { $inc: { visits: 1 } },
      { returnDocument: 'after' },
    );
    expect(updated?.visits).toBe(1);
    expect(updated!.updatedAt.getTime()).toBeGreaterThan(updated!.createdAt.getTime());

    expect(await Patients.countDocuments()).toBe(3);
    expect(await Patients.countDocuments({ visits: { $gte: 1 } })).toBe(2);
    expect(await Patients.exists({ email: 'grace@example.org' })).toBeTruthy();

    const duplicate = await Patients.create({ email: 'ada@example.org', name: 'Impostor' }).catch((e: unknown) => e);
    expect(duplicate).toMatchObject({ code: 11000, keyValue: { email: 'ada@example.org' } });

    const deleted = await Patients.deleteOne({ email: 'alan@example.org' });
    expect(deleted.deletedCount).toBe(1);
    expect(await Patients.estimatedDocumentCount()).toBe(2);
  });
});
