// The shape of each exercise's course data (content/exercises/<locale>/<id>.json), checked at build time:
// a malformed file fails the build with the file and the field named. Islands import only the types.
import { z } from "astro/zod";
import { BELONGING_COMPONENTS } from "./belonging";
import { EOAC_HINT_KEYS, EOAC_PARTS } from "./eoac";
import { MINDSET_CHOICES } from "./mindset";
import { EXERCISE_RESULTS_FIELDS } from "./pocketbase-types";
import { SCENARIO_OUTCOMES, SCENARIO_PRINCIPLES, SCENARIO_VERDICTS, validateScenario } from "./scenario";

/** The exercises the course uses, by id. */
export const EXERCISE_IDS = EXERCISE_RESULTS_FIELDS.exercise.values;
export type ExerciseId = (typeof EXERCISE_IDS)[number];

const text = z.string().trim().min(1);
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "use lowercase letters, digits and single hyphens");

/** Adds an issue for every id that appears more than once in a list. */
function uniqueIds(list: readonly { id: string }[], ctx: z.RefinementCtx, field: string): void {
  const seen = new Set<string>();
  list.forEach((entry, i) => {
    if (seen.has(entry.id))
      ctx.addIssue({ code: "custom", path: [field, i, "id"], message: `duplicate id "${entry.id}"` });
    seen.add(entry.id);
  });
}

const common = { title: text, intro: text };

const mindsetSortSchema = z
  .strictObject({
    id: z.literal("mindset-sort"),
    module: z.literal("service-mindset"),
    ...common,
    categories: z.record(z.enum(MINDSET_CHOICES), text),
    statements: z
      .array(z.strictObject({ id: slug, text, answer: z.enum(MINDSET_CHOICES), why: text }))
      .min(8)
      .max(12),
  })
  .superRefine((data, ctx) => uniqueIds(data.statements, ctx, "statements"));

const eoacPartsText = z.record(z.enum(EOAC_PARTS), text);

const eoacBuilderSchema = z
  .strictObject({
    id: z.literal("eoac-builder"),
    module: z.literal("eoac"),
    ...common,
    parts: z.record(z.enum(EOAC_PARTS), z.strictObject({ label: text, help: text, placeholder: text })),
    remarks: z
      .array(z.strictObject({ id: slug, text, context: text, model: eoacPartsText }))
      .min(2)
      .max(3),
    hints: z.record(z.enum(EOAC_HINT_KEYS), text),
  })
  .superRefine((data, ctx) => uniqueIds(data.remarks, ctx, "remarks"));

const belongingAssessmentSchema = z
  .strictObject({
    id: z.literal("belonging-assessment"),
    module: z.literal("belonging"),
    ...common,
    /** Labels of the points 1 to 5. */
    scale: z.tuple([text, text, text, text, text]),
    components: z.record(
      z.enum(BELONGING_COMPONENTS),
      z.strictObject({ name: text, description: text, reflection: text }),
    ),
    items: z.array(z.strictObject({ id: slug, component: z.enum(BELONGING_COMPONENTS), text })),
    note: text,
  })
  .superRefine((data, ctx) => {
    uniqueIds(data.items, ctx, "items");
    for (const component of BELONGING_COMPONENTS) {
      const count = data.items.filter((item) => item.component === component).length;
      if (count < 3)
        ctx.addIssue({
          code: "custom",
          path: ["items"],
          message: `"${component}" has ${count} items, needs at least 3`,
        });
    }
  });

const choiceSchema = z.strictObject({
  id: slug,
  text,
  next: slug,
  verdict: z.enum(SCENARIO_VERDICTS),
  principle: z.enum(SCENARIO_PRINCIPLES),
  consequence: text,
  why: text,
});

const nodeSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    id: slug,
    kind: z.literal("decision"),
    situation: text,
    choices: z.array(choiceSchema).min(2).max(4),
  }),
  z.strictObject({ id: slug, kind: z.literal("ending"), title: text, text, outcome: z.enum(SCENARIO_OUTCOMES) }),
]);

const aboveStandardScenarioSchema = z
  .strictObject({
    id: z.literal("above-standard-scenario"),
    module: z.literal("above-standard-demands"),
    ...common,
    start: slug,
    nodes: z.array(nodeSchema).min(4),
  })
  .superRefine((data, ctx) => {
    for (const problem of validateScenario(data))
      ctx.addIssue({ code: "custom", path: problem.path, message: problem.message });
  });

/** Schema of an entry of the `exercises` data collection, told apart by `id`. */
export const exerciseDataSchema = z.discriminatedUnion("id", [
  mindsetSortSchema,
  eoacBuilderSchema,
  aboveStandardScenarioSchema,
  belongingAssessmentSchema,
]);

/** The course data of any exercise. */
export type ExerciseData = z.infer<typeof exerciseDataSchema>;
export type MindsetSortData = Extract<ExerciseData, { id: "mindset-sort" }>;
export type EoacBuilderData = Extract<ExerciseData, { id: "eoac-builder" }>;
export type AboveStandardScenarioData = Extract<ExerciseData, { id: "above-standard-scenario" }>;
export type BelongingAssessmentData = Extract<ExerciseData, { id: "belonging-assessment" }>;
