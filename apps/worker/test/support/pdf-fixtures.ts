import type { QuarterDashboard } from "@samstemt/db";
import type { CaseState, CitizenAgreementVersion, Meeting } from "@samstemt/domain";
import { PDFParse } from "pdf-parse";

/** Names as citizens and staff carry them: each outside Latin-1, the old PDFs' encoding. */
export const names = {
  polish: "Łukasz Wiśniewski",
  turkish: "Şahin Öztürk",
  vietnamese: "Nguyễn Văn Anh",
  greek: "Γιώργος Παπαδόπουλος",
  cyrillic: "Дмитрий Иванов",
  arabic: "محمد علي حسن",
  danish: "Søren Ærø",
} as const;

/** A sentence in Arabic only (with the lam-alef ligature in "عملاً"), for a field of its own. */
export const arabicSentence = "أريد أن أجد عملاً وأن أعيش في بيتي";
export const greekSentence = "Θέλω να μείνω στο σπίτι μου.";

const provenance = {
  personId: "p-coordinator",
  name: names.vietnamese,
  organisationId: "org-municipality",
  recordedAt: new Date("2026-03-02T09:00:00Z"),
  inferred: false,
};
const actor = (personId: string, name: string) => ({
  personId,
  name,
  organisationId: "org-municipality",
  unitId: "unit-municipality",
  sector: "municipality" as const,
  role: "staff" as const,
});

export function citizenAgreement(
  content: Partial<CitizenAgreementVersion["content"]> = {},
): CitizenAgreementVersion {
  return {
    version: 1,
    status: "signed",
    savedAt: new Date("2026-03-02T09:00:00Z"),
    savedBy: provenance,
    signedAt: new Date("2026-03-04T09:00:00Z"),
    signatures: [
      {
        signAs: "citizen",
        signedAt: new Date("2026-03-04T08:00:00Z"),
        signedBy: actor("p-coordinator", names.vietnamese),
        organisationId: null,
        citizenAgreement: { how: "on_paper", agreedAt: new Date("2026-03-03T09:00:00Z") },
      },
      {
        signAs: "team",
        signedAt: new Date("2026-03-04T09:00:00Z"),
        signedBy: actor("p-coordinator", names.vietnamese),
        organisationId: null,
      },
    ],
    content: {
      citizenName: names.arabic,
      contactPersons: [
        { name: names.polish, organisation: null, phone: null, email: null },
        { name: names.turkish, organisation: null, phone: null, email: null },
      ],
      citizenGoal: arabicSentence,
      teamGoal: greekSentence,
      teamMembers: [
        { name: names.cyrillic, organisation: "Holstebro Kommune", roleOrTasks: "Bostøtte" },
        { name: names.danish, organisation: "Regionspsykiatrien Vest", roleOrTasks: "Læge" },
        { name: names.greek, organisation: "Lægehuset Nørregade", roleOrTasks: "Egen læge" },
      ],
      citizenExpectations: `At ${names.polish} ringer, før han kommer.`,
      teamExpectations: "At vi ses til møderne.",
      meetingFrequency: { every: 2, unit: "week", note: null },
      communicationChannels: [{ channel: "Telefon", purpose: null }],
      ...content,
    },
  };
}

export const heldMeeting = (decisionMinutes: string): Meeting => ({
  meetingId: "m-1",
  kind: "collaboration",
  status: "held",
  scheduledFor: null,
  citizenInvited: true,
  heldAt: new Date("2026-03-03T09:30:00Z"),
  citizenPresent: true,
  attendeePersonIds: ["p-1", "p-2", "p-3"],
  place: "Sundhedshuset, Holstebro",
  videoLink: null,
  invitedPersonIds: ["p-1", "p-2", "p-3"],
  decisionMinutes,
  scheduledBy: null,
  heldRecordedBy: provenance,
});

/** The one part of the case the minutes read: who is (or was) on the team. */
export const teamOf = (members: { personId: string; name: string; role: string }[]) =>
  ({ team: { members, formerMembers: [] } }) as unknown as CaseState;

export function quarterDashboard(
  closingReasons: QuarterDashboard["closingReasons"] = [],
): QuarterDashboard {
  return {
    quarter: "2026-Q1",
    trend: [{ quarter: "2026-Q1", counts: { registered: 7 }, leadTimes: {} }],
    current: { counts: { activeNow: 6 }, meetingsHeld: 0, meetingsExpected: 0 },
    closingReasons,
  } as unknown as QuarterDashboard;
}

/** The text of each page, as a PDF reader extracts it (NFC, one space for any run of white space). */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const result = await parser.getText();
    return result.pages.map((page) => page.text.normalize("NFC").replace(/\s+/g, " ").trim());
  } finally {
    await parser.destroy();
  }
}
