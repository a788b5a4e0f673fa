/* SPDX-License-Identifier: MIT
 * collect.c — live collection (see collect.h): plans one request chain
 * ("part") per endpoint, brand or integration from endpoints.def, runs
 * them through the HTTP engine, merges pages, removes secrets, and records
 * every endpoint's outcome in the snapshot. Failures are data; only bad
 * options, refused credentials (401) or nothing reachable stop a run. */
#include "collect/collect.h"
#include "collect/creds.h"
#include "collect/http.h"
#include "collect/page.h"
#include "collect/preflight.h"
#include "collect/redact.h"
#include "collect/tls_probe.h"
#include "core/alloc.h"
#include "core/limits.h"
#include "core/msgs.h"
#include "core/timeutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#define DEFAULT_TIMEOUT_MS 30000L
#define DEFAULT_DEADLINE_MS 1800000L
#define DEFAULT_MAX_ITEMS 200000L
#define DEFAULT_MAX_END_USERS 50000L
#define DEFAULT_PARALLEL 4
#define DEFAULT_ATTEMPTS 5
#define AUDIT_LOG_DAYS 90
#define TLS_PROBE_TIMEOUT_MS 10000L

struct run;
struct ep;

/* One request chain: an endpoint, or an endpoint for one brand or one
 * SunCo integration. Pages are merged into 'items'. */
struct part {
  struct ep *ep;
  struct run *run;
  json_t *ctx;          /* fields added to every item (brand_id…), or NULL */
  char *label;          /* "brand 123" for messages, or NULL */
  char *origin;         /* where requests may go (scheme://host:port) */
  char *prefix;         /* path prefix for next links from elsewhere */
  char *keep_query;     /* "brand_id=ID": kept on every page, or NULL */
  int sunco;
  json_t *first;        /* first page, paging fields and list removed */
  json_t *items;        /* merged list */
  json_t *seen;         /* next links already followed (a set) */
  json_t *ids;          /* ids of the items kept (a set) */
  long cap;             /* item cap of this chain */
  int duplicates;       /* items dropped: their id came on an earlier page */
  size_t scrubbed;      /* credentials the finder removed from its pages */
  int pages, attempts, throttled, truncated;
  zd_ep_outcome outcome;
  int http_status;
  char *error;
  struct zd_http_req req;
};

struct ep {
  const struct zd_endpoint_def *def;
  struct part **parts;
  size_t nparts, ndone;
  int finished;
  size_t bytes;            /* response bytes of its pages so far */
  const char *budget;      /* "endpoint" or "run": the byte budget that cut
                              it short, or NULL */
};

struct run {
  const struct zd_collect_opts *opts;
  struct zd_creds creds;
  struct zd_http *http;
  struct zd_snapshot *snap;
  char *origin, *prefix;   /* of the API base */
  int custom_base;
  struct ep *eps;
  size_t neps;
  long max_items;
  long max_end_users;      /* cap of end_users (never above max_items) */
  long timeout_ms;
  size_t max_ep_bytes, max_run_bytes, bytes;
  int auth_failed;
  int not_admin;           /* users/me said the credential is no admin's */
  char auth_msg[ZD_ERROR_MSG_SIZE];
  unsigned long done_eps, items;
  int64_t waiting_ms;
  json_t *brands;          /* the brands list, when collected */
};

/* ---- helpers ------------------------------------------------------------ */

static struct ep *find_ep(struct run *run, const char *key)
{
  for(size_t i = 0; i < run->neps; i++)
    if(!strcmp(run->eps[i].def->key, key))
      return &run->eps[i];
  return NULL;
}

/* Server error text worth keeping: printable ASCII, cut short; none at
 * all when the body or the text (decoded) quotes one of the run's own
 * credentials, as a server echoing the Authorization header does. */
static void server_text(const struct zd_creds *c, const struct zd_buf *body,
                        char *out, size_t outlen)
{
  json_t *j = body->len ? json_loadb(body->data, body->len, 0, NULL) : NULL;
  const char *t = NULL;
  size_t o = 0;
  out[0] = '\0';
  if(json_is_object(j)) {
    json_t *e = json_object_get(j, "error");
    t = json_string_value(json_object_get(j, "description"));
    if(!t && json_is_string(e))
      t = json_string_value(e);
    if(!t && json_is_object(e))
      t = json_string_value(json_object_get(e, "message"));
    if(!t)
      t = json_string_value(json_object_get(j, "title"));
  }
  if(t && (zd_creds_leaked_in(c, body->data, body->len) ||
            zd_creds_leaked_in(c, t, strlen(t)))) {
    snprintf(out, outlen, "(the server's message quoted one of zdaudit's "
             "credentials; not kept)");
    t = NULL;
  }
  if(t) {
    for(; *t && o + 1 < outlen && o < ZD_MAX_SERVER_ERROR_TEXT; t++)
      out[o++] = (*t >= 0x20 && *t < 0x7f) ? *t : ' ';
    out[o] = '\0';
  }
  json_decref(j);
}

static char *http_error_text(const struct part *p, const struct zd_http_req *r)
{
  char text[ZD_MAX_SERVER_ERROR_TEXT + 8];
  const char *hint = "";
  server_text(&p->run->creds, &r->body, text, sizeof(text));
  if(text[0] && p->run->opts->finder) {
    /* The kept text goes into the manifest: the detectors see it too. */
    json_t *j = json_pack("[s]", text);
    if(zd_redact_found(p->run->opts->finder, j))
      snprintf(text, sizeof(text), "%.*s", (int)(sizeof(text) - 1),
               json_string_value(json_array_get(j, 0)));
    json_decref(j);
  }
  if(p->pages > 0)
    /* The endpoint exists and answered before: no plan hint (#19). */
    return zd_asprintf("%s%spage %d failed: HTTP %ld%s%s",
                       p->label ? p->label : "", p->label ? ": " : "",
                       p->pages + 1, r->status, text[0] ? ": " : "", text);
  if(r->status == 403)
    hint = p->ep->def->admin
             ? " (refused: needs an admin token, or the plan lacks it)"
             : " (refused: the token lacks the role or scope, or the plan "
               "lacks the feature)";
  else if(r->status == 404)
    hint = " (not found: the feature may be off or not on this plan)";
  else if(r->status == 429)
    hint = " (rate limited; retries used up)";
  return zd_asprintf("%s%sHTTP %ld%s%s%s", p->label ? p->label : "",
                     p->label ? ": " : "", r->status, hint,
                     text[0] ? ": " : "", text);
}

