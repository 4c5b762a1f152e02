// The wall before anyone has shared: the join QR code, the code and the address to type, drawn as the
// join screen draws them (on the server's public address), so the room can join from the wall itself.
import { usePublicAddress } from "../join-view/public-address";
import { AddressWarning } from "../join-view/AddressWarning";
import { joinLink, typedAddress } from "../join-view/join-link";
import { JoinDetails } from "../join-view/JoinDetails";
import type { IslandText } from "../../../i18n/islands";
import type { WallCohort } from "./wall-feed";

/** `[data-wall-empty]`, with `svg[data-qr]`, `[data-join-code]` and `[data-join-address]` while the cohort is open. */
export function WallJoin({ cohort, text }: { cohort: WallCohort; text: IslandText<"wall"> }) {
  const address = usePublicAddress();
  const heading = <h2 className="wall-join-title">{text("wall.emptyTitle")}</h2>;
  if (cohort.archived)
    return (
      <div className="wall-join" data-wall-empty="archived" role="status">
        {heading}
        <p className="wall-join-note">{text("wall.emptyArchived")}</p>
      </div>
    );
  if (!address) return <div className="wall-join" data-wall-empty="" />;
  const typed = typedAddress(address.host, cohort.locale);
  return (
    <div className="wall-join" data-wall-empty="">
      <AddressWarning
        address={address}
        title={text("trainer.join.unreachable.title")}
        body={text("trainer.join.unreachable.body", { address: typed })}
      />
      <JoinDetails
        link={joinLink(address.origin, cohort.locale, cohort.joinCode)}
        typed={typed}
        code={cohort.joinCode}
        name={cohort.name}
        text={text}
        classPrefix="wall-join"
      >
        {heading}
        <p className="wall-join-note">{text("wall.emptyNote")}</p>
      </JoinDetails>
    </div>
  );
}
