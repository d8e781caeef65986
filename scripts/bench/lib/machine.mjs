/** The machine a run was made on, so figures from different runs can be compared. */
import { cpus, loadavg, totalmem, platform, release } from 'node:os';
import { execFileSync } from 'node:child_process';
import { CHROMIUM } from './browser.mjs';

export function machineInfo() {
  const cpu = cpus();
  let chromium = null;
  try {
    chromium = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    chromium = `not found at ${CHROMIUM}`;
  }
  return {
    cores: cpu.length,
    cpuModel: cpu[0]?.model?.trim() ?? 'unknown',
    totalMemoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${platform()} ${release()}`,
    chromium,
    /** 1-minute load average when the run started: other work on the machine skews every figure. */
    loadAverageAtStart: Math.round(loadavg()[0] * 100) / 100,
  };
}
