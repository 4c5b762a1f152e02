// `client:paint`: an Astro client directive that hydrates its island right after the page's first frame
// (src/lib/after-first-paint.ts), for islands whose built HTML already is that frame (an inert form of the
// same size, a first-frame panel) and that the participant needs working at once. Registered by
// src/integrations/client-paint.ts; the browser runs this file, inlined in the page.
import type { ClientDirective } from "astro";
import { afterFirstPaint } from "../lib/after-first-paint";

const paint: ClientDirective = (load) => {
  afterFirstPaint(async () => {
    const hydrate = await load();
    await hydrate();
  });
};

export default paint;
