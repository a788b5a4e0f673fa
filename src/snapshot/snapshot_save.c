/* SPDX-License-Identifier: MIT
 * snapshot_save.c — writing a snapshot directory atomically: every file
 * into a temporary sibling directory, fsync'd, manifest last, then one
 * rename into place. A crash leaves the old snapshot or a ".tmp" sibling,
 * never a half-written directory under the requested name. Only the files
 * a snapshot's manifest names are ever deleted. */
#include "snapshot/snapshot.h"
#include "core/alloc.h"
#include "core/fsutil.h"
#include "core/limits.h"
#include "core/msgs.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Snapshot files hold account configuration and user lists: private to
 * the user who collected them. */
#define FILE_MODE 0600
#define DIR_MODE 0700

static int fsync_dir(const char *dir)
{
  int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  int rc;
  if(fd < 0)
    return -1;
  rc = fsync(fd);
  close(fd);
  return rc;
}

/* The directory that holds 'dir' ("." when none), new string. */
static char *parent_of(const char *dir)
{
  const char *slash = strrchr(dir, '/');
  if(!slash)
    return zd_strdup(".");
  if(slash == dir)
    return zd_strdup("/");
  return zd_strndup(dir, (size_t)(slash - dir));
}

/* 1 when 'name' is a file a snapshot with 'manifest' consists of:
 * manifest.json or an endpoint's "file". */
static int written_by_us(json_t *manifest, const char *name)
{
  const char *key;
  json_t *st;
  if(!strcmp(name, "manifest.json"))
    return 1;
  json_object_foreach(json_object_get(manifest, "endpoints"), key, st) {
    const char *f = json_string_value(json_object_get(st, "file"));
    if(f && !strcmp(f, name))
      return 1;
  }
  return 0;
}

/* Removes the files of the snapshot 'manifest' names inside 'dir' (plain
 * names only), then 'dir' if that left it empty. Never anything else: a
 * file someone put there meanwhile stays, and so does the directory. */
static int remove_snapshot_files(const char *dir, json_t *manifest)
{
  const char *key;
  json_t *st;
  char *p;
  int rc = 0;
  json_object_foreach(json_object_get(manifest, "endpoints"), key, st) {
    const char *f = json_string_value(json_object_get(st, "file"));
    if(!f || !*f || strchr(f, '/') || f[0] == '.')
      continue;
    p = zd_path_join(dir, f);
    if(unlink(p) < 0 && errno != ENOENT)
      rc = -1;
    free(p);
  }
  p = zd_path_join(dir, "manifest.json");
  if(unlink(p) < 0 && errno != ENOENT)
    rc = -1;
  free(p);
  if(rmdir(dir) < 0)
    rc = -1;
  return rc;
}

/* 0 when 'dir' may be replaced: an empty directory, or an earlier
 * snapshot (a manifest of our format, and nothing but the plain files it
 * names: a file zdaudit did not write is never deleted, #11 item 9). On
 * success '*old' gets the earlier manifest (NULL when 'dir' is empty). */
