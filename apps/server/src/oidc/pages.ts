/**
 * The few pages the server writes itself (sign-in refused, sign-out), Danish first with
 * English below. Plain HTML: no script and no inline style, so the strict CSP holds.
 */
const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) =>
      ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char] ?? char,
  );

export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – Samstemt</title>
<link rel="stylesheet" href="/auth/pages.css">
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}

const reasons: Record<string, { da: string; en: string }> = {
  "unknown-person": {
    da: "Du er logget ind hos din arbejdsgiver, men du er ikke oprettet som bruger i Samstemt.",
    en: "You are signed in with your employer, but you are not set up as a user of Samstemt.",
  },
  "no-subject": {
    da: "Login-tjenesten oplyste ikke, hvem du er.",
    en: "The sign-in service did not say who you are.",
  },
  organisation: {
    da: "Login-tjenesten oplyser en anden organisation, end du er oprettet under i Samstemt.",
    en: "The sign-in service names another organisation than the one you belong to in Samstemt.",
  },
  unit: {
    da: "Login-tjenesten oplyser en anden enhed, end du er oprettet under i Samstemt.",
    en: "The sign-in service names another unit than the one you belong to in Samstemt.",
  },
  role: {
    da: "Login-tjenesten giver dig ikke den rolle, du har i Samstemt.",
    en: "The sign-in service does not give you the role you have in Samstemt.",
  },
  failed: {
    da: "Login mislykkedes eller blev afbrudt.",
    en: "Signing in failed or was interrupted.",
  },
};

/** Signing in was refused: why, what to do, and a way out of the provider's session. */
export function refusedPage(
  reason: string,
  requestId: string,
  providerSignOutUrl: string | null,
): string {
  const text = reasons[reason] ?? reasons.failed ?? { da: "", en: "" };
  const signOut = providerSignOutUrl
    ? `<p><a href="${escapeHtml(providerSignOutUrl)}">Log ud af login-tjenesten</a> (<span lang="en">Sign out of the sign-in service</span>)</p>`
    : "";
  return page(
    "Du kan ikke logge ind",
    `<h1>Du kan ikke logge ind i Samstemt</h1>
<p>${escapeHtml(text.da)}</p>
<p>Kontakt den, der administrerer Samstemt i din organisation, og oplys fejl-id <code>${escapeHtml(requestId)}</code>.</p>
${signOut}
<p><a href="/auth/login">Prøv igen</a></p>
<section lang="en">
<h2>You cannot sign in to Samstemt</h2>
<p>${escapeHtml(text.en)}</p>
<p>Contact whoever administers Samstemt in your organisation and quote error id <code>${escapeHtml(requestId)}</code>.</p>
</section>`,
  );
}

/** A sign-out button: a form, so the browser follows the redirect to the provider's sign-out. */
export function signOutPage(): string {
  return page(
    "Log ud",
    `<h1>Log ud af Samstemt</h1>
<form method="post" action="/auth/logout">
<button type="submit">Log ud</button>
</form>
<p lang="en">Sign out of Samstemt: press the button.</p>`,
  );
}

export function signedOutPage(): string {
  return page(
    "Du er logget ud",
    `<h1>Du er logget ud</h1>
<p>Du er logget ud af Samstemt og af login-tjenesten.</p>
<p><a href="/auth/login">Log ind igen</a></p>
<p lang="en">You are signed out of Samstemt and of the sign-in service. <a href="/auth/login">Sign in again</a></p>`,
  );
}

/** The pages' look: a file of its own, as the CSP allows no inline style. */
export const pagesCss = `body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#f3f4f6;line-height:1.5}
main{max-width:40rem;margin:3rem auto;padding:2rem;background:#fff;border:1px solid #cbd2d9}
h1{font-size:1.75rem;margin-top:0;color:#0b4f6c}h2{font-size:1.25rem;margin-top:2rem}
a{color:#0b4f6c}a:focus,button:focus{outline:3px solid #f2b600;outline-offset:2px}
button{font:inherit;font-weight:600;padding:.6rem 1.2rem;background:#0b4f6c;color:#fff;border:0;cursor:pointer}
section{border-top:1px solid #cbd2d9;margin-top:2rem}code{background:#eef1f4;padding:0 .25rem}`;
