import type { Page } from "playwright-core";

/**
 * Signs in at the test's OpenID Connect provider (oidc-provider's own pages) as `login`,
 * and lets Samstemt have the claims when the provider asks for consent (once per account).
 */
export async function signInAtProvider(page: Page, login: string): Promise<void> {
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  const consent = page.getByRole("button", { name: "Continue" });
  await consent.waitFor({ timeout: 10_000 }).then(
    () => consent.click(),
    () => {},
  );
}
