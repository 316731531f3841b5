/** What a clean-up removed or changed, by name: logged after every run. */
export type JobReport = Record<string, number>;

/** A clean-up the scheduler runs periodically; also a plain method tests and operators can call. */
export interface PeriodicJob {
  /** Also the lease's id in `scheduler_leases`. */
  readonly name: string;
  readonly intervalMs: number;
  run(now: Date): Promise<JobReport>;
}
