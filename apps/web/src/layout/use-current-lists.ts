import { useTRPC } from "@samstemt/ui";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import { useEffect, useRef } from "react";

/**
 * How often an open, visible tab asks whether its lists changed. Five seconds puts what
 * someone else did (a task, a count, an alert) on screen within 5–6 s, well inside the 10 s
 * people may wait for it, at 12 small requests a minute per visible tab (hidden tabs do not
 * poll; they ask at once when shown again). Each is one indexed read of a few counts: the
 * lists themselves — which recompute every task and audit every citizen they name — are
 * fetched only when something changed. Server-sent events would save the polls but need a
 * channel from every server instance and worker to every other (LISTEN/NOTIFY), held open
 * per tab; at this rate polling costs less than that machinery.
 */
export const LISTS_POLL_MS = 5_000;

/**
 * Keeps "Mine opgaver", the counts in the menu, the case list, the invitations, the alerts
 * and the case on screen current without a reload: polls the lists' stamp (and on focus),
 * and when it changes, has those lists fetched again — those on screen at once, the others
 * when next shown. The case on screen is fetched again only when its version moved past the
 * one shown (someone else changed it), so the next step carries the new version instead of
 * running into a conflict. Not on an agreement page: its draft saves by itself, and a newer
 * version slipped in under it would let that save replace a draft someone else saved
 * meanwhile; there the save meets the conflict and the page shows what changed (R10/R11).
 */
export function useCurrentLists(): void {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { caseId, kind: agreementKind } = useParams({ strict: false });
  const current = useQuery(
    trpc.live.stamp.queryOptions(caseId ? { caseId } : {}, {
      refetchInterval: LISTS_POLL_MS,
      refetchOnWindowFocus: "always",
      staleTime: 0,
      // A failed poll is tried again at the next interval, not retried at once.
      retry: false,
    }),
  );
  const seen = useRef<string | null>(null);
  const stamp = current.data?.stamp;
  const caseVersion = current.data?.caseVersion ?? null;

  useEffect(() => {
    if (stamp === undefined) return;
    if (seen.current !== null && seen.current !== stamp) {
      for (const queryKey of [
        trpc.tasks.mine.pathKey(),
        trpc.notifications.mine.pathKey(),
        trpc.cases.mine.pathKey(),
        trpc.cases.invitations.pathKey(),
      ]) {
        void queryClient.invalidateQueries({ queryKey });
      }
    }
    seen.current = stamp;
  }, [stamp, queryClient, trpc]);

  useEffect(() => {
    if (!caseId || caseVersion === null || agreementKind !== undefined) return;
    const queryKey = trpc.cases.get.queryKey({ caseId });
    const shown = queryClient.getQueryData(queryKey)?.view.version;
    if (shown !== undefined && shown < caseVersion)
      void queryClient.invalidateQueries({ queryKey });
  }, [caseId, caseVersion, agreementKind, queryClient, trpc]);
}
