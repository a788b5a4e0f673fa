/* SPDX-License-Identifier: MIT
 * controls.c — finds the control and library sources (compiled in, or a
 * --controls-dir), runs each control file once to read its fields,
 * validates them strictly (every error names the file), and orders the
 * controls as the catalog does. Also loads controls/lib/params.lua. */
#include "engine/engine_int.h"
#include "engine/embedded.h"
#include "engine/lua_bridge.h"
#include "core/alloc.h"
#include "core/fsutil.h"
#include "core/limits.h"

#include <ctype.h>
#include <dirent.h>
#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

/* Catalog order of the areas; others sort after, by name. */
static const char *const area_order[] = {
  "host", "gen", "support", "guide", "messaging", "sunco", "chat",
  "explore", "addon", "mobile", "insights", "ai", "qa", "wfm", NULL
};

enum ftype { F_STRING, F_LIST, F_FUNCTION };

struct field {
  const char *name;
  enum ftype type;
  int required;
  const char *const *choices;   /* allowed words for strings, or NULL */
};

static const char *const kinds[] = {
  "setting", "content", "inventory", "process", "acknowledgement", NULL
};
static const char *const parties[] = {
  "subscriber", "zendesk", "shared", NULL
};
static const char *const exception_types[] = {
  "explicit", "global-only", "n/a", NULL
};
static const char *const automations[] = {"auto", "partial", "manual", NULL};

static const struct field fields[] = {
  {"id", F_STRING, 1, NULL},
  {"title", F_STRING, 1, NULL},
  {"seed_ref", F_STRING, 1, NULL},
  {"product", F_STRING, 1, NULL},
  {"kind", F_STRING, 1, kinds},
  {"responsible", F_STRING, 1, parties},
  {"exception", F_STRING, 1, exception_types},
  {"alternative", F_STRING, 0, NULL},
  {"automation", F_STRING, 1, automations},
  {"description", F_STRING, 1, NULL},
  {"evidence", F_STRING, 1, NULL},
  {"remediation", F_STRING, 1, NULL},
  {"question", F_STRING, 0, NULL},
  {"requires", F_LIST, 0, NULL},
  {"uses", F_LIST, 0, NULL},
  {"params", F_LIST, 0, NULL},
  {"same_as", F_STRING, 0, NULL},
  {"references", F_LIST, 0, NULL},
  {"tags", F_LIST, 0, NULL},
  {"check", F_FUNCTION, 0, NULL},
  {NULL, F_STRING, 0, NULL}
};

static const struct field *field_find(const char *name)
{
  for(const struct field *f = fields; f->name; f++)
    if(!strcmp(f->name, name))
      return f;
  return NULL;
}

static int in_list(const char *word, const char *const *list)
{
  for(; *list; list++)
    if(!strcmp(word, *list))
      return 1;
  return 0;
}

/* --- sources ------------------------------------------------------------- */

static void add_source(struct zd_engine *e, char *path, char *data,
                       size_t len)
{
  e->sources = zd_realloc(e->sources,
                          (e->nsources + 1) * sizeof(*e->sources));
  e->sources[e->nsources].path = path;
  e->sources[e->nsources].data = data;
  e->sources[e->nsources].len = len;
  e->nsources++;
}

