// The embedded MongoDB of the bench: the project's in-process wire-protocol server (its package),
// run in a process of its own so its work is not counted against the load generator.
import { announce, stopOnSignal } from './child-protocol.mjs';

const { WireProtocolMongoServer } = await import('@medchat/mongo-wire-server');
const server = new WireProtocolMongoServer({ host: '127.0.0.1', port: 0 });
await server.start();
stopOnSignal(() => server.stop());
announce({ uri: server.uri });
