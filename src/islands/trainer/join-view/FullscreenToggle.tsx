// Full screen for the projector (Fullscreen API) and back; hidden where the browser has no such thing.
import { useEffect, useState, type RefObject } from "react";

interface FullscreenToggleProps {
  target: RefObject<HTMLElement | null>;
  enter: string;
  exit: string;
}

/** `button[data-fullscreen]`; Escape also leaves full screen, and the label follows either way. */
export function FullscreenToggle({ target, enter, exit }: FullscreenToggleProps) {
  const [full, setFull] = useState(false);
  useEffect(() => {
    const follow = () => setFull(document.fullscreenElement !== null && document.fullscreenElement === target.current);
    document.addEventListener("fullscreenchange", follow);
    return () => document.removeEventListener("fullscreenchange", follow);
  }, [target]);

  if (!document.fullscreenEnabled) return null;
  function toggle() {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    else void target.current?.requestFullscreen().catch(() => {});
  }
  return (
    <button type="button" className="button button-secondary" data-fullscreen={full ? "on" : "off"} onClick={toggle}>
      {full ? exit : enter}
    </button>
  );
}
