import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { MongoLeases } from '../../common/leases/mongo-leases.js';
import { COLLECTION_LOAD_LEASE_MODEL, type CollectionLoadLease } from '../schemas/collection-load-lease.schema.js';

/**
 * Leases in `knowledge_load_leases`: an instance writes a collection only while it holds the
 * collection's lease, so instances starting together load the shipped collection once instead
 * of deleting and inserting over each other (the second used to fail with E11000). A lease is
 * taken when free or lapsed, renewed by its holder, and released when the load ends either way.
 */
@Injectable()
export class CollectionLoadLeases extends MongoLeases<CollectionLoadLease> {
  constructor(@InjectModel(COLLECTION_LOAD_LEASE_MODEL) leases: Model<CollectionLoadLease>) {
    super(leases, (_collection, now) => ({ renewed_at: now }));
  }
}
