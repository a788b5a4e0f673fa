/* SPDX-License-Identifier: MIT
 * tls_probe.c — TLS handshake probes (see tls_probe.h), through libcurl
 * (CONNECT_ONLY + CERTINFO), so the same TLS stack and CA settings as the
 * API requests judge the certificate. */
#include "collect/tls_probe.h"
#include "collect/http.h"
#include "core/alloc.h"
#include "core/msgs.h"
#include "core/timeutil.h"

#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static json_t *cert_date(const char *v)
{
  char buf[32];
  time_t t = curl_getdate(v, NULL);
  if(t <= 0)
    return json_null();
  return json_string(zd_time_format(t, buf, sizeof(buf)));
}

/* "DNS:a.example, DNS:b.example, IP Address:1.2.3.4" -> ["a.example", …] */
static json_t *san_names(const char *v)
{
  json_t *a = json_array();
  while(*v) {
    const char *end = strchr(v, ',');
    size_t n = end ? (size_t)(end - v) : strlen(v);
    while(n && *v == ' ') {
      v++;
      n--;
    }
    if(n > 4 && !strncmp(v, "DNS:", 4))
      json_array_append_new(a, json_stringn(v + 4, n - 4));
    v += n;
    if(*v == ',')
      v++;
  }
  return a;
}

static void read_certinfo(CURL *e, json_t *out)
{
  struct curl_certinfo *ci = NULL;
  if(curl_easy_getinfo(e, CURLINFO_CERTINFO, &ci) != CURLE_OK || !ci ||
     ci->num_of_certs < 1)
    return;
  for(struct curl_slist *s = ci->certinfo[0]; s; s = s->next) {
    const char *colon = strchr(s->data, ':');
    const char *v;
    size_t k;
    if(!colon)
      continue;
    k = (size_t)(colon - s->data);
    v = colon + 1;
    if(k == 7 && !strncmp(s->data, "Subject", 7))
      json_object_set_new(out, "subject", json_string(v));
    else if(k == 6 && !strncmp(s->data, "Issuer", 6))
      json_object_set_new(out, "issuer", json_string(v));
    else if(k == 10 && !strncmp(s->data, "Start date", 10))
      json_object_set_new(out, "not_before", cert_date(v));
    else if(k == 11 && !strncmp(s->data, "Expire date", 11))
      json_object_set_new(out, "not_after", cert_date(v));
    else if(k == 31 && !strncmp(s->data, "X509v3 Subject Alternative Name",
                                 31))
      json_object_set_new(out, "names", san_names(v));
  }
}

json_t *zd_tls_probe(const char *host, const struct zd_tls_probe_cfg *cfg)
{
  char errbuf[CURL_ERROR_SIZE] = "";
  char when[32];
  struct curl_slist *to = NULL;
  char *url = zd_asprintf("https://%s/", host);
  json_t *out = json_pack("{s:s, s:b, s:n, s:b, s:n, s:n, s:n, s:[], s:n, "
                          "s:n, s:s}",
                          "host", host, "ok", 0, "error", "verified", 0,
                          "name_matches", "subject", "issuer", "names",
                          "not_before", "not_after", "probed_at",
                          zd_time_format(zd_time_now(), when, sizeof(when)));
  CURL *e = curl_easy_init();
  CURLcode cc;
  if(!e || !out) {
    zd_errorf("out of memory (libcurl)");
    abort();
  }
  curl_easy_setopt(e, CURLOPT_URL, url);
  curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "https");
  curl_easy_setopt(e, CURLOPT_CONNECT_ONLY, 1L);
  curl_easy_setopt(e, CURLOPT_CERTINFO, 1L);
  curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 2L);
  curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, cfg->timeout_ms);
  curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, cfg->timeout_ms);
  curl_easy_setopt(e, CURLOPT_ERRORBUFFER, errbuf);
  if(cfg->ca_file)
    curl_easy_setopt(e, CURLOPT_CAINFO, cfg->ca_file);
  if(cfg->connect_to) {
    char *entry = zd_asprintf("::%s", cfg->connect_to);
    to = curl_slist_append(NULL, entry);
    free(entry);
    curl_easy_setopt(e, CURLOPT_CONNECT_TO, to);
  }
  cc = curl_easy_perform(e);
  if(cc == CURLE_OK) {
    json_object_set_new(out, "ok", json_true());
    json_object_set_new(out, "verified", json_true());
    json_object_set_new(out, "name_matches", json_true());
    read_certinfo(e, out);
  }
  else {
    const char *msg;
    if(!errbuf[0])
      snprintf(errbuf, sizeof(errbuf), "%s", curl_easy_strerror(cc));
    zd_http_tidy_error(errbuf);
    msg = errbuf;
    json_object_set_new(out, "error", json_string(msg));
    /* OpenSSL's wording for a certificate that is not for this name. */
    if(cc == CURLE_PEER_FAILED_VERIFICATION &&
       (strstr(msg, "subject name") || strstr(msg, "does not match") ||
        strstr(msg, "hostname mismatch")))
      json_object_set_new(out, "name_matches", json_false());
  }
  if(cfg->verbose)
    zd_verbosef(0, "TLS probe %s%s%s -> %s", host,
                cfg->connect_to ? " via " : "",
                cfg->connect_to ? cfg->connect_to : "",
                cc == CURLE_OK ? "verified" : json_string_value(
                  json_object_get(out, "error")));
  curl_easy_cleanup(e);
  curl_slist_free_all(to);
  free(url);
  return out;
}
