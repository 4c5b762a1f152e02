// The check-in page's behaviour (/checkin/ and /en/checkin/, opened from a follow-up message's answer
// link), in plain DOM code: no framework, so the page is interactive on a slow phone as soon as this small
// module has run (README, "What each page costs"). CheckinPage.astro renders the first frame and the
// strings; this module takes over the `[data-checkin-page]` element and draws each state of the check-in.
// Loading the page only reads the commitment and the answer so far; an answer is recorded only when the
// person taps (link checkers open a message's links, and some run the page's script too). It can be
// corrected; the note, its permission and the isolation estimate are saved with a later POST.
import type { ErrorMessageKey } from "../../lib/api-errors";
import { requestErrorKey } from "../../lib/request-errors";
import { textFor } from "../../i18n/format";
import type { IslandStrings, IslandText } from "../../i18n/islands";
import { linkFromAddress } from "./address-link";
import {
  linkProblemOf,
  loadCheckin,
  sendAnswer,
  type CheckinView,
  type IsolationEstimate,
  type LinkProblem,
} from "./checkin-api";
import {
  ANSWERS,
  NOTE_MAX_LENGTH,
  answerOfRecord,
  readAnswerLink,
  withAnswer,
  type Answer,
  type AnswerLink,
} from "./checkin-link";

type T = IslandText<"checkin">;
type Child = Node | string | null | undefined | false;

/** An element with attributes (null, undefined and false leave one out; true sets it empty) and children. */
function h(tag: string, attrs: Record<string, string | boolean | null | undefined> = {}, ...children: Child[]) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) setAttr(el, name, value);
  for (const child of children) if (child) el.append(child);
  return el;
}

function setAttr(el: Element, name: string, value: string | boolean | null | undefined) {
  if (value === null || value === undefined || value === false) el.removeAttribute(name);
  else el.setAttribute(name, value === true ? "" : value);
}

/** A place for an element that comes and goes (a form's error, a saved message), kept by an empty text node. */
function slot(parent: Element) {
  const anchor = parent.appendChild(document.createTextNode(""));
  let shown: Element | null = null;
  return (el: Element | null) => {
    shown?.remove();
    shown = el;
    if (el) anchor.before(el);
  };
}

/** The error of a whole form or action, announced at once (as src/islands/shared/FormError.tsx). */
const formError = (message: string) => h("p", { class: "form-error", role: "alert" }, message);

/** Four large answer buttons; while one is being sent they stay focusable but do nothing. */
function answerButtons(legend: string, text: T, onChoose: (s: Answer) => void) {
  let busy = false;
  const buttons = ANSWERS.map((s) => {
    const button = h("button", { type: "button", "data-answer": s });
    button.addEventListener("click", () => {
      if (!busy) onChoose(s);
    });
    return button;
  });
  const el = h("fieldset", { class: "checkin-answers" }, h("legend", {}, legend));
  el.append(h("div", { class: "checkin-answer-grid" }, ...buttons));
  const update = (current: Answer | null, sending: Answer | null) => {
    busy = sending !== null;
    setAttr(el, "aria-busy", String(busy));
    buttons.forEach((button, i) => {
      const s = ANSWERS[i]!;
      button.className = s === current ? "button" : "button button-secondary";
      setAttr(button, "aria-pressed", String(s === current));
      // aria-disabled, not disabled: a disabled button would drop the keyboard focus to the page.
      setAttr(button, "aria-disabled", busy && "true");
      button.textContent = sending === s ? text("common.updating") : text(`checkin.answer.${s}`);
    });
  };
  return { el, update };
}

