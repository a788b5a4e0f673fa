/* SPDX-License-Identifier: MIT
 * error.c — zd_error helpers and the code → string table. */
#include "core/error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

zd_code zd_error_set(struct zd_error *err, zd_code code, const char *source,
                     int line, const char *fmt, ...)
{
  va_list ap;
  if(!err)
    return code;
  err->code = code;
  err->line = line;
  snprintf(err->source, sizeof(err->source), "%s", source ? source : "");
  va_start(ap, fmt);
  vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
  va_end(ap);
  return code;
}

void zd_error_clear(struct zd_error *err)
{
  if(err)
    memset(err, 0, sizeof(*err));
}

const char *zd_strcode(zd_code code)
{
  switch(code) {
  case ZD_OK: return "ok";
  case ZD_ERR_USAGE: return "usage error";
  case ZD_ERR_IO: return "I/O error";
  case ZD_ERR_PARSE: return "parse error";
  case ZD_ERR_INVALID: return "invalid data";
  case ZD_ERR_LIMIT: return "limit exceeded";
  case ZD_ERR_NOTFOUND: return "not found";
  case ZD_ERR_LUA: return "control error";
  case ZD_ERR_HTTP: return "HTTP error";
  case ZD_ERR_NETWORK: return "network error";
  case ZD_ERR_AUTH: return "authentication error";
  case ZD_ERR_INTERNAL: return "internal error";
  case ZD_ERR_LAST: break;
  }
  return "unknown error";
}

const char *zd_error_format(const struct zd_error *err, char *out,
                            unsigned long outlen)
{
  if(!err->source[0])
    snprintf(out, outlen, "%s", err->msg);
  else if(err->line > 0)
    snprintf(out, outlen, "%s:%d: %s", err->source, err->line, err->msg);
  else
    snprintf(out, outlen, "%s: %s", err->source, err->msg);
  return out;
}
