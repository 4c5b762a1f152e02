// The theme view: the words at least two people used, most shared first, sized by how many use them.
// Until two people share a word it says so, large enough to read from the room.
import { useMemo } from "react";
import { topThemeWords } from "../../../lib/themes";
import type { IslandText } from "../../../i18n/islands";

/** A theme needs two people: a word one person wrote is theirs, not the room's. */
const SHARED_BY = 2;
const MOST_WORDS = 30;

/**
 * Font size in em of the wall's type (35 px on a 1920×1080 projector): from 1.3 for the least shared
 * word shown up to 4 for the most shared, on a log scale, so one word in everyone's commitment
 * ("客户") does not shrink all the others to a line of small print.
 */
function wordSize(count: number, least: number, most: number): number {
  const share = most === least ? 1 : Math.log(count / least) / Math.log(most / least);
  return Math.round((1.3 + 2.7 * share) * 100) / 100;
}

/** The top words of `texts` (one text per person, see themeTexts in src/lib/wall.ts). */
export function ThemeView({ texts, text }: { texts: readonly string[]; text: IslandText<"wall"> }) {
  const words = useMemo(() => topThemeWords(texts, MOST_WORDS, SHARED_BY), [texts]);
  if (words.length === 0)
    return (
      <div className="wall-themes-empty" data-themes-empty role="status">
        <p className="wall-themes-empty-title">{text("wall.themesEmpty")}</p>
        <p className="wall-themes-empty-note">{text("wall.themesEmptyNote")}</p>
      </div>
    );
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
          style={{ fontSize: `${wordSize(count, least, most)}em` }}
        >
          {word} <span className="wall-theme-count">{count}</span>
        </li>
      ))}
    </ol>
  );
}
