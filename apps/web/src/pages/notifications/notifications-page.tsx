import { QueryError, useTRPC } from "@samstemt/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../components/format";
import { PageHeading } from "../../layout/page-heading";

/** How many of the newest alerts the page lists (the API's most). */
const LIMIT = 100;

/**
 * `/notifikationer`: the signed-in person's alerts — R9 deadlines, R13 change
 * notices, new tasks — newest first, each linking to its case; one or all can be marked
 * read. Unread is said in words ("Ulæst"), not by colour or weight alone (WCAG 1.4.1). An
 * alert whose condition has ended (the meeting held, the agreement signed, the case closed)
 * stays listed, says so in words, and is no longer unread.
 */
export function NotificationsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const format = useFormat();
  const queryClient = useQueryClient();
  const notifications = useQuery(trpc.notifications.mine.queryOptions({ limit: LIMIT }));
  const [news, setNews] = useState<string | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const markRead = useMutation(
    trpc.notifications.markRead.mutationOptions({
      onSuccess: ({ marked }, input) => {
        // Both the list and the count in the main navigation.
        void queryClient.invalidateQueries({ queryKey: trpc.notifications.mine.queryKey() });
        setNews(
          input.ids === undefined
            ? t("notifications.allMarked", { count: marked })
            : t("notifications.oneMarked"),
        );
        // The button that was used goes away: focus goes to what happened, not to the page's top.
        requestAnimationFrame(() => statusRef.current?.focus());
      },
    }),
  );
  const items = [...(notifications.data?.items ?? [])].sort(
    (a, b) => new Date(b.createdAt).getTime() - new Date(a.createdAt).getTime(),
  );
  const unread = notifications.data?.unread ?? 0;
  return (
    <>
      <PageHeading title={t("notifications.title")}>{t("notifications.title")}</PageHeading>
      <p
        role="status"
        tabIndex={-1}
        ref={statusRef}
        className={news ? "success" : "visually-hidden"}
      >
        {news}
      </p>
      {notifications.isPending && <p aria-live="polite">{t("loading")}</p>}
      {notifications.isError && (
        <QueryError error={notifications.error} onRetry={() => void notifications.refetch()} />
      )}
      {markRead.isError && (
        <p role="alert" className="error-message">
          {t("notifications.markFailed")}
        </p>
      )}
      {notifications.data && (
        <p>
          {unread === 0
            ? t("notifications.noneUnread")
            : t("notifications.unread", { count: unread })}
        </p>
      )}
      {unread > 0 && (
        <button
          type="button"
          className="secondary"
          disabled={markRead.isPending}
          onClick={() => markRead.mutate({})}
        >
          {t("notifications.markAll")}
        </button>
      )}
      {notifications.data && items.length === 0 && (
        <p className="empty">{t("notifications.empty")}</p>
      )}
      {items.length > 0 && (
        <ul className="notification-list" aria-label={t("notifications.listLabel")}>
          {items.map((item) => {
            const unread = item.readAt === null && item.doneAt === null;
            return (
              <li key={item.id} className={unread ? "notification unread" : "notification"}>
                <h2>
                  {unread && <span className="badge">{t("notifications.unreadBadge")}</span>}
                  {item.doneAt !== null && (
                    <span className="badge badge-closed">{t("notifications.doneBadge")}</span>
                  )}{" "}
                  {item.title}
                </h2>
                <p className="muted">
                  {t("notifications.received", { at: format.dateTime(new Date(item.createdAt)) })}
                  {item.dueAt &&
                    ` · ${t("notifications.due", { at: format.date(new Date(item.dueAt)) })}`}
                  {item.doneAt &&
                    ` · ${t("notifications.doneSince", { at: format.date(new Date(item.doneAt)) })}`}
                </p>
                <p className="minutes">{item.body}</p>
                <p>
                  {item.caseId && (
                    <Link to="/sager/$caseId" params={{ caseId: item.caseId }}>
                      {t("notifications.openCase")}
                      <span className="visually-hidden">: {item.title}</span>
                    </Link>
                  )}{" "}
                  {unread && (
                    <button
                      type="button"
                      className="secondary"
                      disabled={markRead.isPending}
                      onClick={() => markRead.mutate({ ids: [item.id] })}
                    >
                      {t("notifications.markOne")}
                      <span className="visually-hidden">: {item.title}</span>
                    </button>
                  )}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
