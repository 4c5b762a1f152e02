// This browser's device id, sent with join codes and link tokens so the server counts failed guesses per
// device as well as per network (pocketbase/pb_hooks/lib/guess-limit.js): a device that keeps guessing
// stops only itself, not the room behind the same router. Not a secret and not a sign-in: only a name
// the limiter counts by, made on first use and kept until the device is handed on.
import { persistentAtom } from "@nanostores/persistent";
import { newRandomKey } from "../lib/random-key";

/** The request header the server reads it from (pocketbase/pb_hooks/lib/pure/guess-limits.js). */
export const DEVICE_HEADER = "X-Jiannuo-Device";

/** The stored id; "" until the first request that needs it. */
export const $deviceId = persistentAtom<string>("jiannuo:device", "");

/** The header naming this device, making its id on first use. */
export function deviceHeaders(): Record<string, string> {
  let id = $deviceId.get();
  if (!id) {
    id = newRandomKey();
    $deviceId.set(id);
  }
  return { [DEVICE_HEADER]: id };
}
