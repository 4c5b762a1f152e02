// The list the page shows: the server's commitments, read once and patched locally after each change,
// merged with the outbox's unsent entries (read live from the outbox store).
import { useStore } from "@nanostores/react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { IslandKey } from "../../i18n/islands";
import { $outbox } from "../../stores/outbox";
import { fetchMyCommitments, withUnsent, type MyCommitment } from "./my-commitments";
import { failureKey } from "./my-data";

const NONE: MyCommitment[] = [];

type Loaded = { phase: "loading" } | { phase: "failed"; error: IslandKey<"me"> } | { phase: "ready"; records: MyCommitment[] };

/** What the list needs: the merged commitments and ways to reload, replace or drop one. */
export interface MyCommitmentsState {
  phase: Loaded["phase"];
  error: IslandKey<"me"> | null;
  items: MyCommitment[];
  reload: () => Promise<void>;
  replace: (updated: MyCommitment) => void;
  remove: (id: string) => void;
}

/** Loads the participant's commitments and keeps them in step with the outbox. */
export function useMyCommitments(participantId: string): MyCommitmentsState {
  const outbox = useStore($outbox);
  const [loaded, setLoaded] = useState<Loaded>({ phase: "loading" });
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const run = ++latest.current;
    try {
      const records = await fetchMyCommitments(participantId);
      if (run === latest.current) setLoaded({ phase: "ready", records });
    } catch (error) {
      if (run === latest.current) setLoaded({ phase: "failed", error: failureKey(error) });
    }
  }, [participantId]);

  useEffect(() => void reload(), [reload]);

  // When the outbox delivers an entry while the page is open, read again so it shows as a server record.
  const unsentIds = outbox.filter((e) => e.participant === participantId && e.state !== "sent").map((e) => e.id).join(" ");
  const previousUnsent = useRef(unsentIds);
  useEffect(() => {
    const now = new Set(unsentIds.split(" "));
    const left = previousUnsent.current.split(" ").some((id) => id !== "" && !now.has(id));
    previousUnsent.current = unsentIds;
    if (left) void reload();
  }, [unsentIds, reload]);

  // Unsent entries show even while the server cannot be reached: that is when they matter most.
  const records = loaded.phase === "ready" ? loaded.records : NONE;
  const items = useMemo(() => withUnsent(records, outbox, participantId), [records, outbox, participantId]);
  const patch = (change: (list: MyCommitment[]) => MyCommitment[]) =>
    setLoaded((state) => (state.phase === "ready" ? { phase: "ready", records: change(state.records) } : state));

  return {
    phase: loaded.phase,
    error: loaded.phase === "failed" ? loaded.error : null,
    items,
    reload,
    replace: (updated) => patch((list) => list.map((c) => (c.id === updated.id ? updated : c))),
    remove: (id) => patch((list) => list.filter((c) => c.id !== id)),
  };
}
