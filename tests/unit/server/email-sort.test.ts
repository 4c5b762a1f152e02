import { expect, it } from "vitest";
import { sortsByEmail } from "../../../pocketbase/pb_hooks/lib/pure/email-sort.js";

it.each([
  ["email", true],
  ["-email", true],
  ["created,-email", true],
  ["participant.email", true],
  [" +email", true],
  ["emailVisibility", false],
  ["-created", false],
  ["", false],
  [undefined, false],
  ["myemail", false],
])("sort %j orders by an email: %s", (sort, yes) => expect(sortsByEmail(sort)).toBe(yes));
