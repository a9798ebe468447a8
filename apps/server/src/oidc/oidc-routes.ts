import { Router } from "express";
import type { Logger } from "pino";
import type { ProviderSignOut } from "../auth/auth-routes";
import type { ServerConfig } from "../env";
import type { ServerState } from "../server-state";
import type { OidcConfig } from "./oidc-config";

export function oidcRoutes(
  _config: ServerConfig,
  _oidc: OidcConfig,
  _state: ServerState,
  _logger: Logger,
): { routes: Router; signOutUrl: ProviderSignOut } {
  return { routes: Router(), signOutUrl: async () => null };
}
