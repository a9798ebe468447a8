import { type FormEvent, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";

interface DemoUser {
  username: string;
  name: string;
  title: string;
  role: "staff" | "leader" | "analyst";
  unitName: string;
  organisationName: string;
}

async function postJson(url: string, body: unknown): Promise<Response> {
  return fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    credentials: "same-origin",
    body: JSON.stringify(body),
  });
}

/** Where OpenID Connect sign-in starts (issue 10), coming back to this page afterwards. */
function oidcSignInHref(): string {
  const here = `${window.location.pathname}${window.location.search}`;
  return `/auth/login?returnTo=${encodeURIComponent(here)}`;
}

/** Sign-in with the organisation's login service (OpenID Connect), when the server has no demo. */
function OidcSignIn(props: { headingId: string }) {
  const { t } = useTranslation();
  return (
    <section className="card sign-in" aria-labelledby={props.headingId}>
      <h1 id={props.headingId}>{t("signIn.title")}</h1>
      <p>{t("signIn.oidcIntro")}</p>
      <p>
        <a href={oidcSignInHref()}>{t("signIn.oidcLink")}</a>
      </p>
    </section>
  );
}

/**
 * The demo sign-in: pick a made-up user. When the server has no demo (`/auth/dev-users`
 * answers 404, as with OpenID Connect), a "Log ind" link to the login service instead.
 */
export function DemoSignIn(props: { onSignedIn: () => void; roles?: DemoUser["role"][] }) {
  const { t } = useTranslation();
  const selectId = useId();
  const errorId = useId();
  const [users, setUsers] = useState<DemoUser[] | null>(null);
  const [unavailable, setUnavailable] = useState(false);
  const [username, setUsername] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    fetch("/auth/dev-users", { credentials: "same-origin" })
      .then(async (response) => {
        if (response.status === 404) {
          setUnavailable(true);
          return;
        }
        if (!response.ok) throw new Error(String(response.status));
        setUsers((await response.json()) as DemoUser[]);
      })
      .catch(() => setUnavailable(true));
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!username) {
      setError(t("signIn.required"));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const response = await postJson("/auth/dev-login", { username });
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { error?: string };
        throw new Error(body.error ?? String(response.status));
      }
      props.onSignedIn();
    } catch (failure) {
      setError(t("signIn.failed", { message: (failure as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  // No demo users to pick (or none to be had): the real login service is the way in.
  if (unavailable) return <OidcSignIn headingId={`${selectId}-title`} />;
  if (!users) return <p aria-live="polite">{t("signIn.loadingUsers")}</p>;
  const shown = props.roles ? users.filter((user) => props.roles?.includes(user.role)) : users;
  const organisations = [...new Set(shown.map((user) => user.organisationName))];

  return (
    <section className="card sign-in" aria-labelledby={`${selectId}-title`}>
      <h1 id={`${selectId}-title`}>{t("signIn.title")}</h1>
      <p>{t("signIn.demoIntro")}</p>
      <form onSubmit={submit} noValidate>
        <label htmlFor={selectId}>{t("signIn.user")}</label>
        <select
          id={selectId}
          name="username"
          value={username}
          onChange={(event) => setUsername(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        >
          <option value="">{t("signIn.choose")}</option>
          {organisations.map((organisation) => (
            <optgroup key={organisation} label={organisation}>
              {shown
                .filter((user) => user.organisationName === organisation)
                .map((user) => (
                  <option key={user.username} value={user.username}>
                    {`${user.name} — ${user.title}, ${user.unitName} (${t(`roles.${user.role}`)})`}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        {error && (
          <p id={errorId} className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {t("signIn.submit")}
        </button>
      </form>
    </section>
  );
}

/** The native sign-out: a form POST, which the server answers by sending the browser on (303). */
export function postSignOutForm(): void {
  const form = document.createElement("form");
  form.method = "post";
  form.action = "/auth/logout";
  document.body.append(form);
  form.submit();
}

/**
 * Signs out (issue 10). The server ends Samstemt's session; after an OpenID Connect sign-in it
 * answers with the login service's sign-out address, and the browser goes there so that
 * session ends too — the returned promise then never resolves (the page is leaving). After a
 * demo sign-in it resolves, and the app shows its sign-in page where it is. If the call
 * fails, the plain form POST takes over.
 */
export async function signOut(): Promise<void> {
  let response: Response;
  try {
    response = await fetch("/auth/logout", { method: "POST", credentials: "same-origin" });
  } catch {
    postSignOutForm();
    return new Promise<void>(() => {});
  }
  if (response.status === 200) {
    const body = (await response.json().catch(() => ({}))) as { signOutUrl?: unknown };
    if (typeof body.signOutUrl === "string") {
      window.location.assign(body.signOutUrl);
      return new Promise<void>(() => {});
    }
  }
  if (!response.ok) {
    postSignOutForm();
    return new Promise<void>(() => {});
  }
}
