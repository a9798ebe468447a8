import { useTRPC } from "@samstemt/ui";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";

/** Organisation names and sectors from the directory (staff data, cached for the session). */
export function useOrganisations() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const organisations = useQuery(
    trpc.directory.organisations.queryOptions(undefined, { staleTime: 10 * 60_000 }),
  );
  const byId = new Map((organisations.data ?? []).map((o) => [o.organisationId, o]));
  return {
    list: organisations.data ?? [],
    query: organisations,
    name: (id: string) => byId.get(id)?.name ?? t("case.anOrganisation"),
    sector: (id: string) => byId.get(id)?.sector ?? null,
  };
}
