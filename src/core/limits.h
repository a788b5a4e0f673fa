/* SPDX-License-Identifier: MIT
 * limits.h — every size, count and time bound zdaudit applies to input
 * from outside, each with the reason for its value. */
#ifndef ZD_LIMITS_H
#define ZD_LIMITS_H

/* One snapshot file. 50,000 users at ~2 KiB each is ~100 MiB; allow twice
 * that before calling a file hostile. */
#define ZD_MAX_SNAPSHOT_FILE (256UL * 1024 * 1024)
/* manifest.json is small metadata; anything bigger is not ours. */
#define ZD_MAX_MANIFEST_FILE (4UL * 1024 * 1024)
/* A control source file; the largest real one is a few KiB. */
#define ZD_MAX_CONTROL_FILE (256UL * 1024)
/* Config file (zdaudit.yaml), attestations included. */
#define ZD_MAX_CONFIG_FILE (8UL * 1024 * 1024)
/* Saved results JSON for `zdaudit report`. */
#define ZD_MAX_RESULTS_FILE (64UL * 1024 * 1024)
/* Lua instructions one control may execute (count hook, checked every
 * 10,000 instructions). Generous: walking 50,000 users costs a few million. */
#define ZD_LUA_INSTRUCTION_BUDGET 500000000L
/* Nesting depth when converting Lua tables to JSON (evidence). */
#define ZD_MAX_EVIDENCE_DEPTH 16
/* Evidence items kept per result; the rest are summarised as a count. */
#define ZD_MAX_EVIDENCE_ITEMS 200
/* Length of one evidence string (actual/expected values). */
#define ZD_MAX_EVIDENCE_STRING 1024
/* Number of controls, built in plus --controls-dir. */
#define ZD_MAX_CONTROLS 1024

#endif
