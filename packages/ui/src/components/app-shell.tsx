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
              <button type="button" className="secondary" onClick={props.onSignOut}>
                {t("signOut")}
              </button>
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
