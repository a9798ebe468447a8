/** The tRPC error code on a failed call, if the server sent one. */
export function errorCode(error: unknown): string | null {
  const data = (error as { data?: { code?: unknown } } | null)?.data;
  return typeof data?.code === "string" ? data.code : null;
}

/**
 * The words to show for a failed call, in the user's language: the domain's own message
 * when the server sent one (it carries Danish and English), otherwise the server's text.
 */
export function errorMessage(error: { message: string }, language: string): string {
  const domainError = (error as { data?: { domainError?: unknown } }).data?.domainError as
    | { message?: { da?: unknown; en?: unknown } }
    | null
    | undefined;
  const text = language === "en" ? domainError?.message?.en : domainError?.message?.da;
  return typeof text === "string" ? text : error.message;
}

const noRetry = new Set(["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "BAD_REQUEST", "CONFLICT"]);

/** Retry what may pass next time (network, server errors), never what cannot. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  const code = errorCode(error);
  return failureCount < 2 && !(code && noRetry.has(code));
}
