/* SPDX-License-Identifier: MIT
 * emu.c — the Zendesk API emulator (see emu.h). One libmicrohttpd daemon,
 * a thread per connection (so a slow answer delays only its own), and one
 * mutex around everything shared: fixtures, counters, the request log. */
#include "emu.h"
#include "snapshot/snapshot.h"

#include <arpa/inet.h>
#include <dirent.h>
#include <math.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

struct bucket {
  double tokens, last;
  int started;
};

struct emu {
  struct MHD_Daemon *d;
  json_t *scenario;
  json_t *fixtures;       /* key -> body */
  json_t *log;
  json_t *counts;         /* key -> requests so far */
  json_t *user_pools;     /* roles asked ("agent,admin,") -> users body */
  json_t *stats;
  pthread_mutex_t mu;
  long nreq;
  long connections;       /* TCP connections accepted */
  double t0;
  volatile int stopping;
  int tls;
  struct bucket account;       /* the account's rate limit */
  struct bucket endpoint[128]; /* per endpoint (endpoint_limit) */
  unsigned short port;
};

struct conn {
  double arrived;
  char *post;
  size_t post_len;
};

static double now_ms(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

/* ---- fixtures ----------------------------------------------------------- */

static void generate(json_t *fixtures, json_t *gen)
{
  const char *key;
  json_t *n;
  json_object_foreach(gen, key, n) {
    const struct zd_endpoint_def *def = zd_endpoint_find(key);
    json_t *body = json_object_get(fixtures, key);
    json_t *list, *tmpl, *out;
    json_int_t count = json_integer_value(n);
    if(!def || !def->list || !body)
      continue;
    list = json_object_get(body, def->list);
    tmpl = json_array_get(list, 0);
    if(!tmpl)
      continue;
    out = json_array();
    for(json_int_t i = 0; i < count; i++) {
      json_t *it = json_deep_copy(tmpl);
      char buf[64];
      /* Ids unique across keys too (users and end_users share a list). */
      json_object_set_new(it, "id", json_integer(
        900000000 + (json_int_t)(def - zd_endpoints) * 1000000 + i));
      if(json_object_get(it, "name")) {
        snprintf(buf, sizeof(buf), "%s %lld", key, (long long)i);
        json_object_set_new(it, "name", json_string(buf));
      }
      if(json_object_get(it, "email")) {
        snprintf(buf, sizeof(buf), "user%lld@example.com", (long long)i);
        json_object_set_new(it, "email", json_string(buf));
      }
      json_array_append_new(out, it);
    }
    json_object_set_new(body, def->list, out);
  }
}

static json_t *load_fixtures(const char *dir)
{
  json_t *all = json_object();
  DIR *d = opendir(dir);
  struct dirent *de;
  if(!d)
    return all;
  while((de = readdir(d))) {
    size_t n = strlen(de->d_name);
    char path[4096];
    json_t *j;
    if(n < 6 || strcmp(de->d_name + n - 5, ".json"))
      continue;
    snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
    j = json_load_file(path, 0, NULL);
    if(j) {
      char key[256];
      snprintf(key, sizeof(key), "%.*s", (int)(n - 5), de->d_name);
      json_object_set_new(all, key, j);
    }
  }
  closedir(d);
  return all;
}

/* ---- routing ------------------------------------------------------------ */

/* 1 when 'url' matches 'pattern' ("{x}" matches one segment). */
static int path_matches(const char *pattern, const char *url)
{
  while(*pattern && *url) {
    if(*pattern == '{') {
      const char *pe = strchr(pattern, '}');
      const char *ue = strchr(url, '/');
      if(!pe)
        return 0;
      if(!ue)
        ue = url + strlen(url);
      if(ue == url)
        return 0;
      pattern = pe + 1;
      url = ue;
      continue;
    }
    if(*pattern == '?')
      break;
    if(*pattern != *url)
      return 0;
    pattern++;
    url++;
  }
  return (!*pattern || *pattern == '?') && !*url;
}

static const struct zd_endpoint_def *route(const char *in)
{
  char url[1024];
  size_t n = strlen(in);
  /* Real next links name "/api/v2/triggers.json" (triggers_last_page.
   * zenpy-recording.json): the same endpoint. */
  snprintf(url, sizeof(url), "%.*s", (int)(n > 5 && !strcmp(in + n - 5,
                                                           ".json")
                                           ? n - 5 : n), in);
  for(const struct zd_endpoint_def *d = zd_endpoints; d->key; d++) {
    if(!strncmp(d->path, "tls://", 6))
      continue;
    if(d->scope == ZD_SCOPE_SUNCO) {
      if(!strncmp(url, "/sc/", 4) && path_matches(d->path, url + 3))
        return d;
    }
    else if(path_matches(d->path, url))
      return d;
  }
  return NULL;
}

/* ---- query strings ------------------------------------------------------ */

struct args {
  json_t *pairs;   /* [[k, v], ...] in arrival order */
};

static enum MHD_Result collect_arg(void *cls, enum MHD_ValueKind kind,
                                   const char *key, const char *value)
{
  struct args *a = cls;
  (void)kind;
  json_array_append_new(a->pairs, json_pack("[s,s]", key,
                                            value ? value : ""));
  return MHD_YES;
}

static const char *arg(struct args *a, const char *key)
{
  size_t i;
  json_t *p;
  json_array_foreach(a->pairs, i, p)
    if(!strcmp(json_string_value(json_array_get(p, 0)), key))
      return json_string_value(json_array_get(p, 1));
  return NULL;
}

/* Zendesk's one /api/v2/users serves both endpoint keys: role=end-user is
 * end_users, anything else (role[]=agent&role[]=admin, none) users. */
static const struct zd_endpoint_def *users_route(const struct zd_endpoint_def
                                                 *def, struct args *a)
{
  const char *r = arg(a, "role");
  if(def && !strcmp(def->key, "users") && r && !strcmp(r, "end-user"))
    return zd_endpoint_find("end_users");
  return def;
}

/* The user base (users.json, then end_users.json) kept to the roles the
 * query names in role= or role[]= (all when it names none). New reference;
 * built once per set of roles (big generated lists). */
static json_t *users_body(struct emu *e, struct args *a)
{
  json_t *out, *list, *roles = json_array();
  const char *src[] = {"users", "end_users"};
  char rkey[256] = "";
  size_t i, j;
  json_t *p, *u;
  json_array_foreach(a->pairs, i, p) {
    const char *k = json_string_value(json_array_get(p, 0));
    if(!strcmp(k, "role") || !strcmp(k, "role[]")) {
      json_array_append(roles, json_array_get(p, 1));
      strncat(rkey, json_string_value(json_array_get(p, 1)),
              sizeof(rkey) - strlen(rkey) - 2);
      strcat(rkey, ",");
    }
  }
  if((out = json_object_get(e->user_pools, rkey))) {
    json_decref(roles);
    return json_incref(out);
  }
  out = json_object();
  list = json_array();
  for(int s = 0; s < 2; s++)
    json_array_foreach(json_object_get(json_object_get(e->fixtures, src[s]),
                                       "users"), i, u) {
      const char *role = json_string_value(json_object_get(u, "role"));
      int keep = !json_array_size(roles);
      json_array_foreach(roles, j, p)
        keep |= role && !strcmp(role, json_string_value(p));
      if(keep)
        json_array_append(list, u);
    }
  json_object_set_new(out, "users", list);
  json_decref(roles);
  json_object_set(e->user_pools, rkey, out);
  return out;
}

static void enc(char *out, size_t cap, size_t *o, const char *s)
{
  static const char hex[] = "0123456789ABCDEF";
  for(; *s && *o + 4 < cap; s++) {
    unsigned char ch = (unsigned char)*s;
    if((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
       (ch >= '0' && ch <= '9') || strchr("-._~:", ch))
      out[(*o)++] = (char)ch;
    else {
      out[(*o)++] = '%';
      out[(*o)++] = hex[ch >> 4];
      out[(*o)++] = hex[ch & 15];
    }
  }
  out[*o] = '\0';
}

/* origin + path + ".json" + the request's query with 'key' set to 'v'
 * (raw: already encoded), brand_id dropped as real next links do. */
static char *link_to(const char *origin, const char *path, struct args *a,
                     const char *key, const char *v)
{
  char *out = malloc(8192);
  size_t o = 0, i, pl = strlen(path);
  json_t *p;
  int first = 1, done = 0;
  if(pl > 5 && !strcmp(path + pl - 5, ".json"))
    pl -= 5;
  o = (size_t)snprintf(out, 8192, "%s%.*s.json", origin, (int)pl, path);
  json_array_foreach(a->pairs, i, p) {
    const char *k = json_string_value(json_array_get(p, 0));
    const char *val = json_string_value(json_array_get(p, 1));
    if(o + 8 >= 8192)
      break;
    if(!strcmp(k, "brand_id"))
      continue;
    out[o++] = first ? '?' : '&';
    first = 0;
    enc(out, 8192, &o, k);
    out[o++] = '=';
    if(!strcmp(k, key)) {
      o += (size_t)snprintf(out + o, 8192 - o, "%s", v);
      done = 1;
    }
    else
      enc(out, 8192, &o, val);
  }
  if(!done && o + 8 < 8192) {
    out[o++] = first ? '?' : '&';
    enc(out, 8192, &o, key);
    out[o++] = '=';
    o += (size_t)snprintf(out + o, 8192 - o, "%s", v);
  }
  out[o < 8192 ? o : 8191] = '\0';
  return out;
}

/* ---- opaque cursors ----------------------------------------------------- */

static const char b64[] =
  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/* A cursor as opaque as Zendesk's: base64 with '+', '/' and '=' padding
 * (the fixed prefix bytes encode to "++++////"), written into a link
 * with '=' as %3D, as real links do. 'raw' gets the unescaped form. */
static void cursor_for(long offset, char *link, size_t n)
{
  unsigned char in[64];
  char raw[128];
  size_t len, o = 0, l = 0;
  memcpy(in, "\xfb\xef\xbe\xff\xff\xff", 6);
  len = 6 + (size_t)snprintf((char *)in + 6, sizeof(in) - 6,
                             "{\"v\":%ld}", offset);
  while(len % 3 != 1)
    in[len++] = ' ';           /* so that it ends in "==", as real ones */
  for(size_t i = 0; i < len; i += 3) {
    unsigned v = (unsigned)in[i] << 16;
    if(i + 1 < len)
      v |= (unsigned)in[i + 1] << 8;
    if(i + 2 < len)
      v |= in[i + 2];
    raw[o++] = b64[(v >> 18) & 63];
    raw[o++] = b64[(v >> 12) & 63];
    raw[o++] = i + 1 < len ? b64[(v >> 6) & 63] : '=';
    raw[o++] = i + 2 < len ? b64[v & 63] : '=';
  }
  raw[o] = '\0';
  for(size_t i = 0; raw[i] && l + 4 < n; i++) {
    if(raw[i] == '=') {
      memcpy(link + l, "%3D", 3);
      l += 3;
    }
    else
      link[l++] = raw[i];
  }
  link[l] = '\0';
}

/* The offset in a cursor from cursor_for (a '+' may arrive as ' ', as a
 * form decoder reads it); -1 when it is not one. */
static long cursor_offset(const char *c)
{
  unsigned char out[64];
  size_t o = 0;
  unsigned v = 0;
  int bits = 0;
  long off;
  for(; *c && *c != '=' && o + 1 < sizeof(out); c++) {
    const char *at = strchr(b64, *c == ' ' ? '+' : *c);
    if(!at || !*at)
      return -1;
    v = (v << 6) | (unsigned)(at - b64);
    bits += 6;
    if(bits >= 8) {
      bits -= 8;
      out[o++] = (unsigned char)(v >> bits);
    }
  }
  out[o] = '\0';
  if(o < 8 || memcmp(out, "\xfb\xef\xbe\xff\xff\xff", 6) ||
     sscanf((char *)out + 6, "{\"v\":%ld}", &off) != 1)
    return -1;
  return off;
}

/* ---- pages -------------------------------------------------------------- */

/* One page of 'fixture' as Zendesk answers it. Scenario options of the
 * endpoint 'ov': loop, overlap (each cursor page repeats that many items
 * of the one before, as real lists do), offset_only (page[size] ignored),
 * cap (the API's own limit: tags answer at most 20,000). */
static json_t *page(const struct zd_endpoint_def *def, json_t *fixture,
                    struct args *a, const char *origin, const char *url,
                    const char *self, json_t *ov)
{
  json_t *list = json_object_get(fixture, def->list);
  json_t *out = json_copy(fixture);   /* shallow: the list is replaced */
  json_t *slice = json_array();
  long n = (long)json_array_size(list), start, size, end;
  long overlap = (long)json_integer_value(json_object_get(ov, "overlap"));
  long cap = (long)json_integer_value(json_object_get(ov, "cap"));
  /* "up to 20,000 most popular tags in the last 60 days" (Tags API). */
  if(!cap && !strcmp(def->key, "tags"))
    cap = 20000;
  int loop = json_is_true(json_object_get(ov, "loop"));
  const char *ps = arg(a, "page[size]");
  int cursor = (def->paging == ZD_PAGE_CURSOR && ps &&
                !json_is_true(json_object_get(ov, "offset_only"))) ||
               def->paging == ZD_PAGE_SUNCO;
  char *next = NULL, cur[160];
  if(cap > 0 && n > cap)
    n = cap;
  if(cursor) {
    const char *after = arg(a, "page[after]");
    size = ps ? strtol(ps, NULL, 10) : 25;
    start = after ? cursor_offset(after) : 0;
    if(start < 0) {
      json_decref(out);
      json_decref(slice);
      return NULL;               /* a cursor the emulator never gave */
    }
    if(after && overlap > 0)
      start = start > overlap ? start - overlap : 0;
  }
  else {
    const char *pp = arg(a, "per_page"), *pg = arg(a, "page");
    size = pp ? strtol(pp, NULL, 10) : 100;
    start = ((pg ? strtol(pg, NULL, 10) : 1) - 1) * (size > 0 ? size : 1);
  }
  if(size < 1 || size > 100)
    size = 100;
  if(start < 0)
    start = 0;
  end = start + size < n ? start + size : n;
  for(long i = start; i < end; i++)
    json_array_append(slice, json_array_get(list, (size_t)i));
  json_object_set_new(out, def->list, slice);
  if(cursor)
    cursor_for(end, cur, sizeof(cur));
  else
    snprintf(cur, sizeof(cur), "%ld", end / size + 1);
  if(end < n)
    next = loop ? strdup(self)
                : link_to(origin, url, a, cursor ? "page[after]" : "page",
                          cur);
  if(def->paging == ZD_PAGE_SUNCO)
    json_object_set_new(out, "meta", json_pack("{s:b}", "hasMore",
                                               next != NULL));
  else if(cursor)
    json_object_set_new(out, "meta",
                        json_pack("{s:b, s:s, s:s}", "has_more", next != NULL,
                                  "after_cursor", cur, "before_cursor", cur));
  else {
    json_object_set_new(out, "count", json_integer(n));
    json_object_set_new(out, "previous_page", json_null());
  }
  if(cursor && !next && def->paging == ZD_PAGE_CURSOR) {
    /* The real last page keeps a next link (has_more false decides). */
    char *last = link_to(origin, url, a, "page[after]", cur);
    json_object_set_new(out, "links", json_pack("{s:s, s:n}", "next", last,
                                                 "prev"));
    free(last);
  }
  else if(cursor)
    json_object_set_new(out, "links", json_pack("{s:s?, s:n}", "next", next,
                                                 "prev"));
  else
    json_object_set_new(out, "next_page", next ? json_string(next)
                                               : json_null());
  free(next);
  return out;
}

/* ---- responses ---------------------------------------------------------- */

struct partial {
  char *data;
  size_t len;
};

static ssize_t partial_read(void *cls, uint64_t pos, char *buf, size_t max)
{
  struct partial *p = cls;
  size_t half = p->len / 2;
  if(pos >= half)
    return MHD_CONTENT_READER_END_WITH_ERROR;
  if(max > half - pos)
    max = half - (size_t)pos;
  memcpy(buf, p->data + pos, max);
  return (ssize_t)max;
}

static void partial_free(void *cls)
{
  struct partial *p = cls;
  free(p->data);
  free(p);
}

/* What a reply carries besides status and body. */
struct reply {
  long retry_after_s;      /* -1 none */
  long limit, remaining;   /* rate-limit headers when limit > 0 */
  long reset_s;            /* seconds until a request may pass again */
  const char *spelling;    /* "2023", "2024" (those alone), else both
                              with x-rate-limit, alternating */
  long nreq;               /* which request (alternates the spellings) */
  int reset;               /* drop the connection mid-body */
  int gzip;                /* the client accepts gzip: compress, chunked */
  const char *location;    /* a redirect's target, or "" */
  const char *ep_key;      /* zendesk-ratelimit-<key> when ep_total > 0 */
  long ep_total, ep_remaining, ep_reset;
  const char *echo_auth;   /* hostile: sent back as X-Debug-Authorization */
};

/* A body streamed with no length: chunked transfer, as real replies. */
struct chunked {
  unsigned char *data;
  size_t len;
};

static ssize_t chunked_read(void *cls, uint64_t pos, char *buf, size_t max)
{
  struct chunked *ch = cls;
  if(pos >= ch->len)
    return MHD_CONTENT_READER_END_OF_STREAM;
  if(max > ch->len - pos)
    max = ch->len - (size_t)pos;
  if(max > 4096)
    max = 4096;                /* several chunks for any real page */
  memcpy(buf, ch->data + pos, max);
  return (ssize_t)max;
}

static void chunked_free(void *cls)
{
  struct chunked *ch = cls;
  free(ch->data);
  free(ch);
}

/* 'body' gzip-compressed (new buffer, '*out_len'), or NULL. */
static unsigned char *gzip_body(const char *body, size_t len, size_t *out_len)
{
  z_stream z;
  size_t cap = compressBound((uLong)len) + 64;
  unsigned char *out = malloc(cap);
  memset(&z, 0, sizeof(z));
  if(deflateInit2(&z, 6, Z_DEFLATED, 16 + 15, 8, Z_DEFAULT_STRATEGY) !=
     Z_OK) {
    free(out);
    return NULL;
  }
  z.next_in = (Bytef *)body;
  z.avail_in = (uInt)len;
  z.next_out = out;
  z.avail_out = (uInt)cap;
  if(deflate(&z, Z_FINISH) != Z_STREAM_END) {
    deflateEnd(&z);
    free(out);
    return NULL;
  }
  *out_len = z.total_out;
  deflateEnd(&z);
  return out;
}

static void limit_headers(struct MHD_Response *r, const struct reply *o)
{
  char v[32];
  int y2023 = o->spelling ? !strcmp(o->spelling, "2023") : o->nreq % 2;
  int only = o->spelling && (!strcmp(o->spelling, "2023") ||
                             !strcmp(o->spelling, "2024"));
  const char *const names[2][3] = {
    {"ratelimit-limit", "ratelimit-remaining", "ratelimit-reset"},
    {"rate-limit", "rate-limit-remaining", "rate-limit-reset"}};
  snprintf(v, sizeof(v), "%ld", o->limit);
  if(!only)
    MHD_add_response_header(r, "x-rate-limit", v);
  MHD_add_response_header(r, names[y2023][0], v);
  snprintf(v, sizeof(v), "%ld", o->remaining);
  if(!only)
    MHD_add_response_header(r, "x-rate-limit-remaining", v);
  MHD_add_response_header(r, names[y2023][1], v);
  snprintf(v, sizeof(v), "%ld", o->reset_s);
  MHD_add_response_header(r, names[y2023][2], v);
}

static enum MHD_Result send_body(struct MHD_Connection *c, unsigned status,
                                 char *body /* freed */,
                                 const struct reply *o)
{
  struct MHD_Response *r;
  enum MHD_Result rc;
  char v[32];
  size_t len = strlen(body), zlen = 0;
  unsigned char *z = NULL;
  if(o->reset) {
    struct partial *p = malloc(sizeof(*p));
    p->data = body;
    p->len = len;
    r = MHD_create_response_from_callback(len, 1024, partial_read, p,
                                          partial_free);
  }
  else if(o->gzip && status == 200 && (z = gzip_body(body, len, &zlen))) {
    struct chunked *ch = malloc(sizeof(*ch));
    free(body);
    ch->data = z;
    ch->len = zlen;
    r = MHD_create_response_from_callback(MHD_SIZE_UNKNOWN, 4096,
                                          chunked_read, ch, chunked_free);
    MHD_add_response_header(r, "Content-Encoding", "gzip");
  }
  else
    r = MHD_create_response_from_buffer(len, body, MHD_RESPMEM_MUST_FREE);
  MHD_add_response_header(r, "Content-Type",
                          "application/json; charset=utf-8");
  if(o->retry_after_s >= 0) {
    snprintf(v, sizeof(v), "%ld", o->retry_after_s);
    MHD_add_response_header(r, "Retry-After", v);
  }
  if(o->location && *o->location)
    MHD_add_response_header(r, "Location", o->location);
  if(o->limit > 0)
    limit_headers(r, o);
  if(o->ep_total > 0) {
    char name[96], val[96];
    snprintf(name, sizeof(name), "zendesk-ratelimit-%s", o->ep_key);
    snprintf(val, sizeof(val), "total=%ld; remaining=%ld; resets=%ld",
             o->ep_total, o->ep_remaining, o->ep_reset);
    MHD_add_response_header(r, name, val);
  }
  if(o->echo_auth)
    MHD_add_response_header(r, "X-Debug-Authorization", o->echo_auth);
  rc = MHD_queue_response(c, status, r);
  MHD_destroy_response(r);
  return rc;
}

static char *error_body(unsigned status)
{
  const char *e = status == 401 ? "Couldn't authenticate you"
                : status == 403 ? "Forbidden"
                : status == 404 ? "InvalidEndpoint"
                : status == 429 ? "TooManyRequests" : "ServerError";
  char *b = malloc(160);
  snprintf(b, 160, "{\"error\":\"%s\",\"description\":\"emulated HTTP %u\"}",
           e, status);
  return b;
}

/* 1 when 'id' is the brand the brands fixture marks default. */
static int is_default_brand(struct emu *e, const char *id)
{
  size_t i;
  json_t *b;
  json_array_foreach(json_object_get(json_object_get(e->fixtures, "brands"),
                                     "brands"), i, b)
    if(json_is_true(json_object_get(b, "default")) &&
       json_integer_value(json_object_get(b, "id")) == strtoll(id, NULL, 10))
      return 1;
  return 0;
}

/* Audit logs kept to filter[created_at][]=START&filter[created_at][]=END,
 * the only form Zendesk honours; "filter[created_at]" without "[]" keeps
 * just the last bound (taken as the start), as the server does. New
 * reference. */
static json_t *audit_window(json_t *body, struct args *a)
{
  json_t *out = json_copy(body), *list = json_array(), *p, *it;
  const char *lo = NULL, *hi = NULL;
  int pairs = 0;
  size_t i;
  json_array_foreach(a->pairs, i, p) {
    const char *k = json_string_value(json_array_get(p, 0));
    const char *v = json_string_value(json_array_get(p, 1));
    if(!strcmp(k, "filter[created_at][]")) {
      if(pairs++ == 0)
        lo = v;
      else
        hi = v;
    }
    else if(!strcmp(k, "filter[created_at]")) {
      lo = v;
      hi = NULL;
    }
  }
  json_array_foreach(json_object_get(body, "audit_logs"), i, it) {
    const char *c = json_string_value(json_object_get(it, "created_at"));
    if(c && lo && strcmp(c, lo) < 0)
      continue;
    if(c && hi && strcmp(c, hi) > 0)
      continue;
    json_array_append(list, it);
  }
  json_object_set_new(out, "audit_logs", list);
  return out;
}

/* Bearer token or Basic pair -> "admin", "agent" or NULL. */
static const char *role_of(struct emu *e, struct MHD_Connection *c,
                           int sunco)
{
  const char *auth = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
                                                 "Authorization");
  json_t *s = e->scenario;
  const char *role = NULL;
  if(!auth)
    return NULL;
  if(!strncmp(auth, "Bearer ", 7) && !sunco) {
    const char *t = auth + 7;
    const char *adm = json_string_value(json_object_get(s, "token"));
    const char *agt = json_string_value(json_object_get(s, "agent_token"));
    const char *cc = json_string_value(json_object_get(
      json_object_get(s, "client"), "access_token"));
    if((adm && !strcmp(t, adm)) || (cc && !strcmp(t, cc)))
      return "admin";
    if(agt && !strcmp(t, agt))
      return "agent";
    return NULL;
  }
  if(!strncmp(auth, "Basic ", 6)) {
    char *pass = NULL;
    char *user = MHD_basic_auth_get_username_password(c, &pass);
    json_t *want = sunco ? json_object_get(s, "sunco")
                         : json_object_get(s, "basic");
    const char *wu = json_string_value(json_object_get(want,
                                                       sunco ? "key"
                                                             : "user"));
    const char *wp = json_string_value(json_object_get(want,
                                                       sunco ? "secret"
                                                             : "pass"));
    if(user && pass && wu && wp && !strcmp(user, wu) && !strcmp(pass, wp))
      role = "admin";
    MHD_free(user);
    MHD_free(pass);
  }
  return role;
}

/* The token bucket: 1 when a request may pass; else the wait (s). */
/* A token bucket of 'rl' {limit (per minute), burst}: 1 when a request
 * may pass; else 0 and the wait (s). 'limit' is 0 when there is none. */
static int bucket_take(struct bucket *b, json_t *rl, double now,
                       long *retry_s, long *limit, long *remaining,
                       long *reset_s)
{
  double lim = (double)json_integer_value(json_object_get(rl, "limit"));
  double burst = (double)json_integer_value(json_object_get(rl, "burst"));
  *limit = 0;
  if(lim <= 0)
    return 1;
  if(burst < 1)
    burst = 1;
  if(!b->started) {
    b->started = 1;
    b->tokens = burst;
    b->last = now;
  }
  b->tokens += (now - b->last) * lim / 60000.0;
  if(b->tokens > burst)
    b->tokens = burst;
  b->last = now;
  *limit = (long)lim;
  if(b->tokens < 1.0) {
    *retry_s = (long)ceil((1.0 - b->tokens) * 60.0 / lim);
    if(*retry_s < 1)
      *retry_s = 1;
    *remaining = 0;
    *reset_s = *retry_s;
    return 0;
  }
  b->tokens -= 1.0;
  *remaining = (long)b->tokens;
  /* Seconds until the next request may pass (the header's "reset"). */
  *reset_s = b->tokens >= 1.0 ? 0
             : (long)ceil((1.0 - b->tokens) * 60.0 / lim);
  return 1;
}

static int str_is(json_t *v, const char *want)
{
  return json_is_string(v) && !strcmp(json_string_value(v), want);
}

static long times_of(json_t *o)
{
  return (long)json_integer_value(json_object_get(o, "times"));
}

/* ---- hostile server (#11) ---------------------------------------------- */

/* 's' as a JSON string literal with every character \u-escaped (new):
 * the raw bytes of a credential appear nowhere in the body. */
static char *u_escaped(const char *s)
{
  size_t n = strlen(s);
  char *out = malloc(n * 6 + 3), *o = out;
  *o++ = '"';
  for(; *s; s++)
    o += sprintf(o, "\\u%04x", (unsigned char)*s);
  *o++ = '"';
  *o = '\0';
  return out;
}

/* 'auth' as a JSON string literal, \u-escaped or as is (new). */
static char *auth_literal(const char *auth, int escaped)
{
  json_t *j;
  char *lit;
  if(escaped)
    return u_escaped(auth);
  j = json_string(auth);
  lit = json_dumps(j, JSON_ENCODE_ANY);
  json_decref(j);
  return lit;
}

/* 'body' (a JSON object's text, freed) with "debug": 'lit' (a JSON
 * literal) first. New string. */
static char *with_debug(char *body, const char *lit)
{
  size_t n = strlen(body) + strlen(lit) + 16;
  char *out = malloc(n);
  snprintf(out, n, "{\"debug\":%s%s%s", lit, body[1] == '}' ? "" : ",",
           body + 1);
  free(body);
  return out;
}

/* "echo": how the endpoint hands the client's Authorization header back:
 * "error" (a 403 whose description quotes it), "error_escaped" (the same
 * \u-escaped), "escaped" (a 200 with it \u-escaped in "debug"), "plain"
 * (a 200 with it as is: for Basic, base64 of the user and password),
 * "header" (an X-Debug-Authorization response header), "location" (a 302
 * whose Location quotes it; handled in handle()). Returns the 403
 * body for the error modes, else NULL. */
static char *echo_error(const char *mode, const char *auth)
{
  char *lit, *out;
  size_t n;
  if(!mode || strncmp(mode, "error", 5))
    return NULL;
  lit = auth_literal(auth, !strcmp(mode, "error_escaped"));
  n = strlen(lit) + 96;
  out = malloc(n);
  /* The quoted header is the whole description: server_text keeps it. */
  snprintf(out, n, "{\"error\":\"Forbidden\",\"description\":%s}", lit);
  free(lit);
  return out;
}

/* Hostile "secrets": true plants secrets where a name list misses them,
 * every value holding "HOSTILE" so a test can look for any of them in
 * what zdaudit stored or printed: URL user info and query values,
 * webhook custom_headers, a Slack webhook URL, names such as Password,
 * auth_token, consumerSecret, signingKey, passphrase, and name/value
 * pairs of app settings. */
static void plant_secrets(json_t *fx)
{
  json_t *wh = json_array_get(json_object_get(json_object_get(fx,
                                "webhooks"), "webhooks"), 0);
  json_t *tg = json_object_get(json_object_get(fx, "targets"), "targets");
  json_t *ap = json_array_get(json_object_get(json_object_get(fx,
                                "apps_installations"), "installations"), 0);
  if(json_is_object(wh)) {
    json_object_set_new(wh, "endpoint", json_string(
      "https://svc:HOSTILE-pass-1@hooks.example.com/in?api_key=HOSTILE-q-2"
      "&v=1"));
    json_object_set_new(wh, "custom_headers", json_pack(
      "{s:s, s:s}", "X-Api-Key", "HOSTILE-hdr-3", "X-Trace",
      "HOSTILE-hdr-4"));
  }
  if(json_is_array(tg)) {
    json_t *t0 = json_array_get(tg, 0);
    if(json_is_object(t0)) {
      json_object_set_new(t0, "target_url", json_string(
        "https://u:HOSTILE-pass-5@postb.in/x?token=HOSTILE-q-6"));
      json_object_set_new(t0, "Password", json_string("HOSTILE-pw-7"));
      json_object_set_new(t0, "auth_token", json_string("HOSTILE-at-8"));
    }
    json_array_append_new(tg, json_pack(
      "{s:I, s:s, s:s, s:b, s:s}", "id", (json_int_t)360000217499,
      "title", "slack", "type", "url_target_v2", "active", 1, "target_url",
      /* the path is the secret: no name or URL part says so */
      "https://hooks.slack.com/services/T0HOSTILE/B0HOSTILE/"
      "HOSTILEx9Rk2mQ7vL4pZ8wN3t"));
  }
  if(json_is_object(ap)) {
    json_t *st = json_object_get(ap, "settings");
    if(json_is_object(st)) {
      json_object_set_new(st, "consumerSecret", json_string("HOSTILE-cs-9"));
      json_object_set_new(st, "signingKey", json_string("HOSTILE-sk-10"));
      json_object_set_new(st, "passphrase", json_string("HOSTILE-pp-11"));
      json_object_set_new(st, "Auth_Token", json_string("HOSTILE-at-12"));
    }
    json_array_append_new(json_object_get(ap, "settings_objects"), json_pack(
      "{s:s, s:s}", "name", "passphrase", "value", "HOSTILE-pp-13"));
  }
}

/* "huge_page": {"bytes": N}: every request of the endpoint answers one
 * item padded with N bytes and a next link with a fresh cursor, without
 * end (the 8 MB pages of #11 item 4). New body. */
static json_t *endless_page(const struct zd_endpoint_def *def, json_t *fx,
                            json_t *hp, long k, const char *next)
{
  json_t *out = json_copy(fx);
  json_t *it = json_deep_copy(json_array_get(json_object_get(fx, def->list),
                                             0));
  size_t n = (size_t)json_integer_value(json_object_get(hp, "bytes"));
  char *pad = malloc(n + 1);
  memset(pad, 'x', n);
  pad[n] = '\0';
  if(!json_is_object(it)) {
    json_decref(it);
    it = json_object();
  }
  json_object_set_new(it, "id", json_integer(700000000 + k));
  json_object_set_new(it, "padding", json_string(pad));
  free(pad);
  json_object_set_new(out, def->list, json_pack("[o]", it));
  json_object_set_new(out, "meta", json_pack("{s:b, s:b}", "has_more", 1,
                                             "hasMore", 1));
  json_object_set_new(out, "links", json_pack("{s:s, s:n}", "next", next,
                                              "prev"));
  json_object_set_new(out, "next_page", json_string(next));
  return out;
}

static enum MHD_Result handle(struct emu *e, struct MHD_Connection *c,
                              const char *url, const char *method,
                              struct conn *cn)
{
  const struct zd_endpoint_def *def;
  json_t *ov, *entry, *body = NULL;
  struct args a;
  const char *role, *host, *echo = NULL, *auth = NULL;
  char origin[300], self[8192], location[8192] = "";
  char *out = NULL;
  unsigned status = 200;
  long retry = -1, limit = 0, remaining = 0, k, delay = 0, reset_s = 0;
  long nreq, ep_total = 0, ep_remaining = 0, ep_reset = 0;
  int reset = 0, truncate = 0, sunco;
  size_t so = 0;

  a.pairs = json_array();
  MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, collect_arg, &a);
  host = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Host");
  snprintf(origin, sizeof(origin), "%s://%s", e->tls ? "https" : "http",
           host ? host : "127.0.0.1");
  so = (size_t)snprintf(self, sizeof(self), "%s%s", origin, url);
  {
    size_t i;
    json_t *p;
    json_array_foreach(a.pairs, i, p) {
      if(so + 8 >= sizeof(self))
        break;
      self[so++] = i ? '&' : '?';
      enc(self, sizeof(self), &so, json_string_value(json_array_get(p, 0)));
      self[so++] = '=';
      enc(self, sizeof(self), &so, json_string_value(json_array_get(p, 1)));
    }
    self[so] = '\0';
  }

  pthread_mutex_lock(&e->mu);
  nreq = ++e->nreq;
  def = users_route(route(url), &a);
  sunco = !strncmp(url, "/sc/", 4);
  entry = json_pack("{s:f, s:s, s:s, s:s?, s:s?}", "t", cn->arrived - e->t0,
                    "method", method, "url", self + strlen(origin),
                    "key", def ? def->key : NULL, "user_agent",
                    MHD_lookup_connection_value(c, MHD_HEADER_KIND,
                                                "User-Agent"));

  /* The client-credentials grant. */
  if(!strcmp(method, "POST") && !strcmp(url, "/oauth/tokens")) {
    json_t *req = cn->post ? json_loadb(cn->post, cn->post_len, 0, NULL)
                           : NULL;
    json_t *cl = json_object_get(e->scenario, "client");
    const char *id = json_string_value(json_object_get(req, "client_id"));
    const char *sec = json_string_value(json_object_get(req,
                                                        "client_secret"));
    const char *gt = json_string_value(json_object_get(req, "grant_type"));
    if(gt && id && sec && !strcmp(gt, "client_credentials") &&
       json_is_string(json_object_get(cl, "id")) &&
       !strcmp(id, json_string_value(json_object_get(cl, "id"))) &&
       !strcmp(sec, json_string_value(json_object_get(cl, "secret")))) {
      json_t *tok = json_pack("{s:O, s:s, s:s}", "access_token",
                              json_object_get(cl, "access_token"),
                              "token_type", "bearer", "scope", "read");
      out = json_dumps(tok, JSON_COMPACT);
      json_decref(tok);
    }
    else {
      status = 401;
      out = strdup("{\"error\":\"invalid_client\"}");
    }
    json_decref(req);
    goto respond;
  }
  role = role_of(e, c, sunco);
  json_object_set_new(entry, "role", role ? json_string(role) : json_null());
  ov = def ? json_object_get(json_object_get(e->scenario, "endpoints"),
                             def->key) : NULL;
  k = def ? (long)json_integer_value(json_object_get(e->counts, def->key))
          : 0;
  if(def)
    json_object_set_new(e->counts, def->key, json_integer(k + 1));
  delay = (long)json_integer_value(json_object_get(ov, "delay_ms"));
  {
    json_t *b = json_object_get(e->scenario, "burst429");
    long after = (long)json_integer_value(json_object_get(b, "after"));
    long count = (long)json_integer_value(json_object_get(b, "count"));
    if(b && e->nreq > after && e->nreq <= after + count) {
      status = 429;
      retry = (long)json_integer_value(json_object_get(b, "retry_after"));
      /* The account's window spent, said as real 429s say it
       * (x-rate-limit-remaining: 0; support.zendesk.com community post
       * 4600766234138); "limit" defaults to 2,500 (High Volume). */
      limit = json_integer_value(json_object_get(b, "limit"))
                ? (long)json_integer_value(json_object_get(b, "limit"))
                : 2500;
      remaining = 0;
      reset_s = retry;
      goto fault;
    }
  }
  if(!role) {
    status = 401;
    goto fault;
  }
  /* "Show Self": who the credential belongs to (zdaudit's preflight and
   * doctor). Scenario "me": {"name", "email"} names the user;
   * "me_anonymous": true answers as Zendesk does for a credential it
   * ignores, with the anonymous user (id null). */
  if(!def && !strcmp(url, "/api/v2/users/me")) {
    json_t *me = json_object_get(e->scenario, "me");
    json_t *u = json_pack("{s:I, s:s, s:s, s:s}", "id",
                          (json_int_t)(strcmp(role, "admin") ? 1002 : 1001),
                          "name", json_string_value(json_object_get(me, "name"))
                                    ? json_string_value(json_object_get(me, "name"))
                                    : "Emu User",
                          "email", "emu-user@example.com", "role", role);
    if(json_is_true(json_object_get(e->scenario, "me_anonymous"))) {
      json_object_set_new(u, "id", json_null());
      json_object_set_new(u, "name", json_string("Anonymous user"));
      json_object_set_new(u, "role", json_string("end-user"));
    }
    body = json_pack("{s:o}", "user", u);
    out = json_dumps(body, JSON_COMPACT);
    json_decref(body);
    body = NULL;
    goto respond;
  }
  if(!def) {
    status = 404;
    goto fault;
  }
  echo = json_string_value(json_object_get(ov, "echo"));
  auth = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Authorization");
  if(auth && (out = echo_error(echo, auth))) {
    status = 403;
    goto respond;
  }
  /* "location": a redirect whose Location (a header no name list calls
   * secret) carries the Authorization value. */
  if(auth && echo && !strcmp(echo, "location")) {
    snprintf(location, sizeof(location), "%s/elsewhere?seen=%s", origin,
             auth);
    status = 302;
    goto fault;
  }
  if(!sunco && !bucket_take(&e->account, json_object_get(e->scenario,
                                                         "rate_limit"),
                            cn->arrived, &retry, &limit, &remaining,
                            &reset_s)) {
    status = 429;
    goto fault;
  }
  /* "endpoint_limit": {limit, burst}: a per-endpoint window, told in
   * zendesk-ratelimit-<key>: total=; remaining=; resets= (as List
   * Tickets' zendesk-ratelimit-tickets-index). */
  if(json_object_get(ov, "endpoint_limit") &&
     def - zd_endpoints < (long)(sizeof(e->endpoint) /
                                 sizeof(e->endpoint[0]))) {
    if(!bucket_take(&e->endpoint[def - zd_endpoints],
                    json_object_get(ov, "endpoint_limit"), cn->arrived,
                    &retry, &ep_total, &ep_remaining, &ep_reset)) {
      status = 429;
      goto fault;
    }
  }
  if(json_integer_value(json_object_get(ov, "status"))) {
    status = (unsigned)json_integer_value(json_object_get(ov, "status"));
    goto fault;
  }
  {
    /* "fail_after": {"requests": N, "status": S}: a later page fails. */
    json_t *fa = json_object_get(ov, "fail_after");
    if(fa && k >= (long)json_integer_value(json_object_get(fa,
                                                           "requests"))) {
      status = (unsigned)json_integer_value(json_object_get(fa, "status"));
      goto fault;
    }
  }
  if(!strcmp(def->key, "sunco_keys") &&
     str_is(json_object_get(json_object_get(e->scenario, "sunco"), "scope"),
            "app")) {
    /* Admin Center makes app-scoped keys: listing keys is refused. */
    status = 403;
    goto fault;
  }
  if(def->admin && !strcmp(role, "agent")) {
    status = 403;
    goto fault;
  }
  {
    json_t *th = json_object_get(ov, "throttle");
    json_t *fl = json_object_get(ov, "flaky");
    long tn = times_of(th);
    if(k < tn) {
      status = 429;
      retry = (long)json_integer_value(json_object_get(th, "retry_after"));
      if(json_object_get(th, "remaining")) {
        /* The account's window has room: this endpoint's own limit. */
        limit = 700;
        remaining = (long)json_integer_value(json_object_get(th,
                                                             "remaining"));
        reset_s = 30;
      }
      goto fault;
    }
    if(k - tn < times_of(fl)) {
      status = (unsigned)json_integer_value(json_object_get(fl, "status"));
      if(json_object_get(fl, "retry_after"))
        retry = (long)json_integer_value(json_object_get(fl, "retry_after"));
      goto fault;
    }
    reset = k - tn - times_of(fl) <
            (long)json_integer_value(json_object_get(ov, "reset"));
  }
  {
    /* "replay": {"/path?query": body}: a recorded reply served verbatim
     * for that exact request (as logged: query re-encoded). */
    json_t *rp = json_object_get(json_object_get(e->scenario, "replay"),
                                 self + strlen(origin));
    if(rp) {
      out = json_dumps(rp, JSON_COMPACT);
      goto respond;
    }
  }
  truncate = json_is_true(json_object_get(ov, "truncate"));
  if(!strcmp(def->key, "hc_permission_groups") && arg(&a, "brand_id") &&
     !is_default_brand(e, arg(&a, "brand_id"))) {
    /* A brand's host redirects to the account's primary subdomain (Help
     * Center API "Permission Groups"). */
    snprintf(location, sizeof(location), "%s%s", origin, url);
    status = 301;
    goto fault;
  }
  if(def->list && json_object_get(ov, "huge_page")) {
    char cur[160], *next;
    json_t *fx = json_object_get(e->fixtures, def->key), *pg;
    cursor_for(k + 1, cur, sizeof(cur));
    next = link_to(origin, url, &a, def->paging == ZD_PAGE_CURSOR ||
                                    def->paging == ZD_PAGE_SUNCO
                                      ? "page[after]" : "page", cur);
    if(!fx)
      fx = json_object_get(e->fixtures, "users");
    pg = endless_page(def, fx, json_object_get(ov, "huge_page"), k, next);
    free(next);
    out = json_dumps(pg, JSON_COMPACT);
    json_decref(pg);
    goto respond;
  }
  body = json_object_get(e->fixtures, def->key);
  if(body && !strcmp(def->list ? def->list : "", "users"))
    body = users_body(e, &a);
  else if(body && !strcmp(def->key, "audit_logs"))
    body = audit_window(body, &a);
  else
    json_incref(body);
  if(!body) {
    status = 404;
    goto fault;
  }
  if(def->list && def->paging != ZD_PAGE_NONE &&
     json_is_array(json_object_get(body, def->list))) {
    const char *no = json_string_value(json_object_get(ov, "next_origin"));
    json_t *pg = page(def, body, &a, no ? no : origin, url, self, ov);
    if(!pg) {
      json_decref(body);
      status = 400;
      goto fault;
    }
    out = json_dumps(pg, JSON_COMPACT);
    json_decref(pg);
  }
  else
    out = json_dumps(body, JSON_COMPACT);
  json_decref(body);
  if(truncate)
    out[strlen(out) / 2] = '\0';
  else if(auth && echo && (!strcmp(echo, "escaped") ||
                           !strcmp(echo, "plain"))) {
    char *lit = auth_literal(auth, !strcmp(echo, "escaped"));
    out = with_debug(out, lit);
    free(lit);
  }
  goto respond;

fault:
  out = error_body(status);
respond:
  json_object_set_new(entry, "status", json_integer(status));
  if(retry >= 0)
    json_object_set_new(entry, "retry_after", json_integer(retry * 1000));
  if(reset)
    json_object_set_new(entry, "reset", json_true());
  json_array_append_new(e->log, entry);
  {
    char sk[16];
    snprintf(sk, sizeof(sk), "%u", status);
    json_object_set_new(e->stats, sk, json_integer(
      json_integer_value(json_object_get(e->stats, sk)) + 1));
  }
  pthread_mutex_unlock(&e->mu);
  json_decref(a.pairs);
  while(delay > 0 && !e->stopping) {
    usleep(20000);
    delay -= 20;
  }
  {
    struct reply o;
    const char *ae = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
                                                 "Accept-Encoding");
    json_t *rl = json_object_get(e->scenario, "rate_limit");
    memset(&o, 0, sizeof(o));
    o.retry_after_s = status == 429 || status == 503 ? retry : -1;
    o.limit = limit;
    o.remaining = remaining;
    o.reset_s = reset_s;
    o.spelling = json_string_value(json_object_get(rl, "spelling"));
    o.nreq = nreq;
    o.reset = reset;
    o.gzip = ae && strstr(ae, "gzip") &&
             !json_is_true(json_object_get(e->scenario, "identity"));
    o.location = location;
    o.ep_key = def ? def->key : "";
    o.ep_total = ep_total;
    o.ep_remaining = ep_remaining;
    o.ep_reset = ep_reset;
    o.echo_auth = echo && !strcmp(echo, "header") ? auth : NULL;
    if(o.gzip) {
      pthread_mutex_lock(&e->mu);
      json_object_set_new(entry, "gzip", json_true());
      pthread_mutex_unlock(&e->mu);
    }
    return send_body(c, status, out, &o);
  }
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c,
                                  const char *url, const char *method,
                                  const char *version,
                                  const char *upload_data,
                                  size_t *upload_data_size, void **con_cls)
{
  struct emu *e = cls;
  struct conn *cn = *con_cls;
  (void)version;
  if(!cn) {
    cn = calloc(1, sizeof(*cn));
    cn->arrived = now_ms();
    *con_cls = cn;
    return MHD_YES;
  }
  if(*upload_data_size) {
    if(cn->post_len + *upload_data_size < 65536) {
      cn->post = realloc(cn->post, cn->post_len + *upload_data_size + 1);
      memcpy(cn->post + cn->post_len, upload_data, *upload_data_size);
      cn->post_len += *upload_data_size;
      cn->post[cn->post_len] = '\0';
    }
    *upload_data_size = 0;
    return MHD_YES;
  }
  return handle(e, c, url, method, cn);
}

