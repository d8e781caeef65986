/**
 * How the project starts Debian's Chromium (tests and bench alike). The background-networking
 * flags matter: without them Chromium keeps trying to reach Google's services, which the
 * machine's closed network refuses, many times a second.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
