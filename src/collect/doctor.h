/* SPDX-License-Identifier: MIT
 * doctor.h — checks a credential before a collection (`zdaudit doctor`):
 * at most three requests to Zendesk Support, plus one to Sunshine
 * Conversations when its key is configured. */
#ifndef ZD_COLLECT_DOCTOR_H
#define ZD_COLLECT_DOCTOR_H
#include <jansson.h>
#include "collect/collect.h"

/* Runs the checks with the same options and credentials as collect and
 * returns what they found (new reference, never NULL):
 *   {"target", "credential" (words, never a value),
 *    "reached": bool, "error": transport or setup error,
 *    "status": HTTP status of users/me, "accepted": bool,
 *    "user": {"name", "email", "role"} or null, "admin": bool,
 *    "products": ["Support", "Chat", ...] or null, "pod": n,
 *    "audit_logs": "usable" | "refused (HTTP n)" | "not checked: …",
 *    "sunco": "usable" | "refused (HTTP n)" | "not configured: …",
 *    "refused": [endpoint keys collect will be refused],
 *    "skipped": [endpoint keys collect will skip],
 *    "zendesk_requests": n, "sunco_requests": n} */
json_t *zd_collect_doctor(const struct zd_collect_opts *opts);

#endif
