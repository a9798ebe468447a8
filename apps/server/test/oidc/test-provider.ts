import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

/** A person as the test identity provider knows them: their id and the claims it sends. */
export interface ProviderAccount {
  id: string;
  claims: Record<string, unknown>;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Registers the app's address once it listens (redirect and sign-out addresses). */
  setApp(appUrl: string): void;
  stop(): Promise<void>;
}

/**
 * A real OpenID Connect provider (oidc-provider) on loopback, for the browser test: its
 * development login form takes any password, code flow with PKCE is required, and
 * RP-initiated sign-out is on. The client is registered for the app's address given later.
 */
export async function startTestProvider(accounts: ProviderAccount[]): Promise<TestProvider> {
  const clientId = "samstemt-test";
  const clientSecret = "a-test-secret-that-is-long-enough-0123456789";
  const byId = new Map(accounts.map((account) => [account.id, account]));
  let appUrl = "http://127.0.0.1:1";
  let provider: Provider | null = null;
  const server: Server = createServer((req, res) => {
    if (!provider) {
      res.statusCode = 503;
      res.end();
      return;
    }
    provider.callback()(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const build = () =>
    new Provider(issuer, {
      clients: [
        {
          client_id: clientId,
          client_secret: clientSecret,
          redirect_uris: [`${appUrl}/auth/oidc/callback`],
          post_logout_redirect_uris: [`${appUrl}/auth/signed-out`],
          response_types: ["code"],
          grant_types: ["authorization_code"],
        },
      ],
      pkce: { required: () => true },
      claims: { openid: ["sub"], profile: ["name"], samstemt: ["groups", "org"] },
      scopes: ["openid", "profile", "samstemt"],
      cookies: { keys: ["samstemt-test-provider-cookie-key"] },
      features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
      async findAccount(_ctx: unknown, id: string) {
        const account = byId.get(id);
        return {
          accountId: id,
          // An unknown login still signs in at the provider: Samstemt must refuse it.
          claims: async () => ({ sub: id, ...(account?.claims ?? {}) }),
        };
      },
    });
  provider = build();
  return {
    issuer,
    clientId,
    clientSecret,
    setApp(url: string) {
      appUrl = url;
      provider = build();
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
