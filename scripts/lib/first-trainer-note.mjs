// Reads back the note the first start writes (pocketbase/pb_migrations/1764000100_demo_cohort.js).
import { readFileSync } from "node:fs";
import path from "node:path";

/** The first trainer's email, password and the demo join code, or null when there is no note. */
export function readFirstTrainerNote(dataDir) {
  let text;
  try {
    text = readFileSync(path.join(dataDir, "first-trainer.txt"), "utf8");
  } catch {
    return null;
  }
  const field = (label) => text.match(new RegExp(`^${label}:\\s*(\\S+)`, "m"))?.[1] ?? "";
  return { email: field("Email"), password: field("Password"), joinCode: field("Demo cohort join code") };
}
