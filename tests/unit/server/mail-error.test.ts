import { describe, expect, it } from "vitest";
import { mailErrorForLog } from "../../../pocketbase/pb_hooks/lib/pure/mail-error.js";

describe("a follow-up's error for the delivery log", () => {
  it("leaves out every email address and keeps the rest", () => {
    expect(mailErrorForLog('GoError: 550 "5.1.1 <li.wei@example.com>: Recipient address rejected"')).toBe(
      'GoError: 550 "5.1.1 <(address)>: Recipient address rejected"',
    );
    expect(mailErrorForLog("mailbox full for 王伟@例子.公司, a.b+c@x.org")).toBe(
      "mailbox full for (address), (address)",
    );
    expect(mailErrorForLog(new Error("dial tcp 127.0.0.1:25: connection refused"))).toBe(
      "Error: dial tcp 127.0.0.1:25: connection refused",
    );
  });

  it("keeps at most 1,000 characters", () => {
    expect(mailErrorForLog("x".repeat(2000))).toHaveLength(1000);
  });
});
