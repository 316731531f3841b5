import { SecretDigest } from '../common/security/secret-digest.js';

/** METRICS_TOKEN (a constant-time digest: see SecretDigest). Without it, /metrics is public. */
export class MetricsToken {
  private readonly secret: SecretDigest;

  constructor(token: string | undefined) {
    this.secret = new SecretDigest(token);
  }

  get required(): boolean {
    return this.secret.configured;
  }

  /** Anything passes when no token is configured. */
  matches(candidate: string): boolean {
    return !this.required || this.secret.matches(candidate);
  }
}
