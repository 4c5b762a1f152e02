// The list the page shows: the server's commitments, read once and patched locally after each change,
// merged with the outbox's unsent entries (read live from the outbox store). Each answer of the server is
// kept on the device; when the server cannot be reached, the kept list shows instead, marked as such.
import { useStore } from "@nanostores/react";
import { useEffect, useMemo, useRef } from "react";
import type { IslandKey } from "../../i18n/islands";
import { keepCommitments, keptCommitmentsOf } from "../../stores/kept-commitments";
import { $outbox } from "../../stores/outbox";
import { useLoad } from "../shared/use-load";
import { fetchMyCommitments, fromRecord, withUnsent, type MyCommitment } from "./my-commitments";
import { failureKey } from "./my-data";

const NONE: MyCommitment[] = [];

/** What the list needs: the merged commitments and ways to reload, replace or drop one. */
export interface MyCommitmentsState {
  /** `kept`: the server could not be reached, and the list is the one this device kept. */
  phase: "loading" | "failed" | "kept" | "ready";
  error: IslandKey<"me"> | null;
  items: MyCommitment[];
  /** When the kept list came from the server (ISO time), in phase `kept`. */
  keptAt: string | null;
  reload: () => void;
  replace: (updated: MyCommitment) => void;
  remove: (id: string) => void;
}

/** Loads the participant's commitments and keeps them in step with the outbox. */
export function useMyCommitments(participantId: string): MyCommitmentsState {
  const outbox = useStore($outbox);
  const loaded = useLoad(() => fetchMyCommitments(participantId), [participantId], failureKey);
  const { reload, update } = loaded;
  // Until the server answers, the kept list shows (a reload, coming back online): never an empty page.
  const kept = loaded.data ? null : keptCommitmentsOf(participantId);
  const phase = loaded.data ? "ready" : loaded.error ? (kept ? "kept" : "failed") : "loading";

  // What the server sent, and every change the page made to it since, is what the device keeps.
  useEffect(() => {
    if (loaded.data) keepCommitments(participantId, loaded.data);
  }, [loaded.data, participantId]);

  // Back online: read again, so a kept list or an error does not linger.
  useEffect(() => {
    window.addEventListener("online", reload);
    return () => window.removeEventListener("online", reload);
  }, [reload]);

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
  const keptRecords = useMemo(() => kept?.commitments.map(fromRecord) ?? null, [kept]);
  const records = loaded.data ?? keptRecords ?? NONE;
  const items = useMemo(() => withUnsent(records, outbox, participantId), [records, outbox, participantId]);
  // A change made while the kept list shows means the server answers again: read the whole list.
  const patch = (change: (list: MyCommitment[]) => MyCommitment[]) =>
    loaded.data ? update((list) => (list ? change(list) : list)) : reload();

  return {
    phase,
    error: loaded.error,
    items,
    keptAt: phase === "kept" ? (kept?.savedAt ?? null) : null,
    reload,
    replace: (updated) => patch((list) => list.map((c) => (c.id === updated.id ? updated : c))),
    remove: (id) => patch((list) => list.filter((c) => c.id !== id)),
  };
}