/* ---- parts -------------------------------------------------------------- */

static void ep_finish(struct run *run, struct ep *ep);

static struct part *part_new(struct run *run, struct ep *ep,
                             const char *origin, const char *prefix,
                             json_t *ctx, const char *label)
{
  struct part *p = zd_calloc(1, sizeof(*p));
  p->ep = ep;
  p->run = run;
  p->ctx = ctx;
  p->label = label ? zd_strdup(label) : NULL;
  p->origin = zd_strdup(origin);
  p->prefix = zd_strdup(prefix);
  p->sunco = ep->def->scope == ZD_SCOPE_SUNCO;
  p->items = json_array();
  p->seen = json_object();
  p->ids = json_object();
  p->cap = strcmp(ep->def->key, "end_users") ? run->max_items
                                             : run->max_end_users;
  p->outcome = ZD_EP_OK;
  ep->parts = zd_realloc(ep->parts, (ep->nparts + 1) * sizeof(*ep->parts));
  ep->parts[ep->nparts++] = p;
  return p;
}

static void part_free(struct part *p)
{
  json_decref(p->ctx);
  json_decref(p->first);
  json_decref(p->items);
  json_decref(p->seen);
  json_decref(p->ids);
  zd_http_req_clear(&p->req);
  free(p->label);
  free(p->keep_query);
  free(p->origin);
  free(p->prefix);
  free(p->error);
  free(p);
}

static void part_done(struct part *p)
{
  struct ep *ep = p->ep;
  /* The response body is no longer needed; free it early (big lists). */
  zd_buf_free(&p->req.body);
  if(p->req.easy) {
    curl_easy_cleanup(p->req.easy);
    p->req.easy = NULL;
  }
  if(++ep->ndone == ep->nparts)
    ep_finish(p->run, ep);
}

static void part_fail(struct part *p, zd_ep_outcome o, int status,
                      char *error /* stolen */)
{
  p->outcome = o;
  p->http_status = status;
  free(p->error);
  p->error = error;
  part_done(p);
}

static void page_done(struct zd_http *h, struct zd_http_req *r);

static void part_request(struct part *p, char *url /* stolen */)
{
  struct run *run = p->run;
  /* Every URL fetched, so a next link back to any of them stops paging. */
  json_object_set_new(p->seen, url, json_true());
  free(p->req.url);
  p->req.url = url;
  p->req.done = page_done;
  p->req.arg = p;
  p->req.paced = !p->sunco;
  zd_collect_auth(&p->req, &run->creds, p->sunco);
  zd_http_submit(run->http, &p->req);
}

/* 1 when the query of 'url' holds the parameter 'kv' ("name=value"). */
static int query_has(const char *url, const char *kv)
{
  const char *q = strchr(url, '?');
  size_t n = strlen(kv);
  while(q) {
    q++;
    if(!strncmp(q, kv, n) && (q[n] == '&' || q[n] == '\0'))
      return 1;
    q = strchr(q, '&');
  }
  return 0;
}

/* The URL to fetch after 'next': as given when it stays on the part's
 * origin, else its path and query on that origin, so credentials never
 * go to a host the user did not name. */
static char *resolve_next(struct part *p, const char *next)
{
  char *origin, *pathq, *url;
  if(zd_http_split_url(next, &origin, &pathq))
    return NULL;
  if(!strcasecmp(origin, p->origin))
    url = zd_strdup(next);
  else {
    url = zd_asprintf("%s%s%s", p->origin,
                      strncmp(pathq, p->prefix, strlen(p->prefix)) ? p->prefix
                                                                   : "",
                      pathq);
    if(p->run->opts->verbose)
      zd_verbosef(0, "next link of '%s' points to %s; fetching it from %s",
                  p->ep->def->key, origin, p->origin);
  }
  free(origin);
  free(pathq);
  if(p->keep_query && !query_has(url, p->keep_query)) {
    char *v = zd_asprintf("%s%s%s", url, strchr(url, '?') ? "&" : "?",
                          p->keep_query);
    free(url);
    url = v;
  }
  return url;
}

/* The key of an item's "id" in the part's id set, or NULL when it has
 * none (such items are all kept). */
static const char *id_key(json_t *it, char *buf, size_t n)
{
  json_t *id = json_object_get(it, "id");
  if(json_is_integer(id))
    snprintf(buf, n, "i%" JSON_INTEGER_FORMAT, json_integer_value(id));
  else if(json_is_string(id) && json_string_length(id) + 2 <= n &&
          strlen(json_string_value(id)) == json_string_length(id))
    snprintf(buf, n, "s%s", json_string_value(id));
  else
    return NULL;             /* no id, or one too long to key: kept */
  return buf;
}

/* Real cursor lists can repeat items across pages (#19: 888 items, 617
 * ids): an id seen on an earlier page is counted, not stored again. */
static void add_items(struct part *p, json_t *list)
{
  size_t i;
  json_t *it;
  long room = p->cap - (long)json_array_size(p->items);
  char kb[96];
  json_array_foreach(list, i, it) {
    const char *k = id_key(it, kb, sizeof(kb));
    if(k && json_object_get(p->ids, k)) {
      p->duplicates++;
      continue;
    }
    if(room <= 0) {
      p->truncated = 1;
      break;
    }
    if(k)
      json_object_set_new(p->ids, k, json_true());
    if(p->ctx && json_is_object(it))
      json_object_update_missing(it, p->ctx);
    json_array_append(p->items, it);
    p->run->items++;
    room--;
  }
}

