// The one path from the dictionaries to an island: each island's page picks the keys listed here
// (pickMessages in ./index) and passes them as the island's `strings`; the island reads them through
// textFor (./format). So an island ships only its own words, and no dictionary reaches the browser.
import type { ExerciseId } from "../lib/exercise-schemas";
import type { KeyPick, PickedKey, Strings, Text } from "./format";

/** Words of the parts the dashboard and the report share: page states and the follow-through chart. */
export const COHORT_PAGE_KEYS = [
  "dashboard.state.",
  "dashboard.chart.week",
  "dashboard.chart.weekLabel",
  "dashboard.chart.now",
  "dashboard.chart.showTable",
  "dashboard.chart.showChart",
  "status.",
  "common.total",
  "common.retry",
  "common.trainerSignIn",
  "common.dateRange",
] as const satisfies readonly KeyPick[];

/** The formatter the shared cohort page parts need; the dashboard's and the report's both fit it. */
export type CohortPageText = Text<PickedKey<typeof COHORT_PAGE_KEYS>>;

/** Every island's picks, by island (exercises by their exercise id). */
export const ISLAND_KEYS = {
  join: ["join.", "errors.", "common.joinCode", "common.count", "common.keepPerson", "common.goToMe"],
  commit: [
    "commit.",
    "coach.",
    "errors.",
    "common.sent",
    "common.retry",
    "common.keepPerson",
    "common.trigger",
    "common.measure",
    "common.weekendsToo",
  ],
  me: [
    "me.",
    "errors.",
    "channels.name.",
    "status.",
    "signin.title",
    "common.joinWithCode",
    "common.home",
    "common.retry",
    "common.all",
    "common.status",
    "common.dueOn",
    "common.trigger",
    "common.weekendsToo",
    "common.measure",
    "common.saving",
    "common.sending",
    "common.cancel",
    "common.deleting",
    "common.preparingFile",
    "common.howIsItGoing",
    "common.count",
    "common.noteTooLong",
  ],
  signin: [
    "signin.",
    "errors.",
    "common.email",
    "common.sending",
    "common.signIn",
    "common.signingIn",
    "common.joinWithCode",
    "common.keepPerson",
  ],
  rejoin: [
    "rejoin.",
    "errors.",
    "signin.done.",
    "signin.existing.",
    "signin.me",
    "signin.switch.question",
    "signin.switch.confirm",
    "common.signingIn",
    "common.keepPerson",
    "common.retry",
  ],
  checkin: [
    "checkin.",
    "errors.",
    "common.opening",
    "common.updating",
    "common.saving",
    "common.howIsItGoing",
    "common.count",
    "common.noteTooLong",
    "common.goToMe",
    "common.trigger",
    "common.labelled",
    "common.linkBroken",
    "common.linkExpired",
  ],
  supervisor: ["supervisor.", "huddle.", "status.", "errors.", "common.saving"],
  unsubscribe: ["unsubscribe.", "errors.", "channels.name.", "common.opening", "common.goToMe"],
  confirm: [
    "confirm.",
    "errors.",
    "common.opening",
    "common.saving",
    "common.linkBroken",
    "common.linkExpired",
    "signin.title",
  ],
  workspace: [
    "trainer.signin.",
    "trainer.cohorts.",
    "trainer.form.",
    "errors.",
    "trainer.join.title",
    "wall.title",
    "common.trainerSignIn",
    "common.email",
    "common.signIn",
    "common.signingIn",
    "common.retry",
    "common.cancel",
    "common.saving",
    "common.organization",
    "common.dateRange",
  ],
  /** The join view's controls, in the page's language. */
  joinView: ["trainer.join.", "common.trainerSignIn"],
  /** What the projected join screen says, in the cohort's language (its page passes both). */
  joinScreen: ["trainer.screen.", "common.joinCode"],
  /** The wall and its controls view; the empty wall shows the join screen's QR code, code and warning. */
  wall: [
    "wall.",
    "common.pageOf",
    "trainer.screen.",
    "trainer.join.unreachable.",
    "trainer.join.back",
    "common.joinCode",
    "common.retry",
    "common.trainerSignIn",
    "common.trigger",
    "common.measure",
    "common.labelled",
    // A participant's tablet with no session (/wall/, src/islands/wall/).
    "common.joinWithCode",
  ],
  dashboard: [
    "dashboard.",
    // The coach's view names gaps as the wall's moderation list does.
    "wall.gap.",
    // The results section's forms and CSV import, the group robots' and the channels test's forms show the
    // server's refusals.
    "errors.",
    // The channels section: channel names, the providers' reasons in plain words.
    "channels.name.",
    "channels.reason.",
    ...COHORT_PAGE_KEYS,
    "common.cancel",
    "common.deleting",
    "common.sent",
    "common.sending",
    "common.preparingFile",
    "common.updating",
    "common.all",
    "common.status",
    "common.kind",
    "common.module",
    "common.commitments",
    "common.participant",
    "common.participants",
    "common.responseRate",
    "common.organization",
    "common.dates",
  ],
  report: [
    "report.",
    "common.pageOf",
    ...COHORT_PAGE_KEYS,
    "dashboard.kind.",
    "dashboard.locale.",
    "dashboard.results.direction.",
    "dashboard.chart.followThrough",
    "common.status",
    "common.kind",
    "common.module",
    "common.participant",
    "common.responseRate",
    "common.organization",
    "common.dates",
  ],
  "mindset-sort": ["exercise.mindset.", "common.retry"],
  "eoac-builder": ["exercise.eoac."],
  "above-standard-scenario": ["exercise.scenario."],
  "belonging-assessment": ["exercise.belonging."],
} as const satisfies Record<string, readonly KeyPick[]> & Record<ExerciseId, readonly KeyPick[]>;

/** An island that gets words from its page. */
export type IslandName = keyof typeof ISLAND_KEYS;

/** A key an island may show. */
export type IslandKey<I extends IslandName> = PickedKey<(typeof ISLAND_KEYS)[I]>;

/** The strings an island's page passes it. */
export type IslandStrings<I extends IslandName> = Strings<IslandKey<I>>;

/** The formatter over an island's strings (see textFor). */
export type IslandText<I extends IslandName> = Text<IslandKey<I>>;
