// Types of cpu-profile.mjs for the TypeScript tests that import it.
export interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
export interface CpuProfile {
  nodes: CpuProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}
export interface ProfileSummary {
  busyMicros: number;
  byOrigin: Map<string, number>;
  byFunction: Map<string, number>;
  byOwner: Map<string, number>;
  under: Map<string, number>;
}
export declare function frameName(node: CpuProfileNode): string;
export declare function frameOrigin(node: CpuProfileNode, appDist: string): string;
export declare function summarizeProfile(
  profile: CpuProfile,
  options?: { fromSeconds?: number; toSeconds?: number; under?: string; appDist?: string },
): ProfileSummary;
export declare function largest(sum: Map<string, number>, top: number): Array<[string, number]>;
