// Types of rows.mjs for the TypeScript tests that import it.
export declare const ROW_ORDER: readonly string[];
