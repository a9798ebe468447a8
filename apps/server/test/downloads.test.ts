import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { currentQuarterLabel, parseQuarter, shiftQuarter } from "@samstemt/db";
import { createEmptyPostgresDatabase, testDatabaseKinds } from "@samstemt/db/testing";
import fc from "fast-check";
import { PDFParse } from "pdf-parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromApp, signIn, startTestServer, type TestServer, trpcQuery } from "./start-test-server";

/** Polls until `probe` gives something truthy (the worker runs its jobs in the background). */
async function waitFor<T>(probe: () => Promise<T | null | undefined | false>, what: string) {
  const until = Date.now() + 60_000;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function trpcMutation<T>(url: string, path: string, cookie: string, input: unknown) {
  const response = await fetch(`${url}/trpc/${path}`, {
    method: "POST",
    headers: fromApp(url, { cookie, "Content-Type": "application/json" }),
    body: JSON.stringify({ json: input }),
  });
  const body = (await response.json()) as { result?: { data: { json: T } } };
  return { status: response.status, data: body.result?.data.json as T };
}

const get = (url: string, cookie = "") => fetch(url, { headers: cookie ? { cookie } : {} });

describe.each(testDatabaseKinds())("export and report downloads on %s", (kind) => {
  let server: TestServer;
  let dropDatabase = async () => {};
  const now = new Date();
  const quarterBack = (by: number) => {
    const quarter = shiftQuarter(parseQuarter(currentQuarterLabel(now)), -by);
    return `${quarter.year}-Q${quarter.quarter}`;
  };
  const lastQuarter = quarterBack(1);
  const olderQuarter = quarterBack(2);

  beforeAll(async () => {
    const env: Record<string, string> = {};
    if (kind === "postgresql") {
      const database = await createEmptyPostgresDatabase();
      env.DATABASE_URL = database.url;
      env.DEMO = "true";
      dropDatabase = database.drop;
    }
    server = await startTestServer(env);
    await server.ready;
    // A second analyst, to ask for the first one's export.
    const db = server.state.database;
    const rikke = await db?.prisma.person.findUniqueOrThrow({ where: { username: "rikke" } });
    await db?.prisma.person.create({
      data: {
        unitId: rikke?.unitId as string,
        username: "anden-analytiker",
        name: "Anden Analytiker",
        title: "Analytiker",
        role: "analyst",
        email: "anden@samstemt-demo.invalid",
        demo: true,
      },
    });
  }, 120_000);
  afterAll(async () => {
    await server?.cleanup();
    await dropDatabase();
  });

  /** The refused downloads whose audit entry names this export, oldest first. */
  const refusalsNaming = async (exportId: string) =>
    (await server.state.database?.sql.query<{
      action: string;
      person: string | null;
      code: string;
    }>(
      `SELECT a."action", p."username" AS "person", a."details"->>'code' AS "code"
       FROM "audit_entry" a LEFT JOIN "person" p ON p."id" = a."person_id"
       WHERE a."action" LIKE '%download.refused' AND a."details"->>'exportId' = $1
       ORDER BY a."id"`,
      [exportId],
    )) ?? [];

  const auditActions = async (action: string) => {
    const rows = await server.state.database?.sql.query<{ n: number }>(
      `SELECT count(*)::int AS "n" FROM "audit_entry" WHERE "action" = $1`,
      [action],
    );
    return rows?.[0]?.n ?? 0;
  };

  it("an analyst's export is written by the worker and downloaded as CSV and XLSX, by them only", async () => {
    const rikke = await signIn(server.url, "rikke");
    const requested = await trpcMutation<{ id: string }>(server.url, "exports.request", rikke, {
      fromQuarter: "2000-Q1",
      toQuarter: currentQuarterLabel(now),
    });
    expect(requested.status).toBe(200);
    const { id } = requested.data;
    // Not written yet: there is no file.
    expect((await get(`${server.url}/exports/${id}/csv`, rikke)).status).toBe(404);

    await server.worker()?.runNow("exports.write");
    await waitFor(async () => {
      const mine = await trpcQuery<Array<{ id: string; status: string }>>(
        server.url,
        "exports.mine",
        rikke,
      );
      return mine.data.find((e) => e.id === id && e.status === "done");
    }, "the export to be written");

    const csv = await get(`${server.url}/exports/${id}/csv`, rikke);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toBe(
      `attachment; filename="samstemt-udtraek-2000-Q1-${currentQuarterLabel(now)}.csv"`,
    );
    expect(csv.headers.get("cache-control")).toBe("no-store");
    const text = (await csv.text()).replace(/^\uFEFF/, "");
    const lines = text.trim().split(/\r?\n/);
    expect(lines[0]?.split(";")[0]).toBe("borger_pseudonym");
    // One row per demo case, and nothing that names a citizen (pseudonymised).
    const cases = await server.state.database?.sql.query<{ n: number }>(
      `SELECT count(*)::int AS "n" FROM "case_indicator"`,
    );
    expect(lines.length - 1).toBe(cases?.[0]?.n);
    expect(lines.length - 1).toBeGreaterThan(0);
    const citizens = (await server.state.database?.prisma.citizen.findMany()) ?? [];
    expect(citizens.length).toBeGreaterThan(0);
    for (const citizen of citizens) {
      expect(text).not.toContain(citizen.name);
      expect(text).not.toContain(citizen.cpr);
      expect(text).not.toContain(citizen.id);
    }

    const xlsx = await get(`${server.url}/exports/${id}/xlsx`, rikke);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(xlsx.headers.get("content-disposition")).toMatch(/^attachment; filename=".+\.xlsx"$/);
    expect(xlsx.headers.get("cache-control")).toBe("no-store");
    const bytes = Buffer.from(await xlsx.arrayBuffer());
    // The very file the worker wrote under DATA_DIR/exports (a ZIP: "PK").
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
    expect(bytes.equals(await readFile(join(server.dataDir, "exports", id, "sager.xlsx")))).toBe(
      true,
    );
    expect(await auditActions("export.downloaded")).toBe(2);

    // Anyone else — another analyst, a leader, nobody — and anything else is not found.
    const other = await signIn(server.url, "anden-analytiker");
    expect((await get(`${server.url}/exports/${id}/csv`, other)).status).toBe(404);
    expect(
      (await get(`${server.url}/exports/${id}/csv`, await signIn(server.url, "hanne"))).status,
    ).toBe(404);
    expect((await get(`${server.url}/exports/${id}/csv`)).status).toBe(401);
    // Each refusal is in the audit log with the export asked for, anonymous ones too.
    const refusedToOthers = (await refusalsNaming(id)).filter((row) => row.person !== "rikke");
    expect(refusedToOthers).toEqual([
      { action: "export.download.refused", person: "anden-analytiker", code: "NOT_FOUND" },
      { action: "download.refused", person: "hanne", code: "FORBIDDEN" },
      { action: "download.refused", person: null, code: "UNAUTHORIZED" },
    ]);
    expect((await get(`${server.url}/exports/${id}/pdf`, rikke)).status).toBe(404);
    expect((await get(`${server.url}/exports/not-an-id/csv`, rikke)).status).toBe(404);
    expect(
      (await get(`${server.url}/exports/01900000-0000-7000-8000-000000000000/csv`, rikke)).status,
    ).toBe(404);

    // Expired: not handed out any more, though the files are still on disk.
    await server.state.database?.sql.query(
      `UPDATE "analyst_export" SET "expires_at" = now() - interval '1 minute' WHERE "id" = $1`,
      [id],
    );
    expect((await get(`${server.url}/exports/${id}/csv`, rikke)).status).toBe(404);
    expect((await refusalsNaming(id)).at(-1)).toEqual({
      action: "export.download.refused",
      person: "rikke",
      code: "CONFLICT",
    });
    expect(await auditActions("export.downloaded")).toBe(2);
  }, 120_000);

  it("a leader downloads their organisation's quarterly report; another organisation's leader gets 404", async () => {
    const db = server.state.database;
    const hanne = await db?.prisma.person.findUniqueOrThrow({
      where: { username: "hanne" },
      include: { unit: { include: { organisation: true } } },
    });
    const organisationId = hanne?.unit.organisationId as string;
    const hanneCookie = await signIn(server.url, "hanne");
    // What the API lists: the reports the worker has written (and recorded), newest first.
    const writtenReports = async () =>
      (
        await trpcQuery<{ reports: Array<{ quarter: string; url: string; createdAt: string }> }>(
          server.url,
          "exports.quarterlyReports",
          hanneCookie,
        )
      ).data.reports;
    const listed = async (quarter: string) =>
      (await writtenReports()).some((report) => report.quarter === quarter) || null;
    // Demo mode has the quarter just ended written at start, for a leader to download.
    const lastFile = join(server.dataDir, "reports", lastQuarter, `${organisationId}.pdf`);
    await waitFor(() => listed(lastQuarter), "the demo's quarterly report");
    const last = await get(
      `${server.url}/reports/${lastQuarter}/${organisationId}.pdf`,
      hanneCookie,
    );
    expect(last.status).toBe(200);
    expect(Buffer.from(await last.arrayBuffer()).equals(await readFile(lastFile))).toBe(true);

    // An older quarter has not been written: not listed, and no file to hand out.
    const url = `${server.url}/reports/${olderQuarter}/${organisationId}.pdf`;
    const [demoReport, ...others] = await writtenReports();
    expect(others).toEqual([]);
    expect(demoReport).toMatchObject({
      quarter: lastQuarter,
      url: `/reports/${lastQuarter}/${organisationId}.pdf`,
    });
    expect(Number.isNaN(Date.parse(demoReport?.createdAt ?? ""))).toBe(false);
    expect((await get(url, hanneCookie)).status).toBe(404);

    // On demand, as an operator would: the worker's quarterly report job for that quarter.
    await server.worker()?.boss.send("reports.quarterly", { quarter: olderQuarter });
    await waitFor(() => listed(olderQuarter), "the quarterly report");

    expect((await writtenReports()).map((report) => report.quarter)).toEqual([
      lastQuarter,
      olderQuarter,
    ]);
    const response = await get(url, hanneCookie);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="samstemt-kvartalsrapport-${olderQuarter}.pdf"`,
    );
    expect(response.headers.get("cache-control")).toBe("no-store");
    const parser = new PDFParse({ data: new Uint8Array(await response.arrayBuffer()) });
    const text = (await parser.getText()).text.replace(/\s+/g, " ");
    await parser.destroy();
    expect(text).toContain(hanne?.unit.organisation.name as string);
    // The procedure audits each report it hands out.
    expect(await auditActions("report.downloaded")).toBe(2);

    // Lene leads Holstebro Kommune: not Hanne's report, though it exists; her own, yes.
    const lene = await signIn(server.url, "lene");
    expect((await get(url, lene)).status).toBe(404);
    const leneOrganisation = (
      await trpcQuery<{ organisationId: string }>(server.url, "exports.quarterlyReports", lene)
    ).data.organisationId;
    expect(
      (await get(`${server.url}/reports/${lastQuarter}/${leneOrganisation}.pdf`, lene)).status,
    ).toBe(200);
    // Staff and analysts have no reports; the running quarter has none; nor has a bad name.
    expect((await get(url, await signIn(server.url, "jonas"))).status).toBe(404);
    expect((await get(url, await signIn(server.url, "rikke"))).status).toBe(404);
    const running = `${server.url}/reports/${currentQuarterLabel(now)}/${organisationId}.pdf`;
    expect((await get(running, hanneCookie)).status).toBe(404);
    expect((await get(`${server.url}/reports/${lastQuarter}/x.pdf`, hanneCookie)).status).toBe(404);
    expect((await get(`${server.url}/reports/..%2F..%2Fetc/passwd`, hanneCookie)).status).toBe(404);
    expect((await get(url)).status).toBe(401);
    const reportRefusals = await server.state.database?.sql.query<{
      action: string;
      code: string | null;
    }>(
      `SELECT "action", "details"->>'code' AS "code" FROM "audit_entry"
       WHERE "action" LIKE '%download.refused' AND "details"->>'quarter' = $1 ORDER BY "id"`,
      [olderQuarter],
    );
    // Hanne's looks before it was written are the API's entries; the staff member's and the
    // analyst's role refusals and the anonymous attempt are the route's, with the file asked.
    expect(reportRefusals?.map((row) => [row.action, row.code])).toEqual([
      ["report.download.refused", null],
      ["report.download.refused", null],
      ["download.refused", "FORBIDDEN"],
      ["download.refused", "FORBIDDEN"],
      ["download.refused", "UNAUTHORIZED"],
    ]);
    const staffList = await trpcQuery(
      server.url,
      "exports.quarterlyReports",
      await signIn(server.url, "jonas"),
    );
    expect(staffList.status).toBe(403);
  }, 120_000);

  it("hands no file out for made-up paths under /exports and /reports: 404 or 401, never 500", async () => {
    const cookies = [await signIn(server.url, "rikke"), await signIn(server.url, "hanne"), ""];
    const segment = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.uuid(),
      fc.constantFrom("csv", "xlsx", "2026-Q1", "..", "%2e%2e", "x.pdf", "%00"),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("exports", "reports"),
        segment,
        segment,
        fc.constantFrom(...cookies),
        async (root, a, b, cookie) => {
          const path = `/${root}/${encodeURIComponent(a)}/${encodeURIComponent(b)}`;
          const response = await get(`${server.url}${path}`, cookie);
          await response.arrayBuffer();
          // An empty segment, or "." and ".." (which the URL itself resolves), is no download
          // route: the staff app's page may answer it.
          expect(response.status).toBeLessThan(500);
          expect(response.headers.get("content-disposition")).toBeNull();
          const route = ![a, b].some((s) => s === "" || s === "." || s === "..");
          if (route) expect([401, 404]).toContain(response.status);
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});