/** The commitment's action and its trigger; `reserve` keeps the room of a quote that is still coming. */
function commitmentQuote(text: T, reserve: boolean) {
  const quote = h("p");
  const blockquote = h("blockquote", {}, quote);
  const trigger = h("p", { class: "note" });
  const el = h(
    "figure",
    { class: reserve ? "checkin-commitment checkin-commitment-reserved" : "checkin-commitment" },
    h("figcaption", {}, text("checkin.commitment")),
    blockquote,
  );
  const update = (commitment: CheckinView["commitment"] | undefined) => {
    setAttr(blockquote, "aria-busy", !commitment && "true");
    quote.textContent = commitment ? commitment.action : text("common.opening");
    trigger.textContent = commitment?.trigger
      ? text("common.labelled", { label: text("common.trigger"), value: commitment.trigger })
      : "";
    if (trigger.textContent || reserve) el.append(trigger);
    else trigger.remove();
  };
  return { el, update };
}

/** Runs a form's save with the form busy and its buttons disabled; the error key, or null when saved. */
async function saving(
  form: HTMLElement,
  buttons: HTMLButtonElement[],
  work: () => Promise<ErrorMessageKey | null>,
): Promise<ErrorMessageKey | null> {
  setAttr(form, "aria-busy", "true");
  buttons.forEach((b) => (b.disabled = true));
  const failure = await work();
  setAttr(form, "aria-busy", "false");
  buttons.forEach((b) => (b.disabled = false));
  return failure;
}

/** Note, permission to quote, Save, and a thank-you once saved (gone again on the next edit). */
function noteForm(
  view: CheckinView,
  text: T,
  onSave: (note: string, shareable: boolean) => Promise<ErrorMessageKey | null>,
) {
  const note = h("textarea", {
    id: "checkin-note",
    name: "note",
    rows: "4",
    "aria-describedby": "checkin-note-help",
  }) as HTMLTextAreaElement;
  note.value = view.answer?.note ?? "";
  const count = h("p", { class: "field-count", "aria-hidden": "true" });
  const shareable = h("input", {
    id: "checkin-shareable",
    name: "shareable",
    type: "checkbox",
    "aria-describedby": "checkin-shareable-help",
  }) as HTMLInputElement;
  shareable.checked = view.answer?.shareable ?? false;
  const save = h(
    "button",
    { type: "submit", class: "button", "data-save-note": true },
    text("checkin.note.save"),
  ) as HTMLButtonElement;
  const form = h(
    "form",
    { class: "form checkin-note", novalidate: true, "aria-busy": "false" },
    h(
      "div",
      { class: "field" },
      h("label", { for: "checkin-note" }, text("checkin.note.label")),
      note,
      h("p", { class: "field-help", id: "checkin-note-help" }, text("checkin.note.help")),
      count,
    ),
    h(
      "div",
      { class: "check" },
      shareable,
      h("label", { for: "checkin-shareable" }, text("checkin.shareable.label")),
      h("p", { class: "field-help", id: "checkin-shareable-help" }, text("checkin.shareable.help")),
    ),
  );
  const error = slot(form);
  form.append(h("div", { class: "button-row" }, save));
  const status = h("div", { role: "status" });
  form.append(status);

  const length = () => [...note.value.trim()].length; // as noteLength in src/islands/shared/NoteFields.tsx
  const counted = () => {
    count.textContent = text("common.count", { count: length(), max: NOTE_MAX_LENGTH });
    setAttr(note, "aria-invalid", length() > NOTE_MAX_LENGTH && "true");
  };
  const edited = () => (counted(), error(null), status.replaceChildren());
  counted();
  note.addEventListener("input", edited);
  shareable.addEventListener("change", edited);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (save.disabled) return;
    if (length() > NOTE_MAX_LENGTH) return error(formError(text("common.noteTooLong", { max: NOTE_MAX_LENGTH })));
    save.textContent = text("common.saving");
    void saving(form, [save], () => onSave(note.value, shareable.checked)).then((failure) => {
      save.textContent = text("checkin.note.save");
      if (failure) error(formError(text(failure)));
      else
        status.replaceChildren(h("p", { class: "checkin-saved", "data-note-saved": true }, text("checkin.note.saved")));
    });
  });
  return form;
}

const STEPS = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100] as const;

