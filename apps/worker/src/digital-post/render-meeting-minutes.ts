import type { CaseState, Meeting } from "@samstemt/domain";
import { breakPageBeforeSection } from "../pdf/page-breaks";
import { createPdf } from "../pdf/pdf-document";
import { FONT } from "../pdf/unicode-fonts";
import { JOB_TIME_ZONE } from "../time-zone";
import { typedText } from "./typed-text";

const date = new Intl.DateTimeFormat("da-DK", { dateStyle: "long", timeZone: JOB_TIME_ZONE });
const time = new Intl.DateTimeFormat("da-DK", { timeStyle: "short", timeZone: JOB_TIME_ZONE });

/** The title the citizen sees in their digital post, e.g. "Referat af samarbejdsmødet 2. marts 2026". */
export function meetingMinutesTitle(meeting: Meeting): string {
  return `Referat af samarbejdsmødet ${meeting.heldAt ? date.format(meeting.heldAt) : ""}`.trim();
}

/**
 * F2: the decision minutes of a held collaboration meeting (R7) as the citizen receives
 * them — a Danish A4 PDF: when and where, whether the citizen took part (R8), who from the
 * team was there, and what was decided, in the coordinator's own words.
 */
export function renderMeetingMinutes(state: CaseState, meeting: Meeting): Promise<Buffer> {
  const { doc, done } = createPdf({
    margins: { top: 56, bottom: 56, left: 64, right: 64 },
    info: { Title: meetingMinutesTitle(meeting), Author: "Samstemt" },
  });
  const section = (title: string, text: string | null | undefined) => {
    doc.moveDown(0.8);
    breakPageBeforeSection(doc, title, typedText(text));
    doc.font(FONT.bold).fontSize(12).text(title);
    doc.moveDown(0.2).font(FONT.regular).fontSize(11).text(typedText(text));
  };
  const people = [...state.team.members, ...state.team.formerMembers];
  const attendees = meeting.attendeePersonIds
    .map((id) => people.find((member) => member.personId === id))
    .filter((member) => member !== undefined)
    .map((member) => `${member.name}, ${member.role}`);

  doc.font(FONT.bold).fontSize(20).text("Referat af samarbejdsmøde");
  doc.font(FONT.regular).fontSize(11).text("Beslutningsreferat fra dit team");
  section(
    "Hvornår",
    meeting.heldAt ? `${date.format(meeting.heldAt)} kl. ${time.format(meeting.heldAt)}` : null,
  );
  section("Hvor", meeting.place);
  section(
    "Deltog du",
    meeting.citizenPresent ? "Ja, du deltog i mødet." : "Nej, du deltog ikke i mødet.",
  );
  section("Fra dit team deltog", attendees.join("\n"));
  section("Det blev besluttet", meeting.decisionMinutes);
  doc.end();
  return done;
}
