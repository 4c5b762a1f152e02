// The modules collection as pages need it: one locale's modules in course order, their titles for the
// islands, and one module with its neighbours for the previous/next links.
import { getCollection, type CollectionEntry } from "astro:content";
import type { Locale } from "../i18n";
import { slugOfEntryId } from "./module-parts";

/** One module in one locale. */
export type ModuleEntry = CollectionEntry<"modules">;

/** A module with the modules before and after it in the same locale. */
export interface ModuleInContext {
  entry: ModuleEntry;
  slug: string;
  previous: ModuleEntry | undefined;
  next: ModuleEntry | undefined;
}

/** The modules of `locale`, in course order. */
export async function modulesOf(locale: Locale): Promise<ModuleEntry[]> {
  const entries = await getCollection("modules", (entry) => entry.id.startsWith(`${locale}/`));
  return entries.sort((a, b) => a.data.order - b.data.order);
}

/** Each module's slug and title in `locale`, in course order (for a list or a select of modules). */
export async function moduleChoicesOf(locale: Locale): Promise<{ slug: string; title: string }[]> {
  return (await modulesOf(locale)).map((entry) => ({ slug: slugOfEntryId(entry.id), title: entry.data.title }));
}

/** Module slug to title in `locale`, in course order: what an island needs to name the modules. */
export async function moduleTitlesOf(locale: Locale): Promise<Record<string, string>> {
  return Object.fromEntries((await moduleChoicesOf(locale)).map(({ slug, title }) => [slug, title]));
}

/** `getStaticPaths` for module routes: one `slug` param per module of `locale`. */
export async function moduleStaticPaths(locale: Locale): Promise<{ params: { slug: string } }[]> {
  return (await modulesOf(locale)).map((entry) => ({ params: { slug: slugOfEntryId(entry.id) } }));
}

/** The module `slug` of `locale` with its neighbours; throws (failing the build) if there is none. */
export async function moduleInContext(locale: Locale, slug: string): Promise<ModuleInContext> {
  const modules = await modulesOf(locale);
  const index = modules.findIndex((entry) => slugOfEntryId(entry.id) === slug);
  const entry = modules[index];
  if (!entry) throw new Error(`No module "${slug}" in content/modules/${locale}/`);
  return { entry, slug, previous: modules[index - 1], next: modules[index + 1] };
}
