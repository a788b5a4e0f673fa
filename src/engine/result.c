/* SPDX-License-Identifier: MIT
 * result.c — status words and the results container (see result.h). */
#include "engine/result.h"
#include "engine/engine.h"

#include <stdlib.h>
#include <string.h>

static const char *const names[ZD_STATUS_COUNT] = {
  "pass", "fail", "manual", "attested", "accepted", "not_applicable", "error"
};

const char *zd_status_name(zd_status s)
{
  return (unsigned)s < ZD_STATUS_COUNT ? names[s] : "error";
}

int zd_status_parse(const char *word, zd_status *out)
{
  for(int i = 0; i < ZD_STATUS_COUNT; i++)
    if(word && !strcmp(word, names[i])) {
      *out = (zd_status)i;
      return 0;
    }
  return -1;
}

void zd_results_free(struct zd_results *r)
{
  if(!r)
    return;
  for(size_t i = 0; i < r->n; i++) {
    free(r->items[i].details);
    json_decref(r->items[i].evidence);
    json_decref(r->items[i].attestation);
    json_decref(r->items[i].exception);
    json_decref(r->items[i].excepted);
    json_decref(r->items[i].annotations);
  }
  free(r->items);
  r->items = NULL;
  r->n = 0;
}

struct zd_result *zd_results_find(struct zd_results *r, const char *id)
{
  for(size_t i = 0; i < r->n; i++)
    if(r->items[i].control && !strcmp(r->items[i].control->id, id))
      return &r->items[i];
  return NULL;
}
