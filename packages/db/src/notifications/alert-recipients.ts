import { clientOf, type NotificationHandle } from "./handle";

/**
 * The leaders of these units: the leaders an initiative is routed to (R5) are involved in
 * it before any of them has acted on it.
 */
export async function leadersOfUnits(
  db: NotificationHandle,
  unitIds: readonly string[],
): Promise<Map<string, string[]>> {
  const byUnit = new Map<string, string[]>();
  if (unitIds.length === 0) return byUnit;
  const rows = await clientOf(db).person.findMany({
    where: { unitId: { in: [...new Set(unitIds)] }, role: "leader" },
    select: { id: true, unitId: true },
    orderBy: { id: "asc" },
  });
  for (const row of rows) byUnit.set(row.unitId, [...(byUnit.get(row.unitId) ?? []), row.id]);
  return byUnit;
}
