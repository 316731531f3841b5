import { Injectable } from '@nestjs/common';
import { MongooseHealthIndicator } from '@nestjs/terminus';

const PING_TIMEOUT_MS = 1000;

/** A ping with a short timeout: readiness must answer quickly even while MongoDB is gone. */
@Injectable()
export class MongoHealthIndicator {
  constructor(private readonly mongoose: MongooseHealthIndicator) {}

  check() {
    return this.mongoose.pingCheck('mongodb').withTimeout(PING_TIMEOUT_MS);
  }
}
