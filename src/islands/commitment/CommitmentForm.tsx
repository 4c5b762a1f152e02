// The commitment island, at the end of every module page and on /commit/: the form for one module, that
// module's commitments with their delivery state, and "next participant" for a shared tablet.
import { useStore } from "@nanostores/react";
import { lazy, Suspense, useState } from "react";
import { $outbox } from "../../stores/outbox";
import { $session } from "../../stores/session-state";
import { CommitmentEditor } from "./CommitmentEditor";
import { CommitmentPreview } from "./CommitmentPreview";
import { DeliveryList } from "./DeliveryList";
import { useInBrowser } from "../shared/use-in-browser";
import { ModulePicker, moduleFromUrl, type ModuleChoice } from "./ModulePicker";
import { textFor } from "../../i18n/format";
import type { IslandStrings } from "../../i18n/islands";
import type { Locale } from "../../i18n/locales";

// Shown only once this participant has a commitment on the device: loaded then, not with every module page.
const NextParticipant = lazy(() => import("./NextParticipant").then((m) => ({ default: m.NextParticipant })));

/** Props the pages pass; strings are already translated for the page's locale. */
export interface CommitmentFormProps {
  locale: Locale;
  strings: IslandStrings<"commit">;
  /** The six modules, titled in the page's language. */
  modules: readonly ModuleChoice[];
  /** The module whose page this form ends; without it the participant picks one (preset from `?module=`). */
  module?: string;
  /** The join page in the page's language. */
  joinHref: string;
}

/** Commitment form island. */
export default function CommitmentForm({ locale, strings, modules, module: preset, joinHref }: CommitmentFormProps) {
  const text = textFor(strings);
  const inBrowser = useInBrowser();
  const session = useStore($session, { ssr: () => null });
  const outbox = useStore($outbox, { ssr: () => [] });
  const [chosen, setChosen] = useState(() => moduleFromUrl(modules));
  const module = preset ?? chosen;

  // Drafts live in this device's storage, which the build cannot see: until hydrated, an inert form of the
  // same size holds the place (nothing typed before hydration can be lost, nothing below moves).
  if (!inBrowser) return <CommitmentPreview modules={modules} module={preset} text={text} />;
  const entries = outbox.filter((e) => e.fields.module === module && e.participant === session?.participant.id);
  return (
    <div id="commitment-form" className="commitment" data-commitment-form data-module={module}>
      {preset === undefined ? <ModulePicker modules={modules} value={chosen} onChange={setChosen} text={text} /> : null}
      {module ? (
        <>
          <CommitmentEditor
            key={module}
            module={module}
            locale={locale}
            session={session}
            modules={modules}
            joinHref={joinHref}
            text={text}
          />
          <DeliveryList entries={entries} text={text} />
          {session && entries.length > 0 ? (
            <Suspense fallback={null}>
              <NextParticipant participant={session.participant} modules={modules} joinHref={joinHref} text={text} />
            </Suspense>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
