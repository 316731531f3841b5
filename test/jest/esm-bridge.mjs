// Node 20 can require() an ES module, but Jest's module runtime only can on Node >= 24.9.
// @nestjs/throttler is the one CommonJS package here that requires the ESM-only NestJS 12
// packages, so Jest alone cannot load it on Node 20. This converts its published CommonJS
// build, unchanged in substance, into one ES module whose `require('@nestjs/common')` calls
// become `import * as ... from '@nestjs/common'`: the tests then run the real throttler code
// against the same NestJS module instances the app uses. Production never uses this file.
import { createRequire } from 'node:module';
import { mkdirSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { rollup } from 'rollup';
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const BRIDGE_DIR = path.join(ROOT, 'node_modules/.cache/medchat-jest');

/** Packages converted for Jest, and where their ES-module build goes. */
export const BRIDGED_PACKAGES = { '@nestjs/throttler': path.join(BRIDGE_DIR, 'nestjs-throttler.mjs') };

export async function buildEsmBridges() {
  mkdirSync(BRIDGE_DIR, { recursive: true });
  for (const [name, output] of Object.entries(BRIDGED_PACKAGES)) {
    const entry = require.resolve(name, { paths: [ROOT] });
    const version = JSON.parse(readFileSync(path.join(path.dirname(entry), '..', 'package.json'), 'utf8')).version;
    const stamp = `${output}.${version}`;
    if (existsSync(output) && existsSync(stamp) && statSync(output).size > 0) continue;
    const bundle = await rollup({
      input: entry,
      // Everything outside the package stays an import of the shared module instance.
      external: (id) => !id.startsWith('.') && !path.isAbsolute(id) && !id.startsWith('\0'),
      plugins: [
        nodeResolve({ preferBuiltins: true }),
        commonjs({ esmExternals: true, requireReturnsDefault: 'namespace' }),
      ],
      onwarn: () => {},
    });
    const converted = output.replace(/\.mjs$/, '.converted.mjs');
    await bundle.write({ file: converted, format: 'es', exports: 'named' });
    await bundle.close();
    // tsc's `__exportStar` re-exports are invisible to static analysis, so the converted module
    // only has a default export; Node itself (which can require ESM) tells us the names.
    const names = Object.keys(require(name)).filter((key) => key !== 'default' && /^[A-Za-z_$][\w$]*$/.test(key));
    writeFileSync(
      output,
      `import cjs from './${path.basename(converted)}';\nexport const { ${names.join(', ')} } = cjs;\nexport default cjs;\n`,
    );
    writeFileSync(stamp, '');
  }
}
