import { Injectable } from '@nestjs/common';

/**
 * Other modules publish a small status
 * snapshot here for `/api/health` details without the health module depending on them.
 */
@Injectable()
export class HealthDetailsRegistry {
  private readonly sources = new Map<string, () => unknown>();

  register(key: string, snapshot: () => unknown): void {
    this.sources.set(key, snapshot);
  }

  collect(): Record<string, unknown> {
    return Object.fromEntries([...this.sources].map(([key, snapshot]) => [key, snapshot()]));
  }
}
