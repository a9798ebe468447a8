/**
 * The package's one value import of zod. Bundlers keep one `import … from "zod"` per module
 * that names it, so the modules import `z` from here instead (size budget, BENCHMARKS.md).
 */
export { z } from "zod";
