// Imported first by every entry script: a Node that is too old gets one clear sentence, not a stack
// trace. (ES modules run their imports in order, so this runs before anything that needs a new Node.)
import { nodeVersionProblem } from "./node-version.mjs";

const problem = nodeVersionProblem(process.versions.node);
if (problem) {
  console.error(problem);
  process.exit(1);
}
