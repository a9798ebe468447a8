import { z } from "zod";

const roles = ["staff", "leader", "analyst"] as const;
export type MappedRole = (typeof roles)[number];

/**
 * "IdP value=role" pairs, comma-separated: `Samstemt.Leder=leader,Samstemt.Medarbejder=staff`.
 * Regions and municipalities name their groups differently; the mapping is configuration.
 */
const roleMap = z
  .string()
  .transform((text, ctx) => {
    const map = new Map<string, MappedRole>();
    for (const pair of text.split(",").map((part) => part.trim())) {
      if (!pair) continue;
      const at = pair.lastIndexOf("=");
      const role = pair.slice(at + 1).trim() as MappedRole;
      if (at <= 0 || !roles.includes(role)) {
        ctx.addIssue({ code: "custom", message: `OIDC_ROLE_MAP: "${pair}" is not value=role` });
        return z.NEVER;
      }
      map.set(pair.slice(0, at).trim(), role);
    }
    return map;
  })
  .optional();

export const oidcEnvSchema = z.object({
  /** The identity provider (or the broker in front of MitID Erhverv / Entra ID). */
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** Where the provider sends people back; default: <public origin>/auth/oidc/callback. */
  OIDC_REDIRECT_URL: z.url().optional(),
  OIDC_SCOPES: z.string().min(1).default("openid profile email"),
  /** The claim whose value is stored as the person's `subject` in Samstemt. */
  OIDC_PERSON_CLAIM: z.string().min(1).default("sub"),
  /** Optional: a claim that must name the person's organisation (its name or id). */
  OIDC_ORGANISATION_CLAIM: z.string().min(1).optional(),
  /** Optional: a claim that must name the person's unit (its name or id). */
  OIDC_UNIT_CLAIM: z.string().min(1).optional(),
  /** Optional: a claim (string or list) whose mapped role must be the person's role. */
  OIDC_ROLE_CLAIM: z.string().min(1).optional(),
  OIDC_ROLE_MAP: roleMap,
  /** Plain-HTTP providers, for a provider on loopback in tests only. */
  OIDC_ALLOW_HTTP: z
    .enum(["true", "false"])
    .transform((value) => value === "true")
    .optional(),
});

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUrl: string | undefined;
  scopes: string;
  claims: {
    person: string;
    organisation: string | undefined;
    unit: string | undefined;
    role: string | undefined;
  };
  roleMap: Map<string, MappedRole>;
  allowHttp: boolean;
}

/** The OpenID Connect settings, or null when no issuer is configured (demo-only server). */
export function readOidcConfig(env: z.output<typeof oidcEnvSchema>): OidcConfig | null {
  if (!env.OIDC_ISSUER) return null;
  if (!env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) {
    throw new Error("OIDC_ISSUER needs OIDC_CLIENT_ID and OIDC_CLIENT_SECRET");
  }
  if (env.OIDC_ROLE_CLAIM && !env.OIDC_ROLE_MAP?.size) {
    throw new Error("OIDC_ROLE_CLAIM needs OIDC_ROLE_MAP (value=role pairs)");
  }
  return {
    issuer: env.OIDC_ISSUER,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    redirectUrl: env.OIDC_REDIRECT_URL,
    scopes: env.OIDC_SCOPES,
    claims: {
      person: env.OIDC_PERSON_CLAIM,
      organisation: env.OIDC_ORGANISATION_CLAIM,
      unit: env.OIDC_UNIT_CLAIM,
      role: env.OIDC_ROLE_CLAIM,
    },
    roleMap: env.OIDC_ROLE_MAP ?? new Map(),
    allowHttp: env.OIDC_ALLOW_HTTP ?? false,
  };
}
