/* SPDX-License-Identifier: MIT
 * page.h — one page of a Zendesk list: its shape checked against the
 * endpoint table, the link to the next page found for each paging style
 * (cursor, offset, Sunshine Conversations), and the paging fields dropped
 * so merged pages look like one response. */
#ifndef ZD_COLLECT_PAGE_H
#define ZD_COLLECT_PAGE_H
#include <jansson.h>
#include "snapshot/snapshot.h"

/* 1 when a response for 'def' lacking its list is itself one item of the
 * merged list (Help Center settings per brand, host-mapping checks). */
int zd_page_single_item(const struct zd_endpoint_def *def, json_t *body);
/* Checks 'body' (borrowed) for 'def'; sets '*next' (borrowed from 'body')
 * to the next page's URL or NULL. Returns NULL when fine, else a static
 * description of what is wrong (no body content in it). */
const char *zd_page_check(const struct zd_endpoint_def *def, json_t *body,
                          const char **next);
/* Removes pagination fields (links, meta, next_page, count…) from 'body'. */
void zd_page_strip(json_t *body);
/* The query to add to the first request of 'kind' ("page%5Bsize%5D=100",
 * "per_page=100") or NULL. */
const char *zd_page_first_query(zd_page_kind kind);

#endif
