// The Node version Jiannuo's tools need (Astro 7 and Vitest 5 need 22.12 or newer).

/** null when `version` (e.g. "24.21.0") is new enough, else the sentence to show. */
export function nodeVersionProblem(version) {
  const [major = 0, minor = 0] = String(version).split(".").map(Number);
  if (major > 22 || (major === 22 && minor >= 12)) return null;
  return (
    `Jiannuo needs Node.js 22.12 or newer; this is Node ${version}. ` +
    "Run it through npm (npm install && npm start), which uses the Node 24 that npm install puts in " +
    "node_modules/.bin, or install a newer Node."
  );
}
