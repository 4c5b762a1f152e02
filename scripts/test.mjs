// npm test: every Vitest project (unit, component, integration, e2e), then one plain closing line
// "N passed, N failed, N skipped" that CI reads. Extra arguments go to Vitest (e.g. --project unit).
import "./lib/require-node.mjs";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT } from "./lib/pocketbase-binary.mjs";

const reportDir = mkdtempSync(path.join(tmpdir(), "jiannuo-vitest-"));
const report = path.join(reportDir, "report.json");
const vitest = spawn(
  process.execPath,
  [
    path.join(ROOT, "node_modules/vitest/vitest.mjs"),
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ],
  { cwd: ROOT, stdio: "inherit" },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => vitest.kill(signal));

vitest.on("exit", (code, signal) => {
  try {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = JSON.parse(readFileSync(report, "utf8"));
    console.log(
      `\nvitest: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped`,
    );
  } catch {
    console.log("\nvitest: no report was written (the run did not finish).");
  }
  rmSync(reportDir, { recursive: true, force: true });
  process.exit(code ?? (signal ? 1 : 0));
});
