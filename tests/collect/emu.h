/* SPDX-License-Identifier: MIT
 * emu.h — a Zendesk API emulator for tests and benchmarks (libmicrohttpd).
 * Serves the fixtures in a directory as Zendesk-shaped responses with
 * cursor, offset and SunCo pagination, checks credentials, and injects
 * faults from a scenario: 401/403/404, 429 bursts with Retry-After, 5xx
 * flakes, slow answers, truncated bodies, connection resets, paging loops,
 * and a token-bucket rate limit with Zendesk's headers. It records every
 * request (time, path, status) so tests can assert what the client did. */
#ifndef ZD_TEST_EMU_H
#define ZD_TEST_EMU_H
#include <jansson.h>
#include <stdint.h>

struct emu;

/* Starts an emulator on 127.0.0.1 ('port' 0: any free port) serving
 * 'fixtures' (a directory of <endpoint key>.json) under 'scenario'
 * (borrowed; see docs/collect.md "Testing"). With 'cert_pem' and
 * 'key_pem' (PEM text) it speaks HTTPS. Returns NULL on failure. */
struct emu *emu_start(const char *fixtures, json_t *scenario,
                      unsigned short port, const char *cert_pem,
                      const char *key_pem);
unsigned short emu_port(const struct emu *e);
void emu_stop(struct emu *e);

/* A copy of the request log (new reference): [{"t": ms since start,
 * "method", "url" (path and query), "key" (endpoint or null), "status",
 * "retry_after" (ms, 429/503 only), "role", "user_agent"}]. */
json_t *emu_log(struct emu *e);
/* Counters: requests, connections (TCP), throttled (429), by_status.
 * New reference. */
json_t *emu_stats(struct emu *e);

#endif