/* A list whose items are not all JSON objects is unusable: controls
 * would read numbers or nulls as objects with nothing wrong (#10). New
 * description, or NULL when every item is an object. */
static char *bad_item(const struct zd_endpoint_def *def, json_t *body)
{
  json_t *list = def->list ? json_object_get(body, def->list) : NULL;
  size_t i;
  json_t *it;
  static const char *const names[] = {"an object", "an array", "a string",
                                      "a number", "a number", "true",
                                      "false", "null"};
  json_array_foreach(list, i, it)
    if(!json_is_object(it))
      return zd_asprintf("item %zu of the '%s' list is %s, not an object",
                         i + 1, def->list, names[json_typeof(it)]);
  return NULL;
}

static void page_done(struct zd_http *h, struct zd_http_req *r)
{
  struct part *p = r->arg;
  struct run *run = p->run;
  const struct zd_endpoint_def *def = p->ep->def;
  json_error_t jerr;
  json_t *body;
  const char *next = NULL, *bad;
  char *next_url = NULL;
  char *badit;
  (void)h;
  p->attempts += r->attempts;
  p->throttled += r->throttled;
  if(r->cc != CURLE_OK) {
    part_fail(p, ZD_EP_ERROR, 0,
              zd_asprintf("%s%s%s (%d attempt%s)", p->label ? p->label : "",
                          p->label ? ": " : "", r->error, r->attempts,
                          r->attempts == 1 ? "" : "s"));
    return;
  }
  if(!strcmp(def->key, "sunco_keys") && (r->status == 401 ||
                                          r->status == 403)) {
    /* Listing keys needs an account-scoped key; keys made in Admin
     * Center are app-scoped (#10): the endpoint's own refusal, never a
     * credential failure of the run. */
    part_fail(p, ZD_EP_HTTP, (int)r->status,
              zd_asprintf("HTTP %ld: refused: listing Sunshine Conversations "
                          "API keys needs an account-scoped key, and keys "
                          "created in Admin Center are app-scoped; list the "
                          "keys, owners and ages in Admin Center > Apps and "
                          "integrations > APIs > Conversations API",
                          r->status));
    return;
  }
  if(r->status == 401) {
    if(p->sunco) {
      part_fail(p, ZD_EP_HTTP, 401,
                zd_strdup("HTTP 401: Sunshine Conversations refused the key "
                          "(ZENDESK_SUNCO_KEY_ID/_KEY_SECRET)"));
      return;
    }
    if(!run->auth_failed) {
      run->auth_failed = 1;
      snprintf(run->auth_msg, sizeof(run->auth_msg),
               "Zendesk refused %s (HTTP 401 on %s): it is wrong, expired "
               "or revoked, or belongs to another account",
               zd_creds_describe(&run->creds), def->path);
      zd_http_abort(run->http, "stopped: the credentials were refused");
    }
    part_fail(p, ZD_EP_HTTP, 401, zd_strdup("HTTP 401"));
    return;
  }
  if(r->status < 200 || r->status > 299) {
    /* After a first page the list is merely incomplete: an error, with
     * the status kept, not "the feature is off" (#19). */
    part_fail(p, p->pages ? ZD_EP_ERROR : ZD_EP_HTTP, (int)r->status,
              http_error_text(p, r));
    return;
  }
  /* Byte budgets (#11 item 4): a first page that comes when the run's
   * budget is spent is not kept; later pages stop paging below. */
  if(!p->pages && run->bytes >= run->max_run_bytes) {
    p->ep->budget = "run";
    part_fail(p, ZD_EP_ERROR, 0,
              zd_asprintf("%s%snot collected: the run's byte budget (%zu "
                          "bytes, --max-run-bytes) was used up by other "
                          "endpoints", p->label ? p->label : "",
                          p->label ? ": " : "", run->max_run_bytes));
    return;
  }
  p->ep->bytes += r->body.len;
  run->bytes += r->body.len;
  if(zd_creds_leaked_in(&run->creds, r->body.data ? r->body.data : "",
                        r->body.len)) {
    part_fail(p, ZD_EP_ERROR, 0,
              zd_asprintf("%s%sthe response contains one of zdaudit's own "
                          "credentials; it was not stored",
                          p->label ? p->label : "", p->label ? ": " : ""));
    return;
  }
  body = json_loadb(r->body.data ? r->body.data : "", r->body.len, 0, &jerr);
  if(body && zd_creds_leaked_json(&run->creds, body)) {
    /* \u escapes hid it from the byte check above (#11 item 1). */
    json_decref(body);
    part_fail(p, ZD_EP_ERROR, 0,
              zd_asprintf("%s%sthe response contains one of zdaudit's own "
                          "credentials; it was not stored",
                          p->label ? p->label : "", p->label ? ": " : ""));
    return;
  }
  if(!body) {
    /* jerr.text may quote the body: keep only the position. */
    part_fail(p, ZD_EP_ERROR, 0,
              zd_asprintf("%s%smalformed JSON on page %d (line %d, column "
                          "%d)", p->label ? p->label : "",
                          p->label ? ": " : "", p->pages + 1, jerr.line,
                          jerr.column));
    return;
  }
  bad = zd_page_check(def, body, &next);
  if(bad) {
    part_fail(p, ZD_EP_ERROR, 0,
              zd_asprintf("%s%smalformed body on page %d: %s",
                          p->label ? p->label : "", p->label ? ": " : "",
                          p->pages + 1, bad));
    json_decref(body);
    return;
  }
  if((badit = bad_item(def, body))) {
    part_fail(p, ZD_EP_ERROR, 0,
              zd_asprintf("%s%smalformed body on page %d: %s",
                          p->label ? p->label : "", p->label ? ": " : "",
                          p->pages + 1, badit));
    free(badit);
    json_decref(body);
    return;
  }
  p->pages++;
  /* Redaction rewrites URLs with a query: the next link is kept first. */
  next_url = next ? zd_strdup(next) : NULL;
  next = next_url;
  zd_redact_body(def->key, body);
  p->scrubbed += zd_redact_found(run->opts->finder, body);
  if(zd_page_single_item(def, body)) {
    json_t *one = json_array();
    json_array_append(one, body);
    add_items(p, one);
    json_decref(one);
    if(!p->first)
      p->first = json_object();
  }
  else {
    if(def->list)
      add_items(p, json_object_get(body, def->list));
    if(!p->first) {
      p->first = json_copy(body);
      zd_page_strip(p->first);
      if(def->list)
        json_object_del(p->first, def->list);
    }
  }
  if(next && !p->truncated &&
     (p->ep->bytes >= run->max_ep_bytes || run->bytes >= run->max_run_bytes)) {
    p->ep->budget = p->ep->bytes >= run->max_ep_bytes ? "endpoint" : "run";
    zd_verbosef(1, "endpoint '%s': paging stopped at the %s byte budget "
                "(%zu bytes); the list is marked truncated", def->key,
                p->ep->budget, p->ep->budget[0] == 'e' ? run->max_ep_bytes
                                                       : run->max_run_bytes);
    p->truncated = 1;
  }
  if(next && !p->truncated) {
    char *url = resolve_next(p, next);
    free(next_url);
    next_url = NULL;
    if(!url) {
      json_decref(body);
      part_fail(p, ZD_EP_ERROR, 0,
                zd_asprintf("%s%smalformed body on page %d: the next-page "
                            "link is not an http(s) URL",
                            p->label ? p->label : "", p->label ? ": " : "",
                            p->pages));
      return;
    }
    if(json_object_get(p->seen, url) || p->pages >= ZD_MAX_PAGES_PER_LIST) {
      zd_verbosef(1, "endpoint '%s': paging stopped (%s); the list is "
                  "marked truncated", def->key,
                  p->pages >= ZD_MAX_PAGES_PER_LIST ? "too many pages"
                                                    : "a next link repeated");
      p->truncated = 1;
      free(url);
    }
    else {
      json_decref(body);
      part_request(p, url);
      return;
    }
  }
  free(next_url);
  json_decref(body);
  part_done(p);
}

