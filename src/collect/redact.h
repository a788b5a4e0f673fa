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

#endif
