// How often the follow-ups ask about one open commitment, changeable on /me/ after committing: a plain
// <select> and a "weekends too" box, saved as soon as they change. "" is the cohort's rounds (a
// commitment written before cadences existed); the server plans the touches (pb_hooks/lib/pure/cadence.js).
import { useState } from "react";
import { setCommitmentCadence } from "../../lib/commitments-api";
import type { EveryChoice } from "../../lib/choices";
import type { MyCommitment } from "./my-commitments";
import { useMe } from "./me-context";
import { failureKey } from "./my-data";

const CADENCES = ["steady", "weekly", "light"] as const satisfies EveryChoice<Exclude<MyCommitment["cadence"], "">>;

interface CadenceSettingProps {
  commitment: MyCommitment;
  onSaved: (updated: MyCommitment, notice: string) => void;
}

/** `[data-cadence-setting]`: the select `[name=cadence]` and the checkbox `[name=weekends]`. */
export function CadenceSetting({ commitment: c, onSaved }: CadenceSettingProps) {
  const { text } = useMe();
  const [saving, setSaving] = useState(false);
  const id = `cadence-${c.id}`;

  async function save(change: Partial<Pick<MyCommitment, "cadence" | "weekends">>) {
    const next = { cadence: change.cadence ?? c.cadence, weekends: change.weekends ?? c.weekends };
    setSaving(true);
    try {
      await setCommitmentCadence(c.id, next);
      onSaved({ ...c, ...next }, text("me.cadence.saved"));
    } catch (error) {
      onSaved(c, text(failureKey(error)));
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className="my-cadence" data-cadence-setting="">
      <label htmlFor={id}>{text("me.cadence.label")}</label>
      <select
        id={id}
        name="cadence"
        value={c.cadence}
        disabled={saving}
        onChange={(event) => void save({ cadence: event.currentTarget.value as MyCommitment["cadence"] })}
      >
        {c.cadence === "" ? <option value="">{text("me.cadence.rounds")}</option> : null}
        {CADENCES.map((value) => (
          <option key={value} value={value}>
            {text(`me.cadence.${value}`)}
          </option>
        ))}
      </select>
      <label className="my-cadence-weekends">
        <input
          type="checkbox"
          name="weekends"
          checked={c.weekends}
          disabled={saving}
          onChange={(event) => void save({ weekends: event.currentTarget.checked })}
        />
        {text("common.weekendsToo")}
      </label>
    </div>
  );
}
