import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

export const COLLECTION_LOAD_LEASE_MODEL = 'CollectionLoadLease';

/**
 * Who is loading a collection now. One document per collection, keyed by its name (`_id`), so
 * two instances racing to create it collide on the primary key. Shaped like the scheduler's
 * leases; kept apart from them because the scheduler feature sits above this one (it imports the
 * chat, which imports the orchestrator, which imports knowledge).
 */
@Schema({ collection: 'knowledge_load_leases', versionKey: false })
export class CollectionLoadLease {
  @Prop({ type: String, required: true })
  _id!: string;

  /** The instance (or import command) loading the collection: host, pid and a random part. */
  @Prop({ type: String, required: true })
  holder!: string;

  /** Renewed while the load runs; a holder that died stops renewing and the lease lapses. */
  @Prop({ type: Date, required: true })
  expires_at!: Date;

  /** When the holder last took or renewed it. */
  @Prop({ type: Date, required: true })
  renewed_at!: Date;
}

export const CollectionLoadLeaseSchema = SchemaFactory.createForClass(CollectionLoadLease);
