/* SPDX-License-Identifier: MIT
 * history.c — the SQLite history of assessments (see history.h). Every
 * write is one BEGIN IMMEDIATE transaction under a busy timeout, so two
 * assessments recording at once both land; WAL lets readers run
 * alongside. Schema: meta(key, value), runs, results, records. */
#include "history/history.h"
#include "core/alloc.h"
#include "core/digest.h"
#include "core/timeutil.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

struct zd_history {
  sqlite3 *db;
  char *path;
};

static const char schema_sql[] =
  "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);"
  "CREATE TABLE IF NOT EXISTS runs(id INTEGER PRIMARY KEY AUTOINCREMENT,"
  " subdomain TEXT NOT NULL, recorded_at TEXT NOT NULL, generated_at TEXT,"
  " collected_at TEXT, tool_version TEXT, catalog_revision TEXT,"
  " snapshot_digest TEXT, config_digest TEXT, summary TEXT);"
  "CREATE TABLE IF NOT EXISTS results(run_id INTEGER NOT NULL"
  " REFERENCES runs(id), control_id TEXT NOT NULL, status TEXT NOT NULL,"
  " reason TEXT, evidence_digest TEXT, PRIMARY KEY(run_id, control_id));"
  "CREATE TABLE IF NOT EXISTS records(run_id INTEGER NOT NULL"
  " REFERENCES runs(id), control_id TEXT NOT NULL, kind TEXT NOT NULL,"
  " owner TEXT, expires TEXT, state TEXT);"
  "CREATE INDEX IF NOT EXISTS results_by_control ON results(control_id,"
  " run_id);"
  "CREATE INDEX IF NOT EXISTS runs_by_account ON runs(subdomain, id);";

static zd_code db_error(struct zd_history *h, const char *what,
                        struct zd_error *err)
{
  int code = sqlite3_errcode(h->db);
  if(code == SQLITE_NOTADB || code == SQLITE_CORRUPT)
    return zd_error_set(err, ZD_ERR_INVALID, h->path, 0,
                        "not a zdaudit history, or it is damaged (%s); "
                        "nothing was written to it", sqlite3_errmsg(h->db));
  return zd_error_set(err, code == SQLITE_BUSY ? ZD_ERR_IO : ZD_ERR_IO,
                      h->path, 0, "%s: %s", what, sqlite3_errmsg(h->db));
}

static const char *col(sqlite3_stmt *st, int i)
{
  const unsigned char *s = sqlite3_column_text(st, i);
  return s ? (const char *)s : "";
}

/* WAL mode and the schema. Two runs creating the same new file at once
 * can meet SQLITE_BUSY here without SQLite's busy handler being called
 * (switching the journal mode, or a lock upgrade SQLite treats as a
 * deadlock), so the step is retried, as the busy timeout would, for up
 * to 30 s. Nonzero: the error is in h->db. */
static int set_up(struct zd_history *h)
{
  for(int tries = 0;; tries++) {
    int code;
    if(!sqlite3_exec(h->db, "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON",
                     NULL, NULL, NULL) &&
       !sqlite3_exec(h->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) &&
       !sqlite3_exec(h->db, schema_sql, NULL, NULL, NULL) &&
       !sqlite3_exec(h->db, "INSERT OR IGNORE INTO meta VALUES('schema', '"
                     ZD_HISTORY_FORMAT "')", NULL, NULL, NULL) &&
       !sqlite3_exec(h->db, "COMMIT", NULL, NULL, NULL))
      return 0;
    code = sqlite3_errcode(h->db);
    if((code != SQLITE_BUSY && code != SQLITE_LOCKED) || tries >= 600)
      return -1;                  /* closing the handle rolls back */
    if(!sqlite3_get_autocommit(h->db))
      sqlite3_exec(h->db, "ROLLBACK", NULL, NULL, NULL);
    sqlite3_sleep(50);
  }
}

