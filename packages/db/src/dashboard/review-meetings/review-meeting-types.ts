/** A calendar day in Denmark, "2026-11-30". */
export type IsoDate = string;

export interface ReviewFollowUpRow {
  id: string;
  meetingId: string;
  description: string;
  ownerName: string;
  dueOn: IsoDate;
  closedInMeetingId: string | null;
}

export interface ReviewMeetingRecord {
  id: string;
  quarter: string;
  heldOn: IsoDate;
  supervisionDecision: string;
  evaluationDecision: string;
  otherDecisions: string;
  recordedById: string;
  recordedAt: Date;
  participants: {
    personId: string;
    name: string;
    organisationId: string;
    organisationName: string;
  }[];
  /** Agreed at this meeting. */
  followUps: ReviewFollowUpRow[];
  /** Earlier follow-ups this meeting closed. */
  followUpsClosed: ReviewFollowUpRow[];
}

export interface RecordReviewMeetingInput {
  quarter: string;
  heldOn: IsoDate;
  /** Leaders taking part; the one recording is always among them. */
  participantIds: string[];
  supervisionDecision: string;
  evaluationDecision: string;
  otherDecisions: string;
  followUps: { description: string; ownerName: string; dueOn: IsoDate }[];
  /** Open follow-ups of earlier meetings that this meeting saw done. */
  closeFollowUpIds: string[];
}

/** Why a review meeting could not be stored: the caller's input, never the database. */
export class ReviewMeetingInputError extends Error {
  constructor(
    readonly field: "participantIds" | "closeFollowUpIds",
    readonly ids: string[],
  ) {
    super(`review meeting: unknown or not allowed ${field}: ${ids.join(", ")}`);
    this.name = "ReviewMeetingInputError";
  }
}
