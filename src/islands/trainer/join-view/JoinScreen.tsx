// What the projector shows: the cohort's name, a big QR code, the join code in very large spaced type,
// and the short address to type, all on the server's public address (APP_URL). Its words are in the
// cohort's language; the controls, and the warning when phones cannot open that address, in the page's.
import { useRef } from "react";
import type { PublicAddress } from "../../../lib/public-address";
import type { CohortsRecord } from "../../../lib/pocketbase-types";
import { AddressWarning } from "./AddressWarning";
import { FullscreenToggle } from "./FullscreenToggle";
import { joinLink, typedAddress } from "./join-link";
import { JoinDetails } from "./JoinDetails";
import { textFor } from "../../../i18n/format";
import type { IslandStrings } from "../../../i18n/islands";
import type { Locale } from "../../../i18n/locales";

interface JoinScreenProps {
  cohort: CohortsRecord;
  /** Where phones join (see usePublicAddress). */
  address: PublicAddress;
  controls: IslandStrings<"joinView">;
  screen: IslandStrings<"joinScreen">;
  backHref: string;
  /** The page's language, for the controls. */
  pageLocale: Locale;
}

/** `section[data-join-screen]`, the element that goes full screen. */
export function JoinScreen({ cohort, address, controls, screen, backHref, pageLocale }: JoinScreenProps) {
  const area = useRef<HTMLElement>(null);
  const say = textFor(screen);
  const control = textFor(controls);
  const link = joinLink(address.origin, cohort.locale, cohort.joinCode);
  const typed = typedAddress(address.host, cohort.locale);
  return (
    <section
      ref={area}
      className="join-screen projected"
      data-join-screen={cohort.id}
      lang={cohort.locale}
      aria-labelledby="join-screen-name"
    >
      <h1 id="join-screen-name" className="join-screen-name">
        {cohort.name}
      </h1>
      <AddressWarning
        address={address}
        lang={pageLocale}
        title={control("trainer.join.unreachable.title")}
        body={control("trainer.join.unreachable.body", { address: typed })}
      />
      <JoinDetails
        link={link}
        typed={typed}
        code={cohort.joinCode}
        name={cohort.name}
        text={say}
        classPrefix="join-screen"
      />
      <div className="join-screen-controls" lang={pageLocale}>
        {cohort.archived ? (
          <p className="form-error" role="alert">
            {control("trainer.join.archived")}
          </p>
        ) : null}
        <FullscreenToggle
          target={area}
          enter={control("trainer.join.fullscreen")}
          exit={control("trainer.join.exitFullscreen")}
        />
        <a className="button button-secondary" href={backHref} data-back>
          {control("trainer.join.back")}
        </a>
      </div>
    </section>
  );
}
