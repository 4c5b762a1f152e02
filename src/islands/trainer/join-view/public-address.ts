// Where phones join: the server's public address (GET /api/jiannuo/site), so the join screen and the
// empty wall draw their QR codes and typed addresses from APP_URL, not from the address the trainer's
// browser happens to use (127.0.0.1 on the laptop that runs `npm start`).
import { useEffect, useState } from "react";
import { trainerPb } from "../../../lib/pocketbase";
import { publicAddress, type PublicAddress } from "../../../lib/public-address";

/** The server's public address; the browser's own when the server cannot be asked. */
export async function fetchPublicAddress(): Promise<PublicAddress> {
  try {
    const site = await trainerPb.send<{ appUrl?: unknown }>("/api/jiannuo/site", { requestKey: null });
    return publicAddress(typeof site.appUrl === "string" ? site.appUrl : "", window.location.origin);
  } catch {
    return publicAddress("", window.location.origin);
  }
}

/** The public address, null until the server has answered (or could not); nothing is asked while `wanted` is false. */
export function usePublicAddress(wanted = true): PublicAddress | null {
  const [address, setAddress] = useState<PublicAddress | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let active = true;
    void fetchPublicAddress().then((found) => active && setAddress(found));
    return () => {
      active = false;
    };
  }, [wanted]);
  return address;
}
