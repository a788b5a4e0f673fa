/* SPDX-License-Identifier: MIT
 * config_schema.c — the JSON Schema of zdaudit.yaml (`zdaudit config
 * schema`, published as docs/zdaudit.schema.json) so editors can
 * validate and complete the file. Written out here key by key, apart from
 * the parser's own key lists, so the test that compares the two
 * (tests/config/check_config.py schema) can catch either drifting. */
#include "config/config.h"

#include <string.h>

#define DATE_PATTERN "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"

static json_t *text(const char *description)
{
  return json_pack("{s:s, s:s}", "type", "string", "description",
                   description);
}

/* Text that a stub may leave empty (null). */
static json_t *text_or_null(const char *description)
{
  return json_pack("{s:[s,s], s:s}", "type", "string", "null",
                   "description", description);
}

static json_t *date(const char *description, int nullable)
{
  json_t *d = json_pack("{s:s, s:s, s:s}", "type", "string", "pattern",
                        DATE_PATTERN, "description", description);
  if(nullable)
    json_object_set_new(d, "type", json_pack("[s,s]", "string", "null"));
  return d;
}

static json_t *control(const json_t *ids)
{
  json_t *c = text("the control id (zdaudit controls lists them)");
  if(json_array_size(ids))
    json_object_set(c, "enum", (json_t *)ids);
  return c;
}

static json_t *record(json_t *props, const char *const *required,
                      const char *description)
{
  json_t *req = json_array();
  for(size_t i = 0; required[i]; i++)
    json_array_append_new(req, json_string(required[i]));
  return json_pack("{s:s, s:s, s:b, s:o, s:o}", "type", "object",
                   "description", description, "additionalProperties", 0,
                   "required", req, "properties", props);
}

static json_t *attestation(const json_t *ids)
{
  static const char *const req[] = {"control", NULL};
  json_t *p = json_object();
  json_object_set_new(p, "control", control(ids));
  json_object_set_new(p, "statement", text_or_null(
    "what is confirmed, in words an auditor can check"));
  json_object_set_new(p, "owner", text_or_null(
    "who answers for it: a person and role"));
  json_object_set_new(p, "date", date("when it was made (YYYY-MM-DD)", 1));
  json_object_set_new(p, "expires", date("the last day it counts "
                                         "(YYYY-MM-DD, UTC)", 1));
  json_object_set_new(p, "evidence", text_or_null(
    "where the evidence is kept: a link or a file"));
  return record(p, req, "a person's statement that a control the API "
                "cannot decide is met; left with statement, owner, date "
                "and expires all empty it is a stub (zdaudit config init) "
                "and does not count");
}

static json_t *objects(void)
{
  json_t *p = json_object();
  const char *what[] = {
    "users, by id or e-mail", "API tokens, by id",
    "OAuth clients, by id or identifier", "triggers, by id",
    "organizations, by id"
  };
  for(size_t i = 0; zd_config_object_kinds[i]; i++)
    json_object_set_new(p, zd_config_object_kinds[i], json_pack(
      "{s:[{s:s, s:s, s:i, s:{s:[s,s]}}, {s:[s,s]}], s:s}",
      "anyOf", "type", "array", "description", what[i], "minItems", 1,
      "items", "type", "string", "integer", "type", "string", "integer",
      "description", what[i]));
  return json_pack("{s:s, s:s, s:b, s:i, s:o}", "type", "object",
                   "description", "scope the exception to these objects; "
                   "the control then fails only on the others",
                   "additionalProperties", 0, "minProperties", 1,
                   "properties", p);
}

static json_t *exception(const json_t *ids)
{
  static const char *const req[] = {"control", "justification", "owner",
                                    "approved_on", "expires", NULL};
  json_t *p = json_object();
  json_object_set_new(p, "control", control(ids));
  json_object_set_new(p, "justification", text(
    "why the gap is accepted, and until what happens"));
  json_object_set_new(p, "owner", text("who approved it"));
  json_object_set_new(p, "approved_on", date("when (YYYY-MM-DD)", 0));
  json_object_set_new(p, "expires", date("the last day it counts "
                                         "(YYYY-MM-DD, UTC)", 0));
  json_object_set_new(p, "basis", json_pack(
    "{s:[s,s], s:s}", "enum", "alternative", "deviation", "description",
    "alternative: the item's own; deviation: the general clause ZD.GEN.3"));
  json_object_set_new(p, "objects", objects());
  return record(p, req, "the subscriber's documented decision to accept "
                "a gap instead of closing it");
}

static json_t *annotation(const json_t *ids)
{
  static const char *const req[] = {"control", "comment", NULL};
  json_t *p = json_object();
  json_object_set_new(p, "control", control(ids));
  json_object_set_new(p, "comment", text("the comment"));
  json_object_set_new(p, "remediation_date", date(
    "when the fix is planned (YYYY-MM-DD); the action plan's planned_date",
    1));
  json_object_set_new(p, "incorrect_result", json_pack(
    "{s:s, s:s}", "type", "boolean", "description",
    "true when the result is believed wrong; the status stays"));
  json_object_set_new(p, "reason", text(
    "why the result is wrong (with incorrect_result: true)"));
  return record(p, req, "a comment shown beside a result, never changing "
                "its status");
}