static int name_cmp(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted names of the entries of 'dir' (no dot files); NULL-terminated. */
static char **list_dir(const char *dir, size_t *on)
{
  DIR *d = opendir(dir);
  struct dirent *de;
  char **names = NULL;
  size_t n = 0;
  if(!d) {
    *on = 0;
    return NULL;
  }
  while((de = readdir(d))) {
    if(de->d_name[0] == '.')
      continue;
    names = zd_realloc(names, (n + 1) * sizeof(*names));
    names[n++] = zd_strdup(de->d_name);
  }
  closedir(d);
  if(n)
    qsort(names, n, sizeof(*names), name_cmp);
  *on = n;
  return names;
}

static void free_names(char **names, size_t n)
{
  for(size_t i = 0; i < n; i++)
    free(names[i]);
  free(names);
}

static zd_code load_dir_sources(struct zd_engine *e, const char *dir,
                                struct zd_error *err)
{
  size_t nareas, nfiles;
  char **areas = list_dir(dir, &nareas);
  zd_code rc = ZD_OK;
  if(!zd_is_dir(dir))
    return zd_error_set(err, ZD_ERR_NOTFOUND, dir, 0,
                        "controls directory not found");
  for(size_t a = 0; a < nareas && !rc; a++) {
    char *sub = zd_path_join(dir, areas[a]);
    char **files = zd_is_dir(sub) ? list_dir(sub, &nfiles) : NULL;
    if(!files)
      nfiles = 0;
    for(size_t f = 0; f < nfiles && !rc; f++) {
      size_t n = strlen(files[f]), len;
      char *full, *data;
      if(n < 5 || strcmp(files[f] + n - 4, ".lua"))
        continue;
      full = zd_path_join(sub, files[f]);
      rc = zd_read_file(full, ZD_MAX_CONTROL_FILE, &data, &len, err);
      if(!rc)
        add_source(e, zd_asprintf("controls/%s/%s", areas[a], files[f]),
                   data, len);
      free(full);
    }
    free_names(files, nfiles);
    free(sub);
  }
  free_names(areas, nareas);
  return rc;
}

static void load_embedded_sources(struct zd_engine *e)
{
  for(const struct zd_embedded_file *f = zd_embedded_controls; f->path; f++)
    add_source(e, zd_strdup(f->path), zd_strndup(f->data, f->len), f->len);
}

/* --- ordering ------------------------------------------------------------ */

static int area_rank(const char *area)
{
  int i;
  for(i = 0; area_order[i]; i++)
    if(!strcmp(area, area_order[i]))
      return i;
  /* advisory checks come after every control, custom areas included */
  return !strcmp(area, ZD_ADVISORY_AREA) ? i + 1 : i;
}

/* Compares IDs segment by segment, numbers numerically: ZD.SUP.2 <
 * ZD.SUP.10, ZD.SUP.1 < ZD.SUP.1.1. */
static int id_cmp(const char *a, const char *b)
{
  while(*a && *b) {
    if(isdigit((unsigned char)*a) && isdigit((unsigned char)*b)) {
      long x = strtol(a, (char **)&a, 10), y = strtol(b, (char **)&b, 10);
      if(x != y)
        return x < y ? -1 : 1;
      continue;
    }
    if(*a != *b)
      return (unsigned char)*a < (unsigned char)*b ? -1 : 1;
    a++;
    b++;
  }
  return *a ? 1 : *b ? -1 : 0;
}

static int control_cmp(const void *pa, const void *pb)
{
  const struct zd_control *a = pa, *b = pb;
  int ra = area_rank(a->area), rb = area_rank(b->area);
  if(ra != rb)
    return ra < rb ? -1 : 1;
  if(strcmp(a->area, b->area))
    return strcmp(a->area, b->area);
  return id_cmp(a->id, b->id);
}

/* --- one control --------------------------------------------------------- */

static zd_code check_list(lua_State *L, int idx, const char *src,
                          const char *fname, json_t *out,
                          const struct zd_engine *e, struct zd_error *err)
{
  lua_Integer n = (lua_Integer)lua_rawlen(L, idx);
  for(lua_Integer i = 1; i <= n; i++) {
    const char *v;
    if(lua_rawgeti(L, idx, i) != LUA_TSTRING) {
      lua_pop(L, 1);
      return zd_error_set(err, ZD_ERR_INVALID, src, 0,
                          "field '%s' must be a list of strings", fname);
    }
    v = lua_tostring(L, -1);
    if((!strcmp(fname, "requires") || !strcmp(fname, "uses")) &&
       !zd_endpoint_find(v)) {
      zd_error_set(err, ZD_ERR_INVALID, src, 0,
                   "field '%s': unknown endpoint '%s' (see "
                   "src/snapshot/endpoints.def)", fname, v);
      lua_pop(L, 1);
      return ZD_ERR_INVALID;
    }
    if(!strcmp(fname, "params") && !json_object_get(e->params, v)) {
      zd_error_set(err, ZD_ERR_INVALID, src, 0,
                   "field 'params': unknown parameter '%s' (see "
                   "controls/lib/params.lua)", v);
      lua_pop(L, 1);
      return ZD_ERR_INVALID;
    }
    json_array_append_new(out, json_string(v));
    lua_pop(L, 1);
  }
  return ZD_OK;
}

/* Reads and validates the fields in the environment table at the top of
 * the stack into 'c'. */
static zd_code read_fields(struct zd_engine *e, const struct zd_source *src,
                           const char *area, const char *stem,
                           struct zd_control *c, struct zd_error *err)
{
  lua_State *L = e->L;
  int env = lua_gettop(L);
  json_t *meta = json_object();
  zd_code rc = ZD_OK;
  c->meta = meta;
  c->check_ref = LUA_NOREF;
  lua_pushnil(L);
  while(!rc && lua_next(L, env)) {
    const char *name = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2)
                                                      : NULL;
    const struct field *f = name ? field_find(name) : NULL;
    if(!f) {
      rc = zd_error_set(err, ZD_ERR_INVALID, src->path, 0,
                        "unknown global '%s' (declare helpers 'local')",
                        name ? name : "?");
      lua_pop(L, 2);
      break;
    }
    if(f->type == F_STRING) {
      if(lua_type(L, -1) != LUA_TSTRING)
        rc = zd_error_set(err, ZD_ERR_INVALID, src->path, 0,
                          "field '%s' must be a string", name);
      else if(f->choices && !in_list(lua_tostring(L, -1), f->choices))
        rc = zd_error_set(err, ZD_ERR_INVALID, src->path, 0,
                          "field '%s': '%s' is not an allowed value", name,
                          lua_tostring(L, -1));
      else
        json_object_set_new(meta, name, json_string(lua_tostring(L, -1)));
    }
    else if(f->type == F_LIST) {
      if(lua_type(L, -1) != LUA_TTABLE)
        rc = zd_error_set(err, ZD_ERR_INVALID, src->path, 0,
                          "field '%s' must be a list", name);
      else {
        json_t *list = json_array();
        rc = check_list(L, lua_gettop(L), src->path, name, list, e, err);
        json_object_set_new(meta, name, list);
      }
    }
    else if(lua_type(L, -1) != LUA_TFUNCTION)
      rc = zd_error_set(err, ZD_ERR_INVALID, src->path, 0,
                        "field '%s' must be a function", name);
    else if(!strcmp(name, "check")) {
      lua_pushvalue(L, -1);
      c->check_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    }
    lua_pop(L, 1);
  }
  lua_settop(L, env);
  for(const struct field *f = fields; !rc && f->name; f++)
    if(f->required && f->type != F_FUNCTION && !json_object_get(meta, f->name))
      rc = zd_error_set(err, ZD_ERR_INVALID, src->path, 0,
                        "missing required field '%s'", f->name);
  if(rc)
    return rc;
  c->id = json_string_value(json_object_get(meta, "id"));
  if(strcmp(c->id, stem))
    return zd_error_set(err, ZD_ERR_INVALID, src->path, 0,
                        "id '%s' does not match the file name", c->id);
  /* Advisory checks are told apart by ID and folder, both or neither, so
   * none can be counted as a catalog control by mistake. */
  c->advisory = !strncmp(c->id, ZD_ADVISORY_PREFIX,
                         strlen(ZD_ADVISORY_PREFIX));
  if(c->advisory != !strcmp(area, ZD_ADVISORY_AREA))
    return zd_error_set(err, ZD_ERR_INVALID, src->path, 0,
                        "advisory checks (ID %s*) live in controls/%s/, "
                        "and only they", ZD_ADVISORY_PREFIX,
                        ZD_ADVISORY_AREA);
  if(!strcmp(json_string_value(json_object_get(meta, "exception")),
             "explicit") && !json_object_get(meta, "alternative"))
    return zd_error_set(err, ZD_ERR_INVALID, src->path, 0,
                        "an 'explicit' exception needs an 'alternative'");
  if(c->check_ref == LUA_NOREF && !json_object_get(meta, "question") &&
     !json_object_get(meta, "same_as"))
    return zd_error_set(err, ZD_ERR_INVALID, src->path, 0,
                        "a control without check() needs a 'question'");
  /* Same field order for every control, whatever order the file used. */
  {
    json_t *ordered = json_object();
    for(const struct field *f = fields; f->name; f++)
      if(json_object_get(meta, f->name))
        json_object_set(ordered, f->name, json_object_get(meta, f->name));
    json_decref(meta);
    c->meta = meta = ordered;
  }
  json_object_set_new(meta, "area", json_string(area));
  json_object_set_new(meta, "source", json_string(src->path));
  json_object_set_new(meta, "automated", json_boolean(c->check_ref != LUA_NOREF));
  if(c->advisory)
    json_object_set_new(meta, "advisory", json_true());
  c->area = json_string_value(json_object_get(meta, "area"));
  c->source = json_string_value(json_object_get(meta, "source"));
  return ZD_OK;
}

