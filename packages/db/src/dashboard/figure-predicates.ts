import { Prisma } from "../generated/prisma/client";

// Each figure on the dashboard is one SQL predicate over a case's indicator row, so the count
// and the list of cases behind it (the drill-down) can never disagree. Aliases: `i` the
// case_indicator row, `q` the quarter (`qs` first instant, `qe` first instant after, Danish
// time), `n` the moment of reading (`now`, `horizon` = end of the 14-day deadline window,
// `lapse_horizon` = end of the consent window, `lapse_window` = [now, lapse_horizon)).

const inQuarter = (column: string) =>
  Prisma.sql`(i.${Prisma.raw(`"${column}"`)} >= q."qs" AND i.${Prisma.raw(`"${column}"`)} < q."qe")`;

/** Figures of one quarter: counted for the chosen quarter and the trend. */
export const quarterPredicates = {
  /** R2/R5: initiatives taken in the quarter. */
  registered: inQuarter("initiative_at"),
  /** R5: endorsed by the initiator's leader in the quarter. */
  endorsed: inQuarter("endorsed_at"),
  /** R5: declined by the initiator's leader in the quarter. */
  declined: Prisma.sql`(i."declined" AND ${inQuarter("declined_at")})`,
  /** R3: the citizen rejects all help; recorded in the quarter. */
  excluded: Prisma.sql`(i."excluded" AND ${inQuarter("excluded_at")})`,
  /** R6: activated in the quarter. */
  activated: inQuarter("activated_at"),
  /** Active at some time in the quarter: activated before its end, not closed before its start. */
  active: Prisma.sql`(i."activated_at" < q."qe" AND (i."closed_at" IS NULL OR i."closed_at" >= q."qs"))`,
  closed: inQuarter("closed_at"),
  /** R9: the first collaboration meeting was held in the quarter. */
  firstMeetingHeld: inQuarter("first_meeting_at"),
  /** R9: the deadline fell in the quarter and is decided (met, or passed without a meeting). */
  deadlineDecided: Prisma.sql`(${inQuarter("deadline_at")}
    AND (i."first_meeting_at" IS NOT NULL OR i."deadline_at" < n."now"))`,
  deadlineMet: Prisma.sql`(${inQuarter("deadline_at")} AND i."first_meeting_at" <= i."deadline_at")`,
  /** R9: held late, or not held by the deadline. */
  deadlineMissed: Prisma.sql`(${inQuarter("deadline_at")}
    AND (i."first_meeting_at" > i."deadline_at"
         OR (i."first_meeting_at" IS NULL AND i."deadline_at" < n."now")))`,
  /** R6: sectors taking part, among the cases active in the quarter. */
  sectorRegion: Prisma.sql`(i."activated_at" < q."qe" AND (i."closed_at" IS NULL OR i."closed_at" >= q."qs") AND 'region'::"Sector" = ANY(i."sectors"))`,
  sectorMunicipality: Prisma.sql`(i."activated_at" < q."qe" AND (i."closed_at" IS NULL OR i."closed_at" >= q."qs") AND 'municipality'::"Sector" = ANY(i."sectors"))`,
  sectorGeneralPractice: Prisma.sql`(i."activated_at" < q."qe" AND (i."closed_at" IS NULL OR i."closed_at" >= q."qs") AND 'general_practice'::"Sector" = ANY(i."sectors"))`,
  sectorProbationService: Prisma.sql`(i."activated_at" < q."qe" AND (i."closed_at" IS NULL OR i."closed_at" >= q."qs") AND 'probation_service'::"Sector" = ANY(i."sectors"))`,
  /** R6: at least two sectors — what makes a case cross-sectoral. */
  crossSectoral: Prisma.sql`(i."activated_at" < q."qe" AND (i."closed_at" IS NULL OR i."closed_at" >= q."qs") AND i."sector_count" >= 2)`,
} as const satisfies Record<string, Prisma.Sql>;
export type QuarterFigure = keyof typeof quarterPredicates;
export const quarterFigures = Object.keys(quarterPredicates) as QuarterFigure[];

const activeNow = Prisma.sql`i."status" = 'active'`;

/**
 * Figures of the cases as they stand now (the gaps a leader can still act on). Time-dependent
 * values (meetings expected, next meeting overdue) are as the worker last refreshed them.
 */
