/* SPDX-License-Identifier: MIT
 * lua_scan_each.c — zd.scan_each(list, field [, opts]): zd.scan over one
 * string field of every item of a list, for the content controls (every
 * help-centre article, every tag). The texts are scanned where they are
 * in the snapshot document, never copied into Lua, and, when the run may
 * use several cores (zd_engine_opts.jobs), items are shared out among
 * threads, each with its own scanner. Findings are kept per item and
 * handed to Lua in item order, so the result is the same for any number
 * of threads. */
#define _GNU_SOURCE   /* memmem */
#include "engine/engine_int.h"
#include "engine/lua_bridge.h"
#include "engine/lua_scan.h"
#include "core/alloc.h"
#include "core/jdoc.h"
#include "scan/html.h"

#include <lauxlib.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* Below this many bytes of text in all, one thread does it all: starting
 * threads costs more than it saves. */
#define PARALLEL_MIN_BYTES (256 * 1024)

/* Scanners for the other threads (clones of zd.scan's: the trigger
 * database is shared), made on first use and kept. */
static struct zd_scanner *extra[ZD_MAX_JOBS];

static void free_extra(void)
{
  for(size_t i = 0; i < ZD_MAX_JOBS; i++) {
    zd_scanner_free(extra[i]);
    extra[i] = NULL;
  }
}

struct item {
  const char *text;      /* a jansson string's bytes; NULL for a document
                            string (read when scanned) */
  zd_jref ref;           /* a document string, or ZD_JREF_NONE (none, or
                            empty) */
  size_t len;
  atomic_int done;       /* scanned (zd_jdoc_release behind it) */
  struct zd_lua_hits hits;
  int marked;            /* text holds opts.mark */
  char *failed;          /* the scan failed: why (malloc'd), else NULL;
                            not a struct zd_error per item: 50,000 tags
                            would hold 26 MB of them */
};

struct job {
  struct item *items;
  size_t n;
  const struct zd_jdoc *doc;   /* the list's document, or NULL */
  size_t low;            /* items below it are scanned ... */
  uint64_t released;     /* ... and the file's bytes below this given back */
  atomic_size_t next;    /* the next item to take */
  int html;
  char space;            /* read this byte as ' ' (0: none) */
  const char *mark;
  size_t marklen;
};

struct worker {
  struct job *job;
  struct zd_scanner *scanner;
  char *copy;            /* for opts.space */
  size_t copycap;
  struct zd_jscratch tmp;   /* a long escaped string, decoded */
  int first;             /* the calling thread: gives memory back */
};

/* Whether 's' holds 'm' (mlen >= 1): where its first two bytes stand,
 * sixteen positions a step (glibc's memmem took 3.6 instructions a byte
 * of article for "<img"). */
static int contains(const char *s, size_t n, const char *m, size_t mlen)
{
  size_t i = 0;
#if defined(__SSE2__)
  if(mlen >= 2) {
    const __m128i a = _mm_set1_epi8(m[0]), b = _mm_set1_epi8(m[1]);
    for(; i + 17 <= n; i += 16) {
      __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
      __m128i y = _mm_loadu_si128((const __m128i *)(const void *)(s + i + 1));
      unsigned bits = (unsigned)_mm_movemask_epi8(
        _mm_and_si128(_mm_cmpeq_epi8(x, a), _mm_cmpeq_epi8(y, b)));
      while(bits) {
        size_t k = i + (size_t)__builtin_ctz(bits);
        if(k + mlen <= n && !memcmp(s + k, m, mlen))
          return 1;
        bits &= bits - 1;
      }
    }
  }
#endif
  return memmem(s + i, n - i, m, mlen) != NULL;   /* the rest */
}

static void scan_item(struct worker *w, struct item *it)
{
  struct job *j = w->job;
  struct zd_error err;
  const char *text = it->text;
  size_t len;
  zd_code rc;
  if(!text)
    text = zd_jdoc_str(j->doc, it->ref, &len, &w->tmp);
  if(j->mark && contains(text, it->len, j->mark, j->marklen))
    it->marked = 1;
  if(j->space) {
    if(it->len > w->copycap) {
      w->copycap = it->len;
      w->copy = zd_realloc(w->copy, w->copycap);
    }
    for(size_t i = 0; i < it->len; i++)
      w->copy[i] = text[i] == j->space ? ' ' : text[i];
    text = w->copy;
  }
  zd_error_clear(&err);
  rc = j->html ? zd_scan_html(w->scanner, text, it->len, zd_lua_scan_collect,
                              &it->hits, &err)
               : zd_scan_buffer(w->scanner, text, it->len,
                                zd_lua_scan_collect, &it->hits, &err);
  if(rc != ZD_OK)
    it->failed = zd_strdup(err.msg);
}

