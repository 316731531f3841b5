import { Module, type DynamicModule } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import type { DatabaseTarget } from './database-target.js';

/** Named database the app uses inside whatever server the URI points at (unless the URI names one). */
const DEFAULT_DATABASE_NAME = 'medchat';

@Module({})
export class DatabaseModule {
  static forRoot(target: DatabaseTarget): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      imports: [
        MongooseModule.forRoot(target.uri, {
          dbName: hasDatabaseInPath(target.uri) ? undefined : DEFAULT_DATABASE_NAME,
          appName: 'medchat',
          // Fail fast while the database is down so requests answer 503 instead of hanging,
          // and notice its return quickly.
          serverSelectionTimeoutMS: 3000,
          heartbeatFrequencyMS: 2000,
          bufferCommands: false,
          maxPoolSize: 50,
        }),
      ],
      exports: [MongooseModule],
    };
  }
}

function hasDatabaseInPath(uri: string): boolean {
  const afterHosts = uri.replace(/^mongodb(\+srv)?:\/\/[^/]*/, '');
  const name = afterHosts.replace(/^\//, '').split('?')[0];
  return Boolean(name);
}
