// The address phones open to join: the server's public address (APP_URL, which `npm start -- --lan` sets
// to the laptop's Wi-Fi address) rather than the one the trainer's browser happens to use, and whether
// another device could reach it at all. Pure: the join screen and the empty wall pass in what they know.

/** The origin to build join links on, and whether other devices can open it. */
export interface PublicAddress {
  /** `http://192.168.1.23:8090`, without a trailing slash. */
  origin: string;
  /** `192.168.1.23:8090`: what a participant types. */
  host: string;
  /** False for addresses only this computer can open (127.x, ::1, localhost, 0.0.0.0). */
  reachable: boolean;
}

/** Whether `hostname` (as URL.hostname gives it) names this computer only, or no computer at all. */
export function isLocalOnlyHost(hostname: string): boolean {
  const host = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, "")
    .replace(/\.$/, "");
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  // 0.0.0.0 and :: mean "every interface" to a server; a phone cannot open them.
  if (host === "0.0.0.0" || host === "::" || host === "::1") return true;
  if (/^127(?:\.\d{1,3}){3}$/.test(host)) return true;
  // IPv4-mapped IPv6 (::ffff:127.0.0.1), as a URL writes it: ::ffff:7f00:1.
  return /^::ffff:(?:127(?:\.\d{1,3}){3}|7f[0-9a-f]{2}:[0-9a-f]{1,4})$/.test(host);
}

/**
 * The public address from the server's `appUrl`, or from `fallbackOrigin` (the browser's own) when
 * the server did not say or said something that is no http(s) address.
 */
export function publicAddress(appUrl: string | null | undefined, fallbackOrigin: string): PublicAddress {
  const url = parseHttp(appUrl ?? "") ?? parseHttp(fallbackOrigin);
  if (!url) return { origin: fallbackOrigin, host: fallbackOrigin, reachable: false };
  return { origin: url.origin, host: url.host, reachable: !isLocalOnlyHost(url.hostname) };
}

function parseHttp(text: string): URL | null {
  try {
    const url = new URL(text.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}
