import { AppShell, DemoSignIn, useTRPC } from "@samstemt/ui";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { SignedInUserContext } from "./layout/signed-in-user";
import { router } from "./router";

/**
 * Signed in, the routed app; otherwise the sign-in page at whatever address was opened, so
 * a bookmarked or shared link (`/sager/…`) leads there once the user has signed in.
 */
export function App() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useQuery(trpc.auth.me.queryOptions(undefined, { retry: false }));
  const user = me.data ?? null;

  if (user) {
    return (
      <SignedInUserContext.Provider value={user}>
        <RouterProvider router={router} />
      </SignedInUserContext.Provider>
    );
  }
  return (
    <AppShell section={t("section")} user={null}>
      {me.isPending ? (
        <p aria-live="polite">{t("loading")}</p>
      ) : (
        <DemoSignIn onSignedIn={() => void queryClient.invalidateQueries()} />
      )}
    </AppShell>
  );
}
