import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '../config/app-config.js';
import type { SessionRole } from './session-role.js';

/** The claims of a MedChat access token besides `exp` and `iat`. Guests have no `sub`. */
export interface AccessTokenClaims {
  sub?: string;
  sid: string;
  role: SessionRole;
}

export interface IssuedAccessToken {
  access_token: string;
  /** Seconds until the token expires. */
  expires_in: number;
}

export const ACCESS_TOKEN_ALGORITHM = 'HS256';

/** Signs HS256 access tokens that name a session; the session decides whether they still work. */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  get lifetimeSeconds(): number {
    return this.config.env.JWT_EXPIRES_IN_MINUTES * 60;
  }

  async issue(session: {
    session_id: string;
    patient_id: string | null;
    role: SessionRole;
  }): Promise<IssuedAccessToken> {
    const claims: AccessTokenClaims = { sid: session.session_id, role: session.role };
    if (session.patient_id !== null) claims.sub = session.patient_id;
    const accessToken = await this.jwt.signAsync(claims, {
      algorithm: ACCESS_TOKEN_ALGORITHM,
      expiresIn: this.lifetimeSeconds,
      secret: this.config.jwtSecret,
    });
    return { access_token: accessToken, expires_in: this.lifetimeSeconds };
  }
}
