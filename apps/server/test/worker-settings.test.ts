import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readServerConfig } from "../src/env";

describe("the embedded worker's settings (issue 12)", () => {
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
});
