// The way back from joining to the commitment form: the join page honours `?next=` when it is a path
// on this site, and ignores anything that would leave it.
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { pickMessages } from "../../src/i18n";
import JoinForm from "../../src/islands/join/JoinForm";
import { ISLAND_KEYS } from "../../src/i18n/islands";
import { $session } from "../../src/stores/session";
import { useFreshDevice } from "../support/device";
import { participantRecord, participantSession } from "../support/records";

function renderJoined(search: string) {
  window.history.replaceState(null, "", `/join/${search}`);
  $session.set(participantSession(participantRecord({ id: "participant0001" })));
  render(
    <JoinForm
      locale="zh-CN"
      strings={pickMessages("zh-CN", ISLAND_KEYS.join)}
      homeHref="/"
      meHref="/me/"
      signinHref="/signin/"
    />,
  );
  return document.querySelector<HTMLAnchorElement>("a[data-join-next]");
}

useFreshDevice();

describe("the join page's link back", () => {
  it("leads back to the commitment form that sent the participant", () => {
    const back = renderJoined(`?next=${encodeURIComponent("/modules/eoac/#commitment-form")}`);
    expect(back?.getAttribute("href")).toBe("/modules/eoac/#commitment-form");
    expect(back?.textContent).toBe("回到刚才的页面");
  });

  it.each(["//evil.example/x", "https://evil.example/", "/\t/evil.example/", "javascript:alert(1)", ""])(
    "ignores %j, which is not a path on this site",
    (next) => {
      expect(renderJoined(`?next=${encodeURIComponent(next)}`)).toBeNull();
    },
  );
});
