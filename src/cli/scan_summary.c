/* SPDX-License-Identifier: MIT
 * scan_summary.c — --skip-field matching and the --summary tally of
 * `zdaudit scan` (see scan_summary.h). Field paths are compared with their
 * array indices dropped, so "comments.author.name" names the author of
 * every comment; the tally keys fields the same way. Counts live in two
 * small open-addressing hash tables (field -> counts per type, record ->
 * count): an export with a million findings has few fields, and records
 * are counted, never stored with values. */
#include "cli/scan_summary.h"
#include "core/alloc.h"

#include <stdlib.h>
#include <string.h>

/* 'in' without "[N]", "[]" or "[*]" segments (free()). */
static char *normalise(const char *scope, const char *in)
{
  size_t n = (scope ? strlen(scope) + 1 : 0) + strlen(in) + 1;
  char *out = zd_malloc(n), *o = out;
  if(scope) {
    strcpy(o, scope);
    o += strlen(scope);
    *o++ = '.';
  }
  while(*in) {
    if(*in == '[') {
      const char *e = strchr(in, ']');
      if(e) {
        in = e + 1;
        continue;
      }
    }
    *o++ = *in++;
  }
  *o = '\0';
  return out;
}

int zd_skip_fields_add(struct zd_skip_fields *s, const char *path)
{
  char *p = normalise(NULL, path);
  size_t a = 0, b = strlen(p);
  while(p[a] == '.')   /* ".author.name" is "author.name" */
    a++;
  while(b > a && p[b - 1] == '.')
    b--;
  if(b == a) {
    free(p);
    return -1;
  }
  memmove(p, p + a, b - a);
  p[b - a] = '\0';
  s->path = zd_realloc(s->path, (s->n + 1) * sizeof(*s->path));
  s->path[s->n++] = p;
  return 0;
}

void zd_skip_fields_free(struct zd_skip_fields *s)
{
  for(size_t i = 0; i < s->n; i++)
    free(s->path[i]);
  free(s->path);
  s->path = NULL;
  s->n = 0;
}

int zd_skip_fields_match(const struct zd_skip_fields *s, const char *scope,
                         const char *field)
{
  char *f;
  size_t fn;
  int hit = 0;
  if(!s->n || !field)
    return 0;
  f = normalise(scope, field);
  fn = strlen(f);
  for(size_t i = 0; i < s->n && !hit; i++) {
    size_t pn = strlen(s->path[i]);
    hit = !strcmp(f, s->path[i]) ||
          (fn > pn && f[fn - pn - 1] == '.' &&
           !strcmp(f + fn - pn, s->path[i]));
  }
  free(f);
  return hit;
}

/* ---- the tally --------------------------------------------------------- */

struct slot {
  char *key;
  uint64_t total;
  uint64_t *by_type;   /* fields only: ZD_SCAN_TYPE_COUNT counts */
};

struct table {
  struct slot *s;
  size_t cap, n;
  int typed;
};

struct zd_scan_tally {
  struct table fields, records;
  uint64_t by_type[ZD_SCAN_TYPE_COUNT];
};

static uint64_t hash(const char *s)
{
  uint64_t h = 1469598103934665603ULL;
  for(; *s; s++)
    h = (h ^ (unsigned char)*s) * 1099511628211ULL;
  return h;
}

static void grow(struct table *t)
{
  struct table old = *t;
  t->cap = old.cap ? old.cap * 2 : 64;
  t->s = zd_calloc(t->cap, sizeof(*t->s));
  t->n = 0;
  for(size_t i = 0; i < old.cap; i++)
    if(old.s[i].key) {
      uint64_t h = hash(old.s[i].key);
      size_t j = (size_t)(h & (t->cap - 1));
      while(t->s[j].key)
        j = (j + 1) & (t->cap - 1);
      t->s[j] = old.s[i];
      t->n++;
    }
  free(old.s);
}

static struct slot *find(struct table *t, const char *key)
{
  size_t j;
  if((t->n + 1) * 4 > t->cap * 3)
    grow(t);
  j = (size_t)(hash(key) & (t->cap - 1));
  while(t->s[j].key && strcmp(t->s[j].key, key))
    j = (j + 1) & (t->cap - 1);
  if(!t->s[j].key) {
    t->s[j].key = zd_strdup(key);
    if(t->typed)
      t->s[j].by_type = zd_calloc(ZD_SCAN_TYPE_COUNT, sizeof(uint64_t));
    t->n++;
  }
  return &t->s[j];
}

struct zd_scan_tally *zd_scan_tally_new(void)
{
  struct zd_scan_tally *t = zd_calloc(1, sizeof(*t));
  t->fields.typed = 1;
  return t;
}

