/**
 * Packs the package as it would be published (`pnpm pack`), installs the tarball into a
 * scratch project with npm, and uses it from `import`, `require` and TypeScript (both
 * module kinds), and from a bundler. The build goes to a staging directory, never to
 * `dist/`, so this test can run while turbo builds the package for its dependants.
 */
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const workspaceRoot = join(packageDir, "..", "..");
function run(command: string, args: string[], cwd: string): string {
  try {
    return execFileSync(command, args, {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(" ")} failed:\n${stdout ?? ""}\n${stderr ?? ""}`);
  }
}

/** The versions the workspace catalog pins, as `pnpm pack` writes them into the tarball. */
function catalogVersions(): Record<string, string> {
  const yaml = readFileSync(join(workspaceRoot, "pnpm-workspace.yaml"), "utf8");
  const section = yaml.split(/^catalog:\s*$/m)[1] ?? "";
  const versions: Record<string, string> = {};
  for (const line of section.split("\n")) {
    if (/^\S/.test(line)) break;
    const match = /^\s+"?([^":\s]+)"?:\s*(\S+)\s*$/.exec(line);
    if (match?.[1] && match[2]) versions[match[1]] = match[2];
  }
  return versions;
}

let work = "";
let scratch = "";
let tarballEntries: string[] = [];

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "samstemt-domain-pack-"));
  const stage = join(work, "stage");
  mkdirSync(stage);
  const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
  const catalog = catalogVersions();
  for (const field of ["dependencies", "devDependencies"]) {
    for (const [name, spec] of Object.entries(manifest[field] ?? {})) {
      if (spec === "catalog:") manifest[field][name] = catalog[name];
    }
  }
  writeFileSync(join(stage, "package.json"), JSON.stringify(manifest, null, 2));
  if (existsSync(join(packageDir, "README.md")))
    copyFileSync(join(packageDir, "README.md"), join(stage, "README.md"));
  // The JSON Schema step imports the staged build, which needs zod: lend it ours.
  symlinkSync(join(packageDir, "node_modules"), join(stage, "node_modules"), "dir");
  // Same build as `pnpm build`, into the staging directory.
  run(
    join(packageDir, "node_modules", ".bin", "tsup"),
    ["--out-dir", join(stage, "dist")],
    packageDir,
  );
  run(
    process.execPath,
    [join(packageDir, "scripts", "emit-json-schemas.mjs"), join(stage, "dist")],
    packageDir,
  );

  run("pnpm", ["pack", "--pack-destination", work], stage);
  const tarball = readdirSync(work).find((name) => name.endsWith(".tgz"));
  if (!tarball) throw new Error("pnpm pack wrote no tarball");
  tarballEntries = run("tar", ["-tzf", join(work, tarball)], work)
    .trim()
    .split("\n");

  scratch = join(work, "scratch");
  mkdirSync(scratch);
  writeFileSync(
    join(scratch, "package.json"),
    JSON.stringify({ name: "scratch", private: true, version: "0.0.0" }),
  );
  run(
    "npm",
    ["install", "--no-audit", "--no-fund", "--prefer-offline", join(work, tarball)],
    scratch,
  );
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

// Each case runs real tools (node, tsc) on the packed tarball: slow on a busy 2-core machine.
describe("the published package", { timeout: 120_000 }, () => {
  it("ships only dist, README and package.json (files whitelist), with ESM, CJS, types and JSON Schemas", () => {
    expect(
      tarballEntries.every((entry) => /^package\/(dist\/|package\.json$|README\.md$)/.test(entry)),
    ).toBe(true);
    for (const file of [
      "dist/index.js",
      "dist/index.cjs",
      "dist/index.d.ts",
      "dist/index.d.cts",
      "dist/labels.js",
      "dist/labels.cjs",
      "dist/labels.d.ts",
      "dist/json-schemas.js",
      "dist/json-schemas.cjs",
      "dist/json-schemas.d.cts",
      "dist/deadline/deadline-status.js",
      "dist/schemas/RegisterInitiativeCommand.json",
      "dist/schemas/OrganisationalAgreement.json",
    ]) {
      expect(tarballEntries).toContain(`package/${file}`);
    }
    const installed = JSON.parse(
      readFileSync(join(scratch, "node_modules/@samstemt/domain/package.json"), "utf8"),
    );
    expect(installed.dependencies).toEqual({
      "@date-fns/tz": expect.stringMatching(/^\^?\d/),
      zod: expect.stringMatching(/^\^?\d/),
    });
  });

  it("works from import (ESM)", () => {
    writeFileSync(
      join(scratch, "esm.mjs"),
      `import { firstMeetingDeadline, deadlineStatus, quarterOf, registerInitiative, sectors } from "@samstemt/domain";
       const status = deadlineStatus({ initiativeAt: new Date("2024-01-31T09:00:00Z") }, new Date("2024-02-28T12:00:00Z"));
       const result = registerInitiative(
         { caseId: "c1", citizen: { citizenId: "b1", name: "Jens" }, initiativeAt: "2024-01-31T09:00:00Z",
           reasons: { categories: ["self_harm"] }, citizenStance: "accepts_help" },
         { actor: { personId: "p1", organisationId: "o1", unitId: "u1", sector: "municipality", role: "analyst" }, now: new Date("2024-02-01T00:00:00Z") });
       console.log(JSON.stringify({ deadline: firstMeetingDeadline(new Date("2024-01-31T09:00:00Z")), status, quarter: quarterOf(new Date("2024-12-31T23:30:00Z")), error: result.ok ? null : result.error.code, sectors }));`,
    );
    const output = JSON.parse(run(process.execPath, ["esm.mjs"], scratch));
    expect(output).toEqual({
      deadline: "2024-02-29T22:59:59.999Z",
      status: { deadline: "2024-02-29T22:59:59.999Z", state: "open", daysLeft: 1 },
      quarter: { year: 2025, quarter: 1 },
      error: "INITIATOR_ROLE_NOT_ALLOWED",
      sectors: ["region", "municipality", "general_practice", "probation_service"],
    });
  });

  it("works from require (CommonJS), including the JSON Schemas", () => {
    writeFileSync(
      join(scratch, "cjs.cjs"),
      `const domain = require("@samstemt/domain");
       const schema = require("@samstemt/domain/schemas/RegisterInitiativeCommand.json");
       console.log(JSON.stringify({
         deadline: domain.firstMeetingDeadline(new Date("2023-01-31T09:00:00Z")),
         may: domain.mayShareInformation([], "a", "b", new Date()),
         schemaTitle: schema.title,
         initiativeAt: schema.properties.initiativeAt,
       }));`,
    );
    expect(JSON.parse(run(process.execPath, ["cjs.cjs"], scratch))).toEqual({
      deadline: "2023-02-28T22:59:59.999Z",
      may: false,
      schemaTitle: "RegisterInitiativeCommand",
      initiativeAt: { type: "string", format: "date-time" },
    });
  });

  it("serves UI labels and JSON Schema publishing from their own sub-paths, ESM and CommonJS", () => {
    writeFileSync(
      join(scratch, "sub-paths.mjs"),
      `import { initiativeReasonLabels, exclusionAlternativeLabels, agreementTitles } from "@samstemt/domain/labels";
       import { publishedSchemas, toPublishedJsonSchema } from "@samstemt/domain/json-schemas";
       import * as main from "@samstemt/domain";
       console.log(JSON.stringify({
         selfHarm: initiativeReasonLabels.self_harm.da,
         psp: Object.keys(exclusionAlternativeLabels)[0],
         citizen: agreementTitles.citizen.da.length > 0,
         schema: toPublishedJsonSchema("Actor", publishedSchemas.Actor).title,
         mainHasLabels: "initiativeReasonLabels" in main || "publishedSchemas" in main,
         sharesModules: publishedSchemas.Actor === main.ActorSchema,
       }));`,
    );
    const expected = {
      selfHarm: "Selvskade",
      psp: "psp_cooperation",
      citizen: true,
      schema: "Actor",
      mainHasLabels: false,
      // One copy of each module behind all entries, in CommonJS too.
      sharesModules: true,
    };
    expect(JSON.parse(run(process.execPath, ["sub-paths.mjs"], scratch))).toEqual(expected);
    writeFileSync(
      join(scratch, "sub-paths.cjs"),
      `const labels = require("@samstemt/domain/labels");
       const { publishedSchemas, toPublishedJsonSchema } = require("@samstemt/domain/json-schemas");
       const main = require("@samstemt/domain");
       console.log(JSON.stringify({
         selfHarm: labels.initiativeReasonLabels.self_harm.da,
         psp: Object.keys(labels.exclusionAlternativeLabels)[0],
         citizen: labels.agreementTitles.citizen.da.length > 0,
         schema: toPublishedJsonSchema("Actor", publishedSchemas.Actor).title,
         mainHasLabels: "initiativeReasonLabels" in main || "publishedSchemas" in main,
         sharesModules: publishedSchemas.Actor === main.ActorSchema,
       }));`,
    );
    expect(JSON.parse(run(process.execPath, ["sub-paths.cjs"], scratch))).toEqual(expected);
  });

  it("costs an importer of only the three time functions ≤ 5 kB minified, and no zod", async () => {
    // As a consumer's bundler sees the installed package: through "exports", with
    // `sideEffects: false`, @date-fns/tz left to the consumer (issue 7, point 8).
    writeFileSync(
      join(scratch, "three-functions.mjs"),
      `import { deadlineStatus, firstMeetingDeadline, quarterOf } from "@samstemt/domain";
       const initiativeAt = new Date("2024-01-31T09:00:00Z");
       console.log(JSON.stringify({
         deadline: firstMeetingDeadline(initiativeAt),
         state: deadlineStatus({ initiativeAt }, new Date("2024-03-01T12:00:00Z")).state,
         quarter: quarterOf(new Date("2024-12-31T23:30:00Z")),
       }));`,
    );
    const bundle = await build({
      absWorkingDir: scratch,
      entryPoints: ["three-functions.mjs"],
      bundle: true,
      minify: true,
      format: "esm",
      platform: "neutral",
      target: "es2022",
      external: ["@date-fns/tz"],
      outfile: join(scratch, "three-functions.bundle.mjs"),
      metafile: true,
      logLevel: "silent",
    });
    const output = Object.values(bundle.metafile.outputs)[0];
    const contributors = Object.entries(output?.inputs ?? {})
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path]) => path);
    expect(output?.bytes).toBeGreaterThan(500);
    expect(output?.bytes).toBeLessThanOrEqual(5_000);
    expect(contributors.filter((path) => /node_modules\/zod\//.test(path))).toEqual([]);
    expect(contributors.filter((path) => /errors|schemas|common/.test(path))).toEqual([]);
    expect(readFileSync(join(scratch, "three-functions.bundle.mjs"), "utf8")).not.toMatch(/zod/i);
    // …and the trimmed bundle still computes the right answers.
    expect(JSON.parse(run(process.execPath, ["three-functions.bundle.mjs"], scratch))).toEqual({
      deadline: "2024-02-29T22:59:59.999Z",
      state: "overdue",
      quarter: { year: 2025, quarter: 1 },
    });
  });

  it("type-checks from TypeScript as ESM (.mts) and CommonJS (.cts) with node16 resolution", () => {
    const usage = `
      const status: { state: "open" | "overdue" | "met" | "missed"; daysLeft: number } =
        deadlineStatus({ initiativeAt: new Date() }, new Date());
      const quarter: 1 | 2 | 3 | 4 = quarterOf(new Date()).quarter;
      const sector: Sector = "probation_service";
      type Command = RegisterInitiativeCommand;
      const selfHarm: string = initiativeReasonLabels.self_harm.da;
      const schemas: Record<string, unknown> = publishedSchemas;
      export { status, quarter, sector, selfHarm, schemas, type Command };`;
    const imports = `{ deadlineStatus, quarterOf, type Sector, type RegisterInitiativeCommand }`;
    const subPaths = `import { initiativeReasonLabels } from "@samstemt/domain/labels";
      import { publishedSchemas } from "@samstemt/domain/json-schemas";`;
    writeFileSync(
      join(scratch, "check-esm.mts"),
      `import ${imports} from "@samstemt/domain";${subPaths}${usage}`,
    );
    writeFileSync(
      join(scratch, "check-cjs.cts"),
      `import ${imports} from "@samstemt/domain";${subPaths}${usage}`,
    );
    writeFileSync(
      join(scratch, "tsconfig.json"),
      // skipLibCheck off, so the shipped .d.ts/.d.cts are checked too.
      JSON.stringify({
        compilerOptions: {
          module: "node16",
          moduleResolution: "node16",
          strict: true,
          noEmit: true,
          lib: ["es2022", "dom"],
          types: [],
          skipLibCheck: false,
        },
        files: ["check-esm.mts", "check-cjs.cts"],
      }),
    );
    run(
      process.execPath,
      [join(packageDir, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.json"],
      scratch,
    );
  });
});
