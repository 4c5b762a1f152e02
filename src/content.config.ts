// Course content: the six modules (Markdown, one file per locale) and the exercises' data (JSON).
// Entry ids keep the locale folder as written, e.g. `zh-CN/eoac`, `en/eoac-builder`, so pages find an
// entry by locale and slug; the build fails naming the file and the field when frontmatter is wrong.
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";
import { EXERCISE_IDS, exerciseDataSchema } from "./lib/exercise-schemas";

/** `zh-CN/eoac.md` -> `zh-CN/eoac` (the default id would lower-case the locale). */
function localeAndSlug({ entry }: { entry: string }): string {
  return entry.replace(/\.(md|json)$/, "");
}

const text = z.string().trim().min(1);

const facilitatorSchema = z.object({
  timings: z.array(z.object({ minutes: z.int().positive(), activity: text })).min(1),
  watchFor: z.array(text).min(1),
});

const moduleSchema = z
  .object({
    title: text,
    summary: text,
    order: z.int().min(1).max(6),
    durationMinutes: z.int().positive(),
    objectives: z.array(text).min(2),
    takeaways: z.array(text).min(2),
    exercises: z.array(z.enum(EXERCISE_IDS)),
    discussionQuestions: z.array(text).min(2),
    facilitator: facilitatorSchema,
  })
  .superRefine((data, context) => {
    const total = data.facilitator.timings.reduce((sum, step) => sum + step.minutes, 0);
    if (total !== data.durationMinutes) {
      context.addIssue({
        code: "custom",
        path: ["facilitator", "timings"],
        message: `timings add up to ${total} minutes, but durationMinutes is ${data.durationMinutes}`,
      });
    }
  });

const modules = defineCollection({
  loader: glob({ pattern: "*/*.md", base: "./content/modules", generateId: localeAndSlug }),
  schema: moduleSchema,
});

const exercises = defineCollection({
  loader: glob({ pattern: "*/*.json", base: "./content/exercises", generateId: localeAndSlug }),
  schema: exerciseDataSchema,
});

export const collections = { modules, exercises };