static void table_free(struct table *t)
{
  for(size_t i = 0; i < t->cap; i++) {
    free(t->s[i].key);
    free(t->s[i].by_type);
  }
  free(t->s);
}

void zd_scan_tally_free(struct zd_scan_tally *t)
{
  if(!t)
    return;
  table_free(&t->fields);
  table_free(&t->records);
  free(t);
}

void zd_scan_tally_add(struct zd_scan_tally *t, zd_scan_type type,
                       const char *scope, const char *field,
                       const char *record)
{
  char *f = normalise(field ? scope : NULL, field ? field : "(whole file)");
  struct slot *s = find(&t->fields, f);
  free(f);
  s->total++;
  s->by_type[type]++;
  t->by_type[type]++;
  find(&t->records, record)->total++;
}

static int by_count(const void *a, const void *b)
{
  const struct slot *x = *(const struct slot *const *)a;
  const struct slot *y = *(const struct slot *const *)b;
  if(x->total != y->total)
    return x->total < y->total ? 1 : -1;
  return strcmp(x->key, y->key);
}

/* The table's slots in use, most findings first (free()). */
static const struct slot **sorted(const struct table *t)
{
  const struct slot **v = zd_malloc((t->n + 1) * sizeof(*v));
  size_t k = 0;
  for(size_t i = 0; i < t->cap; i++)
    if(t->s[i].key)
      v[k++] = &t->s[i];
  qsort(v, k, sizeof(*v), by_count);
  return v;
}

/* The type with the most findings not 'done' yet (then marked), or -1. */
static int next_type(const uint64_t *by_type, int *done)
{
  int best = -1;
  for(int i = 0; i < ZD_SCAN_TYPE_COUNT; i++)
    if(!done[i] && by_type[i] && (best < 0 || by_type[i] > by_type[best]))
      best = i;
  if(best >= 0)
    done[best] = 1;
  return best;
}

void zd_scan_tally_print(const struct zd_scan_tally *t, FILE *out,
                         size_t top)
{
  const struct slot **v = sorted(&t->fields);
  int done[ZD_SCAN_TYPE_COUNT], k;
  size_t i;
  fputs("findings by field (array indices dropped):\n", out);
  for(i = 0; i < t->fields.n; i++) {
    const char *sep = "";
    fprintf(out, "  %10llu  %s  (", (unsigned long long)v[i]->total,
            v[i]->key);
    memset(done, 0, sizeof(done));
    while((k = next_type(v[i]->by_type, done)) >= 0) {
      fprintf(out, "%s%s %llu", sep, zd_scan_type_name((zd_scan_type)k),
              (unsigned long long)v[i]->by_type[k]);
      sep = ", ";
    }
    fputs(")\n", out);
  }
  free(v);
  fputs("findings by type:\n", out);
  memset(done, 0, sizeof(done));
  while((k = next_type(t->by_type, done)) >= 0)
    fprintf(out, "  %10llu  %s\n", (unsigned long long)t->by_type[k],
            zd_scan_type_name((zd_scan_type)k));
  v = sorted(&t->records);
  fprintf(out, "findings by ticket or record (top %zu of %zu):\n",
          top < t->records.n ? top : t->records.n, t->records.n);
  for(i = 0; i < t->records.n && i < top; i++)
    fprintf(out, "  %10llu  %s\n", (unsigned long long)v[i]->total,
            v[i]->key);
  free(v);
}

json_t *zd_scan_tally_json(const struct zd_scan_tally *t, size_t top)
{
  json_t *o = json_object(), *bf = json_object(), *tr = json_array();
  const struct slot **v = sorted(&t->fields);
  size_t i;
  for(i = 0; i < t->fields.n; i++) {
    json_t *types = json_object();
    for(int k = 0; k < ZD_SCAN_TYPE_COUNT; k++)
      if(v[i]->by_type[k])
        json_object_set_new(types, zd_scan_type_name((zd_scan_type)k),
                            json_integer((json_int_t)v[i]->by_type[k]));
    json_object_set_new(bf, v[i]->key, types);
  }
  free(v);
  v = sorted(&t->records);
  for(i = 0; i < t->records.n && i < top; i++)
    json_array_append_new(tr, json_pack("{s:s, s:I}", "record", v[i]->key,
                                        "findings",
                                        (json_int_t)v[i]->total));
  free(v);
  json_object_set_new(o, "by_field", bf);
  json_object_set_new(o, "top_records", tr);
  json_object_set_new(o, "records", json_integer((json_int_t)t->records.n));
  return o;
}
