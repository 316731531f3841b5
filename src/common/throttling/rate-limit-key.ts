/** Who a caller is to the rate limits; the fields of an authenticated principal that decide it. */
export interface RateLimitedCaller {
  sub?: string | null;
  sid?: string | null;
}

/**
 * Who is counted: the signed-in principal (a guest has no patient id, so its session is what it
 * is), else the client address. REST requests and WebSocket messages are counted by this one function.
 */
export function rateLimitTracker(caller: RateLimitedCaller | undefined, ip?: string): string {
  const principal = caller?.sub ?? caller?.sid;
  return principal ? `principal:${principal}` : `ip:${ip}`;
}

/**
 * The text a window's counter is kept under (hashed before it is stored): @nestjs/throttler's
 * own `<controller>-<handler>-<window>-<tracker>`, so the counters keep their keys. A count made
 * outside the HTTP guard (a WebSocket message) names the route it stands in for, and shares its budget.
 */
export function rateLimitKeyText(controller: string, handler: string, window: string, tracker: string): string {
  return `${controller}-${handler}-${window}-${tracker}`;
}
