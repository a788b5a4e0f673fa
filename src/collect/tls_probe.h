/* SPDX-License-Identifier: MIT
 * tls_probe.h — the TLS handshake with a host-mapped brand (ZD.SUP.2):
 * whether its certificate verifies and matches the name, who issued it,
 * when it expires. Verification stays on; a certificate that fails is
 * recorded as such, never accepted. No HTTP request is sent. */
#ifndef ZD_COLLECT_TLS_PROBE_H
#define ZD_COLLECT_TLS_PROBE_H
#include <jansson.h>

struct zd_tls_probe_cfg {
  const char *ca_file;     /* CAINFO, or NULL for the system's */
  const char *connect_to;  /* "HOST:PORT" to connect to instead of
                              host:443 (tests, split DNS); NULL: direct */
  long timeout_ms;
  int verbose;
};

/* Probes 'host':443. Returns a new object: {host, ok, error, verified,
 * name_matches, subject, issuer, names, not_before, not_after,
 * probed_at}; unknown fields are null. */
json_t *zd_tls_probe(const char *host, const struct zd_tls_probe_cfg *cfg);

#endif
