// What every printed page of the report carries in its margins: the cohort and client at the bottom left,
// the page number in the middle, the trainer and the date at the right. Chromium draws @page margin boxes
// (not other browsers yet, which print without them); their text cannot come from the page, so it is
// written into a style element here (the site's CSP allows inline styles).
import type { ReportData } from "../shared/cohort-api";
import { formatDay } from "../../../lib/dates";
import type { ReportWords } from "./ReportBody";

/** A CSS string literal holding `text` (quotes, backslashes and line breaks escaped). */
export function cssString(text: string): string {
  const escaped = text.replace(/[\\"]/g, "\\$&").replace(/[\u0000-\u001f\u007f]/g, " ");
  return `"${escaped}"`;
}

/** `第 {page} / {pages} 页` as CSS content: the placeholders become the page counters. */
export function pageCounterContent(template: string): string {
  return template
    .split(/(\{pages?\})/)
    .filter((part) => part !== "")
    .map((part) => (part === "{page}" ? "counter(page)" : part === "{pages}" ? "counter(pages)" : cssString(part)))
    .join(" ");
}

/** A `style` element with the report's @page margin boxes. */
export function PrintFrame({ data, words }: { data: ReportData; words: ReportWords }) {
  const { text, locale } = words;
  const left = [data.cohort.name, data.cohort.organization].filter(Boolean).join(" · ");
  const right = [data.trainerName, formatDay(data.generatedAt, locale)].filter(Boolean).join(" · ");
  const css = `@page {
  @bottom-left { content: ${cssString(left)}; }
  @bottom-center { content: ${pageCounterContent(text("common.pageOf"))}; }
  @bottom-right { content: ${cssString(right)}; }
}`;
  return <style data-print-frame="">{css}</style>;
}