/* ---- planning ----------------------------------------------------------- */

static const char *sep(const char *url)
{
  return strchr(url, '?') ? "&" : "?";
}

/* The first URL of an endpoint: base + path (+ extra query) + paging. */
static char *first_url(struct run *run, const struct zd_endpoint_def *def,
                       const char *base, const char *path, const char *extra)
{
  const char *pq = zd_page_first_query(def->paging);
  char *u = zd_asprintf("%s%s", base, path);
  char *v;
  if(extra) {
    v = zd_asprintf("%s%s%s", u, sep(u), extra);
    free(u);
    u = v;
  }
  if(pq) {
    v = zd_asprintf("%s%s%s", u, sep(u), pq);
    free(u);
    u = v;
  }
  if(!strcmp(def->key, "audit_logs")) {
    char a[32], b[32];
    time_t now = zd_time_now();
    zd_time_format(now - (time_t)AUDIT_LOG_DAYS * 86400, a, sizeof(a));
    zd_time_format(now, b, sizeof(b));
    /* The repeated-key array form: without "[]" Zendesk keeps only one
     * bound (go-zendesk WithFilterForCreatedAt, airbyte, zenpy; #10). */
    v = zd_asprintf("%s%sfilter%%5Bcreated_at%%5D%%5B%%5D=%s"
                    "&filter%%5Bcreated_at%%5D%%5B%%5D=%s", u, sep(u), a, b);
    free(u);
    u = v;
  }
  (void)run;
  return u;
}

/* Replaces "{name}" in 'path' by 'value' URL-escaped (new string). */
static char *fill(const char *path, const char *name, const char *value)
{
  const char *at = strstr(path, name);
  char *esc, *out;
  if(!at)
    return zd_strdup(path);
  esc = curl_easy_escape(NULL, value, 0);
  if(!esc) {
    zd_errorf("out of memory (libcurl)");
    abort();
  }
  out = zd_asprintf("%.*s%s%s", (int)(at - path), path, esc,
                    at + strlen(name));
  curl_free(esc);
  return out;
}

static void launch_simple(struct run *run, struct ep *ep)
{
  char *base = zd_asprintf("%s%s", run->origin, run->prefix);
  struct part *p = part_new(run, ep, run->origin, run->prefix, NULL, NULL);
  part_request(p, first_url(run, ep->def, base, ep->def->path, NULL));
  free(base);
}

static void launch_sunco(struct run *run, struct ep *ep, json_t *ctx,
                         const char *integration)
{
  char *base = zd_asprintf("%s%s/sc", run->origin, run->prefix);
  char *path = fill(ep->def->path, "{app}", run->creds.sunco_app_id);
  char *label = integration ? zd_asprintf("integration %s", integration)
                            : NULL;
  struct part *p;
  if(integration) {
    char *t = fill(path, "{integration}", integration);
    free(path);
    path = t;
  }
  p = part_new(run, ep, run->origin, run->prefix, ctx, label);
  part_request(p, first_url(run, ep->def, base, path, NULL));
  free(label);
  free(base);
  free(path);
}

static void skip(struct run *run, struct ep *ep, const char *why)
{
  ep->finished = 1;
  run->done_eps++;
  zd_snapshot_put(run->snap, ep->def->key, ZD_EP_SKIPPED, 0, why, NULL);
}

/* An endpoint that depends on one that failed. */
static void cannot(struct run *run, struct ep *ep, const char *what,
                   const char *needed)
{
  char *why = zd_asprintf("needs %s, which could not be collected (%s)",
                          what, needed);
  ep->finished = 1;
  run->done_eps++;
  zd_snapshot_put(run->snap, ep->def->key, ZD_EP_ERROR, 0, why, NULL);
  free(why);
}

