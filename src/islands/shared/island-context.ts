// The one way an island hands its words (and what else every part needs) down a deep tree: a context
// made per island, provided once by the island's root. Small islands pass `text` as a prop instead.
import { createContext, useContext, type Provider } from "react";

/** A context for one island's parts: its Provider, and the hook its parts read it with. */
export interface IslandContext<V> {
  Provider: Provider<V | null>;
  use: () => V;
}

/** Makes the context of the island named `island` (the name shows in React's tools and in the error). */
export function createIslandContext<V>(island: string): IslandContext<V> {
  const context = createContext<V | null>(null);
  context.displayName = island;
  return {
    Provider: context.Provider,
    use() {
      const value = useContext(context);
      if (value === null) throw new Error(`A part of the ${island} island was rendered outside it.`);
      return value;
    },
  };
}
