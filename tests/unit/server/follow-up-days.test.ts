import { expect, it } from "vitest";
import { DEFAULT_FOLLOW_UP_DAYS, followUpDaysProblem } from "../../../pocketbase/pb_hooks/lib/pure/follow-up-days.js";

it("the default schedule is 7, 21, 45 and 90 days, and valid", () => {
  expect(DEFAULT_FOLLOW_UP_DAYS).toEqual([7, 21, 45, 90]);
  expect(followUpDaysProblem(DEFAULT_FOLLOW_UP_DAYS)).toBeNull();
});

it.each([[null], [[]], [[0]], [[3, 3]], [[10, 5]], [[2.5]], [["7"]], [[366]], [[1, 2, 3, 4, 5, 6, 7, 8, 9]]])(
  "refuses %j",
  (days) => expect(followUpDaysProblem(days)).toEqual(expect.any(String)),
);