static zd_code load_control(struct zd_engine *e, const struct zd_source *src,
                            struct zd_error *err)
{
  lua_State *L = e->L;
  char area[64], stem[128];
  const char *a = src->path + strlen("controls/");
  const char *slash = strchr(a, '/');
  size_t alen = (size_t)(slash - a), slen = strlen(slash + 1) - 4;
  struct zd_control *c;
  zd_code rc;
  int top = lua_gettop(L);
  if(alen >= sizeof(area) || slen >= sizeof(stem))
    return zd_error_set(err, ZD_ERR_INVALID, src->path, 0,
                        "file name too long");
  memcpy(area, a, alen);
  area[alen] = '\0';
  memcpy(stem, slash + 1, slen);
  stem[slen] = '\0';
  if(e->ncontrols >= ZD_MAX_CONTROLS)
    return zd_error_set(err, ZD_ERR_LIMIT, src->path, 0,
                        "more than %d controls", ZD_MAX_CONTROLS);
  zd_sandbox_push_env(L);
  lua_pushvalue(L, -1);
  rc = zd_sandbox_run_chunk(e, src, err);
  if(rc) {
    lua_settop(L, top);
    return rc;
  }
  lua_pop(L, 1);   /* the chunk's result; the environment stays */
  e->controls = zd_realloc(e->controls,
                           (e->ncontrols + 1) * sizeof(*e->controls));
  c = &e->controls[e->ncontrols];
  memset(c, 0, sizeof(*c));
  rc = read_fields(e, src, area, stem, c, err);
  lua_settop(L, top);
  if(rc) {
    if(c->check_ref != LUA_NOREF)
      luaL_unref(L, LUA_REGISTRYINDEX, c->check_ref);
    json_decref(c->meta);
    return rc;
  }
  e->ncontrols++;
  return ZD_OK;
}

