/* SPDX-License-Identifier: MIT
 * config.c — reads and validates zdaudit.yaml (account, parameters,
 * attestations, exceptions) into plain records; the engine checks them
 * against its controls and applies them while evaluating. Strict on
 * purpose: an unknown key, id or a bad date is an error with file and
 * line, never silently ignored. */
#include "config/config.h"
#include "config/config_yaml.h"
#include "core/alloc.h"
#include "core/fsutil.h"
#include "core/limits.h"
#include "core/safetext.h"
#include "core/timeutil.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <regex.h>
#include <string.h>
#include <strings.h>

#define DAY 86400


/* A key or value quoted in an error, only when it reads as a word: the
 * file may be something else under the config's name (a symlink to
 * /etc/shadow), whose lines must not end up on a terminal or in a CI log.
 * One use per message (one static buffer). */
static char word_buf[80];
#define W(s) zd_shown_word((s), word_buf, sizeof(word_buf))

struct zd_config {
  char *path;
  char *subdomain;
  char *healthcare;
  json_t *params;
  json_t *skip_fields;   /* scan.skip_fields: array of strings, or NULL */
  json_t *scan_allow;   /* scan.allow: [text], or NULL */
  struct zd_record *rec[ZD_REC_KINDS];   /* by kind, in file order */
  size_t nrec[ZD_REC_KINDS];
};

#define R_ATTESTATION ZD_REC_ATTESTATION
#define R_EXCEPTION ZD_REC_EXCEPTION
#define R_ANNOTATION ZD_REC_ANNOTATION
typedef enum zd_record_kind rkind_t;

const char *const zd_config_object_kinds[] = {
  "users", "api_tokens", "oauth_clients", "triggers", "organizations", NULL
};

struct ctx {
  struct zd_yaml *y;
  const char *path;
  const json_t *decls;   /* parameter declarations, or NULL */
  struct zd_config *c;
  struct zd_error *err;
  size_t budget;   /* nodes a parameter value may still convert */
};

static zd_code fail(struct ctx *x, zd_code code, const yaml_node_t *n,
                    const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static zd_code fail(struct ctx *x, zd_code code, const yaml_node_t *n,
                    const char *fmt, ...)
{
  char msg[ZD_ERROR_MSG_SIZE];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof(msg), fmt, ap);
  va_end(ap);
  return zd_error_set(x->err, code, x->path, zd_yaml_line(n), "%s", msg);
}

static const char *type_word(const yaml_node_t *n)
{
  if(n->type == YAML_MAPPING_NODE)
    return "a mapping";
  if(n->type == YAML_SEQUENCE_NODE)
    return "a list";
  return "a single value";
}

/* Checks that 'map' is a mapping whose keys are distinct plain words from
 * 'allowed' (NULL-terminated). 'what' names the mapping in messages. */
static zd_code check_keys(struct ctx *x, yaml_node_t *map,
                          const char *const *allowed, const char *what)
{
  yaml_node_pair_t *p, *q;
  if(map->type != YAML_MAPPING_NODE)
    return fail(x, ZD_ERR_INVALID, map, "%s must be a mapping, not %s",
                what, type_word(map));
  for(p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top;
      p++) {
    yaml_node_t *k = zd_yaml_get(x->y, p->key);
    const char *s = zd_yaml_text(k);
    size_t i;
    if(!s)
      return fail(x, ZD_ERR_INVALID, k, "a key in %s must be a word", what);
    for(q = map->data.mapping.pairs.start; q < p; q++) {
      const char *t = zd_yaml_text(zd_yaml_get(x->y, q->key));
      if(t && !strcmp(s, t))
        return fail(x, ZD_ERR_INVALID, k, "duplicate key '%s' in %s",
                    W(s), what);
    }
    if(!allowed)
      continue;
    for(i = 0; allowed[i]; i++)
      if(!strcmp(s, allowed[i]))
        break;
    if(!allowed[i]) {
      char list[160] = "";
      size_t off = 0;
      for(i = 0; allowed[i] && off < sizeof(list); i++)
        off += (size_t)snprintf(list + off, sizeof(list) - off, "%s%s",
                                i ? ", " : "", allowed[i]);
      return fail(x, ZD_ERR_INVALID, k, "unknown key '%s' in %s "
                  "(expected %s)", W(s), what, list);
    }
  }
  return ZD_OK;
}

/* A scalar's text, refusing lists, mappings and NUL bytes. */
static zd_code scalar(struct ctx *x, yaml_node_t *n, const char *what,
                      const char **out)
{
  const char *s = zd_yaml_text(n);
  if(!s)
    return fail(x, ZD_ERR_INVALID, n, "%s must be a single value, not %s",
                what, type_word(n));
  if(strlen(s) != n->data.scalar.length)
    return fail(x, ZD_ERR_INVALID, n, "%s contains a NUL character", what);
  *out = s;
  return ZD_OK;
}

/* The text of 'key' in 'map': required ones must be present and not
 * blank; optional ones give NULL when absent or null. */
