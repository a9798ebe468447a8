/** The rule ids of the collaboration model (docs/collaboration-model.md, R1–R15). */
export const ruleIds = [
  "R1",
  "R2",
  "R3",
  "R4",
  "R5",
  "R6",
  "R7",
  "R8",
  "R9",
  "R10",
  "R11",
  "R12",
  "R13",
  "R14",
  "R15",
] as const;
export type RuleId = (typeof ruleIds)[number];
