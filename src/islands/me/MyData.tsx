// "My data": both consents (saved on each change), a copy of everything, and deleting it all.
import type { ParticipantsRecord } from "../../lib/pocketbase-types";
import { ConsentToggle } from "./ConsentToggle";
import { EmailConfirmation } from "./EmailConfirmation";
import { DeleteParticipation } from "./DeleteParticipation";
import { DownloadMyData } from "./DownloadMyData";
import { useMe } from "./me-context";

/** The "my data" section for the signed-in participant, who gave `email` when joining ("" for none). */
export function MyData({ participant, email }: { participant: ParticipantsRecord; email: string }) {
  const { text } = useMe();
  // Follow-up emails need an address; participants cannot add one here (only when joining).
  const noEmail = !email;
  return (
    <section className="panel my-data" aria-labelledby="my-data-heading">
      <h2 id="my-data-heading">{text("me.data.heading")}</h2>
      <p>{text("me.data.intro")}</p>
      <fieldset className="consents">
        <legend className="my-legend">{text("me.consent.legend")}</legend>
        <ConsentToggle
          participant={participant}
          field="followUpConsent"
          label={text("me.consent.followUp.label")}
          help={text("me.consent.followUp.help")}
          blockedReason={noEmail ? text("me.consent.followUp.noEmail") : undefined}
        />
        {participant.followUpConsent && !noEmail ? <EmailConfirmation participant={participant} email={email} /> : null}
        <ConsentToggle
          participant={participant}
          field="namedInReport"
          label={text("me.consent.named.label")}
          help={text("me.consent.named.help")}
        />
      </fieldset>
      <DownloadMyData />
      <DeleteParticipation participantId={participant.id} />
    </section>
  );
}