zd_code zd_controls_load(struct zd_engine *e, const char *dir,
                         struct zd_error *err)
{
  zd_code rc = ZD_OK;
  if(dir)
    rc = load_dir_sources(e, dir, err);
  else
    load_embedded_sources(e);
  if(!rc)
    rc = zd_params_load(e, err);
  for(size_t i = 0; !rc && i < e->nsources; i++) {
    const char *p = e->sources[i].path;
    if(!strncmp(p, "controls/lib/", 13))
      continue;
    rc = load_control(e, &e->sources[i], err);
  }
  if(rc)
    return rc;
  qsort(e->controls, e->ncontrols, sizeof(*e->controls), control_cmp);
  for(size_t i = 0; i < e->ncontrols; i++) {
    const struct zd_control *c = &e->controls[i];
    const char *same = json_string_value(json_object_get(c->meta, "same_as"));
    if(i && !strcmp(c->id, e->controls[i - 1].id))
      return zd_error_set(err, ZD_ERR_INVALID, c->source, 0,
                          "control '%s' is defined twice", c->id);
    if(same && zd_engine_index(e, same) == (size_t)-1)
      return zd_error_set(err, ZD_ERR_INVALID, c->source, 0,
                          "same_as: unknown control '%s'", same);
  }
  if(!e->ncontrols)
    return zd_error_set(err, ZD_ERR_NOTFOUND, dir, 0, "no controls found");
  return zd_severity_load(e, err);
}

