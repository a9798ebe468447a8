// Empties dist/ before a build. Not tsup's `clean`: the ESM and CommonJS builds run at
// once (tsup.config.ts), and one build's clean could remove the other's fresh output.
import { rmSync } from "node:fs";

rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });
