import type { Actor } from "@samstemt/domain";

/** Who is looking: enough of the signed-in person to decide which cases they may see. */
export type CaseViewer = Pick<Actor, "personId" | "role" | "unitId" | "organisationId">;
