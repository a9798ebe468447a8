import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const api = { target: "http://127.0.0.1:3000", changeOrigin: false };

export default defineConfig({
  base: "/dashboard/",
  plugins: [react()],
  // No source maps: the built app is what production serves (issue 10).
  build: { outDir: "dist", sourcemap: false },
  server: { proxy: { "/trpc": api, "/auth": api } },
});
