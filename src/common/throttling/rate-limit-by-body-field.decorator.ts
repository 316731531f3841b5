import { Throttle } from '@nestjs/throttler';

/** Longer values are not an identifier a client would send; they are counted by address instead. */
const LONGEST_TRACKED_VALUE = 256;

/**
 * Counts a public route's two windows (minute and hour) per value of a body field, e.g. the
 * patient id being signed in to, instead of per client address. Many people share one address
 * (a clinic behind NAT, an ingress without TRUST_PROXY), so an address-wide limit on sign-in
 * would refuse a morning's correct sign-ins; guessing from one address is bounded by the sign-in
 * failure limits instead. A body without the field is counted by address as usual.
 */
export function RateLimitByBodyField(field: string): MethodDecorator & ClassDecorator {
  const getTracker = (req: Record<string, unknown>): string => {
    const value = (req.body as Record<string, unknown> | undefined)?.[field];
    return typeof value === 'string' && value.length > 0 && value.length <= LONGEST_TRACKED_VALUE
      ? `${field}:${value}`
      : `ip:${String(req.ip)}`;
  };
  return Throttle({ Minute: { getTracker }, Hour: { getTracker } });
}
