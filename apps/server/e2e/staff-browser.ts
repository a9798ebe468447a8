import type { Browser, Page } from "playwright-core";
import { expect } from "vitest";
import { accessibilityViolations, launchChromium } from "./chromium";
import { type ServerProcess, startServerProcess } from "./server-process";

/** Signs out whoever is signed in, then in as `username` (demo sign-in). */
export async function signInAs(page: Page, username: string): Promise<void> {
  const signOut = page.getByRole("button", { name: "Log ud" });
  // Wait until the page knows whether someone is signed in.
  await signOut.or(page.getByLabel("Bruger")).first().waitFor();
  if (await signOut.isVisible()) await signOut.click();
  await page.getByLabel("Bruger").selectOption(username);
  await page.getByRole("button", { name: "Log ind" }).click();
  await page.getByRole("button", { name: "Log ud" }).waitFor();
}

/** axe-core's WCAG 2.1 A/AA rules: none broken (the issues ask for no serious or critical). */
export async function expectAccessible(page: Page): Promise<void> {
  expect(await accessibilityViolations(page)).toEqual([]);
}

export interface StaffBrowser {
  server: ServerProcess;
  browser: Browser;
  page: Page;
}

/** A server on fresh demo data and one Danish desktop page in Chromium. */
export async function openStaffBrowser(executablePath: string): Promise<StaffBrowser> {
  const server = await startServerProcess();
  const browser = await launchChromium(executablePath);
  const page = await browser.newPage({ locale: "da-DK", viewport: { width: 1280, height: 900 } });
  // A script error in the page shows in the test's output, not only as a timeout.
  page.on("pageerror", (error) => console.error("page error:", error.message));
  return { server, browser, page };
}

/** Closes what `openStaffBrowser` opened, whatever of it did open. */
export async function closeStaffBrowser(opened: Partial<StaffBrowser>): Promise<void> {
  await opened.browser?.close();
  await opened.server?.terminate();
}

/**
 * Opens a part of the open case from the case's sub-navigation ("Team", "Møder", …) and waits
 * until the menu marks it as the current page.
 */
export async function openCasePart(page: Page, name: string): Promise<void> {
  const parts = page.getByRole("navigation", { name: "Sagens dele" });
  await parts.getByRole("link", { name, exact: true }).click();
  await parts.locator('a[aria-current="page"]', { hasText: name }).waitFor();
}
