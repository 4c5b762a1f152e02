// The address part of the failed-guess counter (lib/guess-limit.js).

/**
 * The key part for an address. An IPv6 client usually controls a whole /64 and could rotate through
 * it, so IPv6 addresses count by their first four groups.
 */
function addressKey(ip) {
  const address = String(ip || "unknown");
  if (address.indexOf(":") < 0) return address;
  // An IPv4 address written as IPv6 (::ffff:203.0.113.7) is that IPv4 address.
  if (address.indexOf(".") >= 0) return address.slice(address.lastIndexOf(":") + 1);
  const [head, tail] = address.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail === undefined ? [] : tail ? tail.split(":") : [];
  const missing = tail === undefined ? 0 : 8 - left.length - right.length;
  const groups = left.concat(new Array(Math.max(missing, 0)).fill("0"), right);
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

module.exports = { addressKey };
