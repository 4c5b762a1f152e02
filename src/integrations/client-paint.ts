// Registers the `client:paint` directive (src/integrations/paint-directive.ts) with Astro and its type.
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

declare module "astro" {
  interface AstroClientDirectives {
    /** Hydrate right after the first frame is painted. */
    "client:paint"?: boolean;
  }
}

export function clientPaint(): AstroIntegration {
  return {
    name: "jiannuo-client-paint",
    hooks: {
      "astro:config:setup": ({ addClientDirective }) => {
        addClientDirective({
          name: "paint",
          entrypoint: fileURLToPath(new URL("./paint-directive.ts", import.meta.url)),
        });
      },
    },
  };
}
