#!/bin/bash
# Interleaved A/B of the pipeline's end-to-end cost: `pipeline-ab.sh ROUNDS VARIANT...`, a variant being
# DIR or DIR:acts,claims (stages left out). Prints one JSON line per run, then the medians and ratios to the first
# variant (CPU words/s and wall words/s; higher is better). Example:
#   bench/ab/pipeline-ab.sh 3 /work/wt-base /work/main /work/main:acts,claims
set -e
here=$(cd "$(dirname "$0")/../.." && pwd)
rounds=$1; shift
out=$(mktemp)
for ((i = 1; i <= rounds; i++)); do
  for v in "$@"; do
    dir=${v%%:*}; skip=; [ "$v" != "$dir" ] && skip=${v#*:}
    line=$(cd "$here" && timeout 1800 npx tsx --expose-gc bench/ab/pipeline-cpu.ts --root "$dir" --limit "${LIMIT:-300}" ${skip:+--skip $skip} | tail -1)
    echo "round $i $v $line" | tee -a "$out"
  done
done
node -e '
const lines = require("fs").readFileSync(process.argv[1], "utf8").trim().split("\n");
const by = new Map();
for (const l of lines) { const [, , v, ...j] = l.split(" "); const r = JSON.parse(j.join(" ")); (by.get(v) ?? by.set(v, []).get(v)).push(r); }
const med = (a) => { const s = [...a].sort((x, y) => x - y); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const vs = [...by.keys()];
const base = by.get(vs[0]);
for (const v of vs) {
  const rs = by.get(v);
  const cpuRatios = rs.map((r, i) => r.cpuWordsPerS / base[i].cpuWordsPerS);
  const wallRatios = rs.map((r, i) => r.wallWordsPerS / base[i].wallWordsPerS);
  console.log(`${v}: CPU ${Math.round(med(rs.map((r) => r.cpuWordsPerS)))} words/s (ratio per round ${cpuRatios.map((x) => x.toFixed(3)).join(" ")}, median ${med(cpuRatios).toFixed(3)}); wall ${Math.round(med(rs.map((r) => r.wallWordsPerS)))} words/s (ratio median ${med(wallRatios).toFixed(3)})`);
}' "$out"
