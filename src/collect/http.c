/* SPDX-License-Identifier: MIT
 * http.c — the collector's HTTP engine (see http.h): a queue of requests
 * run through one libcurl multi handle, so connections are reused and at
 * most max_parallel transfers are in flight; retries, Retry-After and
 * pacing decide when each queued request may start. */
#include "collect/http.h"
#include "collect/creds.h"
#include "collect/pace.h"
#include "core/alloc.h"
#include "core/limits.h"
#include "core/msgs.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#define BACKOFF_CAP_MS 30000

struct zd_http {
  struct zd_http_cfg cfg;
  CURLM *multi;
  struct zd_pace pace;
  struct zd_http_req *queue;   /* waiting to start, in submit order */
  struct zd_http_req **running;/* in flight: 'active' of max_parallel */
  int active;
  int aborted;
  char why[256];
  struct zd_http_stats stats;
  uint64_t rng;
  int64_t last_progress;
};

int64_t zd_http_now_ms(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* ---- URLs --------------------------------------------------------------- */

static int is_loopback(const char *host)
{
  unsigned char a[16];
  char buf[64];
  size_t n = strlen(host);
  if(!strcasecmp(host, "localhost"))
    return 1;
  if(n >= 2 && host[0] == '[' && host[n - 1] == ']' && n - 2 < sizeof(buf)) {
    memcpy(buf, host + 1, n - 2);
    buf[n - 2] = '\0';
    return inet_pton(AF_INET6, buf, a) == 1 &&
           !memcmp(a, "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\1", 16);
  }
  return inet_pton(AF_INET, host, a) == 1 && a[0] == 127;
}

/* Parses 'url' with libcurl's URL API; fills scheme/host/port/path/query
 * (new strings, free with curl_free) as asked. Returns 0 or -1. */
static int url_parts(const char *url, char **scheme, char **host, char **port,
                     char **path, char **query, char **user, char **frag)
{
  CURLU *u = curl_url();
  int rc = -1;
  if(!u)
    return -1;
  if(curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK &&
     curl_url_get(u, CURLUPART_SCHEME, scheme, 0) == CURLUE_OK &&
     curl_url_get(u, CURLUPART_HOST, host, 0) == CURLUE_OK) {
    rc = 0;
    if(port && curl_url_get(u, CURLUPART_PORT, port, 0) != CURLUE_OK)
      *port = NULL;
    if(path && curl_url_get(u, CURLUPART_PATH, path, 0) != CURLUE_OK)
      *path = NULL;
    if(query && curl_url_get(u, CURLUPART_QUERY, query, 0) != CURLUE_OK)
      *query = NULL;
    if(user && curl_url_get(u, CURLUPART_USER, user, 0) != CURLUE_OK)
      *user = NULL;
    if(frag && curl_url_get(u, CURLUPART_FRAGMENT, frag, 0) != CURLUE_OK)
      *frag = NULL;
  }
  curl_url_cleanup(u);
  return rc;
}

static char *make_origin(const char *scheme, const char *host,
                         const char *port)
{
  if(port)
    return zd_asprintf("%s://%s:%s", scheme, host, port);
  return zd_asprintf("%s://%s", scheme, host);
}

zd_code zd_http_check_base(const char *url, char **origin, char **prefix,
                           struct zd_error *err)
{
  char *scheme = NULL, *host = NULL, *port = NULL, *path = NULL;
  char *query = NULL, *user = NULL, *frag = NULL;
  zd_code rc = ZD_OK;
  *origin = *prefix = NULL;
  if(!url || !*url ||
     url_parts(url, &scheme, &host, &port, &path, &query, &user, &frag))
    return zd_error_set(err, ZD_ERR_USAGE, "--base-url", 0,
                        "not an absolute URL");
  if(user)
    rc = zd_error_set(err, ZD_ERR_USAGE, "--base-url", 0,
                      "must not carry a user name or password: "
                      "credentials come from the environment or "
                      "--credentials-file");
  else if(query || frag)
    rc = zd_error_set(err, ZD_ERR_USAGE, "--base-url", 0,
                      "must not have a query or fragment");
  else if(strcasecmp(scheme, "https") &&
          !(strcasecmp(scheme, "http") == 0 && is_loopback(host)))
    rc = zd_error_set(err, ZD_ERR_USAGE, "--base-url", 0,
                      "must be https:// (plain http:// is allowed only for "
                      "loopback hosts such as 127.0.0.1)");
  if(!rc) {
    size_t n = path ? strlen(path) : 0;
    while(n && path[n - 1] == '/')
      n--;
    *origin = make_origin(scheme, host, port);
    *prefix = zd_strndup(path ? path : "", n);
  }
  curl_free(scheme);
  curl_free(host);
  curl_free(port);
  curl_free(path);
  curl_free(query);
  curl_free(user);
  curl_free(frag);
  return rc;
}

int zd_http_split_url(const char *url, char **origin, char **pathq)
{
  char *scheme = NULL, *host = NULL, *port = NULL, *path = NULL;
  char *query = NULL;
  int rc = -1;
  *origin = *pathq = NULL;
  if(!url_parts(url, &scheme, &host, &port, &path, &query, NULL, NULL) &&
     (!strcasecmp(scheme, "https") || !strcasecmp(scheme, "http"))) {
    *origin = make_origin(scheme, host, port);
    *pathq = query ? zd_asprintf("%s?%s", path ? path : "/", query)
                   : zd_strdup(path ? path : "/");
    rc = 0;
  }
  curl_free(scheme);
  curl_free(host);
  curl_free(port);
  curl_free(path);
  curl_free(query);
  return rc;
}

void zd_http_tidy_error(char *msg)
{
  char *p = msg;
  while((p = strstr(p, " after "))) {
    char *q = p + 7;
    char *end;
    if(!isdigit((unsigned char)*q)) {
      p++;
      continue;
    }
    while(isdigit((unsigned char)*q))
      q++;
    if(!strncmp(q, " ms", 3))
      end = q + 3;
    else if(!strncmp(q, " milliseconds", 13))
      end = q + 13;
    else {
      p++;
      continue;
    }
    /* "... with N bytes received" / "out of M bytes" also vary. */
    if(!strncmp(end, " with ", 6)) {
      char *b = strstr(end, " received");
      if(b)
        end = b + 9;
    }
    memmove(p, end, strlen(end) + 1);
  }
}

/* ---- one transfer ------------------------------------------------------- */

static size_t on_body(char *p, size_t size, size_t n, void *arg)
{
  struct zd_http_req *r = arg;
  if(zd_buf_add(&r->body, p, size * n))
    return 0;   /* past ZD_MAX_API_BODY: CURLE_WRITE_ERROR */
  return size * n;
}

static long header_long(const char *v)
{
  char *end;
  long x;
  while(*v == ' ' || *v == '\t')
    v++;
  if(!isdigit((unsigned char)*v))
    return -1;
  x = strtol(v, &end, 10);
  return x < 0 ? -1 : x;
}

static int header_is(const char *line, size_t len, const char *name,
                     const char **value)
{
  size_t n = strlen(name);
  if(len > n && line[n] == ':' && !strncasecmp(line, name, n)) {
    *value = line + n + 1;
    return 1;
  }
  return 0;
}

/* "zendesk-ratelimit-NAME: total=100; remaining=99; resets=41", a
 * per-endpoint window (developer.zendesk.com "Best practices for avoiding
 * rate limiting"). Kept only while it is tighter than the account's
 * (compared when the request settles), so the pacer slows for it. */
static void endpoint_limit(struct zd_http_req *r, const char *line)
{
  const char *v = strchr(line, ':');
  long total = -1, rem = -1, reset = -1;
  while(v && *v) {
    v++;
    while(*v == ' ' || *v == ';')
      v++;
    if(!strncasecmp(v, "total=", 6))
      total = header_long(v + 6);
    else if(!strncasecmp(v, "remaining=", 10))
      rem = header_long(v + 10);
    else if(!strncasecmp(v, "resets=", 7))
      reset = header_long(v + 7);
    v = strchr(v, ';');
  }
  if(total > 0 && rem >= 0 && (r->h_ep_remaining < 0 ||
                               rem < r->h_ep_remaining)) {
    r->h_ep_limit = total;
    r->h_ep_remaining = rem;
    r->h_ep_reset = reset;
  }
}

static size_t on_header(char *p, size_t size, size_t n, void *arg)
{
  struct zd_http_req *r = arg;
  size_t len = size * n;
  char line[512];
  const char *v;
  if(len >= sizeof(line))
    return len;                 /* no header we read is that long */
  memcpy(line, p, len);
  line[len] = '\0';
  while(len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
    line[--len] = '\0';
  if(!strncmp(line, "HTTP/", 5)) {
    /* A new response (after 100 Continue, say): forget the old one's. */
    r->h_limit = r->h_remaining = r->h_reset = -1;
    r->h_ep_limit = r->h_ep_remaining = r->h_ep_reset = -1;
    r->h_retry_after = -1;
  }
  /* Real replies spell them three ways (shared/zendesk-api/samples/
   * response_headers.zenpy-recording.json): x-rate-limit* always, 2023
   * rate-limit*, 2024+ ratelimit-*. */
  else if(header_is(line, len, "x-rate-limit", &v) ||
          header_is(line, len, "ratelimit-limit", &v) ||
          header_is(line, len, "rate-limit", &v))
    r->h_limit = header_long(v);
  else if(header_is(line, len, "x-rate-limit-remaining", &v) ||
          header_is(line, len, "ratelimit-remaining", &v) ||
          header_is(line, len, "rate-limit-remaining", &v))
    r->h_remaining = header_long(v);
  else if(header_is(line, len, "ratelimit-reset", &v) ||
          header_is(line, len, "rate-limit-reset", &v))
    r->h_reset = header_long(v);
  else if(len > 19 && !strncasecmp(line, "zendesk-ratelimit-", 18))
    endpoint_limit(r, line);
  else if(header_is(line, len, "retry-after", &v)) {
    long s = header_long(v);
    if(s < 0) {
      time_t when = curl_getdate(v, NULL);
      if(when > 0)
        s = when > time(NULL) ? (long)(when - time(NULL)) : 0;
    }
    if(s >= 0)
      r->h_retry_after = (int64_t)(s > ZD_MAX_RETRY_AFTER_S
                                   ? ZD_MAX_RETRY_AFTER_S : s) * 1000;
  }
  return size * n;
}

/* 1 when a header named [name, name + n) carries credentials or session
 * state by its name: Authorization, Proxy-Authorization, Cookie,
 * Set-Cookie, WWW-Authenticate, and any name holding "auth", "token",
 * "secret", "key", "cookie", "session" or "signature" (X-Debug-
 * Authorization, X-Api-Key), whichever way it came. */
static int secret_header(const char *name, size_t n)
{
  static const char *const words[] = {"auth", "token", "secret", "key",
                                      "cookie", "session", "signature",
                                      "password", NULL};
  for(int w = 0; words[w]; w++) {
    size_t wl = strlen(words[w]);
    for(size_t i = 0; i + wl <= n; i++)
      if(!strncasecmp(name + i, words[w], wl))
        return 1;
  }
  return 0;
}

/* -vv: headers both ways; credential-bearing headers show "[redacted]",
 * and any line (status line, header, libcurl's text) holding one of the
 * run's credentials is replaced, so a server echoing them back is never
 * printed (#11 item 1). */
static int on_debug(CURL *e, curl_infotype type, char *data, size_t size,
                    void *arg)
{
  const struct zd_http *h = arg;
  const char *mark;
  (void)e;
  switch(type) {
  case CURLINFO_TEXT: mark = "*"; break;
  case CURLINFO_HEADER_IN: mark = "<"; break;
  case CURLINFO_HEADER_OUT: mark = ">"; break;
  default: return 0;
  }
  while(size) {
    const char *eol = memchr(data, '\n', size);
    size_t n = eol ? (size_t)(eol - data) + 1 : size;
    size_t show = n;
    while(show && (data[show - 1] == '\n' || data[show - 1] == '\r'))
      show--;
    if(show) {
      const char *colon = memchr(data, ':', show);
      size_t name = colon ? (size_t)(colon - data) : 0;
      if(type != CURLINFO_TEXT && colon && name < 64 &&
         secret_header(data, name))
        zd_verbosef(0, "%s %.*s: [redacted]", mark, (int)name, data);
      else if(h->cfg.creds && zd_creds_leaked_in(h->cfg.creds, data, show))
        zd_verbosef(0, "%s [a line holding one of zdaudit's credentials: "
                    "not shown]", mark);
      else
        zd_verbosef(0, "%s %.*s", mark, (int)(show > 400 ? 400 : show),
                    data);
    }
    data += n;
    size -= n;
  }
  return 0;
}

static long time_left(const struct zd_http *h, int64_t now)
{
  int64_t t = h->cfg.timeout_ms;
  if(h->cfg.deadline && h->cfg.deadline - now < t)
    t = h->cfg.deadline - now;
  return t < 1 ? 1 : (long)t;
}

static void start(struct zd_http *h, struct zd_http_req *r, int64_t now)
{
  CURL *e = r->easy ? r->easy : curl_easy_init();
  long timeout = time_left(h, now);
  if(!e) {
    zd_errorf("out of memory (libcurl)");
    abort();
  }
  r->easy = e;
  curl_easy_reset(e);
  zd_buf_free(&r->body);
  zd_buf_init(&r->body, ZD_MAX_API_BODY);
  r->error[0] = '\0';
  r->status = 0;
  r->h_limit = r->h_remaining = r->h_reset = -1;
  r->h_ep_limit = r->h_ep_remaining = r->h_ep_reset = -1;
  r->h_retry_after = -1;
  curl_easy_setopt(e, CURLOPT_URL, r->url);
  curl_easy_setopt(e, CURLOPT_PRIVATE, r);
  curl_easy_setopt(e, CURLOPT_USERAGENT, "zdaudit/" ZD_VERSION);
  curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);
  curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 2L);
  if(h->cfg.ca_file)
    curl_easy_setopt(e, CURLOPT_CAINFO, h->cfg.ca_file);
  curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, timeout);
  curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS,
                   timeout < 15000 ? timeout : 15000L);
  curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");
  curl_easy_setopt(e, CURLOPT_ERRORBUFFER, r->error);
  curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, on_body);
  curl_easy_setopt(e, CURLOPT_WRITEDATA, r);
  curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, on_header);
  curl_easy_setopt(e, CURLOPT_HEADERDATA, r);
  curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE,
                   (curl_off_t)ZD_MAX_API_BODY);
  if(r->bearer) {
    curl_easy_setopt(e, CURLOPT_HTTPAUTH, CURLAUTH_BEARER);
    curl_easy_setopt(e, CURLOPT_XOAUTH2_BEARER, r->bearer);
  }
  else if(r->user && r->pass) {
    curl_easy_setopt(e, CURLOPT_HTTPAUTH, CURLAUTH_BASIC);
    curl_easy_setopt(e, CURLOPT_USERNAME, r->user);
    curl_easy_setopt(e, CURLOPT_PASSWORD, r->pass);
  }
  if(!r->hdrs) {
    r->hdrs = curl_slist_append(NULL, "Accept: application/json");
    if(r->post)
      r->hdrs = curl_slist_append(r->hdrs, "Content-Type: application/json");
  }
  curl_easy_setopt(e, CURLOPT_HTTPHEADER, r->hdrs);
  if(r->post) {
    curl_easy_setopt(e, CURLOPT_POSTFIELDS, r->post);
    curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE, (long)strlen(r->post));
  }
  if(h->cfg.verbose >= 2) {
    curl_easy_setopt(e, CURLOPT_VERBOSE, 1L);
    curl_easy_setopt(e, CURLOPT_DEBUGFUNCTION, on_debug);
    curl_easy_setopt(e, CURLOPT_DEBUGDATA, h);
  }
  r->attempts++;
  r->started = now;
  h->stats.requests++;
  if(r->attempts > 1)
    h->stats.retries++;
  if(r->paced)
    zd_pace_started(&h->pace, now);
  curl_multi_add_handle(h->multi, e);
  h->running[h->active++] = r;
}

