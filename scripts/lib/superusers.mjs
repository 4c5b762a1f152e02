// Whether PocketBase's admin dashboard has an account, read from the data folder (PocketBase keeps a
// placeholder installer account until the first real one exists).
import path from "node:path";

const INSTALLER = "__pbinstaller@example.com";

/** True when at least one real superuser exists in `dataDir`. */
export async function hasAdminAccount(dataDir) {
  // Loaded here: node:sqlite does not exist in old Nodes (see require-node.mjs).
  const { DatabaseSync } = await import("node:sqlite");
  const db = new DatabaseSync(path.join(dataDir, "data.db"), { readOnly: true });
  try {
    const row = db.prepare("SELECT COUNT(*) AS n FROM _superusers WHERE email != ?").get(INSTALLER);
    return Number(row?.n) > 0;
  } finally {
    db.close();
  }
}
