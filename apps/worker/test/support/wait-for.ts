import type PgBoss from "pg-boss";

export async function waitFor<T>(
  probe: () => Promise<T | null | undefined | false> | T | null | undefined | false,
  timeoutMs = 30_000,
  what = "a condition",
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until a pg-boss job has completed (or throws if it failed for good). */
export function jobCompleted(boss: PgBoss, name: string, id: string, timeoutMs = 60_000) {
  return waitFor(
    async () => {
      const job = await boss.getJobById(name, id);
      if (job?.state === "failed")
        throw new Error(`job ${name} failed: ${JSON.stringify(job.output)}`);
      return job?.state === "completed" ? job : null;
    },
    timeoutMs,
    `job ${name} to complete`,
  );
}
