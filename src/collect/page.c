/* SPDX-License-Identifier: MIT
 * page.c — page shape, next links and merging rules (see page.h).
 * Cursor pages carry meta.has_more + links.next; when a server ignores
 * page[size] and answers with offset pages, next_page is followed. */
#include "collect/page.h"

#include <string.h>

static const char *const paging_fields[] = {
  "links", "meta", "next_page", "previous_page", "count", "after_cursor",
  "before_cursor", "after_url", "before_url", "end_of_stream", NULL
};

int zd_page_single_item(const struct zd_endpoint_def *def, json_t *body)
{
  return def->list && def->paging == ZD_PAGE_NONE &&
         (def->scope == ZD_SCOPE_HC_BRAND || def->scope == ZD_SCOPE_DERIVED) &&
         json_is_object(body) &&
         !json_is_array(json_object_get(body, def->list));
}

static const char *string_or_null(json_t *v, const char **out)
{
  *out = NULL;
  if(!v || json_is_null(v))
    return NULL;
  if(!json_is_string(v) || !*json_string_value(v))
    return "the next-page link is not a string";
  *out = json_string_value(v);
  return NULL;
}

const char *zd_page_check(const struct zd_endpoint_def *def, json_t *body,
                          const char **next)
{
  json_t *meta, *more;
  *next = NULL;
  if(!json_is_object(body))
    return "the body is not a JSON object";
  if(def->list && !zd_page_single_item(def, body) &&
     !json_is_array(json_object_get(body, def->list)))
    return "the body has no list where the endpoint table says";
  meta = json_object_get(body, "meta");
  switch(def->paging) {
  case ZD_PAGE_NONE:
    return NULL;
  case ZD_PAGE_CURSOR:
    more = json_object_get(meta, "has_more");
    if(more) {
      if(!json_is_boolean(more))
        return "meta.has_more is not a boolean";
      if(json_is_false(more))
        return NULL;
      if(string_or_null(json_object_get(json_object_get(body, "links"),
                                        "next"), next) || !*next)
        return "meta.has_more is true but links.next is missing";
      return NULL;
    }
    return string_or_null(json_object_get(body, "next_page"), next);
  case ZD_PAGE_OFFSET:
    return string_or_null(json_object_get(body, "next_page"), next);
  case ZD_PAGE_SUNCO:
    more = json_object_get(meta, "hasMore");
    if(!more || json_is_false(more))
      return NULL;
    if(!json_is_boolean(more))
      return "meta.hasMore is not a boolean";
    if(string_or_null(json_object_get(json_object_get(body, "links"),
                                      "next"), next) || !*next)
      return "meta.hasMore is true but links.next is missing";
    return NULL;
  }
  return NULL;
}

void zd_page_strip(json_t *body)
{
  for(int i = 0; paging_fields[i]; i++)
    json_object_del(body, paging_fields[i]);
}

const char *zd_page_first_query(zd_page_kind kind)
{
  switch(kind) {
  case ZD_PAGE_CURSOR:
  case ZD_PAGE_SUNCO:
    return "page%5Bsize%5D=100";
  case ZD_PAGE_OFFSET:
    return "per_page=100";
  default:
    return NULL;
  }
}
