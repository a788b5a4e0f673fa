/* SPDX-License-Identifier: MIT
 * output.c — report destinations: stdout, or a file replaced atomically.
 * A path that exists and is not a regular file (/dev/null, a FIFO, a
 * terminal) is written in place: renaming a temporary file onto it would
 * replace the device itself. */
#include "cli/cli.h"
#include "core/alloc.h"
#include "core/msgs.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int zd_cli_output_open(struct zd_cli_output *o, const char *path)
{
  struct stat st;
  int fd;
  memset(o, 0, sizeof(*o));
  if(!path || !strcmp(path, "-")) {
    o->fp = stdout;
    return 0;
  }
  o->path = zd_strdup(path);
  if(!stat(path, &st) && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode))
    fd = open(path, O_WRONLY | O_CLOEXEC);   /* a device: in place */
  else {
    o->tmp = zd_asprintf("%s.tmp.%ld", path, (long)getpid());
    fd = open(o->tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  }
  if(fd < 0 || !(o->fp = fdopen(fd, "w"))) {
    zd_errorf("%s: cannot create: %s", path, strerror(errno));
    if(fd >= 0)
      close(fd);
    free(o->path);
    free(o->tmp);
    memset(o, 0, sizeof(*o));
    return -1;
  }
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
  if(fflush(o->fp) || ferror(o->fp) || (o->tmp && fsync(fileno(o->fp))))
    rc = -1;
  if(fclose(o->fp))
    rc = -1;
  if(!o->tmp) {                  /* written in place (a device) */
    if(rc)
      zd_errorf("%s: cannot write: %s", o->path, strerror(errno));
    free(o->path);
    memset(o, 0, sizeof(*o));
    return rc;
  }
  if(ok && !rc && rename(o->tmp, o->path)) {
    zd_errorf("%s: cannot rename into place: %s", o->path, strerror(errno));
    rc = -1;
  }
  else if(rc)
    zd_errorf("%s: cannot write: %s", o->path, strerror(errno));
  if(!ok || rc)
    unlink(o->tmp);
  free(o->path);
  free(o->tmp);
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
