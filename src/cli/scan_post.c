/* SPDX-License-Identifier: MIT
 * scan_post.c — fingerprints, baselines of known findings and SARIF for
 * `zdaudit scan` (docs/scan.md "Baselines and SARIF").
 *
 * A fingerprint names a finding without its value: the first 32 hex
 * digits of HMAC-SHA-256 over "zdaudit-finding/1", the type, the location
 * (file, or NDJSON object and field, or snapshot object and field — not
 * the line or offset, which move when text is added above) and the value.
 * The key is the baseline file's random salt, so a fingerprint of an SSN
 * cannot be checked against guesses without that file. Without a baseline
 * the key is empty and the MASKED value is hashed instead of the value, so
 * SARIF's partialFingerprints are stable across runs yet hold nothing the
 * report does not already show. */
#include "cli/scan_post.h"
#include "core/alloc.h"
#include "core/digest.h"
#include "core/fsutil.h"
#include "core/limits.h"
#include "core/msgs.h"
#include "core/timeutil.h"
#include "scan/scan.h"

#include <jansson.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define BASELINE_FORMAT "zdaudit/scan-baseline/1"
#define SALT_LEN 32
#define MAX_BASELINE (64UL * 1024 * 1024)
#define SARIF_SCHEMA "https://json.schemastore.org/sarif-2.1.0.json"

/* The location part of a fingerprint, from a finding's "source". */
static char *location(const json_t *src)
{
  const char *file = json_string_value(json_object_get(src, "file"));
  const char *ep = json_string_value(json_object_get(src, "endpoint"));
  const char *field = json_string_value(json_object_get(src, "field"));
  json_t *id = json_object_get(src, "id");
  char *ids = id ? json_dumps(id, JSON_ENCODE_ANY | JSON_COMPACT)
                 : json_dumps(json_object_get(src, "index"),
                              JSON_ENCODE_ANY | JSON_COMPACT);
  char *loc = zd_asprintf("%s:%s|%s|%s", ep ? "snapshot" : "file",
                          ep ? ep : file ? file : "", ids ? ids : "",
                          field ? field : "");
  free(ids);
  return loc;
}

static void fingerprint(const unsigned char *salt, size_t saltlen,
                        const char *type, const char *loc, const char *value,
                        size_t vlen, char out[33])
{
  crypto_auth_hmacsha256_state st;
  unsigned char d[crypto_auth_hmacsha256_BYTES];
  static const char tag[] = "zdaudit-finding/1";
  crypto_auth_hmacsha256_init(&st, salt, saltlen);
  crypto_auth_hmacsha256_update(&st, (const unsigned char *)tag, sizeof(tag));
  crypto_auth_hmacsha256_update(&st, (const unsigned char *)type,
                                strlen(type) + 1);
  crypto_auth_hmacsha256_update(&st, (const unsigned char *)loc,
                                strlen(loc) + 1);
  crypto_auth_hmacsha256_update(&st, (const unsigned char *)value, vlen);
  crypto_auth_hmacsha256_final(&st, d);
  zd_hex(d, 16, out);
}

/* Loads a baseline file: its salt and the set of known fingerprints. A
 * missing file is fine when 'may_be_new' (it will be created). */
static int load_baseline(const char *path, int may_be_new,
                         unsigned char salt[SALT_LEN], json_t **known)
{
  struct zd_error err;
  json_t *doc, *list, *fp;
  const char *hex;
  size_t i;
  zd_error_clear(&err);
  *known = json_object();
  if(may_be_new && access(path, F_OK) != 0) {
    randombytes_buf(salt, SALT_LEN);
    return 0;
  }
  doc = zd_json_load(path, MAX_BASELINE, &err);
  if(!doc) {
    zd_error_print(&err);
    return -1;
  }
  hex = json_string_value(json_object_get(doc, "salt"));
  list = json_object_get(doc, "fingerprints");
  if(!json_is_string(json_object_get(doc, "schema")) ||
     strcmp(json_string_value(json_object_get(doc, "schema")),
            BASELINE_FORMAT) || !hex || strlen(hex) != 2 * SALT_LEN ||
     sodium_hex2bin(salt, SALT_LEN, hex, strlen(hex), NULL, NULL, NULL) ||
     !json_is_array(list)) {
    zd_errorf("%s: not a zdaudit scan baseline (%s, made by zdaudit scan "
              "--update-baseline)", path, BASELINE_FORMAT);
    json_decref(doc);
    return -1;
  }
  json_array_foreach(list, i, fp) {
    const char *f = json_string_value(json_object_get(fp, "fingerprint"));
    if(f)
      json_object_set_new(*known, f, json_true());
  }
  json_decref(doc);
  return 0;
}

