import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";

const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** Debian's Chromium; on CI its absence is a failure, elsewhere the browser tests skip. */
export function chromiumPath(): string | null {
  const found = candidates.find((path): path is string => !!path && existsSync(path)) ?? null;
  if (!found && process.env.CI === "true") {
    throw new Error(
      "CI=true but no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)",
    );
  }
  return found;
}

export async function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    // Playwright gives every launch a fresh, empty profile of its own.
    // Without the background-networking flags Chromium floods the closed network here.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

const screenshotDir = join(import.meta.dirname, "..", "screenshots");

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core's WCAG 2.1 A/AA rules on the page; returns the violations. */
export async function accessibilityViolations(page: Page): Promise<AxeViolation[]> {
  const require = createRequire(import.meta.url);
  // Evaluated over the DevTools protocol, so the page's strict CSP stays on during the check.
  await page.evaluate(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run: (ctx: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target })),
    }));
  });
}
