// "My commitments" (/me/) in jsdom, for the tests of its sections: the island rendered as the page does,
// and a collapsed section opened as a tap on its heading opens it.
import { act, render, waitFor } from "@testing-library/react";
import { pickMessages } from "../../src/i18n";
import { ISLAND_KEYS } from "../../src/i18n/islands";
import MyPage from "../../src/islands/me/MyPage";

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