static int save_baseline(const char *path, const unsigned char *salt,
                         const json_t *findings)
{
  struct zd_error err;
  char hex[2 * SALT_LEN + 1], now[32];
  json_t *doc = json_object(), *list = json_array(), *f, *seen = json_object();
  size_t i;
  int rc;
  json_array_foreach(findings, i, f) {
    const char *fp = json_string_value(json_object_get(f, "fingerprint"));
    if(!fp || json_object_get(seen, fp))
      continue;
    json_object_set_new(seen, fp, json_true());
    json_array_append_new(list, json_pack("{s:s, s:O}", "fingerprint", fp,
                                          "type", json_object_get(f, "type")));
  }
  zd_error_clear(&err);
  json_object_set_new(doc, "schema", json_string(BASELINE_FORMAT));
  json_object_set_new(doc, "salt", json_string(zd_hex(salt, SALT_LEN, hex)));
  json_object_set_new(doc, "updated_at",
                      json_string(zd_time_format(zd_time_now(), now,
                                                 sizeof(now))));
  json_object_set_new(doc, "count", json_integer((json_int_t)
                                                 json_array_size(list)));
  json_object_set_new(doc, "fingerprints", list);
  rc = zd_json_save(path, doc, 0600, &err) == ZD_OK ? 0 : -1;
  if(rc)
    zd_error_print(&err);
  json_decref(doc);
  json_decref(seen);
  return rc;
}

/* A relative URI for a file name (RFC 3986 path characters kept, the rest
 * percent-encoded); an absolute path becomes a file: URI. */