/* ---- the engine --------------------------------------------------------- */

struct zd_http *zd_http_new(const struct zd_http_cfg *cfg)
{
  struct zd_http *h = zd_calloc(1, sizeof(*h));
  h->cfg = *cfg;
  if(h->cfg.max_parallel < 1)
    h->cfg.max_parallel = 1;
  if(h->cfg.max_attempts < 1)
    h->cfg.max_attempts = 1;
  if(h->cfg.timeout_ms < 1)
    h->cfg.timeout_ms = 30000;
  if(h->cfg.backoff_ms < 1)
    h->cfg.backoff_ms = 500;
  h->running = zd_calloc((size_t)h->cfg.max_parallel, sizeof(*h->running));
  h->multi = curl_multi_init();
  if(!h->multi) {
    zd_errorf("out of memory (libcurl)");
    abort();
  }
  curl_multi_setopt(h->multi, CURLMOPT_MAX_HOST_CONNECTIONS,
                    (long)h->cfg.max_parallel);
  curl_multi_setopt(h->multi, CURLMOPT_MAX_TOTAL_CONNECTIONS,
                    (long)h->cfg.max_parallel);
  zd_pace_init(&h->pace, h->cfg.rate_limit, h->cfg.max_parallel);
  h->rng = (uint64_t)zd_http_now_ms() * 6364136223846793005ULL ^
           (uint64_t)getpid();
  return h;
}

