/** Debian's Chromium, as every browser test in the project starts it. */
export const CHROMIUM = '/usr/bin/chromium';

/** The flags the project runs Chromium with: headless, no sandbox (root in CI), no network of its own. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
