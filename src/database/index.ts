// The database feature's public entry (see .dependency-cruiser.cjs): where the data lives and the
// connection to it; nothing else knows how the connection is made.
export { DatabaseModule } from './database.module.js';
export { resolveDatabaseTarget, type DatabaseTarget } from './database-target.js';
