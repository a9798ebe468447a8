/**
 * Settings of every database session the product opens, on PostgreSQL and PGlite alike.
 *
 * - TimeZone UTC: Prisma's pg adapter sends a Date as a timestamp without its offset, which
 *   PostgreSQL reads in the session's time zone; on a server whose default is
 *   Europe/Copenhagen every time written or compared would be off by one or two hours.
 *   Danish calendar dates are always converted explicitly (AT TIME ZONE).
 * - jit off: the dashboard's aggregates are planned as costly enough to JIT-compile, which
 *   then takes longer (0.1–1 s) than the query itself; the rest are short queries JIT never
 *   pays off for.
 * - work_mem 32 MB: the planner cannot know that the quarter query's GROUPING SETS make only
 *   hundreds of groups and, within the default 4 MB, sorts 40,000 rows instead of hashing
 *   them (about 1.5× slower). It is a cap per sort or hash, not an allocation: small queries
 *   use what they need.
 *
 * As session defaults rather than per transaction, the dashboard's one statement is one round
 * trip, not four (BEGIN, settings, query, COMMIT): on a busy server each waits for a core.
 */
export const SESSION_SETTINGS = { TimeZone: "UTC", jit: "off", work_mem: "32MB" } as const;

/** The settings as PostgreSQL's connection `options` ("-c name=value …"). */
export function sessionOptions(): string {
  return Object.entries(SESSION_SETTINGS)
    .map(([name, value]) => `-c ${name}=${value}`)
    .join(" ");
}

/** The settings as SET statements, for PGlite's one session. */
export function sessionSetStatements(): string {
  return Object.entries(SESSION_SETTINGS)
    .map(([name, value]) => `SET ${name} = '${value}';`)
    .join("\n");
}
