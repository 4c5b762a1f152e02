// The participant pages the phone benchmarks measure (Lighthouse, bytes on the wire), by name and path.
export const PHONE_PAGES = [
  ["home", "/"],
  ["module page (exercises)", "/modules/eoac/"],
  ["commitment form", "/commit/"],
  ["join", "/join/"],
  ["my commitments", "/me/"],
  ["check-in", "/checkin/"],
  ["unsubscribe", "/unsubscribe/"],
];
