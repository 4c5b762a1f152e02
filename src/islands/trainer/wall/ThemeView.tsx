// The theme view: the words used by the most commitments, largest first, sized by how many use them.
import { useMemo } from "react";
import { topThemeWords } from "../../../lib/themes";
import type { IslandText } from "../../../i18n/islands";

/** Font size in rem: from 1.25 for the rarest word shown up to 4.5 for the most used. */
function wordSize(count: number, least: number, most: number): number {
  const share = most === least ? 1 : (count - least) / (most - least);
  return Math.round((1.25 + 3.25 * Math.sqrt(share)) * 100) / 100;
}

/** The top words of `texts` (one text per visible commitment). */
export function ThemeView({ texts, text }: { texts: readonly string[]; text: IslandText<"wall"> }) {
  const words = useMemo(() => topThemeWords(texts), [texts]);
  if (words.length === 0) return <p className="wall-empty">{text("wall.themesEmpty")}</p>;
  const most = words[0]?.count ?? 1;
  const least = words[words.length - 1]?.count ?? 1;
  return (
    <ol className="wall-themes" aria-label={text("wall.themes")}>
      {words.map(({ word, count }) => (
        <li
          key={word}
          data-theme-word={word}
          data-count={count}
          title={text("wall.themeCount", { count })}
          style={{ fontSize: `${wordSize(count, least, most)}rem` }}
        >
          {word} <span className="wall-theme-count">{count}</span>
        </li>
      ))}
    </ol>
  );
}
