import { join } from "node:path";
import { readWorkerSettings } from "@samstemt/worker";
import { describe, expect, it } from "vitest";
import { readServerConfig } from "../src/env";
import { startTestServer } from "./start-test-server";

describe("the embedded worker's settings", () => {
  it("keeps exports, reports and digital post under DATA_DIR by default", () => {
    const { worker } = readServerConfig({ DATA_DIR: "/srv/samstemt" });
    expect(worker).toMatchObject({
      exportDir: join("/srv/samstemt", "exports"),
      reportDir: join("/srv/samstemt", "reports"),
      digitalPostDir: join("/srv/samstemt", "digital-post"),
    });
  });

  it("lets the environment choose each folder and the worker's other settings", () => {
    const { worker } = readServerConfig({
      DATA_DIR: "/srv/samstemt",
      EXPORT_DIR: "/mnt/exports",
      REPORT_DIR: "/mnt/reports",
      DIGITAL_POST_DIR: "/mnt/post",
      EXPORT_TTL_HOURS: "24",
      SMTP_URL: "smtp://mail.example:587",
    });
    expect(worker).toMatchObject({
      exportDir: "/mnt/exports",
      reportDir: "/mnt/reports",
      digitalPostDir: "/mnt/post",
      exportTtlSeconds: 24 * 3600,
      smtpUrl: "smtp://mail.example:587",
    });
  });

  it("refuses a malformed worker setting at start", () => {
    expect(() => readServerConfig({ SMTP_URL: "http://nope" })).toThrow(/SMTP_URL/);
  });

  it("gives a worker on its own, with the server's DATA_DIR, the server's folders", () => {
    const env = { DATA_DIR: "/srv/samstemt", REPORT_DIR: "/mnt/reports" };
    const server = readServerConfig(env).worker;
    const worker = readWorkerSettings(env);
    expect(worker.exportDir).toBe(server.exportDir);
    expect(worker.reportDir).toBe("/mnt/reports");
    expect(worker.reportDir).toBe(server.reportDir);
    expect(worker.digitalPostDir).toBe(server.digitalPostDir);
  });

  it("links e-mails to PUBLIC_URL unless APP_BASE_URL says otherwise", () => {
    const publicUrl = "https://samstemt.region.example";
    expect(readServerConfig({ PUBLIC_URL: publicUrl }).worker.appBaseUrl).toBe(publicUrl);
    expect(
      readServerConfig({ PUBLIC_URL: publicUrl, APP_BASE_URL: "https://other.example" }).worker
        .appBaseUrl,
    ).toBe("https://other.example");
    // Not a fixed address when neither is set: the server gives its own (below).
    expect(readServerConfig({}).worker.appBaseUrl).toBeNull();
    expect(readWorkerSettings({ PUBLIC_URL: `${publicUrl}/` }).appBaseUrl).toBe(publicUrl);
  });

  it("without PUBLIC_URL, links alerts to the address the server listens at, not localhost:3000", async () => {
    const server = await startTestServer({ RUN_WORKER: "true" });
    try {
      await server.ready;
      expect(new URL(server.url).port).not.toBe("3000");
      expect(server.worker()?.settings.appBaseUrl).toBe(server.url);
    } finally {
      await server.cleanup();
    }
  });
});
