import { SecretDigest } from '../../common/security/secret-digest.js';

/** The configured ADMIN_API_KEY (a constant-time digest: see SecretDigest). */
export class AdminApiKey extends SecretDigest {}