static json_int_t brand_id(json_t *b)
{
  return json_integer_value(json_object_get(b, "id"));
}

static void launch_hc(struct run *run, struct ep *ep)
{
  size_t i, n = 0;
  json_t *b;
  json_array_foreach(run->brands, i, b) {
    const char *sub = json_string_value(json_object_get(b, "subdomain"));
    json_t *hc = json_object_get(b, "has_help_center");
    char *label, *origin, *url, *extra = NULL;
    struct part *p;
    if(!json_is_true(hc) || !json_is_integer(json_object_get(b, "id")))
      continue;
    if(++n > ZD_MAX_FANOUT)
      break;
    label = zd_asprintf("brand %" JSON_INTEGER_FORMAT, brand_id(b));
    if(run->custom_base) {
      origin = zd_strdup(run->origin);
      extra = zd_asprintf("brand_id=%" JSON_INTEGER_FORMAT, brand_id(b));
    }
    else if(zd_valid_subdomain(sub))
      origin = zd_asprintf("https://%s.zendesk.com", sub);
    else {
      p = part_new(run, ep, run->origin, "", NULL, label);
      free(label);
      part_fail(p, ZD_EP_ERROR, 0,
                zd_asprintf("brand %" JSON_INTEGER_FORMAT " has no valid "
                            "subdomain for its help centre", brand_id(b)));
      continue;
    }
    p = part_new(run, ep, origin,
                 run->custom_base ? run->prefix : "",
                 json_pack("{s:I}", "brand_id", brand_id(b)), label);
    /* Real next links drop brand_id (#19): every page keeps it. */
    if(extra)
      p->keep_query = zd_strdup(extra);
    {
      char *base = zd_asprintf("%s%s", origin,
                               run->custom_base ? run->prefix : "");
      url = first_url(run, ep->def, base, ep->def->path, extra);
      free(base);
    }
    part_request(p, url);
    free(label);
    free(origin);
    free(extra);
  }
  if(!ep->nparts)
    ep_finish(run, ep);
}

static int host_mapped(json_t *b, const char **host)
{
  *host = json_string_value(json_object_get(b, "host_mapping"));
  return *host && **host && json_is_integer(json_object_get(b, "id"));
}

static void launch_host_checks(struct run *run, struct ep *ep)
{
  size_t i, n = 0;
  json_t *b;
  json_array_foreach(run->brands, i, b) {
    const char *host;
    char *path, *label, *id, *base;
    struct part *p;
    if(!host_mapped(b, &host) || ++n > ZD_MAX_FANOUT)
      continue;
    id = zd_asprintf("%" JSON_INTEGER_FORMAT, brand_id(b));
    label = zd_asprintf("brand %s", id);
    path = fill(ep->def->path, "{brand}", id);
    base = zd_asprintf("%s%s", run->origin, run->prefix);
    p = part_new(run, ep, run->origin, run->prefix,
                 json_pack("{s:I, s:s}", "brand_id", brand_id(b),
                           "host_mapping", host), label);
    part_request(p, first_url(run, ep->def, base, path, NULL));
    free(id);
    free(label);
    free(path);
    free(base);
  }
  if(!ep->nparts)
    ep_finish(run, ep);
}

static void after_brands(struct run *run, struct ep *brands_ep)
{
  struct zd_ep_state st;
  char why[ZD_ERROR_MSG_SIZE];
  json_t *data;
  zd_snapshot_state(run->snap, "brands", &st);
  data = zd_snapshot_data(run->snap, "brands");
  if(data)
    run->brands = json_incref(json_object_get(data, "brands"));
  else
    zd_ep_state_reason("brands", &st, why, sizeof(why));
  (void)brands_ep;
  for(size_t i = 0; i < run->neps; i++) {
    struct ep *ep = &run->eps[i];
    if(ep->finished || ep->nparts)
      continue;
    if(ep->def->scope == ZD_SCOPE_HC_BRAND) {
      if(run->brands)
        launch_hc(run, ep);
      else
        cannot(run, ep, "the brand list (to find each help centre)", why);
    }
    else if(!strcmp(ep->def->key, "host_mapping_checks")) {
      if(run->brands)
        launch_host_checks(run, ep);
      else
        cannot(run, ep, "the brand list (host mappings)", why);
    }
  }
}

static void after_integrations(struct run *run)
{
  struct ep *ep = find_ep(run, "sunco_webhooks");
  json_t *data = zd_snapshot_data(run->snap, "sunco_integrations");
  struct zd_ep_state st;
  char why[ZD_ERROR_MSG_SIZE];
  size_t i, n = 0;
  json_t *it;
  if(!ep || ep->finished || ep->nparts)
    return;
  if(!data) {
    zd_snapshot_state(run->snap, "sunco_integrations", &st);
    cannot(run, ep, "the integration list",
           zd_ep_state_reason("sunco_integrations", &st, why, sizeof(why)));
    return;
  }
  /* Webhooks belong to custom integrations only. */
  json_array_foreach(json_object_get(data, "integrations"), i, it) {
    const char *id = json_string_value(json_object_get(it, "id"));
    const char *type = json_string_value(json_object_get(it, "type"));
    if(!id || !type || strcmp(type, "custom") || ++n > ZD_MAX_FANOUT)
      continue;
    launch_sunco(run, ep, json_pack("{s:s}", "integration_id", id), id);
  }
  if(!ep->nparts)
    ep_finish(run, ep);
}

/* ---- assembling an endpoint --------------------------------------------- */

