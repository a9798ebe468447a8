import { z } from "./common/zod";

/** The four sectors of the model. Cross-sectoral means at least two of them (R6). */
export const sectors = ["region", "municipality", "general_practice", "probation_service"] as const;
export const SectorSchema = z.enum(sectors);
export type Sector = z.infer<typeof SectorSchema>;

/** What a signed-in person may do is decided by their role in their unit. */
export const staffRoles = ["staff", "leader", "analyst"] as const;
export const StaffRoleSchema = z.enum(staffRoles);
export type StaffRole = z.infer<typeof StaffRoleSchema>;

/**
 * The life cycle of a case: an initiative (R5) is endorsed or declined by the initiator's
 * own leader, then activated across sectors by leaders (R6), and at last closed.
 * `excluded` is R3: the citizen rejects all offers of help.
 */
export const caseStatuses = [
  "initiated",
  "excluded",
  "endorsed",
  "declined",
  "active",
  "closed",
] as const;
export const CaseStatusSchema = z.enum(caseStatuses);
export type CaseStatus = z.infer<typeof CaseStatusSchema>;
