// A discreet line in the wall's corner: live, or reconnecting (the wall keeps what it has meanwhile).
import type { WallConnection } from "./use-live-wall";
import type { IslandText } from "../../../i18n/islands";

/** The realtime connection as a dot and a word; `data-connection` is connected or reconnecting. */
export function ConnectionStatus({ connection, text }: { connection: WallConnection; text: IslandText<"wall"> }) {
  const state = connection === "connected" ? "connected" : "reconnecting";
  return (
    <p className="wall-connection" data-connection={state} role="status">
      <span className="wall-connection-dot" aria-hidden="true" />
      {text(`wall.connection.${connection}`)}
    </p>
  );
}
