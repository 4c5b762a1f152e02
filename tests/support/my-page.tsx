// "My commitments" (/me/) in jsdom, for the tests of its sections: a signed-in device, the island
// rendered as the page does, and a collapsed section opened as a tap on its heading opens it.
import { act, render, waitFor } from "@testing-library/react";
import { beforeEach } from "vitest";
import { pickMessages } from "../../src/i18n";
import { ISLAND_KEYS } from "../../src/i18n/islands";
import MyPage from "../../src/islands/me/MyPage";
import { $participationDeletion } from "../../src/islands/me/participation-deletion";
import { $outbox } from "../../src/stores/outbox";
import { $session } from "../../src/stores/session";
import type { Session } from "../../src/stores/session-state";
import { useFreshDevice } from "./device";

/**
 * Call at the top of a test file: each test starts on a fresh device (useFreshDevice) with nothing
 * waiting to be sent, no deletion under way, and the session `sessionOf` makes.
 */
export function useSignedInDevice(sessionOf: () => Session): void {
  useFreshDevice();
  beforeEach(() => {
    $outbox.set([]);
    $participationDeletion.set("idle");
    $session.set(sessionOf());
  });
}

/** Renders /me/ in Chinese, as the page does. */
export function renderMyPage() {
  return render(
    <MyPage
      locale="zh-CN"
      strings={pickMessages("zh-CN", ISLAND_KEYS.me)}
      moduleTitles={{}}
      links={{ join: "/join/", signin: "/signin/", course: "/#course-heading", home: "/" }}
    />,
  );
}

/** Opens the collapsed `details` inside `section` (a selector), as a tap on its heading does. */
export async function openSection(section: string) {
  // Sections below the commitment list are drawn once it has loaded (CommitmentList's children).
  const details = await waitFor(() => {
    const found = document.querySelector<HTMLDetailsElement>(`${section} details`);
    if (!found) throw new Error(`no ${section} yet`);
    return found;
  });
  await act(async () => {
    details.open = true;
    details.dispatchEvent(new Event("toggle"));
  });
}
