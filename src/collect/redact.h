/* SPDX-License-Identifier: MIT
 * redact.h — removes secrets from API bodies before they reach a
 * snapshot: API token values, OAuth client secrets, OAuth access and
 * refresh tokens, SunCo key and webhook secrets, webhook credentials,
 * SSO shared secrets, passwords of legacy targets, app settings that
 * look like credentials. What stays is the metadata controls judge. */
#ifndef ZD_COLLECT_REDACT_H
#define ZD_COLLECT_REDACT_H
#include <stddef.h>
#include <jansson.h>

/* Removes the secrets of endpoint 'key' from 'body' (changed in place).
 * Returns how many values were removed or masked. */
size_t zd_redact_body(const char *key, json_t *body);

struct zd_collect_finder;
/* Replaces each credential 'f' finds in any string of 'body' (names
 * included) by "[credential removed: LABEL]". Runs the finder once over
 * the whole body and walks the strings only when it found something.
 * Returns how many were removed. */
size_t zd_redact_found(const struct zd_collect_finder *f, json_t *body);

#endif
