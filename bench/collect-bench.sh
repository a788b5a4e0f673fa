#!/bin/sh
# SPDX-License-Identifier: MIT
# collect-bench.sh — how well `zdaudit collect` uses an account's rate
# budget. Emulates a large account (50,000 users, 10,000 organisations,
# 5,000 triggers at --full; a tenth by default) behind a 700 requests/min
# limit, and prints pages, requests, throttled answers and wall time
# against the floor the limit sets (pages / limit). A baseline run of the
# same account without a limit, in the same invocation, shows what the
# collector costs on its own.
# Goal (issue #4): >= 90% of the budget used, no failed endpoint, < 2% of
# requests throttled.
#
# usage: bench/collect-bench.sh [--full] [--scale F] [--limit N] [--build DIR]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build="$here/build"
scale=0.1
limit=700
while [ $# -gt 0 ]; do
  case $1 in
    --full) scale=1 ;;
    --scale) scale=$2; shift ;;
    --limit) limit=$2; shift ;;
    --build) build=$2; shift ;;
    -h|--help) sed -n '3,15p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
zdaudit="$build/zdaudit"
emulator="$build/zd_emulator"
[ -x "$zdaudit" ] && [ -x "$emulator" ] || {
  echo "build first: cmake --build $build (needs zdaudit and zd_emulator)" >&2
  exit 2
}
work=$(mktemp -d /tmp/zd-bench-collect.XXXXXX)
emu_pid=""
trap '[ -n "$emu_pid" ] && kill "$emu_pid" 2>/dev/null; rm -rf "$work"' EXIT

users=$(python3 -c "print(int(50000*$scale))")
orgs=$(python3 -c "print(int(10000*$scale))")
triggers=$(python3 -c "print(int(5000*$scale))")

# run NAME RATE_LIMIT_JSON: collect once; leaves $work/NAME.{log,wall,rc}
run() {
  name=$1
  cat >"$work/$name.json" <<EOF
{"token": "bench-token-0123456789",
 "generate": {"users": $users, "organizations": $orgs, "triggers": $triggers},
 "rate_limit": $2}
EOF
  rm -f "$work/port"
  "$emulator" --fixtures "$here/tests/collect/fixtures" \
    --scenario "$work/$name.json" --port-file "$work/port" \
    --log "$work/$name.log" --max-seconds 1800 &
  emu_pid=$!
  i=0
  while [ ! -s "$work/port" ] && [ $i -lt 300 ]; do sleep 0.1; i=$((i + 1)); done
  port=$(cat "$work/port")
  t0=$(date +%s.%N)
  set +e
  ZENDESK_OAUTH_TOKEN=bench-token-0123456789 "$zdaudit" collect -q \
    --subdomain bench --base-url "http://127.0.0.1:$port" --no-tls-probe \
    -o "$work/$name.snap" 2>"$work/$name.err"
  echo $? >"$work/$name.rc"
  set -e
  t1=$(date +%s.%N)
  python3 -c "print($t1 - $t0)" >"$work/$name.wall"
  kill "$emu_pid"
  wait "$emu_pid" 2>/dev/null || true
  emu_pid=""
}

echo "collect-bench: $users users, $orgs organisations, $triggers triggers;" \
     "limit $limit requests/minute"
run baseline '{}'
run limited "{\"limit\": $limit, \"burst\": $(( limit / 60 > 1 ? limit / 60 : 1 ))}"

python3 - "$work" "$limit" <<'EOF'
import json, sys, os
work, limit = sys.argv[1], int(sys.argv[2])
def load(name):
    log = json.load(open(os.path.join(work, name + ".log")))
    man = json.load(open(os.path.join(work, name + ".snap", "manifest.json")))
    eps = man["endpoints"].values()
    return {
        "rc": int(open(os.path.join(work, name + ".rc")).read()),
        "wall": float(open(os.path.join(work, name + ".wall")).read()),
        # requests only: the wall time also includes writing the snapshot
        "collect": float(man["collector"]["seconds"]),
        "requests": log["stats"]["requests"],
        "throttled": log["stats"]["throttled"],
        "pages": sum(e.get("pages", 0) for e in eps),
        "failed": sorted(k for k, e in man["endpoints"].items()
                         if e["outcome"] in ("error", "http_error")),
    }
b, l = load("baseline"), load("limited")
floor = l["pages"] / limit * 60.0
used = (l["requests"] - l["throttled"]) / (l["collect"] / 60.0) / limit
thr = l["throttled"] / l["requests"] if l["requests"] else 0.0
print(f"baseline (no limit): {b['pages']} pages, {b['requests']} requests,"
      f" collected in {b['collect']:.2f} s ({b['wall']:.2f} s with saving)")
print(f"limited ({limit}/min): {l['pages']} pages, {l['requests']} requests,"
      f" {l['throttled']} throttled ({thr:.2%}), collected in"
      f" {l['collect']:.2f} s ({l['wall']:.2f} s with saving)")
print(f"floor set by the limit (pages / limit): {floor:.2f} s"
      f" (the emulated bucket also allows a burst of {max(limit // 60, 1)}"
      f" at the start, so short runs can beat it)")
print(f"floor / collection time: {floor / l['collect']:.3f}   (goal >= 0.90)")
print(f"rate budget used: {used:.1%}   (goal >= 90%)")
print(f"collection time vs baseline: {l['collect'] / b['collect']:.1f}x")
print(f"failed endpoints: {len(l['failed'])} {l['failed']}   (goal 0)")
ok = (l["rc"] == 0 and not l["failed"] and thr < 0.02 and used >= 0.9)
print("result: " + ("meets the goal" if ok else "MISSES the goal"))
sys.exit(0 if ok else 1)
EOF