/* The items scanned, from the lowest not yet known to be: the file's
 * pages below the next one's text are given back (a mapped document:
 * 260 MB of article bodies need not stay in memory at once). */
static void release_behind(struct job *j)
{
  uint64_t to = j->doc->len;
  while(j->low < j->n &&
        atomic_load_explicit(&j->items[j->low].done, memory_order_acquire))
    j->low++;
  /* (an item whose text is not in the file: wait for one that is) */
  if(j->low < j->n &&
     (to = zd_jdoc_str_pos(j->doc, j->items[j->low].ref)) == UINT64_MAX)
    return;
  if(to >= j->released + (1u << 20) || j->low == j->n) {
    zd_jdoc_release(j->doc, j->released, to);
    j->released = to;
  }
}

static void *work(void *arg)
{
  struct worker *w = arg;
  struct job *j = w->job;
  for(;;) {
    size_t i = atomic_fetch_add(&j->next, 1);
    if(i >= j->n)
      break;
    if(j->items[i].text || j->items[i].ref != ZD_JREF_NONE)
      scan_item(w, &j->items[i]);
    atomic_store_explicit(&j->items[i].done, 1, memory_order_release);
    if(w->first && j->doc && j->doc->map)
      release_behind(j);
  }
  return NULL;
}

/* The text of field 'name' of item 'i' of the list (a document's, or a
 * jansson array behind a view: tests, other controls' evidence). */
static void item_text(struct zd_jdoc *d, zd_jref list, json_t *jlist,
                      size_t i, const char *name, size_t nlen,
                      struct item *it)
{
  json_t *v;
  it->ref = ZD_JREF_NONE;
  if(d) {
    zd_jref r = zd_jdoc_get(d, zd_jdoc_at(d, list, i), name, nlen);
    if(zd_jdoc_type(d, r) == ZD_J_STRING && d->nodes[r].n) {
      it->ref = r;
      it->len = d->nodes[r].n;
    }
    return;
  }
  v = json_object_getn(json_array_get(jlist, i), name, nlen);
  if(json_is_string(v)) {
    it->text = json_string_value(v);
    it->len = json_string_length(v);
  }
}

static int engine_jobs(lua_State *L)
{
  int n = zd_engine_of(L)->jobs;
  return n < 1 ? 1 : n > ZD_MAX_JOBS ? ZD_MAX_JOBS : n;
}

/* zd.scan_each(list, field [, opts]) -> found, marked. 'found[i]' holds
 * what zd.scan(item[field], opts) gives for each item i whose field is a
 * non-empty string with findings (absent otherwise); 'marked' lists, in
 * order, the items whose text holds the literal opts.mark. opts.space =
 * "_" reads that character as a space (same length, same offsets). */
/* The items, held by a userdata on the Lua stack while findings are
 * pushed: a Lua error there (out of memory) unwinds past this function,
 * and the collector frees what the threads found. */
struct items_guard { struct item *items; size_t n; };

static void free_items(struct items_guard *g)
{
  for(size_t k = 0; g->items && k < g->n; k++) {
    free(g->items[k].hits.v);
    free(g->items[k].failed);
  }
  free(g->items);
  g->items = NULL;
  g->n = 0;
}

static int items_guard_gc(lua_State *L)
{
  free_items(lua_touserdata(L, 1));
  return 0;
}

