import { AppShell, signOut } from "@samstemt/ui";
import { useQueryClient } from "@tanstack/react-query";
import { Outlet, useRouterState } from "@tanstack/react-router";
import { useLayoutEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { MainNav } from "./main-nav";
import { headingFocus } from "./page-heading";
import { useSignedInUser } from "./signed-in-user";
import { useCurrentLists } from "./use-current-lists";

/** The frame of every page: header, navigation with the task count, the page. */
export function RootLayout() {
  const { t } = useTranslation();
  // What someone else did shows up on every page without a reload.
  useCurrentLists();
  const user = useSignedInUser();
  const queryClient = useQueryClient();
  const location = useRouterState({ select: (state) => state.location });
  const href = location.href;
  const pathname = location.pathname;
  // After a navigation, the new page's heading takes focus (WCAG 2.4.3); not on first load.
  // A layout effect, so the request is in place before the page's heading mounts and looks.
  const first = useRef(true);
  useLayoutEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    headingFocus.request(pathname);
  }, [href]);
  return (
    <AppShell
      section={t("section")}
      user={user}
      nav={<MainNav />}
      onSignOut={() => void signOut().then(() => queryClient.resetQueries())}
    >
      <Outlet />
    </AppShell>
  );
}
