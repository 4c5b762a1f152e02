// Whether the trainer controls are unfolded on this device: open the first time (so the trainer finds
// them), then as the trainer left them, so a projector stays clean once folded.
import { persistentBoolean } from "@nanostores/persistent";

/** True while the controls panel is unfolded on this device. */
export const $wallControlsOpen = persistentBoolean("jiannuo:wall-controls-open", true);
