export { WireProtocolMongoServer, type WireProtocolMongoServerOptions } from './wire-protocol-mongo-server.js';
