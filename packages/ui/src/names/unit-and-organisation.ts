/**
 * Where a person works, as one line: "Socialpsykiatri og Bostøtte, Holstebro Kommune". A unit
 * that carries its organisation's name (a general practice, "Lægehuset Nørregade" of
 * "Lægehuset Nørregade, Holstebro") is not named twice: the organisation alone says it.
 */
export function unitAndOrganisation(unit: string, organisation: string): string {
  const u = unit.trim();
  const o = organisation.trim();
  if (!u) return o;
  if (!o) return u;
  const lower = (text: string) => text.toLocaleLowerCase("da");
  if (lower(o) === lower(u) || lower(o).startsWith(`${lower(u)},`)) return o;
  return `${u}, ${o}`;
}
