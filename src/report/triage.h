/* SPDX-License-Identifier: MIT
 * triage.h — what to fix first, derived from a results document alone (so
 * a saved result re-renders the same): the severity order of "Needs
 * action" and the root causes, i.e. one setting or object whose wrong
 * value appears in the evidence of several failing controls. */
#ifndef ZD_TRIAGE_H
#define ZD_TRIAGE_H
#include <stddef.h>
#include <jansson.h>

/* 0 critical, 1 high, 2 medium, 3 low, 4 anything else. */
int zd_rep_severity_rank(const char *word);

/* Indexes into the results of 'doc' of every `fail` and `error` result,
 * most severe first, then by area (catalog order of first appearance),
 * then catalog order. Returns a new array (free it) and sets '*n'. */
size_t *zd_rep_needs_action(const json_t *doc, size_t *n);

/* The root causes of 'doc' (a new array; decref it), biggest first:
 *   {"endpoint": "security_settings",
 *    "path": "security_settings.authentication.agent.two_factor_enforce"
 *      or "object": {"type", "id", "title"},
 *    "settings": [{"path" or "field", "actual", "expected"}, ...],
 *    "controls": ["ZD.SUP.1.1", ...],   failing controls whose evidence
 *                                       shows this wrong value
 *    "resolves": ["ZD.SUP.1.1", ...],   those of them that show no other
 *                                       wrong value: fixing this one
 *                                       setting should make them pass
 *    "severity": worst severity among the controls,
 *    "summary": one line in words}
 * An evidence item counts as a wrong value when it names a place
 * (endpoint + path, or endpoint + object) and has an "actual" that differs
 * from its "expected". Only causes shared by two or more controls are
 * returned. */
json_t *zd_rep_root_causes(const json_t *doc);

#endif
