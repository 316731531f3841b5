import { HttpStatus, Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ProblemException } from '../common/problem/problem.exception.js';
import { MetricsToken } from './metrics-token.js';

const BEARER = /^Bearer +(\S+) *$/i;

/** When METRICS_TOKEN is set, /metrics needs `Authorization: Bearer <METRICS_TOKEN>`. */
@Injectable()
export class MetricsTokenGuard implements CanActivate {
  constructor(@Inject(MetricsToken) private readonly token: MetricsToken) {}

  canActivate(context: ExecutionContext): boolean {
    if (!this.token.required) return true;
    const authorization = context.switchToHttp().getRequest<FastifyRequest>().headers.authorization;
    const credential = typeof authorization === 'string' ? BEARER.exec(authorization)?.[1] : undefined;
    if (credential === undefined || !this.token.matches(credential)) {
      throw new ProblemException(
        HttpStatus.UNAUTHORIZED,
        'Metrics require the METRICS_TOKEN: send Authorization: Bearer <token>.',
        {
          headers: { 'www-authenticate': 'Bearer realm="medchat-metrics"' },
        },
      );
    }
    return true;
  }
}
