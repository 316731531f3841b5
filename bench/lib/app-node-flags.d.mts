// Types of app-node-flags.mjs for the TypeScript tests that import it.
export declare const APP_NODE_FLAGS: readonly string[];
