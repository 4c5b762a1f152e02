// Which address phones on the venue Wi-Fi can open this computer at (`npm start -- --lan`).
import os from "node:os";

/** Private IPv4 ranges (RFC 1918) first: a venue Wi-Fi hands out one of these. */
function rank(address) {
  if (/^192\.168\./.test(address)) return 0;
  if (/^10\./.test(address)) return 1;
  if (/^172\.(1[6-9]|2\d|3[01])\./.test(address)) return 2;
  return 3;
}

/**
 * The IPv4 addresses of this computer other devices could reach, best first (private ranges before
 * others; loopback, link-local 169.254.x.x and IPv6 left out: phones cannot be given those).
 * @param {NodeJS.Dict<os.NetworkInterfaceInfo[]>} interfaces os.networkInterfaces(), injectable for tests
 * @returns {{ address: string, name: string }[]}
 */
export function lanAddresses(interfaces = os.networkInterfaces()) {
  const found = [];
  for (const [name, infos] of Object.entries(interfaces)) {
    for (const info of infos ?? []) {
      if (info.internal || info.family !== "IPv4" || info.address.startsWith("169.254.")) continue;
      found.push({ address: info.address, name });
    }
  }
  return found.sort((a, b) => rank(a.address) - rank(b.address));
}

/** Whether a host name or address can only be opened on this computer. */
export function isLoopbackHost(host) {
  const bare = String(host)
    .replace(/^\[|\]$/g, "")
    .toLowerCase();
  return (
    bare === "localhost" || bare.endsWith(".localhost") || /^127\./.test(bare) || bare === "::1" || bare === "0.0.0.0"
  );
}
