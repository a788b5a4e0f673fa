/* SPDX-License-Identifier: MIT
 * curl_lazy.c — libcurl, loaded by the first command that uses the
 * network (core/lazylib.h says why). zdaudit does not link libcurl: this
 * file defines the libcurl functions zdaudit calls, each forwarding to
 * libcurl's own, so the rest of the code includes <curl/curl.h> and calls
 * libcurl as usual. A function newly used elsewhere needs its line here
 * (the link fails until it has one). The soname and package come from
 * the build (CMakeLists.txt reads them off the libcurl it finds). */
#define CURL_DISABLE_TYPECHECK  /* its macros would rename the definitions */
#include <curl/curl.h>
#include "core/lazylib.h"

#include <stdarg.h>
#include <stdlib.h>

static void global_cleanup(void)
{
  curl_global_cleanup();
}

/* Once, before any other call, as libcurl asks of a program. */
static void loaded(void)
{
  curl_global_init(CURL_GLOBAL_DEFAULT);
  atexit(global_cleanup);
}

static struct zd_lazylib curl = {ZD_CURL_SONAME, ZD_CURL_PACKAGE, loaded,
                                 NULL};

ZD_LAZY_FN(curl, CURLcode, curl_global_init, (long flags), (flags))
ZD_LAZY_VOID(curl, curl_global_cleanup, (void), ())
ZD_LAZY_FN(curl, CURL *, curl_easy_init, (void), ())
ZD_LAZY_FN(curl, CURLcode, curl_easy_perform, (CURL *h), (h))
ZD_LAZY_VOID(curl, curl_easy_cleanup, (CURL *h), (h))
ZD_LAZY_VOID(curl, curl_easy_reset, (CURL *h), (h))
ZD_LAZY_FN(curl, const char *, curl_easy_strerror, (CURLcode c), (c))
ZD_LAZY_FN(curl, char *, curl_easy_escape,
           (CURL *h, const char *s, int n), (h, s, n))
ZD_LAZY_VOID(curl, curl_free, (void *p), (p))
ZD_LAZY_FN(curl, struct curl_slist *, curl_slist_append,
           (struct curl_slist *l, const char *s), (l, s))
ZD_LAZY_VOID(curl, curl_slist_free_all, (struct curl_slist *l), (l))
ZD_LAZY_FN(curl, time_t, curl_getdate, (const char *p, const time_t *u),
           (p, u))
ZD_LAZY_FN(curl, CURLM *, curl_multi_init, (void), ())
ZD_LAZY_FN(curl, CURLMcode, curl_multi_add_handle, (CURLM *m, CURL *h),
           (m, h))
ZD_LAZY_FN(curl, CURLMcode, curl_multi_remove_handle, (CURLM *m, CURL *h),
           (m, h))
ZD_LAZY_FN(curl, CURLMcode, curl_multi_poll,
           (CURLM *m, struct curl_waitfd *fds, unsigned int n, int ms,
            int *ret), (m, fds, n, ms, ret))
ZD_LAZY_FN(curl, CURLMcode, curl_multi_perform, (CURLM *m, int *running),
           (m, running))
ZD_LAZY_FN(curl, CURLMcode, curl_multi_cleanup, (CURLM *m), (m))
ZD_LAZY_FN(curl, CURLMsg *, curl_multi_info_read, (CURLM *m, int *left),
           (m, left))
ZD_LAZY_FN(curl, CURLU *, curl_url, (void), ())
ZD_LAZY_VOID(curl, curl_url_cleanup, (CURLU *u), (u))
ZD_LAZY_FN(curl, CURLUcode, curl_url_get,
           (CURLU *u, CURLUPart what, char **part, unsigned int flags),
           (u, what, part, flags))
ZD_LAZY_FN(curl, CURLUcode, curl_url_set,
           (CURLU *u, CURLUPart what, const char *part, unsigned int flags),
           (u, what, part, flags))

/* The variadic three take one argument whose type the option's number
 * range says (curl.h: CURLOPTTYPE_*), as libcurl itself reads it. */
#define FORWARD_OPTION(rc, fn, h, opt, ap)                                  \
  do {                                                                     \
    if((opt) < CURLOPTTYPE_OBJECTPOINT)                                    \
      rc = fn(h, opt, va_arg(ap, long));                                   \
    else if((opt) < CURLOPTTYPE_FUNCTIONPOINT)                             \
      rc = fn(h, opt, va_arg(ap, void *));                                 \
    else if((opt) < CURLOPTTYPE_OFF_T)                                     \
      rc = fn(h, opt, va_arg(ap, void (*)(void)));                         \
    else if((opt) < CURLOPTTYPE_BLOB)                                      \
      rc = fn(h, opt, va_arg(ap, curl_off_t));                             \
    else                                                                   \
      rc = fn(h, opt, va_arg(ap, void *));                                 \
  } while(0)

CURLcode curl_easy_setopt(CURL *h, CURLoption opt, ...)
{
  static CURLcode (*fn)(CURL *, CURLoption, ...);
  CURLcode rc;
  va_list ap;
  if(!fn)
    *(void **)(&fn) = zd_lazylib_sym(&curl, "curl_easy_setopt");
  va_start(ap, opt);
  FORWARD_OPTION(rc, fn, h, opt, ap);
  va_end(ap);
  return rc;
}

CURLMcode curl_multi_setopt(CURLM *m, CURLMoption opt, ...)
{
  static CURLMcode (*fn)(CURLM *, CURLMoption, ...);
  CURLMcode rc;
  va_list ap;
  if(!fn)
    *(void **)(&fn) = zd_lazylib_sym(&curl, "curl_multi_setopt");
  va_start(ap, opt);
  FORWARD_OPTION(rc, fn, m, opt, ap);
  va_end(ap);
  return rc;
}

/* Every CURLINFO takes a pointer to where the answer goes. */
CURLcode curl_easy_getinfo(CURL *h, CURLINFO info, ...)
{
  static CURLcode (*fn)(CURL *, CURLINFO, ...);
  CURLcode rc;
  va_list ap;
  if(!fn)
    *(void **)(&fn) = zd_lazylib_sym(&curl, "curl_easy_getinfo");
  va_start(ap, info);
  rc = fn(h, info, va_arg(ap, void *));
  va_end(ap);
  return rc;
}