zd_code zd_history_open(const char *path, struct zd_history **out,
                        struct zd_error *err)
{
  struct zd_history *h = zd_calloc(1, sizeof(*h));
  sqlite3_stmt *st = NULL;
  zd_code rc = ZD_OK;
  *out = NULL;
  h->path = zd_strdup(path);
  if(sqlite3_open_v2(path, &h->db, SQLITE_OPEN_READWRITE |
                     SQLITE_OPEN_CREATE | SQLITE_OPEN_NOFOLLOW, NULL)) {
    rc = db_error(h, "cannot open", err);
    goto fail;
  }
  sqlite3_busy_timeout(h->db, 30000);
  /* a file that is not ours is refused before anything is written */
  if(sqlite3_prepare_v2(h->db, "SELECT count(*) FROM sqlite_master", -1,
                        &st, NULL) || sqlite3_step(st) != SQLITE_ROW) {
    rc = db_error(h, "cannot read", err);
    goto fail;
  }
  if(sqlite3_column_int(st, 0) > 0) {
    sqlite3_finalize(st);
    st = NULL;
    if(sqlite3_prepare_v2(h->db, "SELECT value FROM meta WHERE key ="
                          " 'schema'", -1, &st, NULL) ||
       sqlite3_step(st) != SQLITE_ROW ||
       strcmp(col(st, 0), ZD_HISTORY_FORMAT)) {
      rc = zd_error_set(err, ZD_ERR_INVALID, path, 0, "an SQLite file that "
                        "is not a zdaudit history (%s); nothing was written "
                        "to it", ZD_HISTORY_FORMAT);
      goto fail;
    }
  }
  sqlite3_finalize(st);
  st = NULL;
  if(set_up(h)) {
    rc = db_error(h, "cannot set up", err);
    goto fail;
  }
  *out = h;
  return ZD_OK;
fail:
  sqlite3_finalize(st);
  zd_history_close(h);
  return rc;
}

void zd_history_close(struct zd_history *h)
{
  if(!h)
    return;
  sqlite3_close(h->db);
  free(h->path);
  free(h);
}

static const char *str(const json_t *o, const char *k)
{
  const char *s = json_string_value(json_object_get(o, k));
  return s ? s : "";
}

static void bind_text(sqlite3_stmt *st, int i, const char *s)
{
  sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
}

/* SHA-256 (hex) of a result's evidence, keys sorted. */
static void evidence_digest(const json_t *r, char hex[ZD_SHA256_HEX_LEN + 1])
{
  unsigned char d[ZD_SHA256_LEN];
  char *s = json_dumps(json_object_get(r, "evidence") ?
                       json_object_get(r, "evidence") : json_null(),
                       JSON_COMPACT | JSON_SORT_KEYS | JSON_ENCODE_ANY);
  zd_sha256_bytes(s ? s : "", s ? strlen(s) : 0, d);
  zd_hex(d, sizeof(d), hex);
  free(s);
}

/* One result row, with its attestation and exception if any. */
static zd_code record_result(struct zd_history *h, sqlite3_stmt *res,
                             sqlite3_stmt *rec, long long run_id,
                             const json_t *r, struct zd_error *err)
{
  char hex[ZD_SHA256_HEX_LEN + 1];
  static const char *const kinds[] = {"attestation", "exception"};
  evidence_digest(r, hex);
  sqlite3_reset(res);
  sqlite3_bind_int64(res, 1, run_id);
  bind_text(res, 2, str(r, "id"));
  bind_text(res, 3, str(r, "status"));
  bind_text(res, 4, str(r, "details"));
  bind_text(res, 5, hex);
  if(sqlite3_step(res) != SQLITE_DONE)
    return db_error(h, "cannot record a result", err);
  for(int k = 0; k < 2; k++) {
    const json_t *x = json_object_get(r, kinds[k]);
    if(!json_is_object(x))
      continue;
    sqlite3_reset(rec);
    sqlite3_bind_int64(rec, 1, run_id);
    bind_text(rec, 2, str(r, "id"));
    bind_text(rec, 3, kinds[k]);
    bind_text(rec, 4, str(x, "owner"));
    bind_text(rec, 5, str(x, "expires"));
    bind_text(rec, 6, json_is_true(json_object_get(x, "expired"))
                        ? "expired"
                        : json_is_true(json_object_get(x, "applied"))
                          ? "applied" : "not applied");
    if(sqlite3_step(rec) != SQLITE_DONE)
      return db_error(h, "cannot record an attestation", err);
  }
  return ZD_OK;
}

