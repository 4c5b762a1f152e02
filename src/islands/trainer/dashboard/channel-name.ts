// A channel's name as the trainer knows it, for the channels section's table, previews and test form.
import type { Channel } from "./channels-api";
import { useDashboard } from "./dashboard-context";

/** The function from a channel to its name in the page's language. */
export function useChannelName(): (channel: Channel) => string {
  const { text } = useDashboard();
  return (channel) => (channel === "email" ? text("dashboard.channels.email") : text(`channels.name.${channel}`));
}