int zd_l_scan_each(lua_State *L)
{
  struct items_guard *guard;
  struct zd_jdoc *d = NULL;
  zd_jref list = 0;
  json_t *jlist = NULL;
  size_t nlen, n, bytes = 0, nthreads;
  const char *name = luaL_checklstring(L, 2, &nlen);
  struct zd_lua_hits opts = {NULL, 0, 0, 0, 0};
  struct job job;
  struct worker w[ZD_MAX_JOBS];
  pthread_t tid[ZD_MAX_JOBS];
  size_t started = 0, nmarked = 0;
  memset(w, 0, sizeof(w));
  if(zd_lua_view_kind(L, 1) != 'a')
    return luaL_argerror(L, 1, "an array view expected");
  memset(&job, 0, sizeof(job));
  job.html = zd_lua_scan_opts(L, 3, &opts);
  if(!lua_isnoneornil(L, 3)) {
    if(lua_getfield(L, 3, "mark") != LUA_TNIL)
      job.mark = luaL_checklstring(L, -1, &job.marklen);   /* opts holds it */
    lua_pop(L, 1);
    if(lua_getfield(L, 3, "space") != LUA_TNIL) {
      size_t sl;
      const char *sp = luaL_checklstring(L, -1, &sl);
      luaL_argcheck(L, sl == 1, 3, "opts.space must be one character");
      job.space = sp[0];
    }
    lua_pop(L, 1);
    luaL_argcheck(L, !job.mark || job.marklen > 0, 3,
                  "opts.mark must not be empty");
  }
  lua_settop(L, 3);
  /* Everything that may raise a Lua error comes before the first malloc
   * or is covered by the guard. */
  w[0].scanner = zd_lua_scanner(L);
  guard = zd_lua_push_guard(L, sizeof(*guard), "zd.scan_each.items",
                            items_guard_gc);
  if(!zd_lua_view_jdoc(L, 1, &d, &list))
    jlist = zd_lua_view_json(L, 1);
  n = d ? zd_jdoc_count(d, list) : json_array_size(jlist);
  job.items = zd_calloc(n ? n : 1, sizeof(*job.items));
  job.n = n;
  guard->items = job.items;
  guard->n = n;
  for(size_t i = 0; i < n; i++) {
    struct item *it = &job.items[i];
    item_text(d, list, jlist, i, name, nlen, it);
    if(it->text && !it->len)
      it->text = NULL;
    atomic_init(&it->done, 0);
    it->hits.threshold = opts.threshold;
    it->hits.types = opts.types;
    bytes += it->len;
  }
  nthreads = bytes >= PARALLEL_MIN_BYTES ? (size_t)engine_jobs(L) : 1;
  if(nthreads > n)
    nthreads = n ? n : 1;
  job.doc = d;
  w[0].job = &job;
  w[0].first = 1;
  for(size_t t = 1; t < nthreads; t++) {
    struct zd_error err;
    if(!extra[t]) {
      static int registered;   /* once: zd.scan_each runs many times */
      if(zd_scanner_clone(w[0].scanner, &extra[t], &err))
        break;   /* fewer threads: the same findings */
      if(!registered++)
        atexit(free_extra);
    }
    zd_scanner_set_allow(extra[t], zd_lua_scan_allowed());   /* the run's */
    w[t].job = &job;
    w[t].scanner = extra[t];
    if(pthread_create(&tid[t], NULL, work, &w[t]))
      break;
    started = t;
  }
  work(&w[0]);
  for(size_t t = 1; t <= started; t++)
    pthread_join(tid[t], NULL);
  for(size_t t = 0; t < nthreads; t++) {
    free(w[t].copy);
    free(w[t].tmp.p);
  }
  if(d && d->map)
    release_behind(&job);   /* what the other threads scanned last */

  /* what the threads found, in item order */
  for(size_t i = 0; i < n; i++)
    if(job.items[i].failed) {
      char msg[ZD_ERROR_MSG_SIZE];
      snprintf(msg, sizeof(msg), "%s", job.items[i].failed);
      free_items(guard);
      return luaL_error(L, "zd.scan_each: item %d: %s", (int)i + 1, msg);
    }
  lua_newtable(L);
  lua_newtable(L);
  for(size_t i = 0; i < n; i++) {
    struct item *it = &job.items[i];
    if(it->hits.n) {
      zd_lua_push_hits(L, &it->hits);
      lua_rawseti(L, -3, (lua_Integer)i + 1);
    }
    if(it->marked) {
      lua_pushinteger(L, (lua_Integer)i + 1);
      lua_rawseti(L, -2, (lua_Integer)++nmarked);
    }
  }
  free_items(guard);
  return 2;
}
