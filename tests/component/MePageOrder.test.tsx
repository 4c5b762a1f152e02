// /me/ signed in, in jsdom: the sections below the commitment list (buddies, how to reach me, supervisor,
// my data) are drawn only once the list has loaded, so they do not jump down as it fills
// (tests/e2e/layout-shift.test.ts measures it in chromium).
import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { t } from "../../src/i18n";
import { fakePocketBase, json, list, on } from "../support/fake-pocketbase";
import { renderMyPage, useSignedInDevice } from "../support/my-page";
import { participantRecord, participantSession } from "../support/records";

const ME = participantRecord({ id: "participant0001" });

useSignedInDevice(() => participantSession(ME, { token: "participant-token", joinKey: "" }));

describe("my commitments, signed in", () => {
  it("draws the sections below the list only once the list has loaded", async () => {
    let answerList: (response: Response) => void = () => {};
    const listAnswered = new Promise<Response>((resolve) => (answerList = resolve));
    fakePocketBase(
      on("GET", "/api/collections/commitments/records", () => listAnswered),
      on("GET", /\/api\/jiannuo\//, () => json(404, {})),
      on("GET", /\/api\/collections\//, () => list([])),
    );
    renderMyPage();
    // My data and how to reach me need nothing loaded: ungated, they come in the same frame as this line.
    await screen.findByText(t("zh-CN", "me.list.loading"));
    expect(document.querySelector(".my-data, [data-reach-choices], [data-buddies]")).toBeNull();
    answerList(list([]));
    await waitFor(() => expect(document.querySelector(".my-data")).not.toBeNull());
    expect(document.querySelector("[data-reach-choices]")).not.toBeNull();
  });
});
