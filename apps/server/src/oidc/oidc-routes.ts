import { audit, startSession } from "@samstemt/api";
import { findPersonWithPlaceBySubject } from "@samstemt/db";
import { type Request, type Response, Router } from "express";
import * as client from "openid-client";
import type { Logger } from "pino";
import type { ProviderSignOut } from "../auth/auth-routes";
import { sessionToken, setSessionCookie } from "../auth/session-cookie";
import type { ServerConfig } from "../env";
import { idOf } from "../http/request-id";
import { publicOrigin } from "../http/same-origin";
import type { ServerState } from "../server-state";
import { decideSignIn, subjectOf } from "./claims-mapping";
import type { OidcConfig } from "./oidc-config";
import { pagesCss, refusedPage, signedOutPage, signOutPage } from "./pages";

/** Holds PKCE verifier, state and nonce between leaving for the provider and coming back. */
const FLOW_COOKIE = "samstemt_oidc";
const FLOW_MAX_AGE_MS = 10 * 60_000;

interface Flow {
  verifier: string;
  state: string;
  nonce: string;
  returnTo: string;
}

/** Only a path on this site: never `//evil.example` or a full URL (open redirect). */
function safeReturnTo(value: unknown): string {
  return typeof value === "string" && /^\/(?![/\\])[^\s]*$/.test(value) && value.length < 500
    ? value
    : "/";
}

/**
 * OpenID Connect sign-in (authorization code + PKCE) with `openid-client`. The provider's
 * metadata is fetched on first use, so the server starts even when the provider is down.
 * Routes: GET /auth/login (to the provider), GET /auth/oidc/callback (back, session started),
 * GET /auth/logout (a sign-out button), GET /auth/signed-out (after the provider's sign-out).
 */
export function oidcRoutes(
  config: ServerConfig,
  oidc: OidcConfig,
  state: ServerState,
  logger: Logger,
): { routes: Router; signOutUrl: ProviderSignOut } {
  const routes = Router();
  const secure = config.production;
  let discovered: Promise<client.Configuration> | null = null;

  const configuration = () => {
    discovered ??= client
      .discovery(
        new URL(oidc.issuer),
        oidc.clientId,
        oidc.clientSecret,
        undefined,
        oidc.allowHttp ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        discovered = null; // Try again on the next sign-in.
        throw error;
      });
    return discovered;
  };
  const redirectUri = (req: Request) =>
    oidc.redirectUrl ?? `${publicOrigin(req, config.publicUrl)}/auth/oidc/callback`;
  const signOutUrl: ProviderSignOut = async (req, idToken) => {
    const parameters: Record<string, string> = {
      id_token_hint: idToken,
      post_logout_redirect_uri: `${publicOrigin(req, config.publicUrl)}/auth/signed-out`,
    };
    try {
      return client.buildEndSessionUrl(await configuration(), parameters).href;
    } catch (error) {
      logger.warn({ err: error }, "the identity provider offers no sign-out");
      return null;
    }
  };
  const html = (res: Response, status: number, body: string) => {
    res.status(status).type("html").setHeader("Cache-Control", "no-store").send(body);
  };

  routes.get("/auth/login", async (req, res) => {
    const verifier = client.randomPKCECodeVerifier();
    const flow: Flow = {
      verifier,
      state: client.randomState(),
      nonce: client.randomNonce(),
      returnTo: safeReturnTo(req.query.returnTo),
    };
    let url: URL;
    try {
      url = client.buildAuthorizationUrl(await configuration(), {
        redirect_uri: redirectUri(req),
        scope: oidc.scopes,
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: "S256",
        state: flow.state,
        nonce: flow.nonce,
      });
    } catch (error) {
      req.log?.error({ err: error }, "identity provider unreachable");
      html(res, 503, refusedPage("failed", idOf(req), null));
      return;
    }
    res.cookie(FLOW_COOKIE, JSON.stringify(flow), {
      httpOnly: true,
      sameSite: "lax",
      secure,
      path: "/auth/oidc",
      maxAge: FLOW_MAX_AGE_MS,
    });
    res.redirect(302, url.href);
  });

  routes.get("/auth/oidc/callback", async (req, res) => {
    const db = state.ready ? state.database : null;
    if (!db) {
      html(res, 503, refusedPage("failed", idOf(req), null));
      return;
    }
    res.clearCookie(FLOW_COOKIE, { path: "/auth/oidc" });
    const now = new Date();
    const refuse = async (reason: string, detail: unknown, providerUrl: string | null = null) => {
      req.log?.warn({ reason, detail }, "OpenID Connect sign-in refused");
      await audit(
        { actor: null, now: () => now },
        [{ action: "auth.sign-in.refused", details: { method: "oidc", reason } }],
        db,
      );
      html(res, 403, refusedPage(reason, idOf(req), providerUrl));
    };
    let flow: Flow;
    try {
      flow = JSON.parse(String(req.cookies?.[FLOW_COOKIE] ?? "")) as Flow;
    } catch {
      await refuse("failed", "no sign-in in progress");
      return;
    }
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    let claims: Record<string, unknown>;
    try {
      const settings = await configuration();
      const current = new URL(req.originalUrl, redirectUri(req));
      tokens = await client.authorizationCodeGrant(
        settings,
        current,
        {
          pkceCodeVerifier: flow.verifier,
          expectedState: flow.state,
          expectedNonce: flow.nonce,
          idTokenExpected: true,
        },
        { redirect_uri: redirectUri(req) },
      );
      const idClaims = (tokens.claims() ?? {}) as Record<string, unknown>;
      // Providers put the claims in the ID token or only in userinfo: both are read.
      const userInfo = settings.serverMetadata().userinfo_endpoint
        ? await client.fetchUserInfo(settings, tokens.access_token, String(idClaims.sub))
        : {};
      claims = { ...userInfo, ...idClaims };
    } catch (error) {
      await refuse("failed", error instanceof Error ? error.message : "token exchange failed");
      return;
    }
    const subject = subjectOf(claims, oidc);
    const person = subject ? await findPersonWithPlaceBySubject(db, subject) : null;
    const decision = decideSignIn(claims, person, oidc);
    if (!decision.ok || !person) {
      const providerUrl = tokens.id_token ? await signOutUrl(req, tokens.id_token) : null;
      await refuse(decision.ok ? "unknown-person" : decision.reason, { subject }, providerUrl);
      return;
    }
    const session = await startSession(db, {
      personId: person.personId,
      method: "oidc",
      now,
      ttlHours: config.sessionTtlHours,
      previousToken: sessionToken(req),
      idToken: tokens.id_token ?? null,
    });
    setSessionCookie(res, session.token, session.expiresAt, secure);
    res.redirect(303, flow.returnTo);
  });

  routes.get("/auth/logout", (_req, res) => html(res, 200, signOutPage()));
  routes.get("/auth/pages.css", (_req, res) => {
    res.type("css").setHeader("Cache-Control", "public, max-age=3600").send(pagesCss);
  });
  routes.get("/auth/signed-out", (_req, res) => html(res, 200, signedOutPage()));

  return { routes, signOutUrl };
}
