// Types of system-packages.mjs for the TypeScript tests that import it.
export interface SystemPackage {
  name: string;
  commands: string[];
  envVar: string;
  aptPackage: string;
  neededBy: string;
}

export declare const SYSTEM_PACKAGES: readonly SystemPackage[];

export declare function locateSystemPackages(env?: Record<string, string | undefined>): {
  found: Record<string, string>;
  missing: SystemPackage[];
  badOverrides: string[];
};
