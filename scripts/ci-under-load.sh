#!/usr/bin/env bash
# Runs .ci/run in a fresh clone while another build keeps every core busy (issue 22: CI must
# hold on a busy machine). The load is a second clone of the same commit building and
# typechecking in a loop, one job per core, until CI ends. Prints CI's last lines, its wall
# time and the load average sampled every 30 s.
# Usage: bash scripts/ci-under-load.sh [commit]   (run as root: .ci/run may apt-get)
set -uo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
commit="${1:-HEAD}"
work="$(mktemp -d /tmp/ci-under-load.XXXX)"
git clone -q "$repo" "$work/ci" && git -C "$work/ci" checkout -q "$commit"
git clone -q "$repo" "$work/load" && git -C "$work/load" checkout -q "$commit"
(cd "$work/load" && npm ci --no-audit --no-fund >/dev/null 2>&1)

cores="$(nproc)"
loaders=()
for i in $(seq "$cores"); do
  # Alternate jobs so the cores are busy with different work (bundling, type checking).
  if [ $((i % 2)) -eq 1 ]; then job='npx vite build --outDir "dist-load-'"$i"'" >/dev/null 2>&1'
  else job='npx vue-tsc --noEmit -p tsconfig.app.json >/dev/null 2>&1'; fi
  # Each loop in its own process group, so that stopping it stops the build it is running.
  setsid bash -c "cd '$work/load' && while :; do $job; done" &
  loaders+=($!)
done
(while :; do echo "$(date +%T) $(cut -d' ' -f1-3 /proc/loadavg)"; sleep 30; done) >"$work/load.log" &
sampler=$!

start=$(date +%s)
(cd "$work/ci" && bash .ci/run) >"$work/ci.log" 2>&1
status=$?
end=$(date +%s)
for pid in "${loaders[@]}"; do kill -- "-$pid" 2>/dev/null; done
kill "$sampler" 2>/dev/null

echo "CI log: $work/ci.log (exit $status, $((end - start)) s wall, $cores cores loaded by $cores build loops)"
grep -E '^::: .*(ok|FAILED|passed)' "$work/ci.log"
tail -n 1 "$work/ci.log"
# mawk (Debian's awk) has no asort: sort the 1-minute figures first.
cut -d' ' -f2 "$work/load.log" | sort -n | awk '{ v[NR] = $1 } END {
  printf "load average (1 min) over %d samples: min %s, median %s, max %s\n", NR, v[1], v[int((NR + 1) / 2)], v[NR] }'
exit "$status"
