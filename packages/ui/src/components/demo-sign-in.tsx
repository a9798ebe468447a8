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

/** The demo sign-in: pick a made-up user. Real sign-in (OpenID Connect) replaces it later. */
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

  if (unavailable) return <p role="alert">{t("signIn.unavailable")}</p>;
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

export async function signOut(): Promise<void> {
  await fetch("/auth/logout", { method: "POST", credentials: "same-origin" });
}
