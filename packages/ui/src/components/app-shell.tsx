import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "./language-switch";

export interface ShellUser {
  name: string;
  unitName: string;
}

/** Page frame shared by both apps: skip link, header, language, who is signed in, navigation. */
export function AppShell(props: {
  section: string;
  user: ShellUser | null;
  onSignOut?: () => void;
  /** The app's main navigation, between the header and the content (shown when signed in). */
  nav?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#content">
        {t("skipToContent")}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">{t("appName")}</span>
          <span className="brand-section">{props.section}</span>
        </div>
        <div className="header-tools">
          <LanguageSwitch />
          {props.user && (
            <>
              <span className="signed-in">
                {t("signedInAs", { name: props.user.name, unit: props.user.unitName })}
              </span>
              {/* A form POST, so sign-out works without script and the server can send the
                  browser on to the login service's sign-out (issue 10); with an onSignOut the
                  app signs out in place (or follows the service's address, see signOut). */}
              <form
                method="post"
                action="/auth/logout"
                className="sign-out"
                onSubmit={(event) => {
                  if (!props.onSignOut) return;
                  event.preventDefault();
                  props.onSignOut();
                }}
              >
                <button type="submit" className="secondary">
                  {t("signOut")}
                </button>
              </form>
            </>
          )}
        </div>
      </header>
      {props.nav}
      <main id="content" tabIndex={-1}>
        {props.children}
      </main>
    </>
  );
}
