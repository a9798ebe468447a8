import type { CitizenAgreementVersion } from "@samstemt/domain";
import { breakPageBeforeSection } from "../pdf/page-breaks";
import { createPdf } from "../pdf/pdf-document";
import { drawSignatureLines } from "../pdf/signature-lines";
import { FONT } from "../pdf/unicode-fonts";
import { JOB_TIME_ZONE } from "../time-zone";
import { typedText } from "./typed-text";

const date = new Intl.DateTimeFormat("da-DK", { dateStyle: "long", timeZone: JOB_TIME_ZONE });
const units = { week: ["uge", "uger"], month: ["måned", "måneder"] } as const;
const citizenSigned = {
  on_paper: "Du skrev under på papir",
  in_person: "Du sagde ja på et møde",
  by_phone: "Du sagde ja i telefonen",
} as const;

/**
 * The signed citizen agreement (R11) as the citizen receives it: a Danish A4 PDF with the
 * template's fields, in plain words, and a signature line for the citizen and one for the
 * team, each with when it was signed.
 */
export function renderCitizenAgreement(version: CitizenAgreementVersion): Promise<Buffer> {
  const content = version.content;
  const { doc, done } = createPdf({
    margins: { top: 56, bottom: 56, left: 64, right: 64 },
    info: { Title: "Din aftale med dit team", Author: "Samstemt" },
  });
  const section = (title: string, text: string | null | undefined) => {
    doc.moveDown(0.8);
    breakPageBeforeSection(doc, title, typedText(text));
    doc.font(FONT.bold).fontSize(12).text(title);
    doc.moveDown(0.2).font(FONT.regular).fontSize(11).text(typedText(text));
  };

  doc.font(FONT.bold).fontSize(20).text("Din aftale med dit team");
  doc
    .font(FONT.regular)
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
  const byCitizen = version.signatures.find((s) => s.signAs === "citizen");
  const byTeam = version.signatures.find((s) => s.signAs === "team");
  doc.moveDown(0.8);
  drawSignatureLines(doc, "Underskrifter", [
    {
      party: "Borger/patient",
      name: content.citizenName?.trim() || null,
      signed: byCitizen
        ? `${byCitizen.citizenAgreement ? citizenSigned[byCitizen.citizenAgreement.how] : "Du skrev under"} ${date.format(byCitizen.citizenAgreement?.agreedAt ?? byCitizen.signedAt)}`
        : null,
    },
    {
      party: "For teamet",
      name: byTeam?.signedBy.name ?? null,
      signed: byTeam ? `Teamet skrev under ${date.format(byTeam.signedAt)}` : null,
    },
  ]);
  doc.end();
  return done;
}
