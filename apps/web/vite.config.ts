import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const api = { target: "http://127.0.0.1:3000", changeOrigin: false };

export default defineConfig({
  base: "/",
  plugins: [react()],
  build: { outDir: "dist", sourcemap: true },
  // `pnpm --filter @samstemt/web dev` beside a running server.
  server: { proxy: { "/trpc": api, "/auth": api } },
});
