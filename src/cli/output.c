/* SPDX-License-Identifier: MIT
 * output.c — report destinations: stdout; a regular file, replaced
 * atomically through a temporary file (fsutil.h: O_EXCL|O_NOFOLLOW, gone on
 * a signal); or a device, FIFO or socket (/dev/null, /dev/stdout to a
 * pipe), written in place: renaming over one would replace the device
 * node with a plain file. A symlink to a regular file replaces its target
 * and keeps the link. */
#include "cli/cli.h"
#include "core/alloc.h"
#include "core/fsutil.h"
#include "core/msgs.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The file to replace for 'path': itself, or a symlink's final target
 * when that is a regular file (new string). NULL with errno when 'path'
 * exists and is not a regular file (the caller writes in place). */
static char *replace_target(const char *path, int *in_place)
{
  struct stat st;
  char *real;
  *in_place = 0;
  if(lstat(path, &st) < 0)
    return zd_strdup(path);       /* a new file (or an error at open) */
  if(S_ISREG(st.st_mode))
    return zd_strdup(path);
  if(S_ISLNK(st.st_mode) && (real = realpath(path, NULL))) {
    if(stat(real, &st) == 0 && S_ISREG(st.st_mode)) {
      char *r = zd_strdup(real);
      free(real);
      return r;
    }
    free(real);
  }
  if(stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
    errno = EISDIR;
    return NULL;
  }
  *in_place = 1;
  return NULL;
}

int zd_cli_output_open(struct zd_cli_output *o, const char *path)
{
  int fd, in_place;
  char *target;
  memset(o, 0, sizeof(*o));
  if(!path || !strcmp(path, "-")) {
    o->fp = stdout;
    return 0;
  }
  target = replace_target(path, &in_place);
  if(in_place)
    fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC);
  else if(target)
    fd = zd_temp_create(target, &o->tmp);
  else
    fd = -1;
  if(fd < 0 || !(o->fp = fdopen(fd, "w"))) {
    zd_errorf("%s: cannot create: %s", path, strerror(errno));
    if(fd >= 0)
      close(fd);
    zd_temp_done(o->tmp, 1);
    free(target);
    memset(o, 0, sizeof(*o));
    return -1;
  }
  o->path = in_place ? zd_strdup(path) : target;
  return 0;
}

int zd_cli_output_close(struct zd_cli_output *o, int ok)
{
  int rc = 0;
  if(!o->fp)
    return 0;
  if(o->fp == stdout) {
    if(fflush(stdout) || ferror(stdout))
      rc = -1;
    o->fp = NULL;
    return rc;
  }
  if(fflush(o->fp) || ferror(o->fp))
    rc = -1;
  /* Only a file of our own is synced: a pipe or tty cannot be. */
  if(!rc && o->tmp && fsync(fileno(o->fp)))
    rc = -1;
  if(!rc && o->tmp) {
    /* The temporary file was private (0600) while it was written; the
     * report gets what a plain open(0644) would give under the umask. */
    mode_t um = umask(077);
    umask(um);
    if(fchmod(fileno(o->fp), 0644 & ~um))
      rc = -1;
  }
  if(fclose(o->fp))
    rc = -1;
  if(ok && !rc && o->tmp && rename(o->tmp, o->path)) {
    zd_errorf("%s: cannot rename into place: %s", o->path, strerror(errno));
    rc = -1;
  }
  else if(rc)
    zd_errorf("%s: cannot write: %s", o->path, strerror(errno));
  zd_temp_done(o->tmp, !ok || rc);
  free(o->path);
  memset(o, 0, sizeof(*o));
  return rc;
}

int zd_cli_wants_help(int argc, char **argv)
{
  for(int i = 1; i < argc; i++) {
    if(!strcmp(argv[i], "--"))
      return 0;
    if(!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help"))
      return 1;
  }
  return 0;
}
