// The warning on a join QR code that phones cannot open (127.0.0.1, localhost): what is wrong and what
// to do, in the trainer's words. The join screen and the empty wall both show it.
import { Fragment } from "react";
import type { PublicAddress } from "../../../lib/public-address";

interface AddressWarningProps {
  address: PublicAddress;
  /** The trainer's language, when the page around speaks the room's. */
  lang?: string;
  title: string;
  /** The explanation, with the address filled in and `{command}` where the start command goes. */
  body: string;
}

/** The command that serves a room from a laptop on the venue Wi-Fi (README, "Run a room"). */
const LAN_START = "npm start -- --lan";

/** `[data-address-warning]`, or nothing when the address is reachable. */
export function AddressWarning({ address, lang, title, body }: AddressWarningProps) {
  if (address.reachable) return null;
  return (
    <div className="address-warning" role="alert" lang={lang} data-address-warning={address.host}>
      <p className="address-warning-title">{title}</p>
      <p>
        {body.split("{command}").map((part, i) => (
          <Fragment key={i}>
            {i > 0 ? <code>{LAN_START}</code> : null}
            {part}
          </Fragment>
        ))}
      </p>
    </div>
  );
}
