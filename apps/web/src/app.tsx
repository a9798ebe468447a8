import { AppShell, DemoSignIn, signOut, useTRPC } from "@samstemt/ui";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Invitations } from "./invitations";
import { MyCases } from "./my-cases";

export function App() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useQuery(trpc.auth.me.queryOptions(undefined, { retry: false }));
  const refresh = () => void queryClient.invalidateQueries();
  const user = me.data ?? null;

  return (
    <AppShell
      section={t("section")}
      user={user}
      onSignOut={() => void signOut().then(() => queryClient.resetQueries())}
    >
      {me.isPending ? (
        <p aria-live="polite">{t("loading")}</p>
      ) : user ? (
        <MyCases>
          {user.role === "leader" && <Invitations organisationName={user.organisationName} />}
        </MyCases>
      ) : (
        <DemoSignIn onSignedIn={refresh} />
      )}
    </AppShell>
  );
}
