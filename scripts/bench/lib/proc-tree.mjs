/**
 * Peak memory of a process tree, by polling /proc (Linux): the sum of the resident set sizes of
 * a process and all its descendants (Node, esbuild/rolldown workers, Pagefind's binary), sampled
 * every `intervalMs`. /usr/bin/time is not on every machine, and a child's own maxRSS would miss
 * its children. Also notes when a process whose name matches `watch` (Pagefind) was first and
 * last seen, to time that phase of the build.
 */
import { readFileSync, readdirSync } from 'node:fs';

const PAGE_SIZE = 4096;

function readProcs() {
  /** @type {Map<number, {ppid: number, comm: string, rss: number}>} */
  const procs = new Map();
  let entries;
  try {
    entries = readdirSync('/proc');
  } catch {
    return procs;
  }
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // comm is in parentheses and may contain spaces: split after the last ')'.
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      const fields = stat.slice(close + 2).split(' ');
      const ppid = Number(fields[1]);
      const rssPages = Number(fields[21]);
      procs.set(Number(name), { ppid, comm, rss: rssPages * PAGE_SIZE });
    } catch {
      // the process ended between readdir and read
    }
  }
  return procs;
}

/** Is /proc usable here? */
export const procAvailable = (() => {
  try {
    readFileSync('/proc/self/stat', 'utf8');
    return true;
  } catch {
    return false;
  }
})();

/**
 * Starts polling the tree rooted at `rootPid`. Call stop() after the process exits.
 * @returns {{ stop(): { peakRssBytes: number|null, samples: number, watched: { firstSeen: number, lastSeen: number, peakRssBytes: number } | null } }}
 */
export function watchProcessTree(rootPid, { intervalMs = 100, watch = /pagefind/i } = {}) {
  let peak = 0;
  let samples = 0;
  /** @type {{ firstSeen: number, lastSeen: number, peakRssBytes: number } | null} */
  let watched = null;
  const sample = () => {
    if (!procAvailable) return;
    const procs = readProcs();
    if (!procs.has(rootPid)) return;
    const children = new Map();
    for (const [pid, p] of procs) {
      if (!children.has(p.ppid)) children.set(p.ppid, []);
      children.get(p.ppid).push(pid);
    }
    let total = 0;
    let watchedRss = 0;
    const stack = [rootPid];
    while (stack.length) {
      const pid = stack.pop();
      const p = procs.get(pid);
      if (!p) continue;
      total += p.rss;
      if (watch.test(p.comm)) watchedRss += p.rss;
      stack.push(...(children.get(pid) ?? []));
    }
    samples++;
    peak = Math.max(peak, total);
    if (watchedRss) {
      const now = performance.now();
      watched ??= { firstSeen: now, lastSeen: now, peakRssBytes: 0 };
      watched.lastSeen = now;
      watched.peakRssBytes = Math.max(watched.peakRssBytes, watchedRss);
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return { peakRssBytes: procAvailable && samples ? peak : null, samples, watched };
    },
  };
}