void zd_http_free(struct zd_http *h)
{
  if(!h)
    return;
  curl_multi_cleanup(h->multi);
  free(h->running);
  free(h);
}

void zd_http_req_clear(struct zd_http_req *r)
{
  free(r->url);
  if(r->post) {
    zd_creds_wipe(r->post, strlen(r->post));
    free(r->post);
  }
  zd_buf_free(&r->body);
  if(r->easy)
    curl_easy_cleanup(r->easy);
  curl_slist_free_all(r->hdrs);
  memset(r, 0, sizeof(*r));
}

static void enqueue(struct zd_http *h, struct zd_http_req *r)
{
  struct zd_http_req **pp = &h->queue;
  while(*pp)
    pp = &(*pp)->next;
  r->next = NULL;
  *pp = r;
}

void zd_http_submit(struct zd_http *h, struct zd_http_req *r)
{
  r->status = 0;
  r->cc = CURLE_OK;
  r->error[0] = '\0';
  r->attempts = 0;
  r->throttled = 0;
  r->not_before = 0;
  enqueue(h, r);
}

void zd_http_abort(struct zd_http *h, const char *why)
{
  if(!h->aborted) {
    h->aborted = 1;
    snprintf(h->why, sizeof(h->why), "%s", why);
  }
}

void zd_http_stats(const struct zd_http *h, struct zd_http_stats *out)
{
  *out = h->stats;
}

