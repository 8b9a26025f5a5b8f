/**
 * Instruction counts per stage, cold and warm, for checkouts side by side: deterministic, so load on the
 * machine does not matter. For each DIR it runs this file under callgrind as a probe that loads DIR's built
 * Analyzer (dist/, acts and claims left out as in instruction-count.mjs), makes a Document for each of the
 * first N PolNeAR train texts, then runs the stages STAGE-MAJOR: stage 1 over every document, stage 2 over
 * every document, and so on, twice (pass 1 = cold: includes compiling; pass 2 = warm). Between phases the
 * probe calls `process.cpuUsage()`, whose native `uv_getrusage` callgrind is told to dump before
 * (`--dump-before=uv_getrusage`); each dump holds the instructions since the previous one, so each phase's
 * count is exact. Node runs with V8's `--single-threaded`, so optimising compiles and GC work (sweeping after
 * a full GC included) happen on the main thread, inside the phase that caused them: without it, callgrind
 * still counts helper threads' work but in whatever phase they happen to run (a trivial stage was charged 60M
 * instructions of another's sweeping). Compiles then count where they are asked for, though a normal run does
 * them on a helper thread, off the critical path: a stage whose big functions take long to compile (actors:
 * findCandidates, findActors) shows more here than in wall time. A full GC after each phase is counted in
 * its own `gc` row, so no stage pays for collecting another's garbage (its own scavenges stay in it).
 *   node bench/ab/stage-instructions.mjs N base=/work/wt-base main=.
 * prints one row per phase (load, document, each stage, total) with millions of instructions per side,
 * cold and warm, and each side's ratio to the first. Stage-major order keeps N documents alive at once, so
 * GC costs are not those of a real run; the per-stage split is for A/Bs, not absolute costs. Each side takes
 * ~50x its normal time (N = 30: a few minutes). VERBATIM_DATA overrides the data directory.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Passes over the documents: the first is cold (compiling), the second warm. */
const PASSES = 2;
/** Stages the oldest checkouts lack, left out on every side (as instruction-count.mjs does). */
const LEFT_OUT = new Set(['acts', 'claims']);
/** Callgrind dump lines that hold a dump's total instruction count. */
const TOTALS_RE = /^(?:totals|summary):\s+(\d+)/m;

const PROBE = process.env.VERBATIM_STAGE_PROBE;

if (PROBE) await probe(PROBE, Number(process.argv[2]));
else await drive(process.argv.slice(2));

/** The probe (under callgrind): prints the phase labels in dump order, one per `mark`. */
async function probe(dir, n) {
  const root = resolve(dir);
  const labels = [];
  const mark = (label) => {
    process.cpuUsage();
    labels.push(label);
  };
  // A full GC after each phase, counted apart, so a stage is not charged for collecting earlier garbage.
  const collect = (pass) => {
    globalThis.gc();
    mark(`${pass}:gc`);
  };
  const { Analyzer } = await import(join(root, 'dist', 'analyzer.js'));
  const { STAGE_REGISTRY } = await import(join(root, 'dist', 'stages', 'registry.js'));
  const names = STAGE_REGISTRY.map((d) => d.name).filter((s) => !LEFT_OUT.has(s));
  const analyzer = await Analyzer.create({ stages: names, skipOptional: true });
  const texts = readTexts(n);
  const stages = analyzer.pipeline.stages;
  mark('load');
  for (let pass = 1; pass <= PASSES; pass++) {
    // An Analyzer with no stages makes the Documents exactly as a real run does.
    analyzer.pipeline.stages = [];
    const docs = texts.map((text) => analyzer.run({ text }).document);
    analyzer.pipeline.stages = stages;
    mark(`${pass}:document`);
    collect(pass);
    for (const entry of stages) {
      // Older checkouts keep bare stages, newer ones { descriptor, stage }.
      const stage = entry.stage ?? entry;
      for (const doc of docs) stage.run(doc, {});
      mark(`${pass}:${entry.descriptor?.name ?? stage.name}`);
      collect(pass);
    }
  }
  console.log(JSON.stringify(labels));
}

function readTexts(n) {
  const dataDir = process.env.VERBATIM_DATA ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'data');
  const textDir = join(dataDir, 'quotes', 'polnear', 'train', 'text');
  return readdirSync(textDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, n)
    .map((f) => readFileSync(join(textDir, f), 'utf8'));
}

/** Runs the probe under callgrind for each `name=DIR`, in sequence, and prints the table. */
async function drive([nArg, ...specs]) {
  const n = Number(nArg);
  if (!Number.isInteger(n) || n < 1 || specs.length === 0 || specs.some((s) => !s.includes('='))) {
    throw new Error(
      'usage: node bench/ab/stage-instructions.mjs N name=DIR [name=DIR ...] (N: texts, e.g. 30)',
    );
  }
  const sides = specs.map((s) => {
    const [name, dir] = s.split('=');
    return { name, counts: measure(resolve(dir), n) };
  });
  const phases = [...sides[0].counts.keys()];
  console.log(`${n} texts; millions of instructions (Ir); ratio = side / ${sides[0].name}`);
  console.log(
    ['phase', ...sides.map((s) => s.name), ...sides.slice(1).map((s) => `${s.name}/${sides[0].name}`)].join(
      '\t',
    ),
  );
  const row = (label, get) => {
    const values = sides.map(get);
    const ratios = values.slice(1).map((v) => (v / values[0]).toFixed(3));
    console.log([label, ...values.map((v) => (v / 1e6).toFixed(1)), ...ratios].join('\t'));
  };
  for (const phase of phases) row(phase, (s) => s.counts.get(phase) ?? Number.NaN);
  for (let pass = 1; pass <= PASSES; pass++) {
    row(`${pass}:total`, (s) =>
      [...s.counts].filter(([k]) => k.startsWith(`${pass}:`)).reduce((a, [, v]) => a + v, 0),
    );
  }
}

/** Phase label → instructions, from one callgrind run of the probe over DIR. */
function measure(dir, n) {
  const out = mkdtempSync(join(tmpdir(), 'stage-ir-'));
  try {
    const run = spawnSync(
      'valgrind',
      [
        '--tool=callgrind',
        `--callgrind-out-file=${join(out, 'cg')}`,
        '--dump-before=uv_getrusage',
        process.execPath,
        '--single-threaded',
        '--expose-gc',
        import.meta.filename,
        String(n),
      ],
      { env: { ...process.env, VERBATIM_STAGE_PROBE: dir }, encoding: 'utf8', maxBuffer: 1 << 26 },
    );
    if (run.status !== 0)
      throw new Error(`probe over ${dir} failed (${run.status}): ${run.stderr.slice(-2000)}`);
    const labels = JSON.parse(run.stdout.trim().split('\n').pop());
    // Dumps are cg.1, cg.2, … in order; the last file (cg, at exit) is the probe's own exit.
    const dumps = readdirSync(out)
      .filter((f) => /^cg\.\d+$/.test(f))
      .sort((a, b) => Number(a.slice(3)) - Number(b.slice(3)));
    if (dumps.length !== labels.length) {
      throw new Error(
        `${dir}: ${dumps.length} dumps for ${labels.length} phases (uv_getrusage called elsewhere?)`,
      );
    }
    const counts = new Map();
    dumps.forEach((f, i) => {
      const m = TOTALS_RE.exec(readFileSync(join(out, f), 'utf8'));
      if (!m) throw new Error(`${f}: no totals line`);
      counts.set(labels[i], (counts.get(labels[i]) ?? 0) + Number(m[1]));
    });
    return counts;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
