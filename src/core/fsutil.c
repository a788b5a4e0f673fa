/* SPDX-License-Identifier: MIT
 * fsutil.c — bounded reads and atomic writes (see fsutil.h). */
#include "core/fsutil.h"
#include "core/alloc.h"
#include "core/cleanup.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

zd_code zd_read_fd(int fd, const char *path, size_t max, char **odata,
                   size_t *olen, struct zd_error *err)
{
  return zd_read_fd_pad(fd, path, max, 1, odata, olen, err);
}

zd_code zd_read_fd_pad(int fd, const char *path, size_t max, size_t pad,
                       char **odata, size_t *olen, struct zd_error *err)
{
  struct stat st;
  char *data;
  size_t len = 0;
  if(fstat(fd, &st) < 0 || !S_ISREG(st.st_mode))
    return zd_error_set(err, ZD_ERR_IO, path, 0, "not a regular file");
  if((unsigned long long)st.st_size > max)
    return zd_error_set(err, ZD_ERR_LIMIT, path, 0,
                        "file is %lld bytes, more than the limit of %zu",
                        (long long)st.st_size, max);
  data = zd_trymalloc((size_t)st.st_size + pad);
  if(!data)
    return zd_error_set(err, ZD_ERR_LIMIT, path, 0, "out of memory");
  while(len < (size_t)st.st_size) {
    ssize_t n = read(fd, data + len, (size_t)st.st_size - len);
    if(n < 0 && errno == EINTR)
      continue;
    if(n <= 0)
      break;
    len += (size_t)n;
  }
  data[len] = '\0';
  *odata = data;
  if(olen)
    *olen = len;
  return ZD_OK;
}

zd_code zd_read_file(const char *path, size_t max, char **odata,
                     size_t *olen, struct zd_error *err)
{
  zd_code rc;
  /* O_NONBLOCK: a FIFO opens at once (and is then refused as not a
   * regular file) instead of waiting for a writer forever. */
  int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  if(fd < 0)
    return zd_error_set(err, errno == ENOENT ? ZD_ERR_NOTFOUND : ZD_ERR_IO,
                        path, 0, "cannot open: %s", strerror(errno));
  rc = zd_read_fd(fd, path, max, odata, olen, err);
  close(fd);
  return rc;
}

/* Most tries at a free temporary name; each taken name means a stale or
 * planted file, so a handful is plenty. */
#define TEMP_TRIES 100

int zd_temp_create(const char *path, char **tmp)
{
  for(int i = 0; i < TEMP_TRIES; i++) {
    char *t = i ? zd_asprintf("%s.tmp.%ld.%d", path, (long)getpid(), i)
                : zd_asprintf("%s.tmp.%ld", path, (long)getpid());
    int fd = open(t, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                  0600);
    if(fd >= 0) {
      zd_cleanup_add(t);
      *tmp = t;
      return fd;
    }
    free(t);
    if(errno != EEXIST)
      return -1;
  }
  errno = EEXIST;
  return -1;
}

void zd_temp_done(char *tmp, int remove)
{
  if(!tmp)
    return;
  zd_cleanup_remove(tmp);
  if(remove)
    unlink(tmp);
  free(tmp);
}

zd_code zd_write_atomic(const char *path, const void *data, size_t len,
                        unsigned mode, struct zd_error *err)
{
  char *tmp = NULL;
  const char *p = data;
  size_t off = 0;
  struct stat st;
  int fd;
  if(lstat(path, &st) == 0 && !S_ISREG(st.st_mode))
    return zd_error_set(err, ZD_ERR_IO, path, 0, "not a regular file; "
                        "refusing to replace it");
  fd = zd_temp_create(path, &tmp);
  if(fd < 0)
    return zd_error_set(err, ZD_ERR_IO, path, 0, "cannot create: %s",
                        strerror(errno));
  while(off < len) {
    ssize_t n = write(fd, p + off, len - off);
    if(n < 0 && errno == EINTR)
      continue;
    if(n < 0)
      break;
    off += (size_t)n;
  }
  if(off != len || fchmod(fd, mode) < 0 || fsync(fd) < 0) {
    zd_error_set(err, ZD_ERR_IO, path, 0, "cannot write: %s",
                 strerror(errno));
    close(fd);
    zd_temp_done(tmp, 1);
    return ZD_ERR_IO;
  }
  close(fd);
  if(rename(tmp, path) < 0) {
    zd_error_set(err, ZD_ERR_IO, path, 0, "cannot rename into place: %s",
                 strerror(errno));
    zd_temp_done(tmp, 1);
    return ZD_ERR_IO;
  }
  zd_temp_done(tmp, 0);
  return ZD_OK;
}

json_t *zd_json_load(const char *path, size_t max, struct zd_error *err)
{
  char *data;
  size_t len;
  json_error_t jerr;
  json_t *j;
  if(zd_read_file(path, max, &data, &len, err) != ZD_OK)
    return NULL;
  j = json_loadb(data, len, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &jerr);
  free(data);
  if(!j)
    zd_error_set(err, ZD_ERR_PARSE, path, jerr.line,
                 "malformed JSON (column %d): %s", jerr.column, jerr.text);
  return j;
}

zd_code zd_json_save(const char *path, const json_t *json, unsigned mode,
                     struct zd_error *err)
{
  char *s = json_dumps(json, JSON_INDENT(2) | JSON_SORT_KEYS);
  zd_code rc;
  size_t len;
  if(!s)
    return zd_error_set(err, ZD_ERR_INTERNAL, path, 0, "cannot encode JSON");
  len = strlen(s);
  s = zd_realloc(s, len + 2);
  s[len++] = '\n';
  s[len] = '\0';
  rc = zd_write_atomic(path, s, len, mode, err);
  free(s);
  return rc;
}

char *zd_path_join(const char *dir, const char *name)
{
  size_t n = strlen(dir);
  if(n && dir[n - 1] == '/')
    return zd_asprintf("%s%s", dir, name);
  return zd_asprintf("%s/%s", dir, name);
}

int zd_path_within(const char *dir, const char *path)
{
  char *rd = realpath(dir, NULL), *rp = realpath(path, NULL);
  int in;
  size_t n;
  if(!rp && errno == ENOENT) {
    free(rd);
    return 1;                   /* missing: the caller reports that */
  }
  n = rd ? strlen(rd) : 0;
  in = rd && rp && !strncmp(rp, rd, n) && (rp[n] == '/' || (n == 1));
  free(rd);
  free(rp);
  return in;
}

int zd_is_dir(const char *path)
{
  struct stat st;
  return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}