static uint64_t next_random(struct zd_http *h)
{
  /* xorshift64*: jitter only, not security. */
  h->rng ^= h->rng >> 12;
  h->rng ^= h->rng << 25;
  h->rng ^= h->rng >> 27;
  return h->rng * 2685821657736338717ULL;
}

/* Exponential backoff with jitter: a random time in [d/2, d] where d
 * doubles per attempt, so retries of many requests do not move in step. */
static int64_t backoff(struct zd_http *h, int attempt)
{
  int64_t d = h->cfg.backoff_ms;
  for(int i = 1; i < attempt && d < BACKOFF_CAP_MS; i++)
    d *= 2;
  if(d > BACKOFF_CAP_MS)
    d = BACKOFF_CAP_MS;
  return d / 2 + (int64_t)(next_random(h) % (uint64_t)(d / 2 + 1));
}

static int transient(CURLcode cc)
{
  switch(cc) {
  case CURLE_COULDNT_RESOLVE_HOST:
  case CURLE_COULDNT_CONNECT:
  case CURLE_OPERATION_TIMEDOUT:
  case CURLE_SEND_ERROR:
  case CURLE_RECV_ERROR:
  case CURLE_GOT_NOTHING:
  case CURLE_PARTIAL_FILE:
  case CURLE_HTTP2:
  case CURLE_HTTP2_STREAM:
  case CURLE_SSL_CONNECT_ERROR:
    return 1;
  default:
    return 0;
  }
}

