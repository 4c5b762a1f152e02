// How to join, as the projected join screen and the empty wall both show it: the QR code of the join
// link beside the join code in large type and the short address to type.
import type { ReactNode } from "react";
import type { Text } from "../../../i18n/format";
import { QrCode } from "./QrCode";

/** The words it needs: the join screen's (in the cohort's language) or the wall's (in the page's). */
type JoinWords = Text<
  "trainer.screen.qrLabel" | "trainer.screen.scan" | "trainer.screen.typeAddress" | "common.joinCode"
>;

interface JoinDetailsProps {
  /** The link the QR code opens, and the address to type (both on the server's public address). */
  link: string;
  typed: string;
  code: string;
  /** The cohort's name, for the QR code's label. */
  name: string;
  text: JoinWords;
  /** Class names start with it: `join-screen` gives `join-screen-qr`, `join-screen-code` … */
  classPrefix: string;
  /** Shown above the code (the empty wall's heading). */
  children?: ReactNode;
}

/** The QR figure (`svg[data-qr]`) and the text (`[data-join-code]`, `[data-join-address]`), in a `-body` block. */
export function JoinDetails({ link, typed, code, name, text, classPrefix, children }: JoinDetailsProps) {
  const [before = "", after = ""] = text("trainer.screen.typeAddress").split("{address}");
  return (
    <div className={`${classPrefix}-body`}>
      <figure className={`${classPrefix}-qr`}>
        <QrCode value={link} label={text("trainer.screen.qrLabel", { name })} />
        <figcaption>{text("trainer.screen.scan")}</figcaption>
      </figure>
      <div className={`${classPrefix}-text`}>
        {children}
        <p className={`${classPrefix}-label`}>{text("common.joinCode")}</p>
        <p className={`${classPrefix}-code`} data-join-code>
          {code}
        </p>
        <p className={`${classPrefix}-address`}>
          {before}
          <strong data-join-address>{typed}</strong>
          {after}
        </p>
      </div>
    </div>
  );
}
