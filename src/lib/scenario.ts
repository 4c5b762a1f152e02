// A branching scenario as data: decision nodes whose choices lead to other nodes, and endings.
// validateScenario proves the data can be played (the schema runs it at build time); walkScenario
// replays the choices a participant made, tolerating stored choices that no longer fit the data.

/** How well a choice handles the demand. */
export const SCENARIO_VERDICTS = ["best", "ok", "poor"] as const;
export type ScenarioVerdict = (typeof SCENARIO_VERDICTS)[number];

/** How an ending turned out. */
export const SCENARIO_OUTCOMES = ["good", "mixed", "poor"] as const;
export type ScenarioOutcome = (typeof SCENARIO_OUTCOMES)[number];

/** The course's principles for above-standard demands, one per choice. */
export const SCENARIO_PRINCIPLES = [
  "listen",
  "real-need",
  "transparent",
  "alternatives",
  "escalate",
  "commit",
] as const;
export type ScenarioPrinciple = (typeof SCENARIO_PRINCIPLES)[number];

export interface ScenarioChoice {
  id: string;
  text: string;
  next: string;
  verdict: ScenarioVerdict;
  principle: ScenarioPrinciple;
  consequence: string;
  why: string;
}

export interface DecisionNode {
  id: string;
  kind: "decision";
  situation: string;
  choices: readonly ScenarioChoice[];
}

export interface EndingNode {
  id: string;
  kind: "ending";
  title: string;
  text: string;
  outcome: ScenarioOutcome;
}

export type ScenarioNode = DecisionNode | EndingNode;

export interface Scenario {
  start: string;
  nodes: readonly ScenarioNode[];
}

/** A reason the scenario cannot be played as intended, with the data path it concerns. */
export interface ScenarioProblem {
  code:
    | "duplicate-node"
    | "duplicate-choice"
    | "missing-start"
    | "missing-next"
    | "no-choices"
    | "best-count"
    | "cycle"
    | "unreachable"
    | "best-path-not-good"
    | "best-path-too-short";
  path: (string | number)[];
  message: string;
}

/** The fewest decisions the best path must take, so the case practises more than one principle. */
export const MIN_BEST_PATH_DECISIONS = 3;

function nodeMap(scenario: Scenario): Map<string, ScenarioNode> {
  return new Map(scenario.nodes.map((node) => [node.id, node]));
}

function structureProblems(scenario: Scenario, nodes: Map<string, ScenarioNode>): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const seen = new Set<string>();
  const choiceIds = new Set<string>();
  if (!nodes.has(scenario.start)) {
    problems.push({ code: "missing-start", path: ["start"], message: `start "${scenario.start}" is not a node` });
  }
  scenario.nodes.forEach((node, i) => {
    if (seen.has(node.id))
      problems.push({ code: "duplicate-node", path: ["nodes", i, "id"], message: `node "${node.id}" appears twice` });
    seen.add(node.id);
    if (node.kind !== "decision") return;
    if (node.choices.length === 0)
      problems.push({ code: "no-choices", path: ["nodes", i, "choices"], message: `"${node.id}" has no choices` });
    const best = node.choices.filter((choice) => choice.verdict === "best").length;
    if (best !== 1)
      problems.push({
        code: "best-count",
        path: ["nodes", i, "choices"],
        message: `"${node.id}" has ${best} best choices, needs exactly 1`,
      });
    node.choices.forEach((choice, j) => {
      if (choiceIds.has(choice.id))
        problems.push({
          code: "duplicate-choice",
          path: ["nodes", i, "choices", j, "id"],
          message: `choice "${choice.id}" appears twice`,
        });
      choiceIds.add(choice.id);
      if (!nodes.has(choice.next)) {
        problems.push({
          code: "missing-next",
          path: ["nodes", i, "choices", j, "next"],
          message: `"${choice.id}" leads to missing node "${choice.next}"`,
        });
      }
    });
  });
  return problems;
}

/** Depth-first walk from the start: a node met again on the current path is a loop that may never end. */
function flowProblems(scenario: Scenario, nodes: Map<string, ScenarioNode>): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const done = new Set<string>();
  const onPath = new Set<string>();
  const visit = (id: string): void => {
    const node = nodes.get(id);
    if (!node || done.has(id)) return;
    if (onPath.has(id)) {
      problems.push({
        code: "cycle",
        path: ["nodes", scenario.nodes.indexOf(node), "id"],
        message: `a path loops back to "${id}"`,
      });
      return;
    }
    onPath.add(id);
    if (node.kind === "decision") for (const choice of node.choices) visit(choice.next);
    onPath.delete(id);
    done.add(id);
  };
  visit(scenario.start);
  scenario.nodes.forEach((node, i) => {
    if (!done.has(node.id))
      problems.push({
        code: "unreachable",
        path: ["nodes", i, "id"],
        message: `"${node.id}" cannot be reached from the start`,
      });
  });
  return problems;
}

/** The nodes visited by always taking the best choice, start first; stops at an ending or a broken link. */
export function bestPath(scenario: Scenario): ScenarioNode[] {
  const nodes = nodeMap(scenario);
  const path: ScenarioNode[] = [];
  let node = nodes.get(scenario.start);
  while (node && !path.includes(node)) {
    path.push(node);
    if (node.kind === "ending") break;
    const best = node.choices.find((choice) => choice.verdict === "best");
    node = best ? nodes.get(best.next) : undefined;
  }
  return path;
}

/** Everything that keeps the scenario from being playable: links, loops, and a best path of enough decisions to a good ending. */
export function validateScenario(scenario: Scenario, minDecisions = MIN_BEST_PATH_DECISIONS): ScenarioProblem[] {
  const nodes = nodeMap(scenario);
  const problems = structureProblems(scenario, nodes);
  if (problems.length > 0) return problems;
  problems.push(...flowProblems(scenario, nodes));
  if (problems.length > 0) return problems;
  const path = bestPath(scenario);
  const end = path.at(-1);
  if (end?.kind !== "ending" || end.outcome !== "good") {
    problems.push({
      code: "best-path-not-good",
      path: ["nodes"],
      message: "taking every best choice must end in a good ending",
    });
  }
  const decisions = path.filter((node) => node.kind === "decision").length;
  if (decisions < minDecisions) {
    problems.push({
      code: "best-path-too-short",
      path: ["nodes"],
      message: `the best path has ${decisions} decisions, needs at least ${minDecisions}`,
    });
  }
  return problems;
}

/** One decision taken: where, and which choice. */
export interface ScenarioStep {
  node: DecisionNode;
  choice: ScenarioChoice;
}

/** Where a list of choices leads. */
export interface ScenarioPosition {
  steps: ScenarioStep[];
  current: ScenarioNode;
}

/** Replays choice ids from the start; the first id that does not fit the current node ends the replay. */
export function walkScenario(scenario: Scenario, choiceIds: readonly string[]): ScenarioPosition {
  const nodes = nodeMap(scenario);
  const start = nodes.get(scenario.start);
  if (!start) throw new Error(`scenario start "${scenario.start}" is not a node`);
  const steps: ScenarioStep[] = [];
  let current: ScenarioNode = start;
  for (const id of choiceIds) {
    if (current.kind !== "decision") break;
    const choice = current.choices.find((c) => c.id === id);
    const next = choice ? nodes.get(choice.next) : undefined;
    if (!choice || !next) break;
    steps.push({ node: current, choice });
    current = next;
  }
  return { steps, current };
}