static void finish(struct zd_http *h, struct zd_http_req *r)
{
  r->next = NULL;
  r->done(h, r);
}

static void fail_now(struct zd_http *h, struct zd_http_req *r,
                     const char *why)
{
  r->cc = CURLE_ABORTED_BY_CALLBACK;
  r->status = 0;
  snprintf(r->error, sizeof(r->error), "%s", why);
  finish(h, r);
}

/* Decides what to do with a finished attempt: done, or queued again. */
static void settle(struct zd_http *h, struct zd_http_req *r, CURLcode cc,
                   int64_t now)
{
  long st = 0, acct_remaining;
  int retry = 0;
  /* 'attempts' counts every request sent, 429s too; a 429 does not use
   * up a retry, so the retry budget counts the others. */
  int tried = r->attempts - r->throttled;
  int64_t wait = 0;
  curl_easy_getinfo(r->easy, CURLINFO_RESPONSE_CODE, &st);
  r->cc = cc;
  r->status = cc == CURLE_OK ? st : 0;
  if(cc == CURLE_WRITE_ERROR || cc == CURLE_FILESIZE_EXCEEDED)
    snprintf(r->error, sizeof(r->error),
             "response body larger than %lu bytes", ZD_MAX_API_BODY);
  else if(cc == CURLE_OPERATION_TIMEDOUT)
    snprintf(r->error, sizeof(r->error), "timed out after %ld s",
             (long)((h->cfg.timeout_ms + 999) / 1000));
  else if(cc != CURLE_OK && !r->error[0])
    snprintf(r->error, sizeof(r->error), "%s", curl_easy_strerror(cc));
  zd_http_tidy_error(r->error);
  if(h->cfg.creds && zd_creds_leaked_in(h->cfg.creds, r->error,
                                        strlen(r->error)))
    snprintf(r->error, sizeof(r->error), "(an error text quoting one of "
             "zdaudit's credentials)");
  if(h->cfg.verbose >= 1)
    zd_verbosef(0, "%s %s -> %ld%s%s (%zu bytes, %ld ms, attempt %d)",
                r->post ? "POST" : "GET", r->url, r->status,
                r->error[0] ? ": " : "", r->error, r->body.len,
                (long)(now - r->started), r->attempts);
  /* The account's own window, before an endpoint's tighter one below
   * replaces it: whether a 429 is the account's or one endpoint's. */
  acct_remaining = r->h_remaining;
  if(r->h_ep_remaining >= 0 && (r->h_remaining < 0 ||
                                r->h_ep_remaining < r->h_remaining)) {
    r->h_limit = r->h_ep_limit;
    r->h_remaining = r->h_ep_remaining;
    r->h_reset = r->h_ep_reset;
  }
  if(r->paced || r->status == 429)
    zd_pace_headers(&h->pace, now, r->h_limit, r->h_remaining, r->h_reset);
  if(cc == CURLE_OK && r->status == 429) {
    h->stats.throttled++;
    r->throttled++;
    wait = r->h_retry_after >= 0 ? r->h_retry_after
                                 : backoff(h, r->throttled + 1);
    /* This request waits the whole Retry-After. The others wait only when
     * the 429 says the account's window is spent (x-rate-limit-remaining
     * 0, as real account-wide 429s do: support.zendesk.com community post
     * 4600766234138), and then at most one window (the limits are per
     * minute); any other 429 is one endpoint's own limit (developer.
     * zendesk.com "Rate limits": endpoint limits), so one huge Retry-After
     * stalls only its endpoint (#11 item 12). */
    if(acct_remaining == 0)
      zd_pace_retry_after(&h->pace, now,
                          wait < (int64_t)ZD_MAX_SHARED_RETRY_AFTER_S * 1000
                            ? wait
                            : (int64_t)ZD_MAX_SHARED_RETRY_AFTER_S * 1000);
    retry = r->throttled <= ZD_MAX_THROTTLE_RETRIES;
  }
  else if(cc == CURLE_OK && (r->status == 500 || r->status == 502 ||
                             r->status == 503 || r->status == 504)) {
    if(r->h_retry_after >= 0) {
      wait = r->h_retry_after;
      zd_pace_retry_after(&h->pace, now, wait);
    }
    else
      wait = backoff(h, tried);
    retry = tried < (r->max_attempts > 0 ? r->max_attempts
                                         : h->cfg.max_attempts);
  }
  else if(cc != CURLE_OK && transient(cc)) {
    wait = backoff(h, tried);
    retry = tried < (r->max_attempts > 0 ? r->max_attempts
                                         : h->cfg.max_attempts);
  }
  if(retry && !h->aborted) {
    r->not_before = now + wait;
    if(h->cfg.deadline && r->not_before >= h->cfg.deadline) {
      fail_now(h, r, r->status == 429
                       ? "rate limited until after the collection deadline"
                       : "no time left before the collection deadline to "
                         "retry");
      return;
    }
    enqueue(h, r);
    return;
  }
  finish(h, r);
}

