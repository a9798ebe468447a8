/** R9 counts only a held collaboration meeting; the earliest one is the first meeting. */
export const firstCollaborationMeetingSelect = {
  where: { kind: "collaboration", heldAt: { not: null } },
  orderBy: { heldAt: "asc" },
  take: 1,
  select: { heldAt: true },
} as const;

export function firstHeldAt(meetings: { heldAt: Date | null }[]): Date | null {
  return meetings[0]?.heldAt ?? null;
}
