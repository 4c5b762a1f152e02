import { describe, expect, it } from "vitest";
import { UsageError, readServerOptions } from "../../../scripts/lib/server-options.mjs";

describe("readServerOptions", () => {
  it("defaults to 127.0.0.1:8090 and ./pb_data", () => {
    expect(readServerOptions([], {}, "/app")).toEqual({
      host: "127.0.0.1",
      port: 8090,
      dataDir: "/app/pb_data",
      build: true,
      lan: false,
      lanAddress: "",
      replica: "",
    });
  });

  it("reads PORT, HOST and PB_DATA, and flags win over them", () => {
    const env = { PORT: "9000", HOST: "0.0.0.0", PB_DATA: "/data/jiannuo" };
    expect(readServerOptions([], env, "/app")).toMatchObject({ host: "0.0.0.0", port: 9000, dataDir: "/data/jiannuo" });
    expect(readServerOptions(["--port", "9001", "--data", "d", "--no-build"], env, "/app")).toMatchObject({
      port: 9001,
      dataDir: "/app/d",
      build: false,
    });
  });

  it.each([[["--nope"]], [["positional"]], [["--port"]]])("refuses the flags %j", (argv) => {
    expect(() => readServerOptions(argv, {}, "/app")).toThrow(UsageError);
  });

  it("treats empty environment variables as unset", () => {
    expect(readServerOptions([], { PORT: "", HOST: "", PB_DATA: "" }, "/app")).toMatchObject({
      port: 8090,
      host: "127.0.0.1",
    });
  });

  it.each(["0", "65536", "12a", "-1"])("refuses PORT=%j", (port) => {
    expect(() => readServerOptions([], { PORT: port }, "/app")).toThrow(/Port must be a whole number/);
  });
});
