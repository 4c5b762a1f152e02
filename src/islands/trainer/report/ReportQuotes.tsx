// Check-in notes the participants allowed to be quoted, with a name only where they agreed to be named.
import type { ReportData } from "../shared/cohort-api";
import { moduleTitle } from "../../../lib/module-titles";
import type { ReportWords } from "./ReportBody";

/** `section[data-report-quotes]` with one `blockquote[data-quote]` per note. */
export function ReportQuotes({ quotes, words }: { quotes: ReportData["quotes"]; words: ReportWords }) {
  const { text, moduleTitles } = words;
  return (
    <section className="report-section" aria-labelledby="report-quotes-heading" data-report-quotes="">
      <h2 id="report-quotes-heading">{text("report.quotes.heading")}</h2>
      <p>{text("report.quotes.intro")}</p>
      {quotes.length === 0 ? <p className="note">{text("report.quotes.none")}</p> : null}
      {quotes.map((quote, i) => {
        const module = moduleTitle(moduleTitles, quote.module);
        return (
          <figure key={`${quote.created}-${i}`} className="report-quote">
            <blockquote data-quote="">
              <p>{quote.note}</p>
            </blockquote>
            <figcaption>
              {quote.participant
                ? text("report.quotes.by", { name: quote.participant, module })
                : text("report.quotes.byAnonymous", { module })}{" "}
              · {text(`status.${quote.status}`)}
            </figcaption>
          </figure>
        );
      })}
    </section>
  );
}
