// What npm start prints: the address phones can open (and a warning when they cannot), a QR code on
// the LAN that encodes exactly that address, our own admin command instead of PocketBase's, and the
// first trainer's password and join code last.
import { describe, expect, it } from "vitest";
import { isLoopbackHost, lanAddresses } from "../../../scripts/lib/lan-address.mjs";
import { pocketbaseOutputFilter } from "../../../scripts/lib/pocketbase-output.mjs";
import { startSummary } from "../../../scripts/lib/start-summary.mjs";
import { readTerminalQr, terminalQr } from "../../../scripts/lib/terminal-qr.mjs";
import { UsageError, readServerOptions } from "../../../scripts/lib/server-options.mjs";
import { qrMatrix } from "../../../src/lib/qr";

const iface = (address: string, extra: Partial<{ internal: boolean; family: string }> = {}) => ({
  address,
  netmask: "255.255.255.0",
  family: "IPv4",
  mac: "00:00:00:00:00:00",
  internal: false,
  cidr: null,
  ...extra,
});

describe("lanAddresses", () => {
  it("offers the Wi-Fi's private address first and never loopback, link-local or IPv6", () => {
    const found = lanAddresses({
      lo: [iface("127.0.0.1", { internal: true })],
      docker0: [iface("172.17.0.1")],
      wlan0: [iface("192.168.31.8"), iface("fe80::1", { family: "IPv6" })],
      eth1: [iface("169.254.3.4"), iface("203.0.113.9")],
    } as never);
    expect(found.map((a) => a.address)).toEqual(["192.168.31.8", "172.17.0.1", "203.0.113.9"]);
    expect(found[0]!.name).toBe("wlan0");
  });

  it("finds nothing on a computer with no network", () => {
    expect(lanAddresses({ lo: [iface("127.0.0.1", { internal: true })] } as never)).toEqual([]);
  });
});

describe("isLoopbackHost", () => {
  it.each(["127.0.0.1", "localhost", "LOCALHOST", "app.localhost", "::1", "[::1]", "0.0.0.0", "127.1.2.3"])(
    "%s is this computer only",
    (h) => {
      expect(isLoopbackHost(h)).toBe(true);
    },
  );
  it.each(["192.168.1.23", "jiannuo.example.com", "10.0.0.2"])("%s can be opened by others", (h) => {
    expect(isLoopbackHost(h)).toBe(false);
  });
});

describe("terminalQr", () => {
  it("draws the same modules as the join screen's QR code, readable back from the text", () => {
    const url = "http://192.168.1.23:8090/join";
    const expected = qrMatrix(url, { level: "L", quietZone: 2 }).map((row) => [...row]);
    for (const color of [true, false]) {
      const read = readTerminalQr(terminalQr(url, { color }));
      expect(read.slice(0, expected.length)).toEqual(expected);
      // The odd last row is padded with light modules only.
      expect(
        read
          .slice(expected.length)
          .flat()
          .every((dark) => !dark),
      ).toBe(true);
    }
  });
});

describe("readServerOptions --lan", () => {
  it("listens on every interface with --lan, and keeps loopback without it", () => {
    expect(readServerOptions(["--lan"], {}, "/app")).toMatchObject({ lan: true, host: "0.0.0.0", lanAddress: "" });
    expect(readServerOptions([], {}, "/app")).toMatchObject({ lan: false, host: "127.0.0.1" });
    expect(readServerOptions(["--lan", "--lan-address", "192.168.1.23"], {}, "/app")).toMatchObject({
      lanAddress: "192.168.1.23",
    });
    expect(readServerOptions(["--lan"], { JIANNUO_LAN_ADDRESS: "10.1.2.3" }, "/app")).toMatchObject({
      lanAddress: "10.1.2.3",
    });
  });

  it("refuses an address that is not IPv4, and --lan-address without --lan", () => {
    expect(() => readServerOptions(["--lan", "--lan-address", "wifi"], {}, "/app")).toThrow(/not an IPv4 address/);
    expect(() => readServerOptions(["--lan-address", "192.168.1.2"], {}, "/app")).toThrow(UsageError);
  });
});

