// Imported first by every entry script: a Node that is too old gets one clear sentence, not a stack
// trace. (ES modules run their imports in order, so this runs before anything that needs a new Node.)
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Jiannuo needs Node.js 22.12 or newer; this is Node ${process.versions.node}. ` +
      "Run it through npm (npm install && npm start), which uses the Node 24 that npm install puts in " +
      "node_modules/.bin, or install a newer Node.",
  );
  process.exit(1);
}
