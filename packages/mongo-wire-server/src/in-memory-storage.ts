import type { Document } from 'bson';
import { InMemoryCollection } from './in-memory-collection.js';
import { ErrorCode, MongoCommandError } from './mongo-command-error.js';

/**
 * All databases and collections the embedded server holds. It outlives stop()/start() of the
 * server so an application can ride out a simulated outage without losing data.
 */
export class InMemoryStorage {
  readonly #databases = new Map<string, Map<string, InMemoryCollection>>();

  getCollection(database: string, name: string): InMemoryCollection | undefined {
    return this.#databases.get(database)?.get(name);
  }

  /** Returns the collection, creating it implicitly like a write to a new namespace does. */
  getOrCreateCollection(database: string, name: string): InMemoryCollection {
    return this.getCollection(database, name) ?? this.createCollection(database, name, {});
  }

  createCollection(database: string, name: string, options: Document): InMemoryCollection {
    assertValidNamespace(database, name);
    let collections = this.#databases.get(database);
    if (!collections) {
      collections = new Map();
      this.#databases.set(database, collections);
    }
    const collection = new InMemoryCollection(`${database}.${name}`, options);
    collections.set(name, collection);
    return collection;
  }

  dropCollection(database: string, name: string): InMemoryCollection | undefined {
    const collections = this.#databases.get(database);
    const collection = collections?.get(name);
    if (!collections || !collection) return undefined;
    collections.delete(name);
    if (collections.size === 0) this.#databases.delete(database);
    return collection;
  }

  dropDatabase(database: string): void {
    this.#databases.delete(database);
  }

  listCollections(database: string): Array<[string, InMemoryCollection]> {
    return [...(this.#databases.get(database) ?? new Map<string, InMemoryCollection>()).entries()];
  }

  listDatabases(): string[] {
    return [...this.#databases.keys()];
  }

  *allCollections(): IterableIterator<InMemoryCollection> {
    for (const collections of this.#databases.values()) yield* collections.values();
  }
}

function assertValidNamespace(database: string, name: string): void {
  if (database === '' || /[/\\. "$\u0000]/.test(database)) {
    throw new MongoCommandError(ErrorCode.InvalidNamespace, `Invalid database name: '${database}'`);
  }
  if (name === '' || name.includes('\u0000') || name.startsWith('.') || name.includes('$')) {
    throw new MongoCommandError(ErrorCode.InvalidNamespace, `Invalid namespace specified '${database}.${name}'`);
  }
}