static zd_code text_field(struct ctx *x, yaml_node_t *map, const char *key,
                          int required, const char *what, const char **out)
{
  yaml_node_t *v = zd_yaml_lookup(x->y, map, key);
  const char *s;
  zd_code rc;
  *out = NULL;
  if(!v || zd_yaml_is_null(v)) {
    if(required)
      return fail(x, ZD_ERR_INVALID, v ? v : map, "%s has no '%s'", what,
                  key);
    return ZD_OK;
  }
  if((rc = scalar(x, v, key, &s)) != ZD_OK)
    return rc;
  while(isspace((unsigned char)*s))
    s++;
  if(required && !*s)
    return fail(x, ZD_ERR_INVALID, v, "%s has an empty '%s'", what, key);
  *out = s;
  return ZD_OK;
}

/* True when 'key' of 'map' is absent, null or blank text. */
static int blank(struct ctx *x, yaml_node_t *map, const char *key)
{
  yaml_node_t *v = zd_yaml_lookup(x->y, map, key);
  const char *s;
  if(!v || zd_yaml_is_null(v))
    return 1;
  if(!(s = zd_yaml_text(v)))
    return 0;
  while(isspace((unsigned char)*s))
    s++;
  return !*s;
}

/* A date field: YYYY-MM-DD, a real day. '*t' is its 00:00 UTC. */
static zd_code date_field(struct ctx *x, yaml_node_t *map, const char *key,
                          const char *what, const char **out, time_t *t)
{
  yaml_node_t *v = zd_yaml_lookup(x->y, map, key);
  zd_code rc = text_field(x, map, key, 1, what, out);
  if(rc != ZD_OK)
    return rc;
  if(strlen(*out) != 10 || zd_time_parse(*out, t))
    return fail(x, ZD_ERR_INVALID, v, "'%s' of %s is not a date "
                "(YYYY-MM-DD): '%s'", key, what, W(*out));
  return ZD_OK;
}

/* ---- account ---------------------------------------------------------- */

static zd_code parse_healthcare(struct ctx *x, yaml_node_t *v)
{
  int hipaa = 0, hds = 0;
  yaml_node_item_t *it;
  const char *s;
  zd_code rc;
  if(v->type == YAML_SEQUENCE_NODE) {
    for(it = v->data.sequence.items.start; it < v->data.sequence.items.top;
        it++) {
      yaml_node_t *n = zd_yaml_get(x->y, *it);
      if((rc = scalar(x, n, "healthcare", &s)) != ZD_OK)
        return rc;
      if(!strcasecmp(s, "hipaa"))
        hipaa = 1;
      else if(!strcasecmp(s, "hds"))
        hds = 1;
      else
        return fail(x, ZD_ERR_INVALID, n, "healthcare type '%s' is "
                    "neither hipaa nor hds", W(s));
    }
  }
  else {
    if((rc = scalar(x, v, "healthcare", &s)) != ZD_OK)
      return rc;
    hipaa = !strcasecmp(s, "hipaa") || !strcasecmp(s, "both");
    hds = !strcasecmp(s, "hds") || !strcasecmp(s, "both");
  }
  if(!hipaa && !hds)
    return fail(x, ZD_ERR_INVALID, v, "healthcare must be hipaa, hds or "
                "both");
  x->c->healthcare = zd_strdup(hipaa && hds ? "HIPAA and HDS"
                               : hipaa ? "HIPAA" : "HDS");
  return ZD_OK;
}

