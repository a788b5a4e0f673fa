/* SPDX-License-Identifier: MIT
 * results_json.h — the results document (docs/results.md) from a run. */
#ifndef ZD_RESULTS_JSON_H
#define ZD_RESULTS_JSON_H
#include <time.h>
#include <jansson.h>
#include "engine/engine.h"

#define ZD_RESULTS_SCHEMA "zdaudit/results/1"
/* The baseline the controls implement (catalog.md), as results name it. */
#define ZD_BASELINE_NAME "Zendesk minimum security configuration for HIPAA- " \
                         "and HDS-enabled accounts"
#define ZD_BASELINE_REVISION "2025-01-28"

/* A new document for 'r' (controls' metadata included), collected from
 * 'snap', generated at 'generated_at'. */
json_t *zd_results_document(const struct zd_results *r,
                            const struct zd_snapshot *snap,
                            time_t generated_at);

/* `assess --advisory`: counts the advisory checks ('advisory', which
 * stays) as results too: appended to 'results' and added to 'summary',
 * so the exit code, severity order and root causes take them in;
 * 'advisory_counted' becomes true. Without it they are only listed. */
void zd_results_count_advisory(json_t *doc);

#endif