/**
 * The isolation step of the Phillips ROI method, from day 45 on (view.askIsolation): how much of a change
 * came from what the participant did, and how sure they are, in steps of 10 %. `form[data-isolation]`.
 */
function isolationForm(
  initial: IsolationEstimate | null,
  text: T,
  onSave: (isolation: IsolationEstimate | null) => Promise<ErrorMessageKey | null>,
) {
  const form = h("form", {
    class: "form checkin-isolation",
    "data-isolation": "",
    novalidate: true,
    "aria-busy": "false",
  });
  const status = h("div", { role: "status" });
  const tiles = (name: "share" | "sure") =>
    h(
      "fieldset",
      { class: "isolation-scale", "data-field": name },
      h("legend", {}, text(`checkin.isolation.${name}`)),
      h(
        "div",
        { class: "isolation-tiles" },
        ...STEPS.map((step) => {
          const input = h("input", {
            type: "radio",
            name: `isolation-${name}`,
            value: String(step),
          }) as HTMLInputElement;
          input.checked = initial?.[name] === step;
          input.addEventListener("change", () => (error(null), status.replaceChildren()));
          return h("label", { class: "isolation-tile" }, input, h("span", {}, `${step}%`));
        }),
      ),
    );
  form.append(
    h("h3", {}, text("checkin.isolation.heading")),
    h("p", { class: "field-help" }, text("checkin.isolation.help")),
    tiles("share"),
    tiles("sure"),
  );
  const error = slot(form);
  const button = (attrs: Record<string, string | boolean>, label: string) =>
    h("button", attrs, label) as HTMLButtonElement;
  const save = button({ type: "submit", class: "button", "data-save-isolation": true }, text("checkin.isolation.save"));
  const clear = button({ type: "button", class: "button button-secondary" }, text("checkin.isolation.clear"));
  const row = h("div", { class: "button-row" }, save, initial && clear);
  form.append(row, status);
  const picked = (name: string) => {
    const input = form.querySelector<HTMLInputElement>(`[name="isolation-${name}"]:checked`);
    return input ? Number(input.value) : null;
  };

  const send = (isolation: IsolationEstimate | null) => {
    save.textContent = text("common.saving");
    void saving(form, [save, clear], () => onSave(isolation)).then((failure) => {
      save.textContent = text("checkin.isolation.save");
      if (failure) return error(formError(text(failure)));
      row.append(clear);
      if (!isolation) form.querySelectorAll<HTMLInputElement>("input").forEach((input) => (input.checked = false));
      const said = isolation ? "checkin.isolation.saved" : "checkin.isolation.cleared";
      status.replaceChildren(h("p", { class: "checkin-saved", "data-isolation-saved": true }, text(said)));
    });
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (save.disabled) return;
    const share = picked("share");
    const sure = picked("sure");
    if (share === null || sure === null) return error(formError(text("checkin.isolation.both")));
    send({ share, sure });
  });
  clear.addEventListener("click", () => send(null));
  return form;
}

/** A panel whose heading takes focus when it appears, so screen readers announce what happened. */
function focusedPanel(headingId: string, heading: string, marker: Record<string, string>, ...children: Child[]) {
  const h2 = h("h2", { id: headingId, tabindex: "-1" }, heading);
  const panel = h(
    "section",
    { class: "panel checkin-panel", "aria-labelledby": headingId, ...marker },
    h2,
    ...children,
  );
  return { el: panel, focus: () => h2.focus() };
}

/** The invalid or expired link page. */
function linkProblem(problem: LinkProblem, meHref: string, text: T) {
  return focusedPanel(
    "checkin-problem",
    text(problem === "expired" ? "common.linkExpired" : "common.linkBroken"),
    { "data-link-problem": problem },
    h("p", {}, text(`checkin.${problem}.body`)),
    h("p", {}, text("checkin.problem.todo")),
    h("p", { class: "button-row" }, h("a", { class: "button", href: meHref }, text("common.goToMe"))),
  );
}

