// A select field's choices in an order of a screen's own (a form's radio buttons, a chart's series).
// Such a list is written where it is shown, so the page loads no contract module for it (pages have a
// JavaScript budget: scripts/bench/js-budgets.mjs), and the type checker holds it to the schema: a
// choice added to or dropped from the migrations fails `npm run check` until the list follows.

/** Every order of the members of `T` as a readonly tuple: each choice exactly once. */
export type EveryChoice<T extends string, All extends string = T> = [T] extends [never]
  ? readonly []
  : T extends T
    ? readonly [T, ...EveryChoice<Exclude<All, T>>]
    : never;
