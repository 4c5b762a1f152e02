// The list the page shows: the server's commitments, read once and patched locally after each change,
// merged with the outbox's unsent entries (read live from the outbox store).
import { useStore } from "@nanostores/react";
import { useEffect, useMemo, useRef } from "react";
import type { IslandKey } from "../../i18n/islands";
import { $outbox } from "../../stores/outbox";
import { useLoad } from "../shared/use-load";
import { fetchMyCommitments, withUnsent, type MyCommitment } from "./my-commitments";
import { failureKey } from "./my-data";

const NONE: MyCommitment[] = [];

/** What the list needs: the merged commitments and ways to reload, replace or drop one. */
export interface MyCommitmentsState {
  phase: "loading" | "failed" | "ready";
  error: IslandKey<"me"> | null;
  items: MyCommitment[];
  reload: () => void;
  replace: (updated: MyCommitment) => void;
  remove: (id: string) => void;
}

/** Loads the participant's commitments and keeps them in step with the outbox. */
export function useMyCommitments(participantId: string): MyCommitmentsState {
  const outbox = useStore($outbox);
  const loaded = useLoad(() => fetchMyCommitments(participantId), [participantId], failureKey);
  const { reload, update } = loaded;
  const phase = loaded.error ? "failed" : loaded.data ? "ready" : "loading";

  // When the outbox delivers an entry while the page is open, read again so it shows as a server record.
  const unsentIds = outbox
    .filter((e) => e.participant === participantId && e.state !== "sent")
    .map((e) => e.id)
    .join(" ");
  const previousUnsent = useRef(unsentIds);
  useEffect(() => {
    const now = new Set(unsentIds.split(" "));
    const left = previousUnsent.current.split(" ").some((id) => id !== "" && !now.has(id));
    previousUnsent.current = unsentIds;
    if (left) reload();
  }, [unsentIds, reload]);

  // Unsent entries show even while the server cannot be reached: that is when they matter most.
  const records = phase === "ready" ? (loaded.data ?? NONE) : NONE;
  const items = useMemo(() => withUnsent(records, outbox, participantId), [records, outbox, participantId]);
  const patch = (change: (list: MyCommitment[]) => MyCommitment[]) => update((list) => (list ? change(list) : list));

  return {
    phase,
    error: loaded.error,
    items,
    reload,
    replace: (updated) => patch((list) => list.map((c) => (c.id === updated.id ? updated : c))),
    remove: (id) => patch((list) => list.filter((c) => c.id !== id)),
  };
}
