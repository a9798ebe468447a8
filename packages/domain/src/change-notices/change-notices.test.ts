import { describe, expect, it } from "vitest";
import {
  activeCase,
  contactPerson,
  ctx,
  expectError,
  expectOk,
  joinedCase,
  municipalLeader,
  psychiatrist,
  regionLeader,
  T3,
} from "../../test/fixtures";
import { pendingAcknowledgements } from "../cases/case-queries";
import { addTeamMember } from "../team/add-team-member";
import { removeTeamMember } from "../team/remove-team-member";
import { acknowledgeChangeNotice } from "./acknowledge-change-notice";
import { recordInterventionChange } from "./record-intervention-change";

const housingSupport = {
  personId: "p-bostoette",
  name: "Bo Støtte",
  organisationId: "aarhus-kommune",
  role: "bostøtte",
  contact: { phone: "11223344" },
};
const teamOfThree = () =>
  expectOk(addTeamMember(activeCase(), { member: housingSupport }, ctx(municipalLeader, T3))).state;
const change = { noticeId: "n1", description: "Behandlingen skifter til udgående team" };

describe("R13 change notices", () => {
  it("R13: a change yields a notice to every other current team member", () => {
    const { state, events } = expectOk(
      recordInterventionChange(teamOfThree(), change, ctx(psychiatrist, T3)),
    );
    expect(state.changeNotices[0]?.recipients).toEqual([
      { personId: contactPerson.personId, acknowledgedAt: null },
      { personId: "p-bostoette", acknowledgedAt: null },
    ]);
    expect(events[0]).toMatchObject({
      type: "ChangeNoticeIssued",
      recipientPersonIds: [contactPerson.personId, "p-bostoette"],
    });
    expect(pendingAcknowledgements(state)).toHaveLength(2);
  });

  it("R13: each recipient acknowledges, once", () => {
    const issued = expectOk(
      recordInterventionChange(teamOfThree(), change, ctx(psychiatrist, T3)),
    ).state;
    const { state, events } = expectOk(
      acknowledgeChangeNotice(issued, { noticeId: "n1" }, ctx(contactPerson, T3)),
    );
    expect(state.changeNotices[0]?.recipients[0]).toEqual({
      personId: contactPerson.personId,
      acknowledgedAt: T3,
    });
    expect(events[0]).toMatchObject({
      type: "ChangeNoticeAcknowledged",
      personId: contactPerson.personId,
    });
    expect(pendingAcknowledgements(state)).toEqual([{ noticeId: "n1", personId: "p-bostoette" }]);
    expect(
      expectError(
        acknowledgeChangeNotice(state, { noticeId: "n1" }, ctx(contactPerson, T3)),
        "NOTICE_ALREADY_ACKNOWLEDGED",
      ).rule,
    ).toBe("R13");
    expectError(
      acknowledgeChangeNotice(state, { noticeId: "n1" }, ctx(psychiatrist, T3)),
      "NOT_A_NOTICE_RECIPIENT",
    );
    expectError(
      acknowledgeChangeNotice(state, { noticeId: "n9" }, ctx(psychiatrist, T3)),
      "NOTICE_NOT_FOUND",
    );
  });

  it("R13: members who left no longer count as pending", () => {
    const issued = expectOk(
      recordInterventionChange(teamOfThree(), change, ctx(psychiatrist, T3)),
    ).state;
    const left = expectOk(
      removeTeamMember(issued, { personId: "p-bostoette" }, ctx(municipalLeader, T3)),
    ).state;
    expect(pendingAcknowledgements(left)).toEqual([
      { noticeId: "n1", personId: contactPerson.personId },
    ]);
  });

  it("R13: only current team members record a change, on an active case, with unique ids", () => {
    expect(
      expectError(
        recordInterventionChange(activeCase(), change, ctx(regionLeader, T3)),
        "NOT_A_TEAM_MEMBER",
      ).rule,
    ).toBe("R13");
    expectError(
      recordInterventionChange(joinedCase(), change, ctx(psychiatrist, T3)),
      "WRONG_CASE_STATUS",
    );
    const issued = expectOk(
      recordInterventionChange(activeCase(), change, ctx(psychiatrist, T3)),
    ).state;
    expectError(recordInterventionChange(issued, change, ctx(psychiatrist, T3)), "DUPLICATE_ID");
  });
});
