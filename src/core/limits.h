/* SPDX-License-Identifier: MIT
 * limits.h — every size, count and time bound zdaudit applies to input
 * from outside, each with the reason for its value. */
#ifndef ZD_LIMITS_H
#define ZD_LIMITS_H

/* One snapshot endpoint file, by default. Not a cliff for real accounts:
 * `collect` writes 200,000 users as ~330 MB and 20,000 long articles as
 * more, so the reader takes anything up to 4 GiB, and `--max-file-size`
 * (assess, scan) moves the bound; it only protects against a file that is
 * not a Zendesk reply at all. A file above it makes its endpoint `error`. */
#define ZD_MAX_SNAPSHOT_FILE (4096UL * 1024 * 1024)
/* manifest.json is small metadata; anything bigger is not ours. */
#define ZD_MAX_MANIFEST_FILE (4UL * 1024 * 1024)
/* A control source file; the largest real one is a few KiB. */
#define ZD_MAX_CONTROL_FILE (256UL * 1024)
/* Config file (zdaudit.yaml), attestations included. */
#define ZD_MAX_CONFIG_FILE (8UL * 1024 * 1024)
/* Saved results JSON for `zdaudit report`. */
#define ZD_MAX_RESULTS_FILE (64UL * 1024 * 1024)
/* Lua instructions one control's check may execute (count hook). Walking
 * 50,000 users with a few field reads each costs a few million; 100
 * million is about a second, ample for any honest check and a firm stop
 * for an endless loop. */
#define ZD_LUA_INSTRUCTION_BUDGET 100000000L
/* Memory the Lua state may hold (controls, their tables, JSON views). */
#define ZD_LUA_MEMORY_LIMIT (1024UL * 1024 * 1024)
/* Instructions between two budget checks of the count hook. */
#define ZD_LUA_HOOK_EVERY 10000
/* Nesting depth when converting Lua tables to JSON (evidence). */
#define ZD_MAX_EVIDENCE_DEPTH 16
/* Evidence items kept per result; the rest are summarised as a count. */
#define ZD_MAX_EVIDENCE_ITEMS 200
/* Length of one evidence string (actual/expected values). */
#define ZD_MAX_EVIDENCE_STRING 1024
/* Number of controls, built in plus --controls-dir. */
#define ZD_MAX_CONTROLS 1024

/* One text field rendered by a report writer (details, evidence of one
 * control, ...). A saved results document may be edited by hand; no single
 * field may grow a report without end. Real fields are a few KiB. */
#define ZD_MAX_REPORT_FIELD (4UL * 1024 * 1024)
/* Nodes in a config file (YAML aliases can multiply a small file); a
 * config with 1,000 attestations has ~10,000. */
#define ZD_MAX_CONFIG_NODES 200000UL
/* Nesting depth of a parameter value in the config file. */
#define ZD_MAX_CONFIG_DEPTH 16
/* Nesting depth of the whole config text, checked before libyaml parses
 * it (its time grows with the square of the depth). A parameter value at
 * the deepest allowed sits under root, parameters and its name; the pre-
 * scan may count a level twice ("- key:"), so twice that is the bound. */
#define ZD_MAX_YAML_DEPTH (2 * (ZD_MAX_CONFIG_DEPTH + 4))

/* One HTTP response body (one page) from Zendesk. A page of 100 users is
 * ~250 KiB and 100 Help Center articles with their bodies a few MiB;
 * 32 MiB leaves room without letting a hostile server fill memory. */
#define ZD_MAX_API_BODY (32UL * 1024 * 1024)
/* Response bytes kept for one endpoint (all its pages, brands and
 * integrations together), by default; `--max-endpoint-bytes` moves it.
 * The biggest honest list, 200,000 users (the item cap), is ~330 MB of
 * pages; 512 MiB holds it, and stops a server that sends big pages with a
 * fresh cursor each time (#11 item 4) long before memory runs out. */
#define ZD_DEFAULT_MAX_ENDPOINT_BYTES (512UL * 1024 * 1024)
/* Response bytes for the whole run, by default (`--max-run-bytes`): a few
 * big lists (users, organisations, articles) at their endpoint budget. */
#define ZD_DEFAULT_MAX_RUN_BYTES (2048UL * 1024 * 1024)
/* Credentials file of KEY=VALUE lines: a dozen short lines at most. */
#define ZD_MAX_CREDENTIALS_FILE (64UL * 1024)
/* One credential value (OAuth tokens are ~64 chars, JWT-like ones ~2 KiB). */
#define ZD_MAX_CREDENTIAL_VALUE 8192
/* Pages followed for one endpoint list before calling the paging broken:
 * the 200,000-item default cap at 100 per page is 2,000 pages. */
#define ZD_MAX_PAGES_PER_LIST 10000
/* Longest Retry-After honoured (seconds). A longer one is obeyed only
 * until the run's deadline; past it the endpoint is recorded as failed. */
#define ZD_MAX_RETRY_AFTER_S 3600
/* Longest a Retry-After holds back the other endpoints' requests, when
 * the 429 says the account's window is spent: one window (Zendesk's
 * account limits are per minute). The throttled request itself waits its
 * whole Retry-After (up to ZD_MAX_RETRY_AFTER_S). */
#define ZD_MAX_SHARED_RETRY_AFTER_S 60
/* 429 answers retried for one request (each after its Retry-After). */
#define ZD_MAX_THROTTLE_RETRIES 20
/* Brands (Help Center hosts, host mappings) and SunCo integrations fanned
 * out per run; real accounts have a few dozen at most. */
#define ZD_MAX_FANOUT 2000
/* Server-supplied error text kept in the manifest (sanitised, cut). */
#define ZD_MAX_SERVER_ERROR_TEXT 160

/* Scanner (src/scan). One window of a streamed scan: big enough that the
 * Vectorscan call overhead is nothing, small enough to stay in L2/L3. */
#define ZD_SCAN_CHUNK (1UL * 1024 * 1024)
/* Each window is scanned in blocks of this size, Vectorscan and the digit
 * loop in turn, so the second pass reads bytes the first left in L1/L2. */
#define ZD_SCAN_BLOCK (64UL * 1024)
/* Longest match of a Vectorscan trigger (patterns.def; zd_scan_compile
 * refuses longer): each block's Vectorscan call starts this far back. */
#define ZD_SCAN_MAX_TRIGGER 64
/* Longest finding (a PEM private key with a 16,384-bit RSA key is ~12 KiB);
 * longer spans are cut here. */
#define ZD_SCAN_MAX_SPAN (16UL * 1024)
/* Bytes each streamed window repeats from its neighbours: a whole finding
 * plus its context words plus the longest trigger, so nothing is lost
 * where windows meet. */
#define ZD_SCAN_OVERLAP (ZD_SCAN_MAX_SPAN + 4096)
/* One zd_scan_buffer call (offsets are 32-bit inside); more is streamed. */
#define ZD_SCAN_MAX_BUFFER (1024UL * 1024 * 1024)
/* One HTML document stripped in memory (9 bytes of state per input
 * byte); an article body is KiBs. */
#define ZD_SCAN_MAX_HTML (16UL * 1024 * 1024)
/* One NDJSON line (a ticket with all its comments; exports cap ~10 MiB). */
#define ZD_SCAN_MAX_NDJSON_LINE (64UL * 1024 * 1024)

#endif
