import type { RouterOutputs } from "@samstemt/api";

export type CaseDetail = RouterOutputs["cases"]["get"];
export type CaseView = NonNullable<CaseDetail["view"]>;
