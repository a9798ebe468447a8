import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const api = { target: "http://127.0.0.1:3000", changeOrigin: false };

export default defineConfig({
  base: "/",
  plugins: [react()],
  // The manifest lets `pnpm bench` measure the initial JavaScript (bench/initial-js.mjs).
  // No source maps: the built app is what production serves (issue 10).
  build: { outDir: "dist", sourcemap: false, manifest: true },
  // `pnpm --filter @samstemt/web dev` beside a running server.
  server: { proxy: { "/trpc": api, "/auth": api } },
});
