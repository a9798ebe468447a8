import { SESSION_COOKIE } from "@samstemt/api";
import type { CookieOptions, Request, Response } from "express";

export function sessionToken(req: Request): string | undefined {
  const value = (req.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
  return typeof value === "string" ? value : undefined;
}

function cookieOptions(secure: boolean): CookieOptions {
  // HttpOnly: scripts never see it. SameSite=Lax: other sites cannot post with it.
  return { httpOnly: true, sameSite: "lax", secure, path: "/" };
}

export function setSessionCookie(res: Response, token: string, expiresAt: Date, secure: boolean) {
  res.cookie(SESSION_COOKIE, token, { ...cookieOptions(secure), expires: expiresAt });
}

export function clearSessionCookie(res: Response, secure: boolean) {
  res.clearCookie(SESSION_COOKIE, cookieOptions(secure));
}
