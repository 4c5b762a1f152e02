import { describe, expect, it } from "vitest";
import {
  BASE_URLS,
  VARIABLES,
  baseUrl,
  channelConfig,
  hostOf,
} from "../../../pocketbase/pb_hooks/lib/pure/channel-config.js";

describe("base URLs", () => {
  it("accepts http(s) with a host, port and path, and drops a trailing slash", () => {
    expect(baseUrl(" http://127.0.0.1:8080/ ")).toBe("http://127.0.0.1:8080");
    expect(baseUrl("https://proxy.corp.example/wecom/")).toBe("https://proxy.corp.example/wecom");
    expect(baseUrl("http://[::1]:9000")).toBe("http://[::1]:9000");
    expect(hostOf("http://[::1]:9000/x")).toBe("[::1]:9000");
  });

  it("refuses anything else: no scheme, another scheme, a query, a user part", () => {
    for (const bad of [
      "qyapi.weixin.qq.com",
      "ftp://x.example",
      "https://x.example/?a=1",
      "https://u:p@x.example",
      "",
    ]) {
      expect(baseUrl(bad), bad).toBeNull();
    }
  });
});

describe("the channels' settings from the environment", () => {
  it("uses the providers' public addresses by default and has no credentials", () => {
    const config = channelConfig({});
    expect(config.urls).toEqual({
      wecom: "https://qyapi.weixin.qq.com",
      dingtalk: "https://oapi.dingtalk.com",
      aliyunSms: "https://dysmsapi.aliyuncs.com",
      tencentSms: "https://sms.tencentcloudapi.com",
    });
    expect(config).toMatchObject({ invalid: [], wecomApp: null, dingtalkApp: null, aliyunSms: null, tencentSms: null });
    expect(config.smsProvider).toBe("");
  });

  it("names a base URL variable that is set but not a URL", () => {
    const config = channelConfig({
      JIANNUO_WECOM_BASE_URL: "not a url",
      JIANNUO_DINGTALK_BASE_URL: "http://127.0.0.1:1",
    });
    expect(config.invalid).toEqual(["JIANNUO_WECOM_BASE_URL"]);
    expect(config.urls).toMatchObject({ wecom: null, dingtalk: "http://127.0.0.1:1" });
  });

  it("gives an app's credentials only when every part is set", () => {
    const partial = { JIANNUO_WECOM_CORP_ID: "ww1", JIANNUO_WECOM_APP_SECRET: "s" };
    expect(channelConfig(partial).wecomApp).toBeNull();
    expect(channelConfig({ ...partial, JIANNUO_WECOM_AGENT_ID: " 1000002 " }).wecomApp).toEqual({
      corpId: "ww1",
      secret: "s",
      agentId: "1000002",
    });
  });

  it("chooses the SMS provider named, else the one with credentials, and derives the signed host", () => {
    const tencent = {
      JIANNUO_TENCENT_SECRET_ID: "id",
      JIANNUO_TENCENT_SECRET_KEY: "key",
      JIANNUO_TENCENT_SMS_SDK_APP_ID: "1400",
      JIANNUO_TENCENT_SMS_SIGN_NAME: "践诺",
      JIANNUO_TENCENT_SMS_TEMPLATE_ID: "1",
      JIANNUO_TENCENT_SMS_BASE_URL: "http://127.0.0.1:9001",
    };
    const config = channelConfig(tencent);
    expect(config.smsProvider).toBe("tencent");
    expect(config.tencentSms).toMatchObject({ host: "127.0.0.1:9001", region: "ap-guangzhou" });
    expect(channelConfig({ ...tencent, JIANNUO_SMS_PROVIDER: "Aliyun" }).smsProvider).toBe("aliyun");
  });

  it("lists every variable it reads, the base URLs included", () => {
    for (const { name } of Object.values(BASE_URLS)) expect(VARIABLES).toContain(name);
    expect(new Set(VARIABLES).size).toBe(VARIABLES.length);
  });
});
