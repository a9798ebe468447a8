import type { CitizenAgreementVersion } from "@samstemt/domain";
import PDFDocument from "pdfkit";
import { JOB_TIME_ZONE } from "../time-zone";
import { typedText } from "./typed-text";

const date = new Intl.DateTimeFormat("da-DK", { dateStyle: "long", timeZone: JOB_TIME_ZONE });
const units = { week: ["uge", "uger"], month: ["måned", "måneder"] } as const;

/**
 * The signed citizen agreement (R11) as the citizen receives it: a Danish A4 PDF with the
 * template's fields, in plain words, and when the citizen and the team signed.
 */
export function renderCitizenAgreement(version: CitizenAgreementVersion): Promise<Buffer> {
  const content = version.content;
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 56, bottom: 56, left: 64, right: 64 },
    info: { Title: "Din aftale med dit team", Author: "Samstemt" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) =>
    doc.on("end", () => resolve(Buffer.concat(chunks))),
  );
  const section = (title: string, text: string | null | undefined) => {
    doc.moveDown(0.8).font("Helvetica-Bold").fontSize(12).text(title);
    doc.moveDown(0.2).font("Helvetica").fontSize(11).text(typedText(text));
  };

  doc.font("Helvetica-Bold").fontSize(20).text("Din aftale med dit team");
  doc
    .font("Helvetica")
    .fontSize(11)
    .text(`Samarbejdsaftale – Borger/patient & Team, version ${version.version}`);
  section("Navn", content.citizenName);
  section("Dit mål", content.citizenGoal);
  section("Teamets mål", content.teamGoal);
  section(
    "Dit team",
    (content.teamMembers ?? [])
      .map((m) => [m.name, m.organisation, m.roleOrTasks].filter(Boolean).join(", "))
      .join("\n"),
  );
  section(
    "Dine kontaktpersoner",
    (content.contactPersons ?? [])
      .map((p) => [p.name, p.organisation, p.phone, p.email].filter(Boolean).join(", "))
      .join("\n"),
  );
  section("Det forventer du", content.citizenExpectations);
  section("Det forventer teamet", content.teamExpectations);
  const frequency = content.meetingFrequency;
  section(
    "Så ofte mødes vi",
    frequency
      ? `Hver ${frequency.every === 1 ? units[frequency.unit][0] : `${frequency.every}. ${units[frequency.unit][0]}`}`
      : null,
  );
  section(
    "Sådan kontakter vi hinanden",
    (content.communicationChannels ?? [])
      .map((c) => [c.channel, c.purpose].filter(Boolean).join(": "))
      .join("\n"),
  );
  const signed = version.signatures
    .map(
      (s) => `${s.signAs === "citizen" ? "Du" : "Teamet"} skrev under ${date.format(s.signedAt)}`,
    )
    .join("\n");
  section("Underskrevet", signed);
  doc.end();
  return done;
}
