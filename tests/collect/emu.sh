# SPDX-License-Identifier: MIT
# emu.sh — starting and stopping the emulator program for the shell tests
# of collection (sourced; the test sets 'emulator', 'fixtures' and
# 'work'). start_emu SCENARIO_JSON [MAX_SECONDS] writes the scenario,
# starts the emulator, waits for its port (a deadline, not a poll count
# that a loaded machine outlasts) and sets 'port' and 'base'; the
# emulator's log of requests is $work/emu.log once it stopped. stop_emu
# stops it, and is safe to call twice (an EXIT trap does).
emu_pid=""
start_emu() {
  printf '%s\n' "$1" >"$work/scenario.json"
  rm -f "$work/port" "$work/emu.log"
  "$emulator" --fixtures "$fixtures" --scenario "$work/scenario.json" \
    --port-file "$work/port" --log "$work/emu.log" \
    --max-seconds "${2:-60}" &
  emu_pid=$!
  i=0
  while [ ! -s "$work/port" ] && [ $i -lt 300 ]; do sleep 0.1; i=$((i + 1)); done
  port=$(cat "$work/port")
  base="http://127.0.0.1:$port"
}
stop_emu() {
  if [ -n "$emu_pid" ]; then kill "$emu_pid" 2>/dev/null; wait "$emu_pid" 2>/dev/null; fi
  emu_pid=""
}
