/**
 * Verbatim's version, stamped on every analysis and shown by `verbatim --version`. A constant rather
 * than a read of package.json so the engine needs no file system (browsers); a test checks the two agree.
 */
export const VERBATIM_VERSION = '0.1.0';
