import { buildEsmBridges } from './esm-bridge.mjs';

export default async function globalSetup() {
  await buildEsmBridges();
}
