// Mounts for fault tests: a read-only bind mount or a small tmpfs are the real conditions (root
// ignores chmod). They need root with CAP_SYS_ADMIN: a Debian machine or VM, or a container started
// with --privileged. Without it the test fails with this sentence rather than being skipped.
import { execFileSync } from "node:child_process";
import { closeSync, openSync, writeSync } from "node:fs";
import { expect } from "vitest";

export function mount(...args: string[]): void {
  try {
    execFileSync("mount", args, { stdio: ["ignore", "ignore", "pipe"] });
  } catch (err) {
    const stderr = String((err as { stderr?: Buffer }).stderr ?? "").trim();
    throw new Error(
      `This fault test needs to mount a file system (mount ${args.join(" ")}: ${stderr || (err as Error).message}). ` +
        "Run the tests as root with CAP_SYS_ADMIN (a Debian machine or VM, or a container started with --privileged).",
    );
  }
}

export function umount(target: string): void {
  execFileSync("umount", [target]);
}

/** Writes `file` until its file system is full to the last byte (ENOSPC). */
export function fillFileSystem(file: string): void {
  const fd = openSync(file, "w");
  const block = Buffer.alloc(256 * 1024);
  try {
    for (;;) writeSync(fd, block);
  } catch (err) {
    expect((err as NodeJS.ErrnoException).code).toBe("ENOSPC");
  } finally {
    closeSync(fd);
  }
}
