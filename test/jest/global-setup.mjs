import { locateSystemPackages } from '../../scripts/system-packages.mjs';
import { buildEsmBridges } from './esm-bridge.mjs';

export default async function globalSetup() {
  await buildEsmBridges();
  // The programs npm test's set-up found (or installed) reach every test file through the
  // environment, which Jest's workers inherit. A program still missing is reported by the test
  // that needs it, in one line (test/support/system-tools.ts), so `npm run jest -- <file>` works
  // on a machine that lacks programs other files need.
  const { found } = locateSystemPackages();
  for (const [variable, path] of Object.entries(found)) process.env[variable] ??= path;
}