static void progress(void *arg, int64_t wait_ms)
{
  struct run *run = arg;
  char extra[96];
  run->waiting_ms = wait_ms;
  if(run->opts->quiet || !zd_progress_enabled())
    return;
  if(wait_ms >= 1000)
    snprintf(extra, sizeof(extra), "endpoints, %lu items; waiting %lds "
             "for the rate limit", run->items, (long)(wait_ms / 1000));
  else
    snprintf(extra, sizeof(extra), "endpoints, %lu items", run->items);
  zd_progress("collecting", run->done_eps, run->neps, extra);
}

static void ep_finish(struct run *run, struct ep *ep)
{
  const struct zd_endpoint_def *def = ep->def;
  struct part *bad = NULL;
  json_t *body = NULL, *st, *parts = NULL;
  int pages = 0, attempts = 0, throttled = 0, truncated = 0, dups = 0;
  size_t scrubbed = 0;
  for(size_t i = 0; i < ep->nparts; i++) {
    struct part *p = ep->parts[i];
    pages += p->pages;
    dups += p->duplicates;
    scrubbed += p->scrubbed;
    attempts += p->attempts;
    throttled += p->throttled;
    truncated |= p->truncated;
    if(p->outcome != ZD_EP_OK && !bad)
      bad = p;
    if(p->ctx) {
      json_t *one = json_deep_copy(p->ctx);
      if(!parts)
        parts = json_array();
      json_object_set_new(one, "outcome",
                          json_string(zd_ep_outcome_name(p->outcome)));
      if(p->http_status)
        json_object_set_new(one, "http_status", json_integer(p->http_status));
      json_object_set_new(one, "pages", json_integer(p->pages));
      json_array_append_new(parts, one);
    }
  }
  ep->finished = 1;
  run->done_eps++;
  if(bad) {
    /* One brand or integration missing makes the merged list
     * incomplete: the endpoint as a whole is not usable. */
    zd_snapshot_put(run->snap, def->key, bad->outcome, bad->http_status,
                    bad->error, NULL);
    zd_verbosef(1, "endpoint '%s': %s", def->key, bad->error);
  }
  else {
    if(!def->list)
      body = json_incref(ep->parts[0]->first);
    else {
      json_t *all = json_array();
      body = ep->nparts && ep->parts[0]->first
               ? json_incref(ep->parts[0]->first) : json_object();
      for(size_t i = 0; i < ep->nparts; i++)
        json_array_extend(all, ep->parts[i]->items);
      json_object_set_new(body, def->list, all);
    }
    zd_snapshot_put(run->snap, def->key, ZD_EP_OK, 200, NULL, body);
  }
  st = json_object_get(json_object_get(zd_snapshot_manifest(run->snap),
                                       "endpoints"), def->key);
  json_object_set_new(st, "attempts", json_integer(attempts));
  json_object_set_new(st, "pages", json_integer(pages));
  json_object_set_new(st, "truncated", json_boolean(truncated));
  if(throttled)
    json_object_set_new(st, "throttled", json_integer(throttled));
  if(dups)
    json_object_set_new(st, "duplicates", json_integer(dups));
  if(scrubbed)
    json_object_set_new(st, "credentials_removed",
                        json_integer((json_int_t)scrubbed));
  json_object_set_new(st, "bytes", json_integer((json_int_t)ep->bytes));
  if(ep->budget)
    json_object_set_new(st, "byte_budget", json_string(ep->budget));
  if(parts)
    json_object_set_new(st, "parts", parts);
  for(size_t i = 0; i < ep->nparts; i++)
    part_free(ep->parts[i]);
  free(ep->parts);
  ep->parts = NULL;
  ep->nparts = ep->ndone = 0;
  progress(run, run->waiting_ms);
  if(!strcmp(def->key, "brands"))
    after_brands(run, ep);
  else if(!strcmp(def->key, "sunco_integrations"))
    after_integrations(run);
}

/* ---- TLS probes --------------------------------------------------------- */

static void run_tls_probes(struct run *run, struct ep *ep, int64_t deadline)
{
  struct zd_tls_probe_cfg cfg = {run->opts->ca_file,
                                 run->opts->tls_connect_to,
                                 0, run->opts->verbose};
  json_t *list = json_array();
  size_t i, n = 0;
  json_t *b;
  int late = 0;
  json_array_foreach(run->brands, i, b) {
    const char *host;
    json_t *probe;
    int64_t left = deadline - zd_http_now_ms();
    if(!host_mapped(b, &host) || ++n > ZD_MAX_FANOUT)
      continue;
    if(left <= 0) {
      late = 1;
      break;
    }
    cfg.timeout_ms = left < TLS_PROBE_TIMEOUT_MS ? (long)left
                                                 : TLS_PROBE_TIMEOUT_MS;
    if(cfg.timeout_ms > run->timeout_ms)
      cfg.timeout_ms = run->timeout_ms;
    probe = zd_tls_probe(host, &cfg);
    json_object_set_new(probe, "brand_id", json_integer(brand_id(b)));
    json_array_append_new(list, probe);
  }
  ep->finished = 1;
  run->done_eps++;
  if(late) {
    json_decref(list);
    zd_snapshot_put(run->snap, ep->def->key, ZD_EP_ERROR, 0,
                    "the collection deadline was reached before every "
                    "host mapping was probed", NULL);
    return;
  }
  zd_snapshot_put(run->snap, ep->def->key, ZD_EP_OK, 0, NULL,
                  json_pack("{s:o}", "tls_probes", list));
}

/* ---- the run ------------------------------------------------------------ */

static void free_run(struct run *run)
{
  for(size_t i = 0; i < run->neps; i++) {
    for(size_t j = 0; j < run->eps[i].nparts; j++)
      part_free(run->eps[i].parts[j]);
    free(run->eps[i].parts);
  }
  free(run->eps);
  json_decref(run->brands);
  zd_http_free(run->http);
  zd_creds_free(&run->creds);
  free(run->origin);
  free(run->prefix);
}

/* Counts outcomes; 1 when nothing at all could be collected because the
 * account was unreachable (every tried endpoint ended in "error"). */
