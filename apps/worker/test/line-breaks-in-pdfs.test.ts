import type { CaseState, CitizenAgreementVersion, Meeting } from "@samstemt/domain";
import { PDFParse } from "pdf-parse";
import { describe, expect, it } from "vitest";
import { renderCitizenAgreement } from "../src/digital-post/render-citizen-agreement";
import { renderMeetingMinutes } from "../src/digital-post/render-meeting-minutes";

// F2/R11: what the team typed reaches the citizen's digital post with its line breaks —
// also a "\r\n" stored before the domain wrote every line break as "\n".
const lines = async (pdf: Buffer) => {
  const parser = new PDFParse({ data: pdf });
  const text = (await parser.getText()).text;
  await parser.destroy();
  return text.split(/\r?\n/).map((line) => line.trim());
};
const minutes =
  "Bostøtten kommer to gange om ugen.\r\nLægen ser på medicinen.\n\nNæste møde om fire uger.";

describe("line breaks in the documents sent to the citizen", () => {
  it("keeps each line of the decision minutes on its own line, with no stray characters", async () => {
    const meeting = {
      meetingId: "m1",
      kind: "collaboration",
      status: "held",
      scheduledFor: null,
      citizenInvited: true,
      heldAt: new Date("2026-03-03T09:30:00Z"),
      citizenPresent: true,
      attendeePersonIds: [],
      place: null,
      videoLink: null,
      invitedPersonIds: [],
      decisionMinutes: minutes,
      scheduledBy: null,
      heldRecordedBy: null,
    } satisfies Meeting;
    const team = { members: [], formerMembers: [], coordinatorPersonId: null };
    const text = await lines(await renderMeetingMinutes({ team } as unknown as CaseState, meeting));
    expect(text).toEqual(
      expect.arrayContaining([
        "Bostøtten kommer to gange om ugen.",
        "Lægen ser på medicinen.",
        "Næste møde om fire uger.",
      ]),
    );
    expect(text.join("\n")).not.toMatch(/[\r\u00d0]/);
  });

  it("keeps the lines of the citizen's own goal in the agreement", async () => {
    const version = {
      version: 1,
      status: "signed",
      content: { citizenName: "Jannie Krog", citizenGoal: "Egen bolig.\r\nEt arbejde." },
      signatures: [],
    } as unknown as CitizenAgreementVersion;
    const text = await lines(await renderCitizenAgreement(version));
    expect(text).toEqual(expect.arrayContaining(["Egen bolig.", "Et arbejde."]));
    expect(text.join("\n")).not.toMatch(/[\r\u00d0]/);
  });
});
