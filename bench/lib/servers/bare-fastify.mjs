// The floor of the HTTP figures: a bare Fastify 5 server, same Node, no Nest, no plugins, answering
// what the app answers on GET /api/health/live, and swallowing uploads (POST /upload) unparsed.
import Fastify from 'fastify';
import { announce, stopOnSignal } from './child-protocol.mjs';

const app = Fastify({ logger: false, bodyLimit: 1024 * 1024 * 1024 });
app.get('/api/health/live', async () => ({ status: 'ok' }));
app.addContentTypeParser('*', (_request, payload, done) => {
  payload.on('data', () => undefined);
  payload.on('end', () => done(null, undefined));
  payload.on('error', done);
});
app.post('/upload', async () => ({ received: true }));
await app.listen({ host: '127.0.0.1', port: 0 });
stopOnSignal(() => app.close());
announce({ url: `http://127.0.0.1:${app.server.address().port}` });