static char *file_uri(const char *name)
{
  static const char ok[] = "-._~!$&'()*+,;=:@/";
  size_t n = strlen(name);
  char *u = zd_malloc(3 * n + 8), *p = u;
  if(!strcmp(name, "-"))
    return zd_strdup("stdin");
  if(name[0] == '/')
    p += sprintf(p, "file://");
  else if(!strncmp(name, "./", 2))
    name += 2;
  for(; *name; name++) {
    unsigned char c = (unsigned char)*name;
    if((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
       (c >= '0' && c <= '9') || strchr(ok, c))
      *p++ = (char)c;
    else
      p += sprintf(p, "%%%02X", c);
  }
  *p = '\0';
  return u;
}

static json_t *sarif_location(const json_t *f, const char *snapshot_dir)
{
  const json_t *src = json_object_get(f, "source");
  const char *file = json_string_value(json_object_get(src, "file"));
  const char *ep = json_string_value(json_object_get(src, "endpoint"));
  json_t *loc = json_object(), *phys = json_object(), *region = json_object();
  char *uri;
  if(ep) {
    char *path = zd_asprintf("%s/%s.json", snapshot_dir ? snapshot_dir : ".",
                             ep);
    char *ln = location(src);
    uri = file_uri(path);
    free(path);
    json_object_set_new(loc, "logicalLocations", json_pack(
      "[{s:s, s:s}]", "fullyQualifiedName", strchr(ln, ':') + 1, "kind",
      "object"));
    free(ln);
  }
  else {
    json_t *line = json_object_get(src, "line");
    uri = file_uri(file ? file : "-");
    if(json_integer_value(line) > 0)
      json_object_set(region, "startLine", line);
    if(!json_object_get(src, "id")) {  /* offsets are in the file itself */
      json_object_set(region, "byteOffset", json_object_get(f, "start"));
      json_object_set_new(region, "byteLength", json_integer(
        json_integer_value(json_object_get(f, "end")) -
        json_integer_value(json_object_get(f, "start"))));
    }
    else
      json_object_set_new(loc, "logicalLocations", json_pack(
        "[{s:O, s:O, s:s}]", "name", json_object_get(src, "field"),
        "fullyQualifiedName", json_object_get(src, "id"), "kind",
        "object"));
  }
  json_object_set_new(phys, "artifactLocation", json_pack("{s:s}", "uri",
                                                          uri));
  if(json_object_size(region))
    json_object_set_new(phys, "region", region);
  else
    json_decref(region);
  json_object_set_new(loc, "physicalLocation", phys);
  free(uri);
  return loc;
}

/* The SARIF rule of a finding: its credential rule's stable id
 * (rules.def) when it has one, else its type's name; both are contracts
 * that never change. */
static const char *rule_of(const json_t *f)
{
  const char *r = json_string_value(json_object_get(f, "rule"));
  return r && *r ? r : json_string_value(json_object_get(f, "type"));
}

/* A rule entry for 'id' (of finding type 't'). */
static json_t *rule_entry(const char *id, zd_scan_type t)
{
  int secret = zd_scan_type_is_secret(t);
  const char *validator = NULL, *cue = NULL;
  char *text, *help;
  json_t *rule;
  for(unsigned k = 1; k <= zd_scan_rule_count(); k++)
    if(!strcmp(zd_scan_rule_id(k), id)) {
      validator = zd_scan_rule_validator(k);
      cue = zd_scan_rule_cue(k);
    }
  text = zd_asprintf("%s %s in content", secret ? "A credential:"
                                                : "Possible PHI:", id);
  help = validator
    ? zd_asprintf("Found by its cue (%s) and checked by its validator "
                  "(%s). Revoke and replace the credential, remove it from "
                  "the content, or record the finding as known with zdaudit "
                  "scan --update-baseline.", cue ? cue : "-", validator)
    : zd_strdup("See docs/scan.md for the cue and validator of this type. "
                "Remove the value from the content, or record the finding as "
                "known with zdaudit scan --update-baseline.");
  rule = json_pack("{s:s, s:s, s:{s:s}, s:{s:s}, s:{s:s}, s:{s:[s], s:s}}",
                   "id", id, "name", id, "shortDescription", "text", text,
                   "help", "text", help, "defaultConfiguration", "level",
                   "error", "properties", "tags", secret ? "security" : "phi",
                   "type", zd_scan_type_name(t));
  free(text);
  free(help);
  return rule;
}

static json_t *sarif_doc(const json_t *findings, const json_t *summary,
                         const char *snapshot_dir)
{
  json_t *rules = json_array(), *results = json_array(), *f;
  json_t *index = json_object();
  size_t i;
  /* one rule per rule id found, in order of first appearance */
  json_array_foreach(findings, i, f) {
    const char *id = rule_of(f);
    zd_scan_type t;
    if(!id || zd_scan_type_parse(json_string_value(json_object_get(f,
                                                                   "type")),
                                 &t) || json_object_get(index, id))
      continue;
    json_object_set_new(index, id, json_integer((json_int_t)
                                                json_array_size(rules)));
    json_array_append_new(rules, rule_entry(id, t));
  }
  json_array_foreach(findings, i, f) {
    const char *type = json_string_value(json_object_get(f, "type"));
    zd_scan_type t;
    char *msg;
    json_t *res;
    if(!type || zd_scan_type_parse(type, &t) || !rule_of(f))
      continue;
    msg = zd_asprintf("%s (confidence %.2f): %s", rule_of(f),
                      json_real_value(json_object_get(f, "confidence")),
                      json_string_value(json_object_get(f, "masked")));
    res = json_pack("{s:s, s:i, s:s, s:{s:s}, s:[o], s:{s:O}, s:{s:O, s:O}}",
                    "ruleId", rule_of(f), "ruleIndex",
                    (int)json_integer_value(json_object_get(index,
                                                            rule_of(f))),
                    "level", "error",
                    "message", "text", msg,
                    "locations", sarif_location(f, snapshot_dir),
                    "partialFingerprints", "zdaudit/v1",
                    json_object_get(f, "fingerprint"),
                    "properties", "confidence",
                    json_object_get(f, "confidence"), "masked",
                    json_object_get(f, "masked"));
    if(json_object_get(f, "value"))
      json_object_set(json_object_get(res, "properties"), "value",
                      json_object_get(f, "value"));
    json_array_append_new(results, res);
    free(msg);
  }
  json_decref(index);
  return json_pack("{s:s, s:s, s:[{s:{s:{s:s, s:s, s:s, s:o}}, s:o, "
                   "s:{s:O}}]}",
                   "$schema", SARIF_SCHEMA, "version", "2.1.0", "runs",
                   "tool", "driver", "name", "zdaudit", "version", ZD_VERSION,
                   "informationUri", "https://github.com/zdaudit/zdaudit",
                   "rules", rules, "results", results, "properties",
                   "summary", summary);
}

int zd_scan_post(char *doc, size_t len, const struct zd_scan_post *o,
                 FILE *out, unsigned long long *reported)
{
  unsigned char salt[SALT_LEN];
  json_t *root, *findings, *kept, *f, *known = NULL, *summary, *bytype;
  json_error_t jerr;
  const char *bl = o->baseline ? o->baseline : o->update_baseline;
  const char *snapdir = o->snapshot;
  size_t i, nknown = 0;
  int rc = -1;
  root = json_loadb(doc, len, 0, &jerr);
  sodium_memzero(doc, len);
  if(!root) {
    zd_errorf("internal error: the scan's findings are not JSON: %s",
              jerr.text);
    return -1;
  }
  if(sodium_init() < 0 || (bl && load_baseline(bl, o->baseline == NULL,
                                               salt, &known)))
    goto done;
  findings = json_object_get(root, "findings");
  summary = json_object_get(root, "summary");
  kept = json_array();
  bytype = json_object();
  json_array_foreach(findings, i, f) {
    const char *type = json_string_value(json_object_get(f, "type"));
    json_t *value = json_object_get(f, "value");
    char *loc = location(json_object_get(f, "source"));
    char fp[33];
    if(bl)
      fingerprint(salt, SALT_LEN, type, loc, json_string_value(value),
                  json_string_length(value), fp);
    else
      fingerprint((const unsigned char *)"", 0, type, loc,
                  json_string_value(json_object_get(f, "masked")),
                  json_string_length(json_object_get(f, "masked")), fp);
    free(loc);
    json_object_set_new(f, "fingerprint", json_string(fp));
    if(!o->show)
      json_object_del(f, "value");
    if(o->baseline && json_object_get(known, fp)) {
      nknown++;
      continue;
    }
    json_array_append(kept, f);
    json_object_set_new(bytype, type, json_integer(
      json_integer_value(json_object_get(bytype, type)) + 1));
  }
  if(o->update_baseline && save_baseline(o->update_baseline, salt, findings)) {
    json_decref(kept);
    json_decref(bytype);
    goto done;
  }
  *reported = json_array_size(kept);
  if(o->baseline) {
    json_object_set_new(summary, "findings", json_integer((json_int_t)
                                                          *reported));
    json_object_set_new(summary, "by_type", bytype);
    json_object_set_new(summary, "known", json_integer((json_int_t)nknown));
    json_object_set_new(summary, "baseline", json_string(o->baseline));
  }
  else
    json_decref(bytype);
  json_object_set_new(summary, "values_shown", json_boolean(o->show));
  if(o->update_baseline)
    json_object_set_new(summary, "baseline_updated",
                        json_string(o->update_baseline));
  json_object_set_new(root, "findings", kept);
  if(o->sarif) {
    json_t *s = sarif_doc(kept, summary, snapdir);
    json_dumpf(s, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER |
                       JSON_REAL_PRECISION(3));
    json_decref(s);
  }
  else
    json_dumpf(root, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER |
                          JSON_REAL_PRECISION(3));
  fputc('\n', out);
  rc = 0;
done:
  json_decref(known);
  json_decref(root);
  return rc;
}