static void on_done(void *cls, struct MHD_Connection *c, void **con_cls,
                    enum MHD_RequestTerminationCode toe)
{
  struct conn *cn = *con_cls;
  (void)cls;
  (void)c;
  (void)toe;
  if(cn) {
    free(cn->post);
    free(cn);
    *con_cls = NULL;
  }
}

static void on_connection(void *cls, struct MHD_Connection *c,
                          void **socket_context,
                          enum MHD_ConnectionNotificationCode toe)
{
  struct emu *e = cls;
  (void)c;
  (void)socket_context;
  if(toe == MHD_CONNECTION_NOTIFY_STARTED) {
    pthread_mutex_lock(&e->mu);
    e->connections++;
    pthread_mutex_unlock(&e->mu);
  }
}

struct emu *emu_start(const char *fixtures, json_t *scenario,
                      unsigned short port, const char *cert_pem,
                      const char *key_pem)
{
  struct emu *e = calloc(1, sizeof(*e));
  struct sockaddr_in sa;
  const union MHD_DaemonInfo *info;
  unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD |
                   MHD_USE_THREAD_PER_CONNECTION;
  pthread_mutex_init(&e->mu, NULL);
  e->scenario = scenario ? json_incref(scenario) : json_object();
  e->fixtures = load_fixtures(fixtures);
  /* "fixtures": {key: body} replaces those files (real-shaped cases). */
  json_object_update(e->fixtures, json_object_get(e->scenario, "fixtures"));
  generate(e->fixtures, json_object_get(e->scenario, "generate"));
  if(json_is_true(json_object_get(e->scenario, "hostile_secrets")))
    plant_secrets(e->fixtures);
  e->log = json_array();
  e->counts = json_object();
  e->user_pools = json_object();
  e->stats = json_object();
  e->t0 = now_ms();
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  sa.sin_port = htons(port);
  sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if(cert_pem && key_pem) {
    if(MHD_is_feature_supported(MHD_FEATURE_TLS) != MHD_YES) {
      emu_stop(e);
      return NULL;
    }
    e->tls = 1;
    e->d = MHD_start_daemon(flags | MHD_USE_TLS, 0, NULL, NULL, on_request,
                            e, MHD_OPTION_SOCK_ADDR, &sa,
                            MHD_OPTION_NOTIFY_COMPLETED, on_done, e,
                            MHD_OPTION_NOTIFY_CONNECTION, on_connection, e,
                            MHD_OPTION_HTTPS_MEM_KEY, key_pem,
                            MHD_OPTION_HTTPS_MEM_CERT, cert_pem,
                            MHD_OPTION_END);
  }
  else
    e->d = MHD_start_daemon(flags, 0, NULL, NULL, on_request, e,
                            MHD_OPTION_SOCK_ADDR, &sa,
                            MHD_OPTION_NOTIFY_COMPLETED, on_done, e,
                            MHD_OPTION_NOTIFY_CONNECTION, on_connection, e,
                            MHD_OPTION_END);
  if(!e->d) {
    emu_stop(e);
    return NULL;
  }
  info = MHD_get_daemon_info(e->d, MHD_DAEMON_INFO_BIND_PORT);
  e->port = info ? info->port : port;
  return e;
}

unsigned short emu_port(const struct emu *e)
{
  return e->port;
}

void emu_stop(struct emu *e)
{
  if(!e)
    return;
  e->stopping = 1;
  if(e->d)
    MHD_stop_daemon(e->d);
  json_decref(e->scenario);
  json_decref(e->fixtures);
  json_decref(e->log);
  json_decref(e->counts);
  json_decref(e->user_pools);
  json_decref(e->stats);
  pthread_mutex_destroy(&e->mu);
  free(e);
}

json_t *emu_log(struct emu *e)
{
  json_t *copy;
  pthread_mutex_lock(&e->mu);
  copy = json_deep_copy(e->log);
  pthread_mutex_unlock(&e->mu);
  return copy;
}

json_t *emu_stats(struct emu *e)
{
  json_t *s;
  pthread_mutex_lock(&e->mu);
  s = json_pack("{s:I, s:I, s:I, s:O}", "requests", (json_int_t)e->nreq,
                "connections", (json_int_t)e->connections,
                "throttled", json_integer_value(json_object_get(e->stats,
                                                                "429")),
                "by_status", e->stats);
  pthread_mutex_unlock(&e->mu);
  return s;
}
