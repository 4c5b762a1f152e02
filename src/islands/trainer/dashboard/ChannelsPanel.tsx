// The open channels section (ChannelsSection.tsx): the figures per channel, the previews and the test
// form (ChannelTest.tsx). Counts only: the server sends no names, numbers or message texts of
// participants, and the previews are made up.
import { percent } from "../../../lib/charts";
import { useLoad } from "../../shared/use-load";
import { ChannelTest } from "./ChannelTest";
import { useChannelName } from "./channel-name";
import { CHANNELS, loadChannels, type ChannelStats, type ChannelsView } from "./channels-api";
import { useDashboard } from "./dashboard-context";

/** The intro, `table[data-channel-table]`, the previews and the test form. */
export default function ChannelsPanel({ cohortId }: { cohortId: string }) {
  const { text } = useDashboard();
  const loaded = useLoad(() => loadChannels(cohortId), [cohortId]);
  if (loaded.error)
    return (
      <p className="form-error" role="alert">
        {text("dashboard.channels.loadFailed")}
      </p>
    );
  return (
    <>
      <p>{text("dashboard.channels.intro")}</p>
      {loaded.data ? (
        <>
          <ChannelTable channels={loaded.data.channels} />
          <Previews previews={loaded.data.previews} />
        </>
      ) : (
        <p className="note">{text("dashboard.channels.loading")}</p>
      )}
      <ChannelTest cohortId={cohortId} />
    </>
  );
}

type DashboardText = ReturnType<typeof useDashboard>["text"];

/** The provider's reason in plain words; a code this page has no words for is shown as the unknown answer. */
function reasonWords(text: DashboardText, reason: string): string {
  const key = `channels.reason.${reason}` as Parameters<DashboardText>[0];
  try {
    return text(key);
  } catch {
    return text("channels.reason.provider_unknown_error");
  }
}

function ChannelTable({ channels }: { channels: ChannelStats[] }) {
  const { text, locale } = useDashboard();
  const name = useChannelName();
  const number = new Intl.NumberFormat(locale);
  return (
    <div className="table-scroll">
      <table className="data-table" data-channel-table="">
        <caption>{text("dashboard.channels.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{text("dashboard.channels.channel")}</th>
            <th scope="col" className="num">
              {text("common.sent")}
            </th>
            <th scope="col" className="num">
              {text("dashboard.channels.waiting")}
            </th>
            <th scope="col">{text("dashboard.channels.failed")}</th>
            <th scope="col" className="num">
              {text("dashboard.channels.answered")}
            </th>
            <th scope="col" className="num">
              {text("dashboard.channels.rate")}
            </th>
            <th scope="col">{text("dashboard.channels.rounds")}</th>
          </tr>
        </thead>
        <tbody>
          {channels.map((c) => (
            <tr key={c.channel} data-channel={c.channel}>
              <th scope="row">
                {name(c.channel)}
                {c.ready ? null : <span className="note"> ({text("dashboard.channels.notReady")})</span>}
              </th>
              <td className="num" data-sent="">
                {number.format(c.sent)}
              </td>
              <td className="num" data-waiting="">
                {number.format(c.waiting)}
              </td>
              <td data-failed="">
                {Object.keys(c.failed).length === 0 ? (
                  "0"
                ) : (
                  <ul className="dash-channel-failed">
                    {Object.entries(c.failed).map(([reason, count]) => (
                      <li key={reason} data-reason={reason}>
                        {text("dashboard.channels.failedReason", {
                          reason: reasonWords(text, reason),
                          count: number.format(count),
                        })}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td className="num" data-answered="">
                {number.format(c.answered)}
              </td>
              <td className="num" data-rate="">
                {percent(c.responseRate, 1)}%
              </td>
              <td data-rounds="">
                {c.rounds.map((r) => (
                  <div key={r.round} data-round={r.round}>
                    {text("dashboard.channels.round", {
                      day: r.round,
                      answered: number.format(r.answered),
                      sent: number.format(r.sent),
                      rate: percent(r.responseRate, 1),
                    })}
                  </div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Previews({ previews }: { previews: ChannelsView["previews"] }) {
  const { text } = useDashboard();
  const name = useChannelName();
  return (
    <div className="dash-channel-previews">
      <h3>{text("dashboard.channels.previewHeading")}</h3>
      <p className="note">{text("dashboard.channels.previewIntro")}</p>
      {CHANNELS.map((channel) => (
        <details key={channel} data-preview={channel}>
          <summary>{name(channel)}</summary>
          {channel === "sms" ? <p>{text("dashboard.channels.smsPreview")}</p> : null}
          {previews[channel].title ? <p className="dash-preview-subject">{previews[channel].title}</p> : null}
          <pre className="dash-preview-text">{previews[channel].text}</pre>
        </details>
      ))}
    </div>
  );
}