/* When the queued request 'r' may start: its own backoff, and for paced
 * requests the gate and the pacer; unpaced ones (TLS-free probes, other
 * APIs) only wait for Retry-After gates. */
static int64_t ready_at(struct zd_http *h, struct zd_http_req *r,
                        int64_t now)
{
  int64_t t = r->paced ? zd_pace_next(&h->pace, now)
                       : zd_pace_gate(&h->pace, now);
  return r->not_before > t ? r->not_before : t;
}

static void drain_aborted(struct zd_http *h)
{
  while(h->queue) {
    struct zd_http_req *r = h->queue;
    h->queue = r->next;
    fail_now(h, r, h->why);
  }
}

void zd_http_run(struct zd_http *h)
{
  for(;;) {
    int64_t now = zd_http_now_ms();
    int64_t wake = now + 1000;
    int64_t next_ready = INT64_MAX;
    int still = 0;
    CURLMsg *msg;
    int left;

    if(!h->aborted && h->cfg.deadline && now >= h->cfg.deadline)
      zd_http_abort(h, "the collection deadline was reached");
    if(h->aborted) {
      /* In-flight transfers end with the reason; callbacks may queue
       * more, which end the same way. */
      while(h->active) {
        struct zd_http_req *r = h->running[--h->active];
        curl_multi_remove_handle(h->multi, r->easy);
        fail_now(h, r, h->why);
      }
      drain_aborted(h);
      if(!h->queue && !h->active)
        break;
      continue;
    }

    /* Start what may start, in queue order, up to the bound. */
    {
      struct zd_http_req **pp = &h->queue;
      while(*pp && h->active < h->cfg.max_parallel) {
        struct zd_http_req *r = *pp;
        int64_t t = ready_at(h, r, now);
        if(t <= now) {
          *pp = r->next;
          r->next = NULL;
          start(h, r, now);
          continue;
        }
        if(t < wake)
          wake = t;
        if(t < next_ready)
          next_ready = t;
        pp = &r->next;
      }
    }

    if(!h->queue && !h->active)
      break;

    if(h->cfg.progress && now - h->last_progress >= 200) {
      h->last_progress = now;
      h->cfg.progress(h->cfg.progress_arg,
                      h->queue && !h->active ? next_ready - now : 0);
    }
    if(h->cfg.deadline && wake > h->cfg.deadline)
      wake = h->cfg.deadline;
    if(!h->active && h->queue && wake > now)
      h->stats.waited_ms += wake - now;
    curl_multi_poll(h->multi, NULL, 0,
                    wake > now ? (int)(wake - now) : 0, NULL);
    curl_multi_perform(h->multi, &still);
    while((msg = curl_multi_info_read(h->multi, &left))) {
      struct zd_http_req *r = NULL;
      CURLcode cc;
      if(msg->msg != CURLMSG_DONE)
        continue;
      cc = msg->data.result;
      curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, (char **)&r);
      curl_multi_remove_handle(h->multi, msg->easy_handle);
      for(int i = 0; i < h->active; i++)
        if(h->running[i] == r) {
          h->running[i] = h->running[--h->active];
          break;
        }
      if(h->aborted)
        fail_now(h, r, h->why);
      else
        settle(h, r, cc, zd_http_now_ms());
    }
  }
}
