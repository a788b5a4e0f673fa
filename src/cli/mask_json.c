/* SPDX-License-Identifier: MIT
 * mask_json.c — masks, in place, every PHI or credential value the scanner
 * finds in the strings of a JSON document (object keys stay), with the
 * same masks reports use. The evidence package stores the snapshot this
 * way unless --show-values was given. */
#include "cli/mask_json.h"
#include "core/buf.h"
#include "core/limits.h"

#include <string.h>

struct span_list {
  struct zd_buf out;      /* the rewritten string */
  const char *text;
  size_t done;            /* bytes of 'text' already copied */
  size_t found;
};

static int on_finding(const struct zd_scan_finding *f, const char *value,
                      void *ud)
{
  struct span_list *l = ud;
  char masked[ZD_SCAN_MASK_SIZE];
  if(f->start < l->done)        /* overlaps what is already masked */
    return 0;
  zd_scan_mask(f->type, value, (size_t)(f->end - f->start), masked,
               sizeof(masked));
  if(zd_buf_add(&l->out, l->text + l->done, (size_t)f->start - l->done) ||
     zd_buf_adds(&l->out, masked))
    return 1;
  l->done = (size_t)f->end;
  l->found++;
  return 0;
}

/* Masks one string value; returns the new string or NULL when nothing
 * was found. */
static json_t *mask_string(struct zd_scanner *sc, const json_t *s,
                           size_t *count, int *failed)
{
  struct span_list l;
  size_t len = json_string_length(s);
  json_t *res = NULL;
  memset(&l, 0, sizeof(l));
  l.text = json_string_value(s);
  zd_buf_init(&l.out, len + 4096 + len / 2);
  if(zd_scan_buffer(sc, l.text, len, on_finding, &l, NULL) != ZD_OK ||
     (l.found && zd_buf_add(&l.out, l.text + l.done, len - l.done))) {
    *failed = 1;
    zd_buf_free(&l.out);
    return NULL;
  }
  if(l.found) {
    res = json_stringn(zd_buf_str(&l.out), l.out.len);
    *count += l.found;
  }
  zd_buf_free(&l.out);
  return res;
}

static int walk(struct zd_scanner *sc, json_t *v, size_t *count, int depth);

/* Masks one member or element 'x': returns its masked replacement (a new
 * string) or NULL when it stays; '*failed' is set when it could not be
 * scanned. */
static json_t *visit(struct zd_scanner *sc, json_t *x, size_t *count,
                     int depth, int *failed)
{
  if(json_is_string(x))
    return mask_string(sc, x, count, failed);
  if(walk(sc, x, count, depth + 1))
    *failed = 1;
  return NULL;
}

static int walk(struct zd_scanner *sc, json_t *v, size_t *count, int depth)
{
  int failed = 0;
  json_t *x, *m;
  if(depth > 256)
    return -1;
  if(json_is_object(v)) {
    const char *k;
    void *tmp;
    json_object_foreach_safe(v, tmp, k, x) {
      /* an audit-log entry's actor is the staff member who made the
       * change: naming them is what a diff is for, and no patient's name
       * stands there (a bare "First Last" is a name to the scanner) */
      if(json_is_string(x) && !strcmp(k, "actor"))
        continue;
      if((m = visit(sc, x, count, depth, &failed)))
        json_object_set_new(v, k, m);
      if(failed)
        return -1;
    }
  }
  else if(json_is_array(v)) {
    size_t i;
    json_array_foreach(v, i, x) {
      if((m = visit(sc, x, count, depth, &failed)))
        json_array_set_new(v, i, m);
      if(failed)
        return -1;
    }
  }
  return 0;
}

int zd_cli_mask_json(struct zd_scanner *sc, json_t *doc, size_t *count)
{
  *count = 0;
  return walk(sc, doc, count, 0);
}
