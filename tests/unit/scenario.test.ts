// The scenario checks on small hand-made graphs, and the replay of stored choices.
import { describe, expect, it } from "vitest";
import {
  bestPath,
  validateScenario,
  walkScenario,
  type DecisionNode,
  type EndingNode,
  type Scenario,
  type ScenarioChoice,
  type ScenarioVerdict,
} from "../../src/lib/scenario";

function choice(id: string, next: string, verdict: ScenarioVerdict = "poor"): ScenarioChoice {
  return { id, next, verdict, text: id, principle: "listen", consequence: "c", why: "w" };
}

function decision(id: string, ...choices: ScenarioChoice[]): DecisionNode {
  return { id, kind: "decision", situation: id, choices };
}

function ending(id: string, outcome: EndingNode["outcome"] = "good"): EndingNode {
  return { id, kind: "ending", title: id, text: id, outcome };
}

/** Three decisions on the best path, each with a poor side exit. */
function playable(): Scenario {
  return {
    start: "d1",
    nodes: [
      decision("d1", choice("d1-best", "d2", "best"), choice("d1-poor", "bad")),
      decision("d2", choice("d2-ok", "d3", "ok"), choice("d2-best", "d3", "best")),
      decision("d3", choice("d3-best", "good", "best"), choice("d3-poor", "bad")),
      ending("good"),
      ending("bad", "poor"),
    ],
  };
}

const codes = (scenario: Scenario, min?: number) => validateScenario(scenario, min).map((p) => p.code);

describe("validateScenario", () => {
  it("accepts a playable scenario", () => {
    expect(validateScenario(playable())).toEqual([]);
  });

  it("names a choice that leads to a missing node, with its data path", () => {
    const scenario = playable();
    const d1 = scenario.nodes[0] as DecisionNode;
    const broken = {
      ...scenario,
      nodes: [decision("d1", d1.choices[0]!, choice("d1-poor", "nowhere")), ...scenario.nodes.slice(1)],
    };
    expect(validateScenario(broken)).toEqual([
      { code: "missing-next", path: ["nodes", 0, "choices", 1, "next"], message: expect.stringContaining("nowhere") },
    ]);
  });

  it("rejects a missing start, duplicate ids and decisions without choices", () => {
    expect(codes({ ...playable(), start: "zero" })).toEqual(["missing-start"]);
    expect(codes({ ...playable(), nodes: [...playable().nodes, ending("good")] })).toEqual(["duplicate-node"]);
    expect(codes({ start: "d1", nodes: [decision("d1")] })).toEqual(["no-choices", "best-count"]);
    const twice = playable();
    const nodes = [...twice.nodes];
    nodes[1] = decision("d2", choice("d1-best", "d3", "best"));
    expect(codes({ ...twice, nodes })).toEqual(["duplicate-choice"]);
  });

  it("needs exactly one best choice at each decision", () => {
    const nodes = [...playable().nodes];
    nodes[1] = decision("d2", choice("d2-a", "d3", "best"), choice("d2-b", "d3", "best"));
    expect(codes({ start: "d1", nodes })).toEqual(["best-count"]);
  });

  it("finds a loop, where a path might never reach an ending", () => {
    const nodes = [...playable().nodes];
    nodes[2] = decision("d3", choice("d3-best", "good", "best"), choice("d3-back", "d1"));
    expect(codes({ start: "d1", nodes })).toEqual(["cycle"]);
  });

  it("finds nodes no path reaches", () => {
    expect(codes({ ...playable(), nodes: [...playable().nodes, ending("orphan")] })).toEqual(["unreachable"]);
  });

  it("needs the best path to end well after enough decisions", () => {
    const nodes = [...playable().nodes];
    nodes[2] = decision("d3", choice("d3-best", "bad", "best"), choice("d3-poor", "good"));
    expect(codes({ start: "d1", nodes })).toEqual(["best-path-not-good"]);
    expect(codes(playable(), 4)).toEqual(["best-path-too-short"]);
  });
});

describe("bestPath", () => {
  it("follows the best choices to the good ending", () => {
    expect(bestPath(playable()).map((node) => node.id)).toEqual(["d1", "d2", "d3", "good"]);
  });
});

describe("walkScenario", () => {
  it("starts at the start", () => {
    const position = walkScenario(playable(), []);
    expect(position.current.id).toBe("d1");
    expect(position.steps).toEqual([]);
  });

  it("replays choices to where they lead", () => {
    const position = walkScenario(playable(), ["d1-best", "d2-ok", "d3-poor"]);
    expect(position.steps.map((s) => [s.node.id, s.choice.id])).toEqual([
      ["d1", "d1-best"],
      ["d2", "d2-ok"],
      ["d3", "d3-poor"],
    ]);
    expect(position.current).toMatchObject({ id: "bad", kind: "ending" });
  });

  it("stops at the first stored choice that does not fit, and ignores choices after an ending", () => {
    expect(walkScenario(playable(), ["d1-best", "d3-best", "d2-ok"]).current.id).toBe("d2");
    expect(walkScenario(playable(), ["d1-poor", "d2-ok"]).steps).toHaveLength(1);
  });
});
