// Placeholder until the exercises land: the shape of one exercise's course data (content/exercises).
import { z } from "astro/zod";

/** The exercises the course uses, by id. */
export const EXERCISE_IDS = ["mindset-sort", "eoac-builder", "above-standard-scenario", "belonging-assessment"] as const;
export type ExerciseId = (typeof EXERCISE_IDS)[number];

/** Schema of an entry of the `exercises` data collection. */
export const exerciseDataSchema = z.object({
  id: z.enum(EXERCISE_IDS),
  title: z.string().min(1),
});
