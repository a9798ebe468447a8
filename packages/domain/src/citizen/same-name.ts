/**
 * Names compared as people write them: letter case, spacing and how a letter such as "å" was
 * composed (one code point or two) do not matter; every letter does.
 */
export function sameName(a: string, b: string): boolean {
  return normalName(a) === normalName(b);
}

function normalName(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("da");
}

/**
 * What becomes of a registration's own citizen record once the initiator's leader has looked
 * its CPR number up in the CPR register (R5) and given the name the register has:
 * - `confirm`: Samstemt has no confirmed record for the number; this one becomes it;
 * - `join`: Samstemt's confirmed record for the number has that name; the case joins it, so
 *   the citizen's cases are one citizen's again;
 * - `keepApart`: Samstemt's record has another name; the case keeps a record of its own
 *   (joining would hand one person's history to another on a name the leader did not see).
 * Whoever checks is never told which it was: the outcome changes nothing they can see.
 */
export type RegisterCheckOutcome = "confirm" | "join" | "keepApart";

export function registerCheckOutcome(
  knownName: string | null,
  registerName: string,
): RegisterCheckOutcome {
  if (knownName === null) return "confirm";
  return sameName(knownName, registerName) ? "join" : "keepApart";
}