static int nothing_reached(struct run *run, const char **first_error)
{
  json_t *eps = json_object_get(zd_snapshot_manifest(run->snap),
                                "endpoints");
  const char *k;
  json_t *v;
  int ok = 0, errors = 0;
  *first_error = NULL;
  json_object_foreach(eps, k, v) {
    const char *o = json_string_value(json_object_get(v, "outcome"));
    if(!o)
      continue;
    if(!strcmp(o, "ok") && strcmp(k, "tls_probes"))
      ok++;
    else if(!strcmp(o, "http_error"))
      ok++;                       /* the account answered */
    else if(!strcmp(o, "error")) {
      errors++;
      if(!*first_error)
        *first_error = json_string_value(json_object_get(v, "error"));
    }
  }
  return !ok && errors;
}

static void summary(struct run *run, int64_t t0)
{
  json_t *m = zd_snapshot_manifest(run->snap);
  json_t *eps = json_object_get(m, "endpoints");
  struct zd_http_stats hs;
  const char *k;
  json_t *v;
  int n_ok = 0, n_bad = 0, n_skip = 0;
  struct zd_buf skipped;
  zd_buf_init(&skipped, 4096);
  json_object_foreach(eps, k, v) {
    const char *o = json_string_value(json_object_get(v, "outcome"));
    if(o && !strcmp(o, "ok"))
      n_ok++;
    else if(o && !strcmp(o, "skipped")) {
      /* named, so "skipped" is never a mystery */
      zd_buf_adds(&skipped, n_skip++ ? ", " : ": ");
      zd_buf_adds(&skipped, k);
    }
    else
      n_bad++;
  }
  zd_http_stats(run->http, &hs);
  json_object_set_new(m, "collector", json_pack(
    "{s:I, s:I, s:I, s:f, s:i, s:I, s:I, s:I}", "requests",
    (json_int_t)hs.requests,
    "throttled", (json_int_t)hs.throttled, "retries",
    (json_int_t)hs.retries, "seconds",
    (double)(zd_http_now_ms() - t0) / 1000.0, "parallel",
    run->opts->max_parallel > 0 ? run->opts->max_parallel
                                : DEFAULT_PARALLEL,
    "bytes", (json_int_t)run->bytes, "max_endpoint_bytes",
    (json_int_t)run->max_ep_bytes, "max_run_bytes",
    (json_int_t)run->max_run_bytes));
  zd_progress_done();
  if(!run->opts->quiet)
    zd_notef("collected %d endpoints: %d ok, %d failed, %d skipped "
             "(%ld requests, %ld throttled, %.1f s)%s%s",
             n_ok + n_bad + n_skip, n_ok, n_bad, n_skip, hs.requests,
             hs.throttled, (double)(zd_http_now_ms() - t0) / 1000.0,
             n_skip ? "\n  skipped" : "", zd_buf_str(&skipped));
  zd_buf_free(&skipped);
}

/* The first request, GET /api/v2/users/me (preflight.h), with one retry:
 * an account that cannot be reached (name not resolved, TLS refused,
 * nothing listening) stops the run here instead of after every endpoint
 * has tried; a refused credential stops it too; a token that is not an
 * admin's is said once, up front. Any other answer lets the run go on. */
static zd_code preflight(struct run *run, const struct zd_target *t,
                         struct zd_error *err)
{
  struct zd_whoami w;
  const char *where = zd_target_name(t, run->opts);
  zd_code rc = ZD_OK;
  zd_whoami(run->http, t, &run->creds, 2, &w);
  if(!w.reached)
    rc = zd_error_set(err, ZD_ERR_NETWORK, where, 0,
                      "cannot reach the account: %s (nothing collected; "
                      "check the subdomain, --base-url, the network and "
                      "--ca-file)", w.error);
  else if(w.status == 401 || (w.status == 200 && w.anonymous))
    rc = zd_error_set(err, ZD_ERR_AUTH, where, 0,
                      "Zendesk refused %s (%s on /api/v2/users/me): it is "
                      "wrong, expired or revoked (zdaudit doctor checks a "
                      "credential; see docs/collect.md)",
                      zd_creds_describe(&run->creds),
                      w.status == 401 ? "HTTP 401" : "anonymous user");
  else if(w.status == 200 && strcmp(zd_whoami_role(&w), "admin")) {
    char *who = zd_whoami_who(&w);
    int admin_only = 0;
    for(const struct zd_endpoint_def *d = zd_endpoints; d->key; d++)
      admin_only += d->admin;
    run->not_admin = 1;
    if(!run->opts->quiet)
      zd_warnf("the credential belongs to %s, whose role is '%s', not "
               "admin: the %d admin-only endpoints will be refused and "
               "the controls that need them end as error; use an "
               "admin's token for a full assessment", who,
               zd_whoami_role(&w), admin_only);
    free(who);
  }
  zd_whoami_free(&w);
  return rc;
}

zd_code zd_collect_run(const struct zd_collect_opts *opts,
                       struct zd_snapshot **out, struct zd_error *err)
{
  struct zd_target target;
  struct run run;
  struct zd_http_cfg hc;
  const char *sub = opts->subdomain;
  const char *first_error;
  int64_t t0 = zd_http_now_ms(), deadline;
  zd_code rc;
  size_t n = 0;