/* A parameter's schema: the type of its declared default. */
static json_t *parameter(const json_t *decl)
{
  const json_t *d = json_object_get(decl, "default");
  const char *desc = json_string_value(json_object_get(decl,
                                                      "description"));
  json_t *p = json_object();
  const char *type = json_is_integer(d) ? "integer"
                     : json_is_real(d) ? "number"
                     : json_is_boolean(d) ? "boolean"
                     : json_is_string(d) ? "string"
                     : json_is_array(d) ? "array" : "object";
  /* an empty table may be a list or a mapping: it constrains nothing */
  if(!(json_is_object(d) && !json_object_size(d)))
    json_object_set_new(p, "type", json_string(type));
  if(json_is_array(d) && json_array_size(d))
    json_object_set_new(p, "items", json_pack("{s:s}", "type",
      json_is_string(json_array_get(d, 0)) ? "string" : "number"));
  if(desc)
    json_object_set_new(p, "description", json_string(desc));
  if(d)
    json_object_set(p, "default", (json_t *)d);
  return p;
}

json_t *zd_config_schema(const json_t *param_decls, const json_t *ids)
{
  json_t *params = json_object(), *root = json_object();
  json_t *props = json_object(), *acct = json_object();
  const char *name;
  json_t *decl;
  json_object_foreach((json_t *)param_decls, name, decl)
    json_object_set_new(params, name, parameter(decl));
  json_object_set_new(acct, "subdomain", json_pack(
    "{s:s, s:s, s:s}", "type", "string", "pattern",
    "^[a-z0-9][a-z0-9-]{0,62}$", "description",
    "the account the file is written for: the part before .zendesk.com"));
  json_object_set_new(acct, "healthcare", json_pack(
    "{s:[{s:[s,s,s]}, {s:s, s:{s:[s,s]}}], s:s}", "anyOf", "enum",
    "hipaa", "hds", "both", "type", "array", "items", "enum", "hipaa",
    "hds", "description", "which healthcare-enabled regime the account "
    "is under (ZD.GEN.5)"));
  json_object_set_new(props, "version", json_pack(
    "{s:[i,s], s:s}", "enum", 1, "1", "description",
    "this zdaudit reads version 1"));
  json_object_set_new(props, "account", json_pack(
    "{s:[s,s], s:b, s:o}", "type", "object", "null",
    "additionalProperties", 0, "properties", acct));
  json_object_set_new(props, "parameters", json_pack(
    "{s:[s,s], s:s, s:b, s:o}", "type", "object", "null", "description",
    "thresholds of your own policies (docs/config.md)",
    "additionalProperties", 0, "properties", params));
  json_object_set_new(props, "attestations", json_pack(
    "{s:[s,s], s:o}", "type", "array", "null", "items", attestation(ids)));
  json_object_set_new(props, "exceptions", json_pack(
    "{s:[s,s], s:o}", "type", "array", "null", "items", exception(ids)));
  json_object_set_new(props, "annotations", json_pack(
    "{s:[s,s], s:o}", "type", "array", "null", "items", annotation(ids)));
  json_object_set_new(props, "scan", json_pack(
    "{s:[s,s], s:s, s:b, s:{s:{s:[s,s], s:s, s:{s:s, s:i}}}}", "type",
    "object", "null", "description", "settings of zdaudit scan "
    "(docs/scan.md)", "additionalProperties", 0, "properties",
    "skip_fields", "type", "array", "null", "description",
    "field paths whose findings are left out, as --skip-field takes them "
    "(e.g. author.name)", "items", "type", "string", "minLength", 1));
  json_object_set_new(json_object_get(json_object_get(props, "scan"),
                                      "properties"), "allow", json_pack(
    "{s:[s,s], s:s, s:{s:s, s:i}}", "type", "array", "null", "description",
    "values the organisation knows are not PHI (its own phone number, "
    "mailbox, street address, clinic names), or 're:' and a POSIX extended "
    "expression a whole finding must match; zdaudit scan --config and the "
    "controls' zd.scan (ZD.GUIDE.1...) drop what they cover", "items",
    "type", "string", "minLength", 1));
  json_object_set_new(root, "$schema", json_string(
    "https://json-schema.org/draft/2020-12/schema"));
  json_object_set_new(root, "title", json_string("zdaudit.yaml"));
  json_object_set_new(root, "description", json_string(
    "zdaudit configuration: account, parameters, attestations, exceptions "
    "and annotations (docs/config.md)"));
  json_object_set_new(root, "type", json_pack("[s,s]", "object", "null"));
  json_object_set_new(root, "additionalProperties", json_false());
  json_object_set_new(root, "properties", props);
  return root;
}
