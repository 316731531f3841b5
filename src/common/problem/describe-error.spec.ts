import { MongoNetworkError } from 'mongodb';
import { describeError } from './describe-error.js';
import { DATABASE_RETRY_AFTER_SECONDS } from './retry-after.js';

describe('describeError: the database unreachable', () => {
  const unreachable = [
    new MongoNetworkError('connection reset'),
    // As the driver names it; its constructor wants a topology description this check never reads.
    Object.assign(new Error('Server selection timed out after 30000 ms'), { name: 'MongoServerSelectionError' }),
  ];

  it.each(unreachable)('is a 503 with the one database Retry-After (%s)', (error) => {
    expect(describeError(error)).toMatchObject({
      status: 503,
      headers: { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) },
      serverFault: true,
    });
    expect(describeError(error).detail).not.toContain(error.message);
  });
});
