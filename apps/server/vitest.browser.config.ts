import { defineConfig } from "vitest/config";

// Real Chromium against the built server; one file at a time, they each start a server.
export default defineConfig({
  test: {
    include: ["e2e/**/*.test.ts"],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
