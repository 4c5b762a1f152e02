// Live coaching of an action commitment while the participant types, towards what the course calls a good
// commitment: one observable action, a trigger or fixed time, a date, a way to tell it worked, support, and
// enough confidence. It only advises; `draftErrors` (draft-errors.ts) alone decides whether a draft can be sent.
import {
  findVagueWord,
  findWeakTrigger,
  hasNumber,
  hasSeveralActions,
  hasTriggerSign,
  isAttitudeOnly,
  isBlank,
  lengthUnits,
} from "./coach-rules";
import { formatDayInWords } from "./dates";
import { isoDateToDay, localIsoDate } from "./iso-date";
import type { Locale } from "../i18n/locales";
import type { CommitmentsRecord } from "./pocketbase-types";

/**
 * What the commitment form holds while the participant is typing: the commitment's own fields (the
 * outbox adds who, where and the id), with `confidence` null until the participant picks one and
 * `dueOn` as "YYYY-MM-DD", or "" while no date is chosen.
 */
export type CommitmentDraft = Pick<
  CommitmentsRecord,
  "action" | "trigger" | "dueOn" | "measure" | "support" | "kind" | "visibility"
> & {
  confidence: number | null;
};

/** Findings that threaten the commitment, most important first. */
const WARNING_CODES = [
  "too-many-open",
  "date-in-past",
  "multiple-actions",
  "too-long",
  "vague-wording",
  "not-observable",
] as const;

/** Every finding the coach can give, from the most to the least important (the order findings come in). */
export const FINDING_CODES = [
  "no-action",
  ...WARNING_CODES,
  // Tips follow, in the order of the form's fields, so the list reads top-down like the form.
  "no-trigger",
  "weak-trigger",
  "no-date",
  "date-far",
  "no-measure",
  "no-support",
  "low-confidence",
] as const;

/** A stable finding code; the hint text is `coach.<code>` in the dictionaries. */
export type FindingCode = (typeof FINDING_CODES)[number];

/** One piece of advice about one field (or the whole form). */
export interface Finding {
  code: FindingCode;
  field: keyof CommitmentDraft | "form";
  /** A warning threatens the commitment; a tip would make it stronger. Neither blocks sending. */
  severity: "tip" | "warning";
  hintKey: `coach.${FindingCode}`;
  params?: Record<string, string | number>;
}

/** What the coach may know beyond the draft. */
export interface CoachContext {
  /** Today as "YYYY-MM-DD" on the participant's device; defaults to the device clock. */
  today?: string;
  /** How many of this participant's commitments are still planned or in progress. */
  openCommitments?: number;
}

/** Over this many length units (a Chinese character, or a third of an English word) it is not one action. */
export const MAX_ACTION_UNITS = 120;
/** Confidence below this: make the action smaller or get support (from the course). */
export const CONFIDENT_FROM = 7;
/** From this many open commitments on, a new one is over-commitment ("two or three, not ten"). */
export const TOO_MANY_OPEN = 3;
/** The last follow-up email goes out about 13 weeks after the workshop; a later first step is never asked about. */
export const FAR_AFTER_DAYS = 91;

const WARNINGS: ReadonlySet<FindingCode> = new Set(WARNING_CODES);

function finding(code: FindingCode, field: Finding["field"], params?: Finding["params"]): Finding {
  const base: Finding = { code, field, severity: WARNINGS.has(code) ? "warning" : "tip", hintKey: `coach.${code}` };
  return params ? { ...base, params } : base;
}

/**
 * Advice on a draft commitment, most important first. Pure: the same draft, locale and context always give
 * the same findings. The locale only shapes parameter values (dates); both languages' word rules always run.
 */
export function assessCommitment(input: CommitmentDraft, locale: Locale, context: CoachContext = {}): Finding[] {
  // The one place the coach reads the clock, and only when the caller did not say what day it is.
  const today = context.today ?? localIsoDate(new Date());

  const found: Finding[] = [];
  if ((context.openCommitments ?? 0) >= TOO_MANY_OPEN) {
    found.push(finding("too-many-open", "form", { count: context.openCommitments ?? 0 }));
  }
  // Until there is an action, advice about its trigger or date is noise.
  if (isBlank(input.action)) return sortFindings([finding("no-action", "action"), ...found]);

  found.push(...assessAction(input), ...assessTrigger(input), ...assessDate(input.dueOn, today, locale));
  const measureBlank = isBlank(input.measure);
  if (measureBlank) found.push(finding("no-measure", "measure"));
  const measureWord = measureBlank ? null : findVagueWord(input.measure, hasNumber(input.measure));
  if (measureWord) found.push(finding("vague-wording", "measure", { word: measureWord }));
  // A team or organisation commitment depends on others, so it should say who.
  if (input.kind !== "personal" && isBlank(input.support)) found.push(finding("no-support", "support"));
  if (input.confidence !== null && input.confidence >= 1 && input.confidence < CONFIDENT_FROM) {
    found.push(finding("low-confidence", "confidence", { confidence: input.confidence }));
  }
  return sortFindings(found);
}

function assessAction({ action, measure }: CommitmentDraft): Finding[] {
  const found: Finding[] = [];
  // A text too long for one sentence gets that hint alone: it already asks for one action.
  if (lengthUnits(action) > MAX_ACTION_UNITS) found.push(finding("too-long", "action"));
  else if (hasSeveralActions(action)) found.push(finding("multiple-actions", "action"));
  const word = findVagueWord(action, hasNumber(action) || (!isBlank(measure) && hasNumber(measure)));
  if (word) found.push(finding("vague-wording", "action", { word }));
  // The vague-word hint already asks for a visible deed; saying it twice would nag.
  else if (isAttitudeOnly(action)) found.push(finding("not-observable", "action"));
  return found;
}

function assessTrigger({ action, trigger }: CommitmentDraft): Finding[] {
  const triggerText = isBlank(trigger) ? "" : trigger;
  if (hasTriggerSign(action) || hasTriggerSign(triggerText)) return [];
  const weakInTrigger = findWeakTrigger(triggerText);
  if (weakInTrigger) return [finding("weak-trigger", "trigger", { word: weakInTrigger })];
  // Whatever else is written in the trigger field is taken as the participant's moment; the rules may miss it.
  if (triggerText !== "") return [];
  const weakInAction = findWeakTrigger(action);
  if (weakInAction) return [finding("weak-trigger", "action", { word: weakInAction })];
  return [finding("no-trigger", "trigger")];
}

function assessDate(dueOn: string, today: string, locale: Locale): Finding[] {
  const due = isoDateToDay(dueOn);
  // A value that is no date at all (the date input never sends one) is treated as no date.
  if (due === null) return [finding("no-date", "dueOn")];
  const now = isoDateToDay(today);
  // Without a trustworthy today there is nothing to compare against; say nothing rather than guess.
  if (now === null) return [];
  if (due < now) return [finding("date-in-past", "dueOn", { date: formatDayInWords(dueOn, locale) })];
  if (due - now > FAR_AFTER_DAYS) return [finding("date-far", "dueOn", { days: due - now })];
  return [];
}

function sortFindings(found: Finding[]): Finding[] {
  const rank = (f: Finding) => FINDING_CODES.indexOf(f.code);
  // Array.prototype.sort is stable, so two findings with one code keep their field order (action, then measure).
  return found.sort((a, b) => rank(a) - rank(b));
}
