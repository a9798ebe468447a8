import { AppShell, DemoSignIn, signOut, useTRPC } from "@samstemt/ui";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { DashboardNav } from "./dashboard-nav";
import { DashboardPage } from "./dashboard-page";
import { ExportsPage } from "./exports/exports-page";

export function App() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useQuery(trpc.auth.me.queryOptions(undefined, { retry: false }));
  const user = me.data ?? null;

  const content = me.isPending ? (
    <p aria-live="polite">{t("loading")}</p>
  ) : !user ? (
    <DemoSignIn
      roles={["leader", "analyst"]}
      onSignedIn={() => void queryClient.invalidateQueries()}
    />
  ) : user.role === "analyst" ? (
    <ExportsPage />
  ) : user.role !== "leader" ? (
    <p className="card">
      {t("leadersOnly", { role: t(`roles.${user.role}`).toLocaleLowerCase(i18n.language) })}
    </p>
  ) : (
    <DashboardPage meId={user.personId} />
  );

  return (
    <AppShell
      section={user?.role === "analyst" ? t("exports.section") : t("section")}
      user={user}
      nav={
        user?.role === "leader" || user?.role === "analyst" ? (
          <DashboardNav role={user.role} />
        ) : undefined
      }
      onSignOut={() => void signOut().then(() => queryClient.resetQueries())}
    >
      {content}
    </AppShell>
  );
}