describe("pocketbaseOutputFilter", () => {
  it("drops PocketBase's banner, installer link and the first-start note, and keeps everything else", () => {
    const printed = [
      "2026/12/04 21:24:01 ",
      "Jiannuo: first trainer account (created on first start)",
      "Email:    trainer@example.com",
      "Password: cF5Agb28zd4C8JC9F6VN",
      "Demo cohort join code: E5TWC6",
      "Reset the password with: npm run trainer -- add EMAIL",
      "(saved in /tmp/pbt/first-trainer.txt)",
      "2026/12/04 21:24:01 Server started at http://127.0.0.1:8390",
      "├─ REST API:  http://127.0.0.1:8390/api/",
      "└─ Dashboard: http://127.0.0.1:8390/_/",
      "",
      "(!) Launch the URL below in the browser if it hasn't been open already to create your first superuser account:",
      "http://127.0.0.1:8390/_/#/pbinstall/eyJhbGciOiJIUzI1NiJ9.e30.x",
      "(you can also create your first superuser by running: /x/pocketbase superuser upsert EMAIL PASS)",
      "2026/12/04 21:30:00 Storage is full: writes are refused until space is freed.",
    ];
    const keep = pocketbaseOutputFilter();
    expect(printed.filter((line) => keep(line))).toEqual([
      "2026/12/04 21:30:00 Storage is full: writes are refused until space is freed.",
    ]);
  });
});

describe("startSummary", () => {
  const base = {
    localUrl: "http://127.0.0.1:8090",
    appUrl: "http://127.0.0.1:8090",
    lan: false,
    mail: true,
    needsAdmin: false,
    dataDir: "pb_data",
    firstStart: null,
    noteFile: "/srv/pb_data/first-trainer.txt",
    color: false,
  };

  it("warns that a loopback address cannot be opened by phones, and says what to do", () => {
    const text = startSummary(base).join("\n");
    expect(text).toContain(
      "Participants join at http://127.0.0.1:8090/join, but only this computer can open that address.",
    );
    expect(text).toContain("npm start -- --lan");
    expect(text).toContain("APP_URL");
  });

  it("on the LAN gives the Wi-Fi address with a QR code of it, and says what plain http loses", () => {
    const lines = startSummary({ ...base, appUrl: "http://192.168.1.23:8090", lan: true, lanAddressIsLocal: true });
    const text = lines.join("\n");
    expect(text).toContain("Participants join at http://192.168.1.23:8090/join");
    expect(text).not.toContain("only this computer");
    expect(text).toContain("not kept for offline use");
    // The printed block is the code of that address, read back module by module.
    const start =
      lines.indexOf("Participants join at http://192.168.1.23:8090/join  (phones must be on the same Wi-Fi)") + 2;
    const expected = qrMatrix("http://192.168.1.23:8090/join", { level: "L", quietZone: 2 }).map((row) => [...row]);
    const block = lines.slice(start, start + Math.ceil(expected.length / 2)).map((l) => l.slice(2));
    expect(readTerminalQr(block).slice(0, expected.length)).toEqual(expected);
  });

  it("names a missing mail server and a missing admin account, with our own command", () => {
    const text = startSummary({ ...base, mail: false, needsAdmin: true }).join("\n");
    expect(text).toContain("no mail server is configured");
    expect(text).toContain("npm run admin -- EMAIL");
    expect(text).not.toMatch(/go run|superuser upsert/);
  });

  it("ends with the first trainer's password and the demo join code on the first start", () => {
    const lines = startSummary({
      ...base,
      mail: false,
      needsAdmin: true,
      firstStart: { email: "t@example.com", password: "Pw3x", joinCode: "E5TWC6" },
    }).filter((l) => l.trim());
    expect(lines.slice(-4, -1)).toEqual([
      "  Email:    t@example.com",
      "  Password: Pw3x",
      "  Demo cohort join code: E5TWC6",
    ]);
  });
});
