// Realtime in Node: the SDK needs a global EventSource (Node has none), from the eventsource package.
import { EventSource } from "eventsource";

if (!("EventSource" in globalThis)) {
  (globalThis as unknown as { EventSource: typeof EventSource }).EventSource = EventSource;
}