static zd_code parse_account(struct ctx *x, yaml_node_t *map)
{
  static const char *const keys[] = {"subdomain", "healthcare", NULL};
  yaml_node_t *v;
  const char *s;
  zd_code rc;
  if(zd_yaml_is_null(map))
    return ZD_OK;
  if((rc = check_keys(x, map, keys, "account")) != ZD_OK)
    return rc;
  if((rc = text_field(x, map, "subdomain", 0, "account", &s)) != ZD_OK)
    return rc;
  if(s) {
    size_t n = strlen(s);
    v = zd_yaml_lookup(x->y, map, "subdomain");
    if(!n || n > 63 || s[0] == '-' ||
       strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789-") != n)
      return fail(x, ZD_ERR_INVALID, v, "subdomain '%s' is not a Zendesk "
                  "subdomain (lower-case letters, digits and '-'; the part "
                  "before .zendesk.com)", W(s));
    x->c->subdomain = zd_strdup(s);
  }
  v = zd_yaml_lookup(x->y, map, "healthcare");
  if(v && !zd_yaml_is_null(v))
    return parse_healthcare(x, v);
  return ZD_OK;
}

/* scan.allow: values and patterns the organisation knows are not PHI, as
 * lines of an allow-list file (src/scan/allow.c): text as written, or
 * "re:" and a POSIX extended expression, which must compile here so the
 * error names the file and line. */
static zd_code parse_scan_allow(struct ctx *x, yaml_node_t *v)
{
  yaml_node_item_t *it;
  if(zd_yaml_is_null(v))
    return ZD_OK;
  if(v->type != YAML_SEQUENCE_NODE)
    return fail(x, ZD_ERR_INVALID, v, "scan.allow must be a list of values "
                "or 're:' patterns, not %s", type_word(v));
  x->c->scan_allow = json_array();
  for(it = v->data.sequence.items.start; it < v->data.sequence.items.top;
      it++) {
    yaml_node_t *n = zd_yaml_get(x->y, *it);
    const char *s;
    zd_code rc;
    if((rc = scalar(x, n, "an entry of scan.allow", &s)) != ZD_OK)
      return rc;
    while(isspace((unsigned char)*s))
      s++;
    if(!*s)
      return fail(x, ZD_ERR_INVALID, n, "an entry of scan.allow is empty");
    if(!strncmp(s, "re:", 3)) {
      regex_t re;
      size_t len = strlen(s) + 8;
      char *pat = zd_malloc(len);
      int bad;
      snprintf(pat, len, "^(%s)$", s + 3);
      bad = regcomp(&re, pat, REG_EXTENDED | REG_ICASE | REG_NOSUB);
      free(pat);
      if(bad)
        return fail(x, ZD_ERR_INVALID, n, "the pattern after 're:' in "
                    "scan.allow does not compile");
      regfree(&re);
    }
    json_array_append_new(x->c->scan_allow, json_string(s));
  }
  return ZD_OK;
}

/* ---- parameters ------------------------------------------------------- */

static int is_bool(const char *s, int *out)
{
  if(!strcmp(s, "true") || !strcmp(s, "True") || !strcmp(s, "TRUE"))
    *out = 1;
  else if(!strcmp(s, "false") || !strcmp(s, "False") || !strcmp(s, "FALSE"))
    *out = 0;
  else
    return 0;
  return 1;
}

static int is_int(const char *s, json_int_t *out)
{
  char *end;
  long long v;
  errno = 0;
  v = strtoll(s, &end, 10);
  if(end == s || *end || errno || isspace((unsigned char)*s))
    return 0;
  *out = (json_int_t)v;
  return 1;
}

static int is_real(const char *s, double *out)
{
  char *end;
  double v;
  errno = 0;
  v = strtod(s, &end);
  if(end == s || *end || errno || !isfinite(v) || isspace((unsigned char)*s))
    return 0;
  *out = v;
  return 1;
}

static zd_code to_json(struct ctx *x, yaml_node_t *n, const json_t *like,
                       const char *name, int depth, json_t **out);

/* What a value shaped like 'like' is, in words. */
static const char *expected(const json_t *like)
{
  switch(json_typeof(like)) {
  case JSON_INTEGER: return "a whole number";
  case JSON_REAL: return "a number";
  case JSON_TRUE:
  case JSON_FALSE: return "true or false";
  case JSON_STRING: return "text";
  case JSON_ARRAY: return "a list";
  default: return "a mapping";
  }
}

/* A scalar as YAML's core schema types it when nothing says otherwise:
 * plain null / booleans / numbers, anything else (and quoted) a string. */
static json_t *implicit_scalar(const yaml_node_t *n, const char *s)
{
  json_int_t i;
  double d;
  int b;
  if(n->data.scalar.style == YAML_PLAIN_SCALAR_STYLE) {
    if(zd_yaml_is_null(n))
      return json_null();
    if(is_bool(s, &b))
      return json_boolean(b);
    if(is_int(s, &i))
      return json_integer(i);
    if(is_real(s, &d))
      return json_real(d);
  }
  return json_stringn(s, n->data.scalar.length);
}

static zd_code to_json_scalar(struct ctx *x, yaml_node_t *n,
                              const json_t *like, const char *name,
                              json_t **out)
{
  const char *s;
  int plain = n->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
  json_int_t i;
  double d;
  int b;
  zd_code rc = scalar(x, n, name, &s);
  if(rc != ZD_OK)
    return rc;
  if(json_is_integer(like)) {
    if(!plain || !is_int(s, &i))
      return fail(x, ZD_ERR_INVALID, n, "parameter '%s' must be a whole "
                  "number, not '%s'", name, W(s));
    *out = json_integer(i);
  }
  else if(json_is_real(like)) {
    if(!plain || !is_real(s, &d))
      return fail(x, ZD_ERR_INVALID, n, "parameter '%s' must be a number, "
                  "not '%s'", name, W(s));
    *out = json_real(d);
  }
  else if(json_is_boolean(like)) {
    if(!plain || !is_bool(s, &b))
      return fail(x, ZD_ERR_INVALID, n, "parameter '%s' must be true or "
                  "false, not '%s'", name, W(s));
    *out = json_boolean(b);
  }
  else if(json_is_string(like)) {
    if(zd_yaml_is_null(n))
      return fail(x, ZD_ERR_INVALID, n, "parameter '%s' needs a value",
                  name);
    *out = json_stringn(s, n->data.scalar.length);
  }
  else if(like && !json_is_null(like))
    return fail(x, ZD_ERR_INVALID, n, "parameter '%s' must be %s, not a "
                "single value", name, expected(like));
  else
    *out = implicit_scalar(n, s);
  if(!*out)
    return fail(x, ZD_ERR_INVALID, n, "parameter '%s' is not valid UTF-8",
                name);
  return ZD_OK;
}

/* Converts node 'n' to JSON of the same type as 'like' (the parameter's
 * default; NULL = whatever YAML says), bounded in depth and node count so
 * aliases cannot blow a small file up. */
static zd_code to_json(struct ctx *x, yaml_node_t *n, const json_t *like,
                       const char *name, int depth, json_t **out)
{
  json_t *v = NULL, *el;
  zd_code rc = ZD_OK;
  *out = NULL;
  /* Lua cannot tell an empty list from an empty table: an empty default
   * constrains nothing */
  if(json_is_object(like) && !json_object_size(like))
    like = NULL;
  if(depth > ZD_MAX_CONFIG_DEPTH || !x->budget--)
    return fail(x, ZD_ERR_LIMIT, n, "parameter '%s' is nested too deeply "
                "or too large", name);
  if(n->type == YAML_SCALAR_NODE)
    return to_json_scalar(x, n, like, name, out);
  if(n->type == YAML_SEQUENCE_NODE) {
    yaml_node_item_t *it;
    const json_t *elike = json_is_array(like) ? json_array_get(like, 0)
                                              : NULL;
    if(like && !json_is_null(like) && !json_is_array(like))
      return fail(x, ZD_ERR_INVALID, n, "parameter '%s' must be %s, not a "
                  "list", name, expected(like));
    v = json_array();
    for(it = n->data.sequence.items.start;
        rc == ZD_OK && it < n->data.sequence.items.top; it++)
      if((rc = to_json(x, zd_yaml_get(x->y, *it), elike, name, depth + 1,
                       &el)) == ZD_OK)
        json_array_append_new(v, el);
  }
  else {
    yaml_node_pair_t *p;
    if(like && !json_is_null(like) && !json_is_object(like))
      return fail(x, ZD_ERR_INVALID, n, "parameter '%s' must be %s, not a "
                  "mapping", name, expected(like));
    if((rc = check_keys(x, n, NULL, "a parameter value")) != ZD_OK)
      return rc;
    v = json_object();
    for(p = n->data.mapping.pairs.start;
        rc == ZD_OK && p < n->data.mapping.pairs.top; p++) {
      const char *k = zd_yaml_text(zd_yaml_get(x->y, p->key));
      if((rc = to_json(x, zd_yaml_get(x->y, p->value),
                       json_object_get(like, k), name, depth + 1,
                       &el)) == ZD_OK)
        json_object_set_new(v, k, el);
    }
  }
  if(rc != ZD_OK) {
    json_decref(v);
    return rc;
  }
  *out = v;
  return ZD_OK;
}

static zd_code parse_params(struct ctx *x, yaml_node_t *map)
{
  const json_t *known = x->decls;
  yaml_node_pair_t *p;
  zd_code rc;
  if(zd_yaml_is_null(map))
    return ZD_OK;
  if((rc = check_keys(x, map, NULL, "parameters")) != ZD_OK)
    return rc;
  for(p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top;
      p++) {
    yaml_node_t *k = zd_yaml_get(x->y, p->key);
    const char *name = zd_yaml_text(k);
    json_t *decl = json_object_get(known, name), *v;
    if(known && !decl)
      return fail(x, ZD_ERR_INVALID, k, "unknown parameter '%s' (the "
                  "parameters are listed in docs/config.md)", W(name));
    if((rc = to_json(x, zd_yaml_get(x->y, p->value),
                     json_object_get(decl, "default"), name, 0, &v)))
      return rc;
    json_object_set_new(x->c->params, name, v);
  }
  return ZD_OK;
}

/* ---- attestations and exceptions ---------------------------------------- */

/* A scoped exception's `objects:`: {kind: [id or name, ...]}, each kind
 * one of zd_config_object_kinds, each list non-empty, each item a word. */
static zd_code parse_objects(struct ctx *x, yaml_node_t *map,
                             struct zd_record *rec)
{
  yaml_node_pair_t *p;
  zd_code rc;
  if((rc = check_keys(x, map, zd_config_object_kinds,
                      "the objects of an exception")) != ZD_OK)
    return rc;
  if(!map->data.mapping.pairs.top || map->data.mapping.pairs.top ==
     map->data.mapping.pairs.start)
    return fail(x, ZD_ERR_INVALID, map, "an exception's objects name no "
                "object; remove 'objects' to except the whole control");
  rec->objects = json_object();
  for(p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top;
      p++) {
    const char *kind = zd_yaml_text(zd_yaml_get(x->y, p->key));
    yaml_node_t *v = zd_yaml_get(x->y, p->value);
    json_t *list = json_array();
    const char *s;
    json_object_set_new(rec->objects, kind, list);
    if(v->type == YAML_SCALAR_NODE) {
      if((rc = scalar(x, v, kind, &s)) != ZD_OK)
        return rc;
      if(*s && !zd_yaml_is_null(v) &&
         json_array_append_new(list, json_string(s)))
        return fail(x, ZD_ERR_INVALID, v, "the %s of an exception are not "
                    "valid UTF-8", kind);
    }
    else if(v->type == YAML_SEQUENCE_NODE) {
      for(yaml_node_item_t *it = v->data.sequence.items.start;
          it < v->data.sequence.items.top; it++) {
        yaml_node_t *n = zd_yaml_get(x->y, *it);
        if((rc = scalar(x, n, kind, &s)) != ZD_OK)
          return rc;
        if(!*s || zd_yaml_is_null(n))
          return fail(x, ZD_ERR_INVALID, n, "an empty entry in the %s of "
                      "an exception", kind);
        if(json_array_append_new(list, json_string(s)))
          return fail(x, ZD_ERR_INVALID, n, "the %s of an exception are "
                      "not valid UTF-8", kind);
      }
    }
    else
      return fail(x, ZD_ERR_INVALID, v, "the %s of an exception must be a "
                  "list of ids%s, not a mapping", kind,
                  !strcmp(kind, "users") ? " or e-mail addresses"
                  : !strcmp(kind, "oauth_clients") ? " or identifiers" : "");
    if(!json_array_size(list))
      return fail(x, ZD_ERR_INVALID, v, "the %s of an exception name "
                  "nothing", kind);
  }
  return ZD_OK;
}

static zd_code parse_record(struct ctx *x, yaml_node_t *map, rkind_t kind,
                            struct zd_record *rec)
{
  static const char *const akeys[] = {
    "control", "statement", "owner", "date", "expires", "evidence", NULL
  };
  static const char *const xkeys[] = {
    "control", "justification", "owner", "approved_on", "expires", "basis",
    "objects", NULL
  };
  int att = kind == R_ATTESTATION;
  const char *what = att ? "an attestation" : "an exception";
  const char *id, *text, *owner, *start, *expires, *extra;
  char label[96];
  time_t t_exp;
  zd_code rc;
  rec->kind = kind;
  rec->line = zd_yaml_line(map);
  if((rc = check_keys(x, map, att ? akeys : xkeys, what)) != ZD_OK ||
     (rc = text_field(x, map, "control", 1, what, &id)) != ZD_OK)
    return rc;
  rec->control_line = zd_yaml_line(zd_yaml_lookup(x->y, map, "control"));
  if(att && blank(x, map, "statement") && blank(x, map, "owner") &&
     blank(x, map, "date") && blank(x, map, "expires")) {
    /* a stub (zdaudit config init): inert until filled in */
    rec->kind = ZD_REC_STUB;
    rec->control = zd_strdup(id);
    rec->json = json_object();
    return ZD_OK;
  }
  snprintf(label, sizeof(label), "the %s for %s",
           att ? "attestation" : "exception", W(id));
  if((rc = text_field(x, map, att ? "statement" : "justification", 1,
                      label, &text)) != ZD_OK ||
     (rc = text_field(x, map, "owner", 1, label, &owner)) != ZD_OK ||
     (rc = date_field(x, map, att ? "date" : "approved_on", label, &start,
                      &rec->start)) != ZD_OK ||
     (rc = date_field(x, map, "expires", label, &expires, &t_exp)) != ZD_OK ||
     (rc = text_field(x, map, att ? "evidence" : "basis", 0, label,
                      &extra)) != ZD_OK)
    return rc;
  if(att && extra && !*extra)
    extra = NULL;   /* evidence: "" as a stub leaves it */
  if(t_exp < rec->start)
    return fail(x, ZD_ERR_INVALID, zd_yaml_lookup(x->y, map, "expires"),
                "%s expires (%s) before it was %s (%s)", label, expires,
                att ? "made" : "approved", start);
  if(!att && extra) {
    rec->basis_line = zd_yaml_line(zd_yaml_lookup(x->y, map, "basis"));
    if(strcmp(extra, "alternative") && strcmp(extra, "deviation"))
      return fail(x, ZD_ERR_INVALID, zd_yaml_lookup(x->y, map, "basis"),
                  "basis must be 'alternative' (the item's own) or "
                  "'deviation' (ZD.GEN.3), not '%s'", W(extra));
    rec->basis = !strcmp(extra, "alternative") ? "alternative"
                                                : "deviation";
  }
  rec->control = zd_strdup(id);
  rec->until = t_exp + DAY;
  if(att)
    rec->json = json_pack("{s:s, s:s, s:s, s:s, s:o}", "statement", text,
                          "owner", owner, "date", start, "expires", expires,
                          "evidence", extra ? json_string(extra)
                                            : json_null());
  else
    rec->json = json_pack("{s:s, s:s, s:s, s:s}", "justification", text,
                          "owner", owner, "approved_on", start, "expires",
                          expires);
  if(!rec->json || !json_string_value(json_object_get(rec->json, "owner")))
    return fail(x, ZD_ERR_INVALID, map, "%s is not valid UTF-8", label);
  if(!att && rec->basis)
    json_object_set_new(rec->json, "basis", json_string(rec->basis));
  if(!att && zd_yaml_lookup(x->y, map, "objects") &&
     !zd_yaml_is_null(zd_yaml_lookup(x->y, map, "objects")))
    return parse_objects(x, zd_yaml_lookup(x->y, map, "objects"), rec);
  return ZD_OK;
}

/* An annotation: a comment beside a result, never changing it; with
 * incorrect_result the reader says the result is wrong, and why. */
static zd_code parse_annotation(struct ctx *x, yaml_node_t *map,
                                struct zd_record *rec)
{
  static const char *const keys[] = {
    "control", "comment", "remediation_date", "incorrect_result", "reason",
    NULL
  };
  const char *id, *comment, *date = NULL, *reason, *flag;
  yaml_node_t *v;
  char label[96];
  int wrong = 0;
  time_t t;
  zd_code rc;
  rec->kind = R_ANNOTATION;
  rec->line = zd_yaml_line(map);
  if((rc = check_keys(x, map, keys, "an annotation")) != ZD_OK ||
     (rc = text_field(x, map, "control", 1, "an annotation", &id)) != ZD_OK)
    return rc;
  rec->control_line = zd_yaml_line(zd_yaml_lookup(x->y, map, "control"));
  snprintf(label, sizeof(label), "the annotation for %s", W(id));
  if((rc = text_field(x, map, "comment", 1, label, &comment)) != ZD_OK)
    return rc;
  v = zd_yaml_lookup(x->y, map, "remediation_date");
  if(v && !zd_yaml_is_null(v) &&
     (rc = date_field(x, map, "remediation_date", label, &date, &t)) != ZD_OK)
    return rc;
  if((rc = text_field(x, map, "incorrect_result", 0, label, &flag)) != ZD_OK)
    return rc;
  if(flag && !is_bool(flag, &wrong))
    return fail(x, ZD_ERR_INVALID, zd_yaml_lookup(x->y, map,
                "incorrect_result"), "incorrect_result of %s must be true "
                "or false, not '%s'", label, W(flag));
  if((rc = text_field(x, map, "reason", wrong, label, &reason)) != ZD_OK)
    return rc;
  if(reason && !wrong)
    return fail(x, ZD_ERR_INVALID, zd_yaml_lookup(x->y, map, "reason"),
                "%s has a 'reason' but no 'incorrect_result: true' (the "
                "reason says why the result is wrong)", label);
  rec->control = zd_strdup(id);
  rec->json = json_pack("{s:s, s:o, s:b, s:o}", "comment", comment,
                        "remediation_date", date ? json_string(date)
                                                 : json_null(),
                        "incorrect_result", wrong,
                        "reason", reason ? json_string(reason) : json_null());
  if(!rec->json || !json_string_value(json_object_get(rec->json, "comment")))
    return fail(x, ZD_ERR_INVALID, map, "%s is not valid UTF-8", label);
  return ZD_OK;
}

static void record_free(struct zd_record *r)
{
  free(r->control);
  json_decref(r->json);
  json_decref(r->objects);
  memset(r, 0, sizeof(*r));
}

static zd_code parse_records(struct ctx *x, yaml_node_t *seq, rkind_t kind)
{
  struct zd_record **list = &x->c->rec[kind];
  size_t *n = &x->c->nrec[kind];
  const char *what = kind == R_ATTESTATION ? "attestations"
                     : kind == R_EXCEPTION ? "exceptions" : "annotations";
  yaml_node_item_t *it;
  size_t count;
  zd_code rc;
  if(zd_yaml_is_null(seq))
    return ZD_OK;
  if(seq->type != YAML_SEQUENCE_NODE)
    return fail(x, ZD_ERR_INVALID, seq, "%s must be a list (each entry "
                "starting with '- '), not %s", what, type_word(seq));
  count = (size_t)(seq->data.sequence.items.top -
                   seq->data.sequence.items.start);
  *list = zd_calloc(count ? count : 1, sizeof(**list));
  for(it = seq->data.sequence.items.start; it < seq->data.sequence.items.top;
      it++) {
    rc = kind == R_ANNOTATION
         ? parse_annotation(x, zd_yaml_get(x->y, *it), &(*list)[*n])
         : parse_record(x, zd_yaml_get(x->y, *it), kind, &(*list)[*n]);
    if(rc != ZD_OK) {
      record_free(&(*list)[*n]);
      return rc;
    }
    if((*list)[*n].kind == ZD_REC_STUB) {
      /* moved to the stubs, which are counted, never applied */
      struct zd_config *c = x->c;
      c->rec[ZD_REC_STUB] = zd_realloc(c->rec[ZD_REC_STUB],
                                       (c->nrec[ZD_REC_STUB] + 1) *
                                       sizeof(struct zd_record));
      c->rec[ZD_REC_STUB][c->nrec[ZD_REC_STUB]++] = (*list)[*n];
      memset(&(*list)[*n], 0, sizeof(**list));
      continue;
    }
    (*n)++;
  }
  return ZD_OK;
}

/* ---- scan ------------------------------------------------------------- */

/* scan.skip_fields: field paths whose findings `zdaudit scan` leaves out
 * (docs/scan.md), a list of non-empty words. */
static zd_code parse_skip_fields(struct ctx *x, yaml_node_t *v)
{
  yaml_node_item_t *it;
  json_t *list = json_array();
  if(zd_yaml_is_null(v)) {
    json_decref(list);
    return ZD_OK;
  }
  if(v->type != YAML_SEQUENCE_NODE) {
    json_decref(list);
    return fail(x, ZD_ERR_INVALID, v, "scan.skip_fields must be a list of "
                "field paths (e.g. [author.name]), not %s", type_word(v));
  }
  for(it = v->data.sequence.items.start; it < v->data.sequence.items.top;
      it++) {
    yaml_node_t *n = zd_yaml_get(x->y, *it);
    const char *s;
    zd_code rc = scalar(x, n, "a scan.skip_fields entry", &s);
    if(rc == ZD_OK && !*s)
      rc = fail(x, ZD_ERR_INVALID, n, "a scan.skip_fields entry is empty");
    if(rc != ZD_OK) {
      json_decref(list);
      return rc;
    }
    json_array_append_new(list, json_string(s));
  }
  json_decref(x->c->skip_fields);
  x->c->skip_fields = list;
  return ZD_OK;
}

/* The `scan:` section: settings of `zdaudit scan`. */
static zd_code parse_scan(struct ctx *x, yaml_node_t *map)
{
  static const char *const keys[] = {"skip_fields", "allow", NULL};
  yaml_node_t *v;
  zd_code rc;
  if(zd_yaml_is_null(map))
    return ZD_OK;
  if((rc = check_keys(x, map, keys, "scan")) != ZD_OK)
    return rc;
  if((v = zd_yaml_lookup(x->y, map, "skip_fields")) &&
     (rc = parse_skip_fields(x, v)) != ZD_OK)
    return rc;
  if((v = zd_yaml_lookup(x->y, map, "allow")) &&
     (rc = parse_scan_allow(x, v)) != ZD_OK)
    return rc;
  return ZD_OK;
}

/* ---- load ------------------------------------------------------------- */

static zd_code parse_root(struct ctx *x, yaml_node_t *root)
{
  static const char *const keys[] = {
    "version", "account", "parameters", "attestations", "exceptions",
    "annotations", "scan", NULL
  };
  yaml_node_t *v;
  const char *s;
  zd_code rc;
  if(!root || zd_yaml_is_null(root))
    return ZD_OK;
  if(root->type == YAML_MAPPING_NODE && zd_yaml_key(x->y, root, "params"))
    return fail(x, ZD_ERR_INVALID, zd_yaml_key(x->y, root, "params"),
                "unknown key 'params' (did you mean 'parameters'?)");
  if((rc = check_keys(x, root, keys, "the file")) != ZD_OK)
    return rc;
  if((v = zd_yaml_lookup(x->y, root, "version"))) {
    if((rc = scalar(x, v, "version", &s)) != ZD_OK)
      return rc;
    if(strcmp(s, "1"))
      return fail(x, ZD_ERR_INVALID, v, "version %s is not supported "
                  "(this zdaudit reads version 1)", W(s));
  }
  if((v = zd_yaml_lookup(x->y, root, "account")) &&
     (rc = parse_account(x, v)) != ZD_OK)
    return rc;
  if((v = zd_yaml_lookup(x->y, root, "parameters")) &&
     (rc = parse_params(x, v)) != ZD_OK)
    return rc;
  if((v = zd_yaml_lookup(x->y, root, "attestations")) &&
     (rc = parse_records(x, v, R_ATTESTATION)) != ZD_OK)
    return rc;
  if((v = zd_yaml_lookup(x->y, root, "exceptions")) &&
     (rc = parse_records(x, v, R_EXCEPTION)) != ZD_OK)
    return rc;
  if((v = zd_yaml_lookup(x->y, root, "annotations")) &&
     (rc = parse_records(x, v, R_ANNOTATION)) != ZD_OK)
    return rc;
  if((v = zd_yaml_lookup(x->y, root, "scan")) &&
     (rc = parse_scan(x, v)) != ZD_OK)
    return rc;
  return ZD_OK;
}

zd_code zd_config_parse(const char *path, const char *text, size_t len,
                        const struct zd_config_rules *rules,
                        struct zd_config **out, struct zd_error *err)
{
  struct zd_yaml y;
  struct ctx x;
  zd_code rc;
  *out = NULL;
  if(len > ZD_MAX_CONFIG_FILE)
    return zd_error_set(err, ZD_ERR_LIMIT, path, 0, "the file is larger "
                        "than %lu bytes", (unsigned long)ZD_MAX_CONFIG_FILE);
  if((rc = zd_yaml_load(&y, path, text, len, err)) != ZD_OK)
    return rc;
  memset(&x, 0, sizeof(x));
  x.y = &y;
  x.path = path;
  x.decls = rules ? rules->params : NULL;
  x.err = err;
  x.budget = ZD_MAX_CONFIG_NODES;
  x.c = zd_calloc(1, sizeof(*x.c));
  x.c->path = zd_strdup(path);
  x.c->params = json_object();
  rc = parse_root(&x, zd_yaml_root(&y));
  zd_yaml_free(&y);
  if(rc == ZD_OK && rules && rules->check)
    rc = rules->check(x.c, rules->arg, err);
  if(rc != ZD_OK) {
    zd_config_free(x.c);
    return rc;
  }
  *out = x.c;
  return ZD_OK;
}

zd_code zd_config_load(const char *path, const struct zd_config_rules *rules,
                       struct zd_config **out, struct zd_error *err)
{
  char *text;
  size_t len;
  zd_code rc;
  *out = NULL;
  if((rc = zd_read_file(path, ZD_MAX_CONFIG_FILE, &text, &len, err)))
    return rc;
  rc = zd_config_parse(path, text, len, rules, out, err);
  free(text);
  return rc;
}

static void free_records(struct zd_record *r, size_t n)
{
  for(size_t i = 0; i < n; i++)
    record_free(&r[i]);
  free(r);
}

void zd_config_free(struct zd_config *c)
{
  if(!c)
    return;
  free(c->path);
  free(c->subdomain);
  free(c->healthcare);
  json_decref(c->params);
  json_decref(c->skip_fields);
  json_decref(c->scan_allow);
  for(int k = 0; k < ZD_REC_KINDS; k++)
    free_records(c->rec[k], c->nrec[k]);
  free(c);
}

const char *zd_config_path(const struct zd_config *c)
{
  return c ? c->path : NULL;
}

json_t *zd_config_params(const struct zd_config *c)
{
  return c ? c->params : NULL;
}

const json_t *zd_config_skip_fields(const struct zd_config *c)
{
  return c ? c->skip_fields : NULL;
}

const json_t *zd_config_scan_allow(const struct zd_config *c)
{
  return c ? c->scan_allow : NULL;
}

const char *zd_config_subdomain(const struct zd_config *c)
{
  return c ? c->subdomain : NULL;
}

const char *zd_config_healthcare(const struct zd_config *c)
{
  return c ? c->healthcare : NULL;
}

size_t zd_config_record_count(const struct zd_config *c,
                              enum zd_record_kind kind)
{
  if(!c || kind < 0 || kind >= ZD_REC_KINDS)
    return 0;
  return c->nrec[kind];
}

const struct zd_record *zd_config_record(const struct zd_config *c,
                                         enum zd_record_kind kind, size_t i)
{
  if(i >= zd_config_record_count(c, kind))
    return NULL;
  return &c->rec[kind][i];
}

size_t zd_config_attestation_count(const struct zd_config *c)
{
  return zd_config_record_count(c, ZD_REC_ATTESTATION);
}

size_t zd_config_exception_count(const struct zd_config *c)
{
  return zd_config_record_count(c, ZD_REC_EXCEPTION);
}

static json_t *record_json(const struct zd_record *r)
{
  json_t *j;
  if(!r)
    return NULL;
  j = json_deep_copy(r->json);
  json_object_set_new(j, "control", json_string(r->control));
  if(r->objects)
    json_object_set(j, "objects", r->objects);
  return j;
}

json_t *zd_config_attestation(const struct zd_config *c, size_t i)
{
  return record_json(zd_config_record(c, ZD_REC_ATTESTATION, i));
}

json_t *zd_config_exception(const struct zd_config *c, size_t i)
{
  return record_json(zd_config_record(c, ZD_REC_EXCEPTION, i));
}

zd_code zd_config_check_account(const struct zd_config *c,
                                 const char *subdomain, struct zd_error *err)
{
  if(!c || !c->subdomain || !subdomain || !*subdomain ||
     !strcasecmp(c->subdomain, subdomain))
    return ZD_OK;
  return zd_error_set(err, ZD_ERR_INVALID, "config", 0, "the configuration "
                      "is for account '%s' but the data is from '%s'; its "
                      "attestations and exceptions do not apply",
                      c->subdomain, subdomain);
}

void zd_config_annotate(const struct zd_config *c, json_t *doc)
{
  json_t *acct = json_object_get(doc, "account");
  if(c && c->healthcare && json_is_object(acct))
    json_object_set_new(acct, "healthcare", json_string(c->healthcare));
}

static int by_expiry(const void *a, const void *b)
{
  const json_t *x = *(const json_t *const *)a, *y = *(const json_t *const *)b;
  json_int_t dx = json_integer_value(json_object_get(x, "days_left"));
  json_int_t dy = json_integer_value(json_object_get(y, "days_left"));
  int c = (dx > dy) - (dx < dy);
  return c ? c : strcmp(json_string_value(json_object_get(x, "control")),
                        json_string_value(json_object_get(y, "control")));
}

json_t *zd_config_expiring(const struct zd_config *c, time_t now, long days)
{
  json_t **list, *out = json_array();
  size_t n = 0, cap = zd_config_record_count(c, ZD_REC_ATTESTATION) +
                      zd_config_record_count(c, ZD_REC_EXCEPTION);
  list = zd_calloc(cap ? cap : 1, sizeof(*list));
  for(int k = ZD_REC_ATTESTATION; k <= ZD_REC_EXCEPTION; k++)
    for(size_t i = 0; i < zd_config_record_count(c, (enum zd_record_kind)k);
        i++) {
      const struct zd_record *r = zd_config_record(c, (enum zd_record_kind)k,
                                                   i);
      /* whole days left after today, the expiry day counting as 0 */
      long left = (long)((r->until - 1 - now) / DAY);
      if(now >= r->until || left > days)
        continue;
      list[n++] = json_pack("{s:s, s:s, s:O, s:O, s:I, s:b}", "control",
                            r->control, "kind", k == ZD_REC_ATTESTATION
                            ? "attestation" : "exception", "owner",
                            json_object_get(r->json, "owner"), "expires",
                            json_object_get(r->json, "expires"), "days_left",
                            (json_int_t)left, "scoped", r->objects != NULL);
    }
  qsort(list, n, sizeof(*list), by_expiry);
  for(size_t i = 0; i < n; i++)
    json_array_append_new(out, list[i]);
  free(list);
  return out;
}
