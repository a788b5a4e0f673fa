/* SPDX-License-Identifier: MIT
 * fsutil.h — reading bounded files and writing files atomically.
 * Every write of a user-visible file (snapshot, report, config) goes
 * through zd_write_atomic so a crash never leaves half a file behind. */
#ifndef ZD_FSUTIL_H
#define ZD_FSUTIL_H
#include <stddef.h>
#include <jansson.h>
#include "core/error.h"

/* Reads all of 'path' (at most 'max' bytes) into a new NUL-terminated
 * buffer (free()). '*olen' gets the length. Only a regular file is read:
 * a FIFO, device or directory is refused at once (opened O_NONBLOCK, so a
 * FIFO without a writer cannot hang the run). */
zd_code zd_read_file(const char *path, size_t max, char **odata,
                     size_t *olen, struct zd_error *err);
/* The same for a file already open as 'fd' (checked by the caller, e.g.
 * for owner and mode on the very file it will read; not closed here).
 * 'path' only names the file in errors. */
zd_code zd_read_fd(int fd, const char *path, size_t max, char **odata,
                   size_t *olen, struct zd_error *err);
/* The same with 'pad' (>= 1) bytes allocated after the data, the first
 * of them '\0'. */
zd_code zd_read_fd_pad(int fd, const char *path, size_t max, size_t pad,
                       char **odata, size_t *olen, struct zd_error *err);
/* Creates a new temporary file beside 'path': "path.tmp.PID" (or
 * "path.tmp.PID.N" when that name is taken), opened O_CREAT|O_EXCL|
 * O_NOFOLLOW so it is never a file or symlink someone planted, mode 0600
 * (the caller sets the final mode), and registered for removal on a
 * signal (cleanup.h). Returns the descriptor and sets '*tmp' (pass it to
 * zd_temp_done), or -1 with errno set. */
int zd_temp_create(const char *path, char **tmp);
/* Unregisters and frees 'tmp'; with 'remove' set, unlinks it first. */
void zd_temp_done(char *tmp, int remove);
/* Writes 'len' bytes to 'path' via a temporary file in the same directory,
 * fsync and rename. 'mode' is the final permission (e.g. 0644, 0600).
 * Only a regular file (or none) is replaced: anything else is refused. */
zd_code zd_write_atomic(const char *path, const void *data, size_t len,
                        unsigned mode, struct zd_error *err);
/* Loads a JSON document of at most 'max' bytes; returns a new reference
 * or NULL with 'err' naming the file, line and column. */
json_t *zd_json_load(const char *path, size_t max, struct zd_error *err);
/* Dumps 'json' (borrowed) to 'path' atomically, pretty-printed. */
zd_code zd_json_save(const char *path, const json_t *json, unsigned mode,
                     struct zd_error *err);
/* Joins a directory and a file name into a new string (free()). */
char *zd_path_join(const char *dir, const char *name);
/* 1 when 'path' (after every symlink) lies inside directory 'dir' (after
 * every symlink), or does not exist; 0 when a link leads out of it. */
int zd_path_within(const char *dir, const char *path);
/* 1 if 'path' is a directory. */
int zd_is_dir(const char *path);

#endif