  *out = NULL;
  memset(&run, 0, sizeof(run));
  run.opts = opts;
  rc = zd_creds_load(opts->credentials_file, &run.creds, err);
  if(rc)
    return rc;
  rc = zd_target_init(opts, &run.creds, &target, err);
  sub = target.sub;
  run.origin = target.origin;   /* the run owns them from here */
  run.prefix = target.prefix;
  run.custom_base = target.custom_base;
  if(rc) {
    zd_creds_free(&run.creds);
    free(run.origin);
    free(run.prefix);
    return rc;
  }
  if(run.creds.kind == ZD_AUTH_API_TOKEN)
    zd_warnf("using a Zendesk API token: from 2026-07-28 Zendesk "
             "deactivates API tokens unused for 30 days, from 2026-10-27 no "
             "new ones can be created, and after 2027-04-30 none work; move "
             "to OAuth (ZENDESK_OAUTH_TOKEN, or ZENDESK_OAUTH_CLIENT_ID/"
             "_SECRET for scheduled runs: see docs/collect.md)");
  if(!zd_creds_has_sunco(&run.creds) &&
     (run.creds.sunco_app_id || run.creds.sunco_key_id ||
      run.creds.sunco_key_secret))
    zd_warnf("Sunshine Conversations needs all of ZENDESK_SUNCO_APP_ID, "
             "ZENDESK_SUNCO_KEY_ID and ZENDESK_SUNCO_KEY_SECRET; its "
             "endpoints are skipped");

  run.timeout_ms = opts->timeout_ms > 0 ? opts->timeout_ms
                                        : DEFAULT_TIMEOUT_MS;
  run.max_items = opts->max_items > 0 ? opts->max_items : DEFAULT_MAX_ITEMS;
  run.max_end_users = opts->max_end_users > 0 ? opts->max_end_users
                                              : DEFAULT_MAX_END_USERS;
  if(run.max_end_users > run.max_items)
    run.max_end_users = run.max_items;
  run.max_ep_bytes = opts->max_endpoint_bytes ? opts->max_endpoint_bytes
                                              : ZD_DEFAULT_MAX_ENDPOINT_BYTES;
  run.max_run_bytes = opts->max_run_bytes ? opts->max_run_bytes
                                          : ZD_DEFAULT_MAX_RUN_BYTES;
  deadline = t0 + (opts->deadline_ms > 0 ? opts->deadline_ms
                                         : DEFAULT_DEADLINE_MS);
  memset(&hc, 0, sizeof(hc));
  hc.ca_file = opts->ca_file;
  hc.timeout_ms = run.timeout_ms;
  hc.deadline = deadline;
  hc.max_parallel = opts->max_parallel > 0 ? opts->max_parallel
                                           : DEFAULT_PARALLEL;
  hc.max_attempts = opts->max_attempts > 0 ? opts->max_attempts
                                           : DEFAULT_ATTEMPTS;
  hc.backoff_ms = opts->backoff_ms;
  hc.rate_limit = opts->rate_limit;
  hc.verbose = opts->verbose;
  hc.creds = &run.creds;
  hc.progress = progress;
  hc.progress_arg = &run;
  run.http = zd_http_new(&hc);
  run.snap = zd_snapshot_new(sub, zd_time_now());
  if(run.custom_base)
    json_object_set_new(json_object_get(zd_snapshot_manifest(run.snap),
                                        "account"),
                        "base_url", json_string(opts->base_url));

  rc = zd_collect_grant(run.http, &target, &run.creds, err);
  if(!rc)
    rc = preflight(&run, &target, err);
  if(rc) {
    zd_snapshot_free(run.snap);
    free_run(&run);
    return rc;
  }

  for(const struct zd_endpoint_def *d = zd_endpoints; d->key; d++)
    n++;
  run.eps = zd_calloc(n, sizeof(*run.eps));
  run.neps = n;
  for(size_t i = 0; i < n; i++)
    run.eps[i].def = &zd_endpoints[i];
  /* First what needs nothing else; brands and integrations unlock the
   * rest from ep_finish. */
  for(size_t i = 0; i < n; i++) {
    struct ep *ep = &run.eps[i];
    const struct zd_endpoint_def *d = ep->def;
    if(d->scope == ZD_SCOPE_SUPPORT)
      launch_simple(&run, ep);
    else if(d->scope == ZD_SCOPE_SUNCO) {
      if(!zd_creds_has_sunco(&run.creds))
        skip(&run, ep, "no Sunshine Conversations credentials "
                       "(ZENDESK_SUNCO_APP_ID, ZENDESK_SUNCO_KEY_ID, "
                       "ZENDESK_SUNCO_KEY_SECRET)");
      else if(strcmp(d->key, "sunco_webhooks"))
        launch_sunco(&run, ep, NULL, NULL);
    }
    else if(!strcmp(d->key, "tls_probes") && opts->no_tls_probe)
      skip(&run, ep, "TLS probes were turned off (--no-tls-probe)");
  }
  zd_http_run(run.http);
  zd_progress_done();

  if(run.auth_failed) {
    rc = zd_error_set(err, ZD_ERR_AUTH, run.custom_base ? opts->base_url
                                                        : run.origin, 0,
                      "%s", run.auth_msg);
    zd_snapshot_free(run.snap);
    free_run(&run);
    return rc;
  }
  {
    struct ep *tls = find_ep(&run, "tls_probes");
    if(tls && !tls->finished) {
      if(run.brands)
        run_tls_probes(&run, tls, deadline);
      else {
        struct zd_ep_state st;
        char why[ZD_ERROR_MSG_SIZE];
        zd_snapshot_state(run.snap, "brands", &st);
        cannot(&run, tls, "the brand list (host mappings)",
               zd_ep_state_reason("brands", &st, why, sizeof(why)));
      }
    }
  }
  /* Whatever never ran (a dependency's failure path missed it) is
   * recorded, never silently absent. */
  for(size_t i = 0; i < n; i++)
    if(!run.eps[i].finished)
      zd_snapshot_put(run.snap, run.eps[i].def->key, ZD_EP_ERROR, 0,
                      "not collected: the run stopped first", NULL);
  summary(&run, t0);
  if(nothing_reached(&run, &first_error)) {
    rc = zd_error_set(err, ZD_ERR_NETWORK, run.custom_base ? opts->base_url
                                                           : run.origin, 0,
                      "nothing could be collected: %s",
                      first_error ? first_error : "no endpoint answered");
    zd_snapshot_free(run.snap);
    free_run(&run);
    return rc;
  }
  free_run(&run);
  *out = run.snap;
  return ZD_OK;
}
