import { expect, it } from "vitest";
import { nodeVersionProblem } from "../../../scripts/lib/node-version.mjs";

it.each(["22.12.0", "22.20.1", "24.21.0", "26.0.0"])("accepts Node %s", (v) =>
  expect(nodeVersionProblem(v)).toBeNull(),
);

it.each(["20.20.2", "22.11.0", "18.0.0"])("refuses Node %s with one sentence that says what to do", (v) => {
  const problem = nodeVersionProblem(v);
  expect(problem).toContain(`this is Node ${v}`);
  expect(problem).toContain("npm install && npm start");
  expect(problem).not.toContain("\n");
});
