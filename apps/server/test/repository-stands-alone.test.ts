import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../../..");
const trackedFiles = () =>
  execFileSync("git", ["ls-files"], { cwd: root, encoding: "utf8" })
    .split("\n")
    .filter((file) => file && file !== "pnpm-lock.yaml" && existsSync(join(root, file)));

describe("the repository stands alone", () => {
  it("no tracked file points at documents outside the repository", () => {
    const outside = /\.\.\/shared\b|\bshared\/(docs|seeds)\b/;
    const pointing = trackedFiles().filter((file) =>
      outside.test(readFileSync(join(root, file), "utf8")),
    );
    expect(pointing).toEqual([]);
  });

  it("the README's rules page is in the repository and states every rule R1–R15", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    expect(readme).toContain("docs/collaboration-model.md");
    const rules = readFileSync(join(root, "docs/collaboration-model.md"), "utf8");
    for (let rule = 1; rule <= 15; rule++) expect(rules).toMatch(new RegExp(`\\| R${rule} \\|`));
  });
});