void zd_controls_free(struct zd_engine *e)
{
  for(size_t i = 0; i < e->ncontrols; i++)
    json_decref(e->controls[i].meta);
  free(e->controls);
  for(size_t i = 0; i < e->nsources; i++) {
    free(e->sources[i].path);
    free(e->sources[i].data);
  }
  free(e->sources);
}

/* --- parameters ------------------------------------------------------------ */

/* Rebuilds the read-only ctx.params table from e->params' values. */
static void params_publish(struct zd_engine *e)
{
  lua_State *L = e->L;
  const char *name;
  json_t *p;
  lua_newtable(L);
  json_object_foreach(e->params, name, p) {
    zd_lua_push_json(L, json_object_get(p, "value"));
    lua_setfield(L, -2, name);
  }
  zd_sandbox_push_readonly(L, -1);
  lua_remove(L, -2);
  if(e->params_ref != LUA_NOREF && e->params_ref != 0)
    luaL_unref(L, LUA_REGISTRYINDEX, e->params_ref);
  e->params_ref = luaL_ref(L, LUA_REGISTRYINDEX);
}

zd_code zd_params_load(struct zd_engine *e, struct zd_error *err)
{
  lua_State *L = e->L;
  const struct zd_source *src = zd_engine_source(e, "controls/lib/params.lua");
  int top = lua_gettop(L);
  zd_code rc = ZD_OK;
  e->params = json_object();
  if(src) {
    zd_sandbox_push_env(L);
    rc = zd_sandbox_run_chunk(e, src, err);
    if(rc)
      return rc;
    if(!lua_istable(L, -1)) {
      lua_settop(L, top);
      return zd_error_set(err, ZD_ERR_INVALID, src->path, 0,
                          "must return a table of parameters");
    }
    lua_pushnil(L);
    while(!rc && lua_next(L, top + 1)) {
      const char *name = lua_type(L, -2) == LUA_TSTRING
                           ? lua_tostring(L, -2) : NULL;
      json_t *def;
      if(!name || !lua_istable(L, -1)) {
        rc = zd_error_set(err, ZD_ERR_INVALID, src->path, 0,
                          "each parameter is name = {default=, "
                          "description=}");
        break;
      }
      lua_getfield(L, -1, "default");
      def = zd_lua_to_json(L, -1);
      lua_pop(L, 1);
      lua_getfield(L, -1, "description");
      if(json_is_null(def) || !lua_isstring(L, -1)) {
        rc = zd_error_set(err, ZD_ERR_INVALID, src->path, 0,
                          "parameter '%s' needs a default and a "
                          "description", name);
        json_decref(def);
      }
      else
        json_object_set_new(e->params, name,
                            json_pack("{s:O, s:o, s:s}", "value", def,
                                      "default", def,
                                      "description", lua_tostring(L, -1)));
      lua_pop(L, 2);
    }
    lua_settop(L, top);
    if(rc)
      return rc;
  }
  params_publish(e);
  return ZD_OK;
}

static int same_json_type(json_t *a, json_t *b)
{
  if(json_is_number(a) && json_is_number(b))
    return json_is_real(a) || json_is_integer(b);
  if(json_is_boolean(a) && json_is_boolean(b))
    return 1;
  return json_typeof(a) == json_typeof(b);
}

zd_code zd_engine_set_params(struct zd_engine *e, json_t *params,
                             struct zd_error *err)
{
  const char *name;
  json_t *v, *p;
  json_object_foreach(params, name, v) {
    p = json_object_get(e->params, name);
    if(!p)
      return zd_error_set(err, ZD_ERR_INVALID, "parameters", 0,
                          "unknown parameter '%s'", name);
    if(!same_json_type(json_object_get(p, "default"), v))
      return zd_error_set(err, ZD_ERR_INVALID, "parameters", 0,
                          "parameter '%s' has the wrong type", name);
  }
  json_object_foreach(e->params, name, p)
    json_object_set(p, "value", json_object_get(p, "default"));
  json_object_foreach(params, name, v)
    json_object_set(json_object_get(e->params, name), "value", v);
  params_publish(e);
  return ZD_OK;
}
