// The address people's devices open this server at (APP_URL, or what `npm start -- --lan` set), from
// GET /api/jiannuo/site: a link the trainer shows on a screen must work on a participant's phone,
// whatever address the trainer's own browser happens to use. Falls back to this page's origin.
import { trainerPb } from "../../../lib/pocketbase";

/** The public origin without a trailing slash, e.g. `https://jiannuo.example.com`. */
export async function publicOrigin(): Promise<string> {
  try {
    const site = await trainerPb.send<{ appUrl?: string }>("/api/jiannuo/site", { requestKey: null });
    if (site.appUrl && /^https?:\/\//.test(site.appUrl)) return site.appUrl.replace(/\/+$/, "");
  } catch {
    // The page's own origin still works on this device, and on others when it is not a loopback address.
  }
  return window.location.origin;
}
