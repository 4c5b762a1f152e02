// The join address: the server's APP_URL when it gave one, and whether phones could open it.
import { describe, expect, it } from "vitest";
import { isLocalOnlyHost, publicAddress } from "../../src/lib/public-address";

describe("isLocalOnlyHost", () => {
  it.each([
    "127.0.0.1",
    "127.1.2.3",
    "localhost",
    "LOCALHOST",
    "wall.localhost",
    "localhost.",
    "[::1]",
    "::1",
    "0.0.0.0",
    "[::]",
    "[::ffff:7f00:1]",
  ])("%s opens only on this computer", (host) => expect(isLocalOnlyHost(host)).toBe(true));

  it.each([
    "192.168.1.23",
    "10.0.0.5",
    "192.0.2.50",
    "jiannuo.example.com",
    "[fe80::1]",
    "127.example.com",
    "1270.0.0.1",
  ])("%s can be opened by other devices", (host) => expect(isLocalOnlyHost(host)).toBe(false));
});

describe("publicAddress", () => {
  it("uses the server's address, not the browser's", () => {
    expect(publicAddress("http://192.0.2.50:8090", "http://127.0.0.1:8090")).toEqual({
      origin: "http://192.0.2.50:8090",
      host: "192.0.2.50:8090",
      reachable: true,
    });
    expect(publicAddress("https://jiannuo.example.com/", "http://127.0.0.1:8090").host).toBe("jiannuo.example.com");
  });

  it("says when the server's address is this computer only", () => {
    expect(publicAddress("http://127.0.0.1:8090", "http://127.0.0.1:8090")).toEqual({
      origin: "http://127.0.0.1:8090",
      host: "127.0.0.1:8090",
      reachable: false,
    });
    expect(publicAddress("http://[::1]:8090", "http://192.0.2.50").reachable).toBe(false);
  });

  it("falls back to the browser's address when the server gave none or no web address", () => {
    expect(publicAddress("", "http://192.0.2.50:8090").origin).toBe("http://192.0.2.50:8090");
    expect(publicAddress(null, "http://localhost:4321")).toMatchObject({ host: "localhost:4321", reachable: false });
    expect(publicAddress("javascript:alert(1)", "http://192.0.2.50").origin).toBe("http://192.0.2.50");
    expect(publicAddress("not a url", "http://192.0.2.50").reachable).toBe(true);
  });
});
