/* SPDX-License-Identifier: MIT
 * error.h — error codes and the caller-owned error record.
 * A function that can fail returns zd_code and takes 'struct zd_error *err'
 * last (NULL allowed). The record says what failed (code), where (source:
 * a file, endpoint or control id, and a line when known) and why (msg).
 * Codes are a contract: numbers never move; add new ones before ZD_ERR_LAST. */
#ifndef ZD_ERROR_H
#define ZD_ERROR_H

typedef enum zd_code {
  ZD_OK = 0,
  ZD_ERR_USAGE = 1,     /* bad arguments */
  ZD_ERR_IO = 2,        /* file system */
  ZD_ERR_PARSE = 3,     /* malformed JSON/YAML/Lua/text */
  ZD_ERR_INVALID = 4,   /* well-formed but violates the format's rules */
  ZD_ERR_LIMIT = 5,     /* an input exceeded a bound from limits.h */
  ZD_ERR_NOTFOUND = 6,  /* unknown id, missing file or key */
  ZD_ERR_LUA = 7,       /* a control or library raised */
  ZD_ERR_HTTP = 8,      /* HTTP status not 2xx */
  ZD_ERR_NETWORK = 9,   /* transport failure, timeout, TLS */
  ZD_ERR_AUTH = 10,     /* credentials missing, refused or unsafe */
  ZD_ERR_INTERNAL = 11, /* a bug in zdaudit */
  ZD_ERR_LAST           /* never use */
} zd_code;

#define ZD_ERROR_MSG_SIZE 256
#define ZD_ERROR_SOURCE_SIZE 256

struct zd_error {
  zd_code code;
  int line;                           /* 0 when not applicable */
  char source[ZD_ERROR_SOURCE_SIZE];  /* file, endpoint or control id */
  char msg[ZD_ERROR_MSG_SIZE];
};

/* zd_error_set: fills 'err' (if not NULL) and returns 'code'. The message
 * must never carry a secret or PHI: callers pass names, not values. */
zd_code zd_error_set(struct zd_error *err, zd_code code, const char *source,
                     int line, const char *fmt, ...)
  __attribute__((format(printf, 5, 6)));
void zd_error_clear(struct zd_error *err);
const char *zd_strcode(zd_code code);
/* Formats "source:line: msg" (parts omitted when empty) into 'out'. */
const char *zd_error_format(const struct zd_error *err, char *out,
                            unsigned long outlen);

#endif
