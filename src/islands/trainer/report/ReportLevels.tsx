// "Level by level": what the cohort shows at each level of evaluation, each figure with where it came
// from: reaction (not collected here), learning activities done, commitments and how strongly they are
// held, behaviour as participants report it, then results (ReportResults). Plain words, no more claimed
// than the figures carry.
import type { ReactNode } from "react";
import { isolationAdjusted } from "../../../lib/results-report";
import type { ReportData } from "../shared/cohort-api";
import type { ReportWords } from "./ReportBody";
import { ReportResults } from "./ReportResults";

const NO_LEVELS = { exercises: [], results: [], isolation: { answers: [], asked: 0 } };
const EXERCISES = ["mindset-sort", "eoac-builder", "above-standard-scenario", "belonging-assessment"] as const;

/** One level: its heading, its figures, and where they came from. */
export function Level(props: { id: string; title: string; source: string; children: ReactNode }) {
  return (
    <div className="report-level" data-level={props.id}>
      <h3>{props.title}</h3>
      {props.children}
      <p className="report-source" data-source="">
        {props.source}
      </p>
    </div>
  );
}

/** `section[data-report-levels]`, each level in `[data-level=<name>]`. */
export function ReportLevels({ data, words }: { data: ReportData; words: ReportWords }) {
  const { text, locale } = words;
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const levels = data.levels ?? NO_LEVELS;
  const { total, byStatus } = data.commitments;
  const rated = data.confidence.reduce((sum, n) => sum + n, 0);
  const confidence = rated ? data.confidence.reduce((sum, n, i) => sum + n * (i + 1), 0) / rated : null;
  const source = (key: Parameters<typeof text>[0]) => text("report.levels.source", { source: text(key) });
  return (
    <section className="report-section" data-report-levels="" aria-labelledby="report-levels-heading">
      <h2 id="report-levels-heading">{text("report.levels.heading")}</h2>
      <p className="note">{text("report.levels.intro")}</p>
      <Level id="reaction" title={text("report.levels.reaction")} source={source("report.levels.source.none")}>
        <p>{text("report.levels.reactionNone")}</p>
      </Level>
      <Level id="learning" title={text("report.levels.learning")} source={source("report.levels.source.exercises")}>
        <ul>
          {EXERCISES.map((exercise) => (
            <li key={exercise} data-exercise={exercise}>
              {text("report.levels.exerciseDone", {
                exercise: text(`report.levels.exercise.${exercise}`),
                count: levels.exercises.find((e) => e.exercise === exercise)?.participants ?? 0,
                participants: data.participants,
              })}
            </li>
          ))}
        </ul>
      </Level>
      <Level
        id="commitment"
        title={text("report.levels.commitment")}
        source={source("report.levels.source.commitments")}
      >
        <p data-figure="commitments">
          {text("report.levels.commitments", { count: total, participants: data.participants })}
        </p>
        <p data-figure="confidence">
          {confidence === null
            ? text("report.levels.confidenceNone")
            : text("report.levels.confidence", { mean: number.format(confidence), n: rated })}
        </p>
        <p data-figure="strength">
          {data.strength.mean === null
            ? text("report.levels.strengthNone")
            : text("report.levels.strength", {
                mean: number.format(data.strength.mean),
                n: data.strength.n,
                total,
              })}
        </p>
      </Level>
      <Level id="behaviour" title={text("report.levels.behaviour")} source={source("report.levels.source.checkins")}>
        <p data-figure="behaviour">
          {text("report.levels.behaviourReported", {
            done: byStatus.done,
            moving: byStatus.in_progress,
            total,
            responding: data.checkins.participantsResponding,
            committed: data.checkins.participantsWithCommitments,
          })}
        </p>
        <p className="report-caveat">{text("report.levels.behaviourCaveat")}</p>
      </Level>
      <ReportResults
        results={levels.results}
        isolation={isolationAdjusted(levels.isolation.answers, levels.isolation.asked)}
        words={words}
      />
    </section>
  );
}
