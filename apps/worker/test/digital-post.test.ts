import { randomUUID } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { citizenDocumentsSent } from "@samstemt/db";
import {
  createTestCase,
  seedTestOrganisations,
  type TestDatabase,
  type TestOrganisations,
  testDatabaseKinds,
} from "@samstemt/db/testing";
import { PDFParse } from "pdf-parse";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localDigitalPost, type RunningWorker, readWorkerSettings, startWorker } from "../src";
import { callerFor } from "./support/alert-scenario";
import { createWorkerTestDatabase } from "./support/test-database";

const now = new Date("2026-03-10T09:00:00Z");

const agreement = {
  citizenName: "Testborger",
  contactPersons: [{ name: "Karen Kontakt", organisation: null, phone: null, email: null }],
  citizenGoal: "At beholde min lejlighed",
  teamGoal: "Færre indlæggelser",
  teamMembers: [{ name: "Karen Kontakt", organisation: "Kommunen", roleOrTasks: "Kontaktperson" }],
  citizenExpectations: "At blive hørt",
  teamExpectations: "At vi ses til møderne",
  meetingFrequency: { every: 2, unit: "week" as const, note: null },
  communicationChannels: [{ channel: "Telefon", purpose: null }],
};

describe.each(testDatabaseKinds())(
  "documents to the citizen by digital post (F2) on %s",
  (kind) => {
    let db: TestDatabase;
    let orgs: TestOrganisations;
    let worker: RunningWorker;
    let dir: string;

    beforeAll(async () => {
      db = await createWorkerTestDatabase(kind);
      orgs = await seedTestOrganisations(db.prisma);
      dir = await mkdtemp(join(tmpdir(), "samstemt-post-"));
      worker = await startWorker({
        database: db,
        logger: pino({ level: "silent" }),
        jobs: [],
        now: () => now,
        pollingIntervalSeconds: 0.5,
        settings: readWorkerSettings({}),
        digitalPost: localDigitalPost(dir),
      });
    });
    afterAll(async () => {
      await worker?.stop();
      await db?.destroy();
      await rm(dir, { recursive: true, force: true });
    });

    it("sends the signed citizen agreement once, as a MeMo-like message with the PDF, and the case records it (R11)", async () => {
      const created = await createTestCase(db.prisma, {
        initiator: orgs.regionStaff,
        initiativeAt: new Date("2026-02-20T09:00:00Z"),
        endorsedBy: orgs.regionLeader,
        activation: {
          leaders: [orgs.regionLeader, orgs.municipalityLeader],
          members: [orgs.regionStaff, orgs.municipalityStaff],
          coordinator: orgs.regionStaff,
        },
        collaborationHeldAt: new Date("2026-03-02T09:00:00Z"),
      });
      const staff = await callerFor(db, orgs.regionStaff, now);
      const saved = await staff.agreements.saveAgreementDraft({
        caseId: created.caseId,
        expectedVersion: created.state.version,
        payload: { kind: "citizen", content: agreement },
      });
      const byCitizen = await staff.agreements.signAgreement({
        caseId: created.caseId,
        expectedVersion: saved.version,
        payload: { kind: "citizen", version: 1, signAs: "citizen" },
      });
      await worker.drainOutbox();
      // Signed by the citizen only: nothing is sent yet.
      expect(await readdir(dir)).toEqual([]);
      await staff.agreements.signAgreement({
        caseId: created.caseId,
        expectedVersion: byCitizen.version,
        payload: { kind: "citizen", version: 1, signAs: "team" },
      });
      await worker.drainOutbox();
      await worker.drainOutbox();

      const files = await readdir(dir);
      expect(files).toHaveLength(1);
      const xml = await readFile(join(dir, files[0] as string), "utf8");
      const citizen = await db.prisma.citizen.findUniqueOrThrow({
        where: { id: created.citizenId },
      });
      expect(xml).toContain(`<memo:recipientID>${citizen.cpr}</memo:recipientID>`);
      expect(xml).toContain("<memo:label>Din aftale med dit team (version 1)</memo:label>");
      const content = /<memo:content>([^<]+)<\/memo:content>/.exec(xml)?.[1] ?? "";
      const parser = new PDFParse({ data: Buffer.from(content, "base64") });
      const text = (await parser.getText()).text;
      await parser.destroy();
      expect(text).toContain("Din aftale med dit team");
      expect(text).toContain("At beholde min lejlighed");
      expect(text).toContain("Hver 2. uge");
      expect(text).toContain("Du skrev under 10. marts 2026");

      const sent = await citizenDocumentsSent(db, created.caseId);
      expect(sent).toEqual([
        {
          at: now,
          title: "Din aftale med dit team (version 1)",
          kind: "citizen_agreement",
          messageId: files[0]?.replace(/\.xml$/, ""),
          // R4: what it was made from, so the case shows it to those who may read that.
          source: { citizenAgreementVersion: 1 },
        },
      ]);
    });

    it("sends a held collaboration meeting's decision minutes, not a preparatory meeting's, once, and the case records it (F2, R7, R8)", async () => {
      const created = await createTestCase(db.prisma, {
        initiator: orgs.regionStaff,
        initiativeAt: new Date("2026-02-20T09:00:00Z"),
        endorsedBy: orgs.regionLeader,
        activation: {
          leaders: [orgs.regionLeader, orgs.municipalityLeader],
          members: [orgs.regionStaff, orgs.municipalityStaff],
          coordinator: orgs.regionStaff,
        },
      });
      const before = new Set(await readdir(dir));
      const newFiles = async () => (await readdir(dir)).filter((file) => !before.has(file));
      const staff = await callerFor(db, orgs.regionStaff, now);
      // R8: held without the citizen, so its minutes are the team's own.
      const preparatory = await staff.meetings.recordMeetingHeld({
        caseId: created.caseId,
        expectedVersion: created.state.version,
        payload: {
          meetingId: randomUUID(),
          kind: "preparatory",
          heldAt: new Date("2026-03-02T08:00:00Z"),
          citizenPresent: false,
          attendeePersonIds: [orgs.regionStaff.id],
          decisionMinutes: "Vi forbereder mødet med borgeren.",
        },
      });
      await worker.drainOutbox();
      expect(await newFiles()).toEqual([]);

      // F2: sent whether or not the citizen took part.
      await staff.meetings.recordMeetingHeld({
        caseId: created.caseId,
        expectedVersion: preparatory.version,
        payload: {
          meetingId: randomUUID(),
          kind: "collaboration",
          heldAt: new Date("2026-03-03T09:30:00Z"),
          citizenPresent: false,
          attendeePersonIds: [orgs.regionStaff.id, orgs.municipalityStaff.id],
          decisionMinutes: "Bostøtten kommer to gange om ugen.\nNæste møde om fire uger.",
        },
      });
      await worker.drainOutbox();
      await worker.drainOutbox();

      const files = await newFiles();
      expect(files).toHaveLength(1);
      const xml = await readFile(join(dir, files[0] as string), "utf8");
      const citizen = await db.prisma.citizen.findUniqueOrThrow({
        where: { id: created.citizenId },
      });
      expect(xml).toContain(`<memo:recipientID>${citizen.cpr}</memo:recipientID>`);
      expect(xml).toContain("<memo:label>Referat af samarbejdsmødet 3. marts 2026</memo:label>");
      const content = /<memo:content>([^<]+)<\/memo:content>/.exec(xml)?.[1] ?? "";
      const parser = new PDFParse({ data: Buffer.from(content, "base64") });
      const text = (await parser.getText()).text;
      await parser.destroy();
      expect(text).toContain("Referat af samarbejdsmøde");
      expect(text).toContain("3. marts 2026 kl. 10.30");
      expect(text).toContain("Nej, du deltog ikke i mødet.");
      expect(text).toContain(orgs.municipalityStaff.name);
      expect(text).toContain("Bostøtten kommer to gange om ugen.");
      expect(text).toContain("Næste møde om fire uger.");
      expect(text).not.toContain("Vi forbereder mødet med borgeren.");

      expect(await citizenDocumentsSent(db, created.caseId)).toEqual([
        {
          at: now,
          title: "Referat af samarbejdsmødet 3. marts 2026",
          kind: "meeting_minutes",
          messageId: files[0]?.replace(/\.xml$/, ""),
          source: { meetingId: expect.any(String) },
        },
      ]);
    });

    it("hands the same message to the adapter again after a crash without delivering it twice", async () => {
      const post = localDigitalPost(dir);
      const message = {
        idempotencyKey: "documents.citizen:42",
        recipient: { cpr: "0113801234" },
        title: "Prøve",
        pdf: Buffer.from("%PDF-1.4"),
        sentAt: now,
      };
      const first = await post.send(message);
      const again = await post.send(message);
      expect(first.duplicate).toBe(false);
      expect(again).toEqual({ messageId: first.messageId, duplicate: true });
      expect((await readdir(dir)).filter((f) => f.startsWith(first.messageId))).toHaveLength(1);
    });
  },
);
