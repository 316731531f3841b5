/**
 * A reply body that can write its own JSON text, under a symbol key: JSON.stringify and every
 * other reader of the object (tests, the WebSocket, a log line) never see it, and the text is
 * the object's JSON.stringify exactly. A history page is made mostly of messages the service
 * keeps, frozen, while their stored exchange is unchanged (ChatHistoryService), so their JSON is
 * written once and the page's text is assembled from those pieces instead of serialising the
 * same 40 messages again on every read (about a twentieth of a page read's CPU in its profile).
 */
const JSON_TEXT = Symbol('medchat.jsonText');

interface WithJsonText {
  [JSON_TEXT]?: () => string;
}

/** `value`, which now answers `text()` as its JSON: the caller promises text() === JSON.stringify(value). */
export function withJsonText<T extends object>(value: T, text: () => string): T {
  Object.defineProperty(value, JSON_TEXT, { value: text, enumerable: false });
  return value;
}

/**
 * Fastify's reply serializer (set on the root instance before any route): a body's own JSON text
 * when it has one, else JSON.stringify, which is what Fastify did for every route (none has a
 * response schema).
 */
export function serializeReply(payload: unknown): string {
  const text = payload !== null && typeof payload === 'object' ? (payload as WithJsonText)[JSON_TEXT] : undefined;
  return text === undefined ? JSON.stringify(payload) : text();
}
