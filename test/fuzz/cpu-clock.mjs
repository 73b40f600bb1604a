import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Clock ticks per second in /proc/<pid>/stat (USER_HZ): 100 on the Linux machines this runs on; getconf says for sure. */
const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/**
 * CPU time (user and system, every thread) another process has used, in ms, from
 * /proc/<pid>/stat; undefined where there is no /proc (macOS, Windows), and the
 * caller falls back to wall-clock time. CPU time is what an input costs whatever
 * else runs on the machine: on the 2 shared cores of the project machine a second
 * of CPU took from 1 to 8 s of wall-clock time.
 */
export function processCpuMs(pid) {
  let stat;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // Field 2, the command name, may hold spaces and parentheses: count from the last ')'. Fields 14 and 15 (utime,
  // stime) are then the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isFinite(ticks) ? (ticks * 1000) / TICKS_PER_SECOND : undefined;
}
