import { createServer, type Server } from 'node:http';

/** One span as the tests read it, flattened out of OTLP/JSON's resource and scope layers. */
export interface ReceivedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  /** OTLP SpanKind: 1 internal, 2 server, 3 client. */
  kind: number;
  attributes: Record<string, unknown>;
  serviceName?: string;
}

interface OtlpAttribute {
  key: string;
  value: Record<string, unknown>;
}

function attributesOf(list: OtlpAttribute[] | undefined): Record<string, unknown> {
  return Object.fromEntries((list ?? []).map(({ key, value }) => [key, Object.values(value)[0]]));
}

/**
 * A small OTLP/HTTP collector speaking `http/json`: it accepts `POST /v1/traces` as the SDK's
 * exporter sends them and keeps every span. Anything but JSON is refused with 415, so a test
 * also proves the app honoured OTEL_EXPORTER_OTLP_PROTOCOL=http/json.
 */
export class OtlpJsonReceiver {
  readonly spans: ReceivedSpan[] = [];
  readonly refused: string[] = [];
  private server?: Server;

  get url(): string {
    const address = this.server?.address();
    if (!address || typeof address === 'string') throw new Error('the receiver is not listening');
    return `http://127.0.0.1:${address.port}`;
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const type = request.headers['content-type'] ?? '';
        if (request.method !== 'POST' || request.url !== '/v1/traces' || !type.startsWith('application/json')) {
          this.refused.push(`${request.method} ${request.url} ${type}`);
          response.writeHead(request.url === '/v1/traces' ? 415 : 404).end();
          return;
        }
        this.collect(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private collect(body: any): void {
    for (const resourceSpans of body.resourceSpans ?? []) {
      const serviceName = attributesOf(resourceSpans.resource?.attributes)['service.name'] as string | undefined;
      for (const scopeSpans of resourceSpans.scopeSpans ?? []) {
        for (const span of scopeSpans.spans ?? []) {
          this.spans.push({
            traceId: span.traceId,
            spanId: span.spanId,
            parentSpanId: span.parentSpanId || undefined,
            name: span.name,
            kind: span.kind,
            attributes: attributesOf(span.attributes),
            serviceName,
          });
        }
      }
    }
  }
}
