// Preloaded (`--import`) by writer-modules.test.ts before tsx: registers module-hooks.mjs with the list file.
import { register } from 'node:module';

register('./module-hooks.mjs', import.meta.url, { data: { out: process.env.VERBATIM_TEST_MODULE_LIST } });