zd_code zd_history_record(struct zd_history *h, const json_t *doc,
                          const char *snapshot_digest,
                          const char *config_digest, long long *run_id,
                          struct zd_error *err)
{
  sqlite3_stmt *run = NULL, *res = NULL, *rec = NULL;
  const json_t *acct = json_object_get(doc, "account"), *r;
  char now[32], *summary;
  size_t i;
  zd_code rc = ZD_OK;
  if(sqlite3_exec(h->db, "BEGIN IMMEDIATE", NULL, NULL, NULL))
    return db_error(h, "cannot start recording", err);
  if(sqlite3_prepare_v2(h->db, "INSERT INTO runs(subdomain, recorded_at, "
                        "generated_at, collected_at, tool_version, "
                        "catalog_revision, snapshot_digest, config_digest, "
                        "summary) VALUES(?,?,?,?,?,?,?,?,?)", -1, &run,
                        NULL) ||
     sqlite3_prepare_v2(h->db, "INSERT INTO results VALUES(?,?,?,?,?)", -1,
                        &res, NULL) ||
     sqlite3_prepare_v2(h->db, "INSERT INTO records VALUES(?,?,?,?,?,?)",
                        -1, &rec, NULL)) {
    rc = db_error(h, "cannot record", err);
    goto done;
  }
  summary = json_dumps(json_object_get(doc, "summary"), JSON_COMPACT |
                       JSON_SORT_KEYS);
  bind_text(run, 1, str(acct, "subdomain"));
  bind_text(run, 2, zd_time_format(time(NULL), now, sizeof(now)));
  bind_text(run, 3, str(doc, "generated_at"));
  bind_text(run, 4, str(acct, "collected_at"));
  bind_text(run, 5, str(json_object_get(doc, "tool"), "version"));
  bind_text(run, 6, str(json_object_get(doc, "baseline"), "revision"));
  bind_text(run, 7, snapshot_digest ? snapshot_digest : "");
  bind_text(run, 8, config_digest ? config_digest : "");
  bind_text(run, 9, summary ? summary : "{}");
  free(summary);
  if(sqlite3_step(run) != SQLITE_DONE) {
    rc = db_error(h, "cannot record the run", err);
    goto done;
  }
  *run_id = sqlite3_last_insert_rowid(h->db);
  json_array_foreach(json_object_get(doc, "results"), i, r)
    if((rc = record_result(h, res, rec, *run_id, r, err)))
      goto done;
  /* Advisory checks are kept too (zd_history_run puts them back apart);
   * counted ones are among the results already. */
  if(!json_is_true(json_object_get(doc, "advisory_counted")))
    json_array_foreach(json_object_get(doc, "advisory"), i, r)
      if((rc = record_result(h, res, rec, *run_id, r, err)))
        goto done;
  if(sqlite3_exec(h->db, "COMMIT", NULL, NULL, NULL))
    rc = db_error(h, "cannot commit the run", err);
done:
  if(rc)
    sqlite3_exec(h->db, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_finalize(run);
  sqlite3_finalize(res);
  sqlite3_finalize(rec);
  return rc;
}

static json_t *run_row(sqlite3_stmt *st)
{
  json_t *summary = json_loads(col(st, 9), 0, NULL);
  return json_pack("{s:I, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:o}",
                   "run", (json_int_t)sqlite3_column_int64(st, 0),
                   "subdomain", col(st, 1), "recorded_at", col(st, 2),
                   "generated_at", col(st, 3), "collected_at", col(st, 4),
                   "tool_version", col(st, 5), "catalog_revision", col(st, 6),
                   "snapshot_digest", col(st, 7), "config_digest", col(st, 8),
                   "summary", summary ? summary : json_object());
}

/* Steps the prepared 'st' to its end, one 'row' per result row into a new
 * array; finalizes 'st'. NULL with 'err' when a step fails. */
static json_t *rows(struct zd_history *h, sqlite3_stmt *st,
                    json_t *(*row)(sqlite3_stmt *), struct zd_error *err)
{
  json_t *list = json_array();
  int r;
  while((r = sqlite3_step(st)) == SQLITE_ROW)
    json_array_append_new(list, row(st));
  if(r != SQLITE_DONE) {
    db_error(h, "cannot read", err);
    json_decref(list);
    list = NULL;
  }
  sqlite3_finalize(st);
  return list;
}

static json_t *control_row(sqlite3_stmt *st)
{
  return json_pack("{s:I, s:s, s:s, s:s, s:s, s:s}", "run",
                   (json_int_t)sqlite3_column_int64(st, 0), "generated_at",
                   col(st, 1), "subdomain", col(st, 2), "status", col(st, 3),
                   "reason", col(st, 4), "evidence_digest", col(st, 5));
}

static json_t *expiring_row(sqlite3_stmt *st)
{
  return json_pack("{s:s, s:s, s:s, s:s, s:s, s:s}", "subdomain", col(st, 0),
                   "control", col(st, 1), "kind", col(st, 2), "owner",
                   col(st, 3), "expires", col(st, 4), "state", col(st, 5));
}

json_t *zd_history_runs(struct zd_history *h, const char *subdomain,
                        const char *since, int last, struct zd_error *err)
{
  sqlite3_stmt *st = NULL;
  if(sqlite3_prepare_v2(h->db, "SELECT * FROM (SELECT id, subdomain, "
                        "recorded_at, generated_at, collected_at, "
                        "tool_version, catalog_revision, snapshot_digest, "
                        "config_digest, summary FROM runs WHERE (?1 IS NULL "
                        "OR subdomain = ?1) AND (?2 IS NULL OR generated_at "
                        ">= ?2) ORDER BY id DESC LIMIT ?3) ORDER BY id", -1,
                        &st, NULL)) {
    db_error(h, "cannot read", err);
    return NULL;
  }
  if(subdomain)
    bind_text(st, 1, subdomain);
  if(since)
    bind_text(st, 2, since);
  sqlite3_bind_int(st, 3, last > 0 ? last : -1);
  return rows(h, st, run_row, err);
}

json_t *zd_history_control(struct zd_history *h, const char *control,
                           const char *subdomain, const char *since,
                           struct zd_error *err)
{
  sqlite3_stmt *st = NULL;
  if(sqlite3_prepare_v2(h->db, "SELECT runs.id, runs.generated_at, "
                        "runs.subdomain, status, reason, evidence_digest "
                        "FROM results JOIN runs ON runs.id = run_id WHERE "
                        "control_id = ?1 AND (?2 IS NULL OR subdomain = ?2) "
                        "AND (?3 IS NULL OR generated_at >= ?3) ORDER BY "
                        "runs.id", -1, &st, NULL)) {
    db_error(h, "cannot read", err);
    return NULL;
  }
  bind_text(st, 1, control);
  if(subdomain)
    bind_text(st, 2, subdomain);
  if(since)
    bind_text(st, 3, since);
  return rows(h, st, control_row, err);
}

/* The number of results a run's recorded summary counts (the sum of its
 * counts per status), or -1 when it holds none or is not readable. */
static long long summary_total(const char *text)
{
  json_t *s = json_loads(text, 0, NULL), *v;
  const char *k;
  long long n = 0;
  if(!json_is_object(s) || !json_object_size(s))
    n = -1;
  json_object_foreach(s, k, v)
    if(json_is_integer(v))
      n += json_integer_value(v);
  json_decref(s);
  return n;
}

json_t *zd_history_run_document(struct zd_history *h, long long run,
                                struct zd_error *err)
{
  sqlite3_stmt *st = NULL;
  json_t *doc = NULL, *results, *advisory, *x;
  long long counted;
  size_t i, adv = 0;
  int r;
  if(sqlite3_prepare_v2(h->db, "SELECT id, subdomain, recorded_at, "
                        "generated_at, collected_at, tool_version, "
                        "catalog_revision, snapshot_digest, config_digest, "
                        "summary FROM runs WHERE id = ?", -1, &st, NULL)) {
    db_error(h, "cannot read", err);
    return NULL;
  }
  sqlite3_bind_int64(st, 1, run);
  if(sqlite3_step(st) != SQLITE_ROW) {
    sqlite3_finalize(st);
    zd_error_set(err, ZD_ERR_NOTFOUND, h->path, 0, "no run %lld in the "
                 "history (zdaudit history lists them)", run);
    return NULL;
  }
  doc = json_pack("{s:s, s:{s:s, s:s}, s:s, s:o, s:[], s:[]}", "schema",
                  "zdaudit/results/1", "account", "subdomain", col(st, 1),
                  "collected_at", col(st, 4), "generated_at", col(st, 3),
                  "summary", json_object(), "results", "advisory");
  counted = summary_total(col(st, 9));
  sqlite3_finalize(st);
  results = json_object_get(doc, "results");
  advisory = json_object_get(doc, "advisory");
  if(sqlite3_prepare_v2(h->db, "SELECT control_id, status, reason, "
                        "evidence_digest FROM results WHERE run_id = ? "
                        "ORDER BY rowid", -1, &st, NULL)) {
    db_error(h, "cannot read", err);
    json_decref(doc);
    return NULL;
  }
  sqlite3_bind_int64(st, 1, run);
  while((r = sqlite3_step(st)) == SQLITE_ROW) {
    char *note = zd_asprintf("evidence digest %.16s", col(st, 3));
    json_array_append_new(results, json_pack(
      "{s:s, s:s, s:s, s:s, s:[{s:s}]}", "id", col(st, 0), "title",
      col(st, 0), "status", col(st, 1), "details", col(st, 2), "evidence",
      "note", note));
    free(note);
  }
  sqlite3_finalize(st);
  if(r != SQLITE_DONE) {
    db_error(h, "cannot read", err);
    json_decref(doc);
    return NULL;
  }
  /* A run of `assess --advisory` counted its advisory checks among its
   * results (its summary counts every row): they stay there, so diff
   * counts their regressions as zdaudit diff of its report does. Else
   * they go back to the run's advisory list, compared apart. */
  json_array_foreach(results, i, x)
    adv += !strncmp(str(x, "id"), "ADV.", 4);
  if(adv && counted >= 0 && (size_t)counted == json_array_size(results)) {
    json_object_set_new(doc, "advisory_counted", json_true());
    return doc;
  }
  for(i = 0; i < json_array_size(results);) {
    x = json_array_get(results, i);
    if(strncmp(str(x, "id"), "ADV.", 4)) {
      i++;
      continue;
    }
    json_array_append(advisory, x);
    json_array_remove(results, i);
  }
  return doc;
}

json_t *zd_history_last_changes(struct zd_history *h, long long run,
                                struct zd_error *err)
{
  /* per control of the account of 'run': walk its statuses up to 'run'
   * and keep the last point where the status changed */
  sqlite3_stmt *st = NULL;
  json_t *out = json_object(), *prev = json_object();
  int r;
  if(sqlite3_prepare_v2(h->db, "SELECT control_id, status, generated_at "
                        "FROM results JOIN runs ON runs.id = run_id WHERE "
                        "subdomain = (SELECT subdomain FROM runs WHERE id = "
                        "?1) AND runs.id <= ?1 ORDER BY control_id, runs.id",
                        -1, &st, NULL)) {
    db_error(h, "cannot read", err);
    json_decref(out);
    json_decref(prev);
    return NULL;
  }
  sqlite3_bind_int64(st, 1, run);
  while((r = sqlite3_step(st)) == SQLITE_ROW) {
    const char *id = col(st, 0), *status = col(st, 1);
    const char *was = json_string_value(json_object_get(prev, id));
    if(was && strcmp(was, status))
      json_object_set_new(out, id, json_pack("{s:s, s:s}", "since",
                                             col(st, 2), "from", was));
    json_object_set_new(prev, id, json_string(status));
  }
  sqlite3_finalize(st);
  json_decref(prev);
  if(r != SQLITE_DONE) {
    db_error(h, "cannot read", err);
    json_decref(out);
    return NULL;
  }
  return out;
}

json_t *zd_history_expiring(struct zd_history *h, const char *subdomain,
                            const char *today, int days,
                            struct zd_error *err)
{
  sqlite3_stmt *st = NULL;
  char until[32];
  time_t t;
  if(zd_time_parse(today, &t)) {
    zd_error_set(err, ZD_ERR_INVALID, NULL, 0, "bad date '%s'", today);
    return NULL;
  }
  zd_time_format(t + (time_t)days * 86400, until, sizeof(until));
  until[10] = '\0';
  if(sqlite3_prepare_v2(h->db, "SELECT runs.subdomain, control_id, kind, "
                        "owner, expires, state FROM records JOIN runs ON "
                        "runs.id = run_id WHERE run_id IN (SELECT max(id) "
                        "FROM runs GROUP BY subdomain) AND (?1 IS NULL OR "
                        "runs.subdomain = ?1) AND expires != '' AND "
                        "substr(expires, 1, 10) <= ?2 AND state != "
                        "'expired' ORDER BY expires, control_id", -1, &st,
                        NULL)) {
    db_error(h, "cannot read", err);
    return NULL;
  }
  if(subdomain)
    bind_text(st, 1, subdomain);
  bind_text(st, 2, until);
  return rows(h, st, expiring_row, err);
}
