import { expect, it } from "vitest";
import { smtpFromEnv } from "../../../pocketbase/pb_hooks/lib/pure/smtp-env.js";

it("leaves mail settings alone without SMTP_HOST", () => {
  expect(smtpFromEnv({})).toBeNull();
  expect(smtpFromEnv({ SMTP_HOST: "  " })).toBeNull();
});

it("reads host, port, credentials, TLS and a named sender", () => {
  expect(
    smtpFromEnv({
      SMTP_HOST: "smtp.example.com",
      SMTP_PORT: "2525",
      SMTP_USER: "u",
      SMTP_PASS: "p",
      SMTP_FROM: '"培训部" <train@example.com>',
      SMTP_TLS: "true",
    }),
  ).toEqual({
    host: "smtp.example.com",
    port: 2525,
    username: "u",
    password: "p",
    tls: true,
    senderAddress: "train@example.com",
    senderName: "培训部",
  });
  expect(smtpFromEnv({ SMTP_HOST: "h", SMTP_FROM: "a@b.c" })).toMatchObject({
    port: 587,
    tls: false,
    senderAddress: "a@b.c",
    senderName: "践诺 Jiannuo",
  });
  expect(smtpFromEnv({ SMTP_HOST: "h", SMTP_TLS: "1" })).toMatchObject({ port: 465, tls: true });
});

it("refuses a bad port", () => {
  expect(() => smtpFromEnv({ SMTP_HOST: "h", SMTP_PORT: "abc" })).toThrow(/SMTP_PORT/);
});

it("sends from the SMTP login, or a placeholder PocketBase accepts, when SMTP_FROM is not set", () => {
  expect(smtpFromEnv({ SMTP_HOST: "h", SMTP_USER: "training@bank.example.cn" })?.senderAddress).toBe(
    "training@bank.example.cn",
  );
  expect(smtpFromEnv({ SMTP_HOST: "h", SMTP_USER: "apikey" })?.senderAddress).toBe("noreply@jiannuo.local");
  expect(smtpFromEnv({ SMTP_HOST: "h" })?.senderAddress).toBe("noreply@jiannuo.local");
});

it("refuses a sender that is not an address, naming SMTP_FROM", () => {
  expect(() => smtpFromEnv({ SMTP_HOST: "h", SMTP_FROM: "noreply@localhost" })).toThrow(
    /SMTP_FROM "noreply@localhost" is not an email address/,
  );
  expect(() => smtpFromEnv({ SMTP_HOST: "h", SMTP_FROM: "培训部 <>" })).toThrow(/SMTP_FROM/);
});
