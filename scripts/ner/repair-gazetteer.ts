/** One-off: re-encodes a model whose gazetteer was saved without its category order. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeModel, encodeModel } from '../../src/stages/entities/tagger/model-io.js';
import { buildGazetteer } from './resources.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const path = process.argv[2] ?? `${ROOT}models/ner.bin.gz`;
const parts = decodeModel(readFileSync(path));
writeFileSync(path, encodeModel({ ...parts, gazetteer: buildGazetteer(`${ROOT}../shared/data`) }));
