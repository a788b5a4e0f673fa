/* SPDX-License-Identifier: MIT
 * http.h — the collector's HTTP engine over the libcurl multi interface:
 * bounded concurrency with connection reuse, TLS always verified, bounded
 * bodies, Retry-After and rate-limit pacing (pace.h), retries with
 * exponential backoff and jitter, and an overall deadline. It knows
 * nothing of Zendesk endpoints: collect.c submits requests and gets each
 * one back, once, through its 'done' callback.
 *
 * Ownership: a request is the caller's; the engine borrows it from
 * zd_http_submit until its 'done' runs. zd_http_req_clear frees what the
 * request owns (url, post body, response body). */
#ifndef ZD_COLLECT_HTTP_H
#define ZD_COLLECT_HTTP_H
#include <stdint.h>
#include <curl/curl.h>
#include "core/buf.h"
#include "collect/creds.h"
#include "core/error.h"

/* Monotonic milliseconds. */
int64_t zd_http_now_ms(void);

/* Checks a base URL for --base-url: https, or http only to a loopback
 * host; no user info, query or fragment. On success '*origin' gets
 * "scheme://host[:port]" and '*prefix' the path without a trailing '/'
 * ("" when none); both new strings. */
zd_code zd_http_check_base(const char *url, char **origin, char **prefix,
                           struct zd_error *err);
/* Splits an absolute http(s) URL into '*origin' ("scheme://host[:port]")
 * and '*pathq' (path and query). Returns 0, or -1 when it is not one. */
int zd_http_split_url(const char *url, char **origin, char **pathq);

struct zd_http_cfg {
  const char *ca_file;     /* CAINFO; NULL = the system's */
  long timeout_ms;         /* per request */
  int64_t deadline;        /* zd_http_now_ms() time to give up; 0 none */
  int max_parallel;        /* transfers at once */
  int max_attempts;        /* per request, for 5xx/timeouts/resets */
  long backoff_ms;         /* first backoff; doubled per attempt */
  long rate_limit;         /* user cap, requests/minute; 0 none */
  int verbose;             /* 1: one line per request; 2: headers too */
  /* The run's credentials: a log line holding one (raw, or the base64 of
   * a Basic pair) is never printed, whichever way it came. */
  const struct zd_creds *creds;
  /* Called about five times a second while requests are pending, with
   * how long the engine is waiting for a Retry-After or the pacer. */
  void (*progress)(void *arg, int64_t wait_ms);
  void *progress_arg;
};

struct zd_http;
struct zd_http_req;
typedef void (*zd_http_done_fn)(struct zd_http *h, struct zd_http_req *r);

struct zd_http_req {
  /* Set by the caller. */
  char *url;               /* owned */
  char *post;              /* JSON body of a POST (owned, wiped); NULL: GET */
  const char *user;        /* Basic auth (borrowed), or NULL */
  const char *pass;
  const char *bearer;      /* Bearer token (borrowed), or NULL */
  int paced;               /* counts against the account's rate limit */
  int max_attempts;        /* this request's cap, retries included; 0 =
                              the engine's max_attempts */
  zd_http_done_fn done;
  void *arg;
  /* Results, valid in 'done'. */
  long status;             /* HTTP status of the last attempt; 0: none */
  CURLcode cc;             /* transport result of the last attempt */
  char error[CURL_ERROR_SIZE]; /* transport error text, "" when none */
  struct zd_buf body;      /* the last response body */
  int attempts;            /* requests sent for this one */
  int throttled;           /* of which answered 429 */
  /* The engine's. */
  CURL *easy;
  struct curl_slist *hdrs;
  int64_t not_before;
  int64_t started;
  long h_limit, h_remaining, h_reset;
  long h_ep_limit, h_ep_remaining, h_ep_reset; /* zendesk-ratelimit-* */
  int64_t h_retry_after;   /* ms; -1 none */
  struct zd_http_req *next;
};

struct zd_http_stats {
  long requests;           /* attempts sent */
  long throttled;          /* 429 answers */
  long retries;            /* attempts after the first, any cause */
  int64_t waited_ms;       /* time spent with nothing startable */
};

/* A new engine (never NULL). */
struct zd_http *zd_http_new(const struct zd_http_cfg *cfg);
void zd_http_free(struct zd_http *h);
/* Queues 'r' (its results are reset). */
void zd_http_submit(struct zd_http *h, struct zd_http_req *r);
/* Runs until every submitted request is done (callbacks may submit
 * more). Requests still pending at the deadline or after zd_http_abort
 * end with cc CURLE_ABORTED_BY_CALLBACK and 'error' saying why. */
void zd_http_run(struct zd_http *h);
/* Stops the run: everything pending or in flight ends with 'why'. */
void zd_http_abort(struct zd_http *h, const char *why);
void zd_http_stats(const struct zd_http *h, struct zd_http_stats *out);
/* Removes what changes from run to run in a libcurl error text ("after
 * 12 ms", "after 1001 milliseconds with 0 bytes received"), so the same
 * failure reads the same in every snapshot. Edits 'msg' in place. */
void zd_http_tidy_error(char *msg);
/* Frees what 'r' owns and zeroes it. */
void zd_http_req_clear(struct zd_http_req *r);

#endif