/** Where the check-in stands; each change redraws what it touches. */
interface State {
  view: CheckinView | null;
  /** The link's answer, pre-selected; another tap selects another. Only Confirm records it. */
  chosen: Answer | null;
  /** True once an answer was recorded from this page (the link's own answer, or a correction). */
  posted: boolean;
  sending: Answer | null;
  problem: LinkProblem | null;
  error: ErrorMessageKey | null;
}

/** A drawn panel: its element, what it does on each change, and what it does once shown. */
interface Panel {
  key: string;
  el: HTMLElement;
  update: () => void;
  shown?: () => void;
}

/**
 * Runs the check-in in `root` (its first frame is replaced at once by the same panel, live), with the
 * page's strings; the link is read from the address. Returns when the first view request has settled.
 */
export function startCheckin(root: HTMLElement, strings: IslandStrings<"checkin">, meHref: string): Promise<void> {
  const text = textFor(strings);
  const link: AnswerLink | null = readAnswerLink(linkFromAddress());
  const state: State = {
    view: null,
    chosen: link?.s ?? null,
    posted: false,
    sending: null,
    problem: link ? null : "invalid",
    error: null,
  };
  let panel: Panel | null = adoptedProblem();
  const recorded = () => answerOfRecord(state.view?.answer ?? null);

  /**
   * An address without a link: the first frame already shows the broken link's panel (FirstFrame.astro
   * chose it before the first paint), and it has nothing live in it. Its nodes stay: a new panel would be
   * the page's largest paint again, timed after this module's chunks arrive (the LCP goal).
   */
  function adoptedProblem(): Panel | null {
    const frame = link ? null : root.querySelector<HTMLElement>('[data-first-frame="no-link"]');
    if (!frame) return null;
    for (const other of Array.from(root.children)) if (other !== frame) other.remove();
    frame.removeAttribute("data-first-frame");
    frame.setAttribute("data-link-problem", "invalid");
    const heading = frame.querySelector<HTMLElement>("h2");
    return { key: "problem-invalid", el: frame, update: () => {}, shown: () => heading?.focus() };
  }

  function set(change: Partial<State>) {
    Object.assign(state, change);
    const next = panelKey();
    if (panel?.key !== next) {
      panel = build(next);
      root.replaceChildren(panel.el);
      panel.update();
      panel.shown?.();
    } else panel.update();
  }

  function panelKey(): string {
    if (state.problem) return `problem-${state.problem}`;
    if (state.chosen && !state.posted) return "confirming";
    if (state.view && recorded()) return "recorded";
    return state.view ? "choose" : "opening";
  }

  function failed(failure: unknown): ErrorMessageKey {
    const problem = linkProblemOf(failure);
    if (problem) set({ problem });
    return requestErrorKey(failure);
  }

  async function record(s: Answer) {
    if (!link) return;
    set({ sending: s, error: null });
    try {
      const view = await sendAnswer(link, s);
      // A reload or a language switch then keeps this answer instead of the one first clicked.
      window.history.replaceState(window.history.state, "", withAnswer(window.location.href, s));
      set({ view, posted: true, sending: null });
    } catch (failure) {
      set({ error: failed(failure), sending: null });
    }
  }

  /** Sends `extra` with the current answer; an error key, or null when saved. */
  async function saveWith(extra: Parameters<typeof sendAnswer>[2]): Promise<ErrorMessageKey | null> {
    const answer = recorded();
    if (!link || !answer) return "errors.server";
    try {
      state.view = await sendAnswer(link, answer, extra);
      return null;
    } catch (failure) {
      return failed(failure);
    }
  }

  const errorText = () => (state.error ? formError(text(state.error)) : null);

  function build(key: string): Panel {
    if (state.problem) {
      const { el, focus } = linkProblem(state.problem, meHref, text);
      return { key, el, update: () => {}, shown: focus };
    }
    if (key === "confirming") return confirming(key);
    if (key === "recorded") return recordedPanel(key);
    if (key === "choose") {
      const quote = commitmentQuote(text, false);
      const buttons = answerButtons(text("checkin.choose.legend"), text, (s) => void record(s));
      const el = h(
        "section",
        { class: "panel checkin-panel", "aria-labelledby": "checkin-choose" },
        h("h2", { id: "checkin-choose" }, text("common.howIsItGoing")),
        quote.el,
        buttons.el,
      );
      const error = slot(el);
      return {
        key,
        el,
        update: () => (quote.update(state.view?.commitment), buttons.update(null, state.sending), error(errorText())),
      };
    }
    const el = h("p", { "aria-live": "polite" });
    return {
      key,
      el,
      update: () => {
        el.className = state.error ? "form-error" : "note";
        setAttr(el, "role", state.error && "alert");
        el.textContent = text(state.error ?? "common.opening");
      },
    };
  }

  /** "You chose: Done", the commitment once known (then `data-checkin-ready`), Confirm and the answers. */
  function confirming(key: string): Panel {
    const heading = h("h2", { id: "checkin-chosen" });
    const quote = commitmentQuote(text, true);
    const confirm = h("button", {
      type: "button",
      class: "button button-large",
      "data-confirm": true,
    }) as HTMLButtonElement;
    confirm.addEventListener("click", () => void (state.chosen && record(state.chosen)));
    const buttons = answerButtons(text("checkin.confirm.legend"), text, (chosen) => set({ chosen }));
    const el = h("section", { class: "panel checkin-panel", "aria-labelledby": "checkin-chosen" }, heading, quote.el);
    const error = slot(el);
    el.append(h("p", {}, confirm), buttons.el);
    return {
      key,
      el,
      update: () => {
        const { chosen, sending, view } = state;
        setAttr(el, "aria-busy", String(sending !== null));
        setAttr(el, "data-checkin-ready", chosen !== null && view !== null);
        heading.textContent = text("checkin.chosen", { answer: text(`checkin.answer.${chosen!}`) });
        quote.update(view?.commitment);
        error(errorText());
        confirm.disabled = sending !== null;
        confirm.textContent = text(sending ? "checkin.confirming" : "checkin.confirm");
        buttons.update(chosen, null);
      },
    };
  }

  /** The thank-you: the answer with a way to change it, the note, and from day 45 on the estimate. */
  function recordedPanel(key: string): Panel {
    const view = state.view!;
    const { el, focus } = focusedPanel(
      "checkin-thanks",
      text("checkin.thanks.heading", { name: view.participant.name }),
      {},
    );
    const quote = commitmentQuote(text, false);
    const said = h("p", { class: "checkin-recorded" });
    const encourage = h("p");
    const buttons = answerButtons(text("checkin.change.legend"), text, (s) => void record(s));
    el.append(quote.el, h("div", { "aria-live": "polite" }, said, encourage), buttons.el);
    const error = slot(el);
    el.append(noteForm(view, text, (note, shareable) => saveWith({ note: note.trim(), shareable })));
    if (view.askIsolation)
      el.append(isolationForm(view.answer?.isolation ?? null, text, (isolation) => saveWith({ isolation })));
    el.append(h("p", {}, h("a", { href: meHref }, text("checkin.me"))));
    return {
      key,
      el,
      shown: focus,
      update: () => {
        const answer = recorded()!;
        quote.update(state.view?.commitment);
        said.dataset["answerRecorded"] = answer;
        said.textContent = text("checkin.recorded", { answer: text(`checkin.answer.${answer}`) });
        encourage.textContent = text(`checkin.encourage.${answer}`);
        buttons.update(answer, state.sending);
        error(errorText());
      },
    };
  }

  set({});
  if (!link) return (panel?.shown?.(), Promise.resolve());
  // Once per page: show the commitment and the answer so far; nothing is recorded until a tap.
  return loadCheckin(link).then(
    (view) => set({ view }),
    (failure: unknown) => set({ error: failed(failure) }), // Confirm still records: it posts the answer itself
  );
}
