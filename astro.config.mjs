// Static site: every page is prebuilt HTML served by PocketBase; React only where an island needs it.
import { defineConfig } from "astro/config";
import react from "@astrojs/react";
import { precache } from "./src/integrations/precache.ts";
import { cspHashes } from "./src/integrations/csp-hashes.ts";
import { compress } from "./src/integrations/compress.ts";
import { clientPaint } from "./src/integrations/client-paint.ts";
import { modulePreload } from "./src/integrations/module-preload.ts";

// In `npm run dev` Astro's dev server forwards API calls to the PocketBase that scripts/dev.mjs starts.
const pocketbase = `http://127.0.0.1:${process.env.PB_PORT ?? "8090"}`;

export default defineConfig({
  output: "static",
  // compress() last: it writes .br and .gz copies of the files the others wrote.
  integrations: [react(), clientPaint(), modulePreload(), cspHashes(), precache(), compress()],
  i18n: {
    locales: ["zh-CN", "en"],
    defaultLocale: "zh-CN",
    routing: { prefixDefaultLocale: false },
  },
  build: { format: "directory", inlineStylesheets: "always" },
  trailingSlash: "ignore",
  vite: {
    build: {
      rolldownOptions: {
        output: {
          // One React runtime chunk (react, react-dom, the JSX runtime, the scheduler) shared by the islands:
          // every page with an island loads all of it anyway, and in pieces it took a request and a round
          // trip per piece on a phone (issue 17).
          codeSplitting: {
            groups: [{ name: "react", test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ }],
          },
        },
      },
    },
    server: {
      proxy: {
        "/api": { target: pocketbase, changeOrigin: false },
        "/_/": { target: pocketbase, changeOrigin: false },
      },
    },
  },
});
