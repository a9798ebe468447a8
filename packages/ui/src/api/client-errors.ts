/** The tRPC error code on a failed call, if the server sent one. */
export function errorCode(error: unknown): string | null {
  const data = (error as { data?: { code?: unknown } } | null)?.data;
  return typeof data?.code === "string" ? data.code : null;
}

const noRetry = new Set(["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "BAD_REQUEST", "CONFLICT"]);

/** Retry what may pass next time (network, server errors), never what cannot. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  const code = errorCode(error);
  return failureCount < 2 && !(code && noRetry.has(code));
}
