// The address part of the failed-guess counter (pocketbase/pb_hooks/lib/pure/address-key.js): one counter per
// IPv4 address, one per IPv6 /64 (a client usually holds a whole /64 and could rotate through it).
import { expect, it } from "vitest";
import { addressKey } from "../../../pocketbase/pb_hooks/lib/pure/address-key.js";

it.each([
  ["203.0.113.7", "203.0.113.7"],
  ["2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"],
  ["2001:db8:1:2:aaaa::1", "2001:db8:1:2::/64"],
  ["2001:DB8:0001:0002::", "2001:db8:1:2::/64"],
  ["2001:db8::1", "2001:db8:0:0::/64"],
  ["::1", "0:0:0:0::/64"],
  ["::ffff:203.0.113.7", "203.0.113.7"],
  ["", "unknown"],
])("%j counts as %j", (ip, key) => expect(addressKey(ip)).toBe(key));