static zd_code replaceable(const char *dir, json_t **old,
                           struct zd_error *err)
{
  DIR *d;
  struct dirent *de;
  int entries = 0;
  char *mpath, foreign[80] = "";
  json_t *m;
  const char *fmt;
  *old = NULL;
  mpath = zd_path_join(dir, "manifest.json");
  m = zd_json_load(mpath, ZD_MAX_MANIFEST_FILE, NULL);
  free(mpath);
  fmt = json_string_value(json_object_get(m, "format"));
  if(!fmt || strcmp(fmt, ZD_SNAPSHOT_FORMAT)) {
    json_decref(m);
    m = NULL;
  }
  if(!(d = opendir(dir))) {
    json_decref(m);
    return zd_error_set(err, ZD_ERR_IO, dir, 0, "cannot read: %s",
                        strerror(errno));
  }
  while((de = readdir(d))) {
    struct stat st;
    char *p;
    if(!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
      continue;
    entries++;
    p = zd_path_join(dir, de->d_name);
    if(!foreign[0] && (lstat(p, &st) < 0 || !S_ISREG(st.st_mode) || !m ||
                       !written_by_us(m, de->d_name)))
      snprintf(foreign, sizeof(foreign), "%.64s", de->d_name);
    free(p);
  }
  closedir(d);
  if(!entries) {
    json_decref(m);
    return ZD_OK;
  }
  if(!m)
    return zd_error_set(err, ZD_ERR_USAGE, dir, 0,
                        "exists and is not a zdaudit snapshot; refusing to "
                        "replace it (choose a new directory)");
  if(foreign[0]) {
    json_decref(m);
    return zd_error_set(err, ZD_ERR_USAGE, dir, 0,
                        "holds '%s', which is not part of the zdaudit "
                        "snapshot there; refusing to replace it, as that "
                        "would delete it (move it out, or choose a new "
                        "directory)", foreign);
  }
  *old = m;
  return ZD_OK;
}

static zd_code write_all(const struct zd_snapshot *s, const char *tmp,
                         struct zd_error *err)
{
  json_t *manifest = zd_snapshot_manifest(s);
  json_t *eps = json_object_get(manifest, "endpoints");
  const char *key;
  json_t *st;
  zd_code rc;
  char *p;
  json_object_foreach(eps, key, st) {
    const char *file = json_string_value(json_object_get(st, "file"));
    json_t *data = zd_snapshot_data(s, key);
    if(!data)
      continue;
    if(!file || !*file || strchr(file, '/') || file[0] == '.')
      return zd_error_set(err, ZD_ERR_INTERNAL, key, 0,
                          "endpoint has no plain file name");
    p = zd_path_join(tmp, file);
    rc = zd_json_save(p, data, FILE_MODE, err);
    free(p);
    if(rc)
      return rc;
  }
  /* The manifest last: a directory without one is never a snapshot. */
  p = zd_path_join(tmp, "manifest.json");
  rc = zd_json_save(p, manifest, FILE_MODE, err);
  free(p);
  if(rc)
    return rc;
  if(fsync_dir(tmp) < 0)
    return zd_error_set(err, ZD_ERR_IO, tmp, 0, "cannot sync: %s",
                        strerror(errno));
  return ZD_OK;
}

zd_code zd_snapshot_save(const struct zd_snapshot *s, const char *dir,
                         struct zd_error *err)
{
  struct stat st;
  char *tmp, *old = NULL, *parent;
  json_t *old_manifest = NULL;
  int exists;
  zd_code rc;
  size_t n;
  char *clean;

  if(!dir || !*dir)
    return zd_error_set(err, ZD_ERR_USAGE, NULL, 0,
                        "no snapshot directory given");
  n = strlen(dir);
  while(n > 1 && dir[n - 1] == '/')
    n--;
  clean = zd_strndup(dir, n);
  exists = lstat(clean, &st) == 0;
  if(exists && !S_ISDIR(st.st_mode)) {
    free(clean);
    return zd_error_set(err, ZD_ERR_USAGE, dir, 0,
                        "exists and is not a directory");
  }
  if(exists && (rc = replaceable(clean, &old_manifest, err))) {
    free(clean);
    return rc;
  }
  tmp = zd_asprintf("%s.tmp.XXXXXX", clean);
  if(!mkdtemp(tmp)) {
    rc = zd_error_set(err, ZD_ERR_IO, dir, 0,
                      "cannot create a temporary directory beside it: %s",
                      strerror(errno));
    free(tmp);
    free(clean);
    json_decref(old_manifest);
    return rc;
  }
  chmod(tmp, DIR_MODE);
  rc = write_all(s, tmp, err);
  if(!rc && exists) {
    /* Move the old snapshot aside, put the new one in its place, then
     * delete the old one. */
    old = zd_asprintf("%s.old.XXXXXX", clean);
    if(!mkdtemp(old) || rmdir(old) < 0 || rename(clean, old) < 0) {
      rc = zd_error_set(err, ZD_ERR_IO, dir, 0,
                        "cannot move the earlier snapshot aside: %s",
                        strerror(errno));
      free(old);
      old = NULL;
    }
  }
  if(!rc && rename(tmp, clean) < 0) {
    rc = zd_error_set(err, ZD_ERR_IO, dir, 0, "cannot rename into place: %s",
                      strerror(errno));
    if(old)
      rename(old, clean);   /* put the earlier snapshot back */
    free(old);
    old = NULL;
  }
  if(rc)
    remove_snapshot_files(tmp, zd_snapshot_manifest(s));
  else {
    parent = parent_of(clean);
    fsync_dir(parent);
    free(parent);
    if(old && (old_manifest ? remove_snapshot_files(old, old_manifest)
                            : rmdir(old)))
      zd_warnf("the earlier snapshot was kept in %s: it holds files "
               "zdaudit did not write", old);
  }
  json_decref(old_manifest);
  free(old);
  free(tmp);
  free(clean);
  return rc;
}