export const currentPredicates = {
  /** The cases by status now (with activeNow below): how many are where in the model. */
  initiatedNow: Prisma.sql`i."status" = 'initiated'`,
  endorsedNow: Prisma.sql`i."status" = 'endorsed'`,
  activeNow,
  closedNow: Prisma.sql`i."status" = 'closed'`,
  declinedNow: Prisma.sql`i."status" = 'declined'`,
  excludedNow: Prisma.sql`i."status" = 'excluded'`,
  /** R9: first meeting not held and its deadline not yet passed (the 14-day ones among them). */
  deadlineOpen: Prisma.sql`(i."status" IN ('initiated', 'endorsed', 'active')
    AND i."first_meeting_at" IS NULL AND i."deadline_at" >= n."now")`,
  /** R9: first meeting not held and its deadline within the next 14 days (Danish days). */
  deadlineSoon: Prisma.sql`(i."status" IN ('initiated', 'endorsed', 'active')
    AND i."first_meeting_at" IS NULL AND i."deadline_at" >= n."now" AND i."deadline_at" < n."horizon")`,
  /** R9: deadline passed and the first meeting still not held. */
  overdueNow: Prisma.sql`(i."status" IN ('initiated', 'endorsed', 'active')
    AND i."first_meeting_at" IS NULL AND i."deadline_at" < n."now")`,
  /** R7. */
  noCoordinator: Prisma.sql`(${activeNow} AND NOT i."has_coordinator")`,
  /** R10. */
  organisationalAgreementUnsigned: Prisma.sql`(${activeNow} AND NOT i."organisational_agreement_signed")`,
  /** R11. */
  citizenAgreementUnsigned: Prisma.sql`(${activeNow} AND NOT i."citizen_agreement_signed")`,
  /** R10/R11: the latest version of either agreement lacks fields. */
  agreementFieldsMissing: Prisma.sql`(${activeNow}
    AND (i."organisational_agreement_missing_fields" > 0 OR i."citizen_agreement_missing_fields" > 0))`,
  /** R13: a change notice some current member has not acknowledged. */
  noticesUnacknowledged: Prisma.sql`(${activeNow} AND i."pending_acknowledgements" > 0)`,
  /**
   * R4: a standing consent lapses within 30 days: one of its expiries in [now, lapse_horizon)
   * — a range test over the array rather than a sub-select per case (cheaper at 40,000).
   */
  consentLapsing: Prisma.sql`(${activeNow} AND n."lapse_window" @> ANY(i."consent_expiries"))`,
  /** R10: supervision as the signed organisational agreement says. */
  supervisionYes: Prisma.sql`(${activeNow} AND i."supervision" IS TRUE)`,
  supervisionNo: Prisma.sql`(${activeNow} AND i."supervision" IS FALSE)`,
  supervisionUndecided: Prisma.sql`(${activeNow} AND i."supervision" IS NULL)`,
  /** Cases with an agreed meeting frequency, and those that held fewer meetings than it asks. */
  withFrequency: Prisma.sql`(${activeNow} AND i."meetings_expected" IS NOT NULL)`,
  behindFrequency: Prisma.sql`(${activeNow} AND i."meetings_expected" IS NOT NULL
    AND i."meetings_held" < i."meetings_expected")`,
  nextMeetingOverdue: Prisma.sql`(${activeNow} AND i."next_meeting_overdue")`,
} as const satisfies Record<string, Prisma.Sql>;
export type CurrentFigure = keyof typeof currentPredicates;
export const currentFigures = Object.keys(currentPredicates) as CurrentFigure[];

/** R8: a collaboration meeting in the quarter without the citizen (drill-down only). */
export const meetingWithoutCitizenPredicate = Prisma.sql`EXISTS (
  SELECT 1 FROM "meeting" m WHERE m."case_id" = i."case_id" AND m."kind" = 'collaboration'
    AND m."held_at" >= q."qs" AND m."held_at" < q."qe" AND m."citizen_present" IS NOT TRUE)`;

export const drillDownFigures = [
  ...quarterFigures,
  ...currentFigures,
  "meetingWithoutCitizen",
] as const;
export type DrillDownFigure = QuarterFigure | CurrentFigure | "meetingWithoutCitizen";

export function drillDownPredicate(figure: DrillDownFigure): Prisma.Sql {
  if (figure === "meetingWithoutCitizen") return meetingWithoutCitizenPredicate;
  if (figure in quarterPredicates) return quarterPredicates[figure as QuarterFigure];
  return currentPredicates[figure as CurrentFigure];
}
