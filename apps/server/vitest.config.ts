import { defineConfig } from "vitest/config";

// Many tests start their own server (migrate, seed) inside the test; under CI's load on two
// cores that alone has taken over a minute.
export default defineConfig({
  test: { include: ["test/**/*.test.ts"], testTimeout: 180_000, hookTimeout: 180_000 },
});
