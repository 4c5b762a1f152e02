// The participant's supervisors (pb_hooks/lib/supervisors.js): who they named or the trainer proposed,
// which commitments each may see (one consent per commitment, stamped by the server), and what the
// supervisors noted. The collections are the server's: these routes are the only way in.
import type { IslandKey } from "../../i18n/islands";
import { FORM_ERROR } from "../../lib/api-errors";
import { pb } from "../../lib/pocketbase";
import { requestErrorKeys } from "../../lib/request-errors";
import { failureKey } from "./my-data";

const ROUTE = "/api/jiannuo/me/supervisor";

/** How a supervisor's weekly note reaches them (pb_hooks/lib/pure/supervisor-input.js). */
export type SupervisorChannel = "email" | "wecom_app" | "dingtalk_notice";

/** A supervisor as the participant sees them, with what they may see now and since when. */
export interface SupervisorLink {
  id: string;
  name: string;
  /** Their email, or their mobile number for an app channel. */
  contact: string;
  channel: SupervisorChannel;
  state: "proposed" | "active";
  proposedBy: "participant" | "trainer";
  shared: Array<{ commitment: string; consentAt: string }>;
}

/** What the section shows. */
export interface SupervisorState {
  supervisors: SupervisorLink[];
  commitments: Array<{ id: string; action: string; module: string; status: string }>;
  /** The channels this server can reach a supervisor through: email, and the apps it has settings for. */
  channels: SupervisorChannel[];
  observations: Array<{
    commitment: string;
    kind: "discussed" | "observed";
    week: string;
    note: string;
    at: string;
    supervisor: string;
  }>;
}

/** A save's outcome: the new state, or the messages by field ("form" for the whole request). */
export type SupervisorSave =
  { state: SupervisorState } | { errors: Partial<Record<"name" | "email" | "mobile" | "form", IslandKey<"me">>> };

/** Loads the participant's supervisors, commitments and the supervisors' notes. */
export function loadSupervisors(): Promise<SupervisorState> {
  return pb.send<SupervisorState>(ROUTE, { requestKey: null });
}

async function saving(run: () => Promise<SupervisorState>): Promise<SupervisorSave> {
  try {
    return { state: await run() };
  } catch (error) {
    const keys = requestErrorKeys(error, ["name", "email", "mobile"]);
    const status = (error as { status?: unknown } | null)?.status;
    const errors: Extract<SupervisorSave, { errors: unknown }>["errors"] = {};
    if (keys["name"]) errors.name = keys["name"];
    if (keys["email"]) errors.email = keys["email"];
    if (keys["mobile"]) errors.mobile = keys["mobile"];
    if (status !== 400) errors.form = failureKey(error);
    else if (keys[FORM_ERROR] || !(errors.name || errors.email || errors.mobile))
      errors.form = keys[FORM_ERROR] ?? "errors.server";
    return { errors };
  }
}

/** Who the supervisor is and how to reach them: an email, or a mobile number for an app. */
export interface SupervisorContact {
  name: string;
  channel: SupervisorChannel;
  contact: string;
}

/** Names a supervisor (or accepts a proposal) and consents for exactly `commitments`. */
export function saveSupervisor(who: SupervisorContact, commitments: string[]): Promise<SupervisorSave> {
  const reach = who.channel === "email" ? { email: who.contact.trim() } : { mobile: who.contact.trim() };
  return saving(() =>
    pb.send<SupervisorState>(ROUTE, {
      method: "POST",
      body: { name: who.name.trim(), channel: who.channel, ...reach, commitments },
      requestKey: null,
    }),
  );
}

/** One tap: the supervisor sees nothing of this participant from now on (or the proposal is declined). */
export function withdrawSupervisor(link: string): Promise<SupervisorSave> {
  return saving(() =>
    pb.send<SupervisorState>(`${ROUTE}/withdraw`, { method: "POST", body: { link }, requestKey: null }),
  );
}
