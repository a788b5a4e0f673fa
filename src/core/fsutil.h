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
 * buffer (free()). '*olen' gets the length. */
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
/* Writes 'len' bytes to 'path' via a temporary file in the same directory,
 * fsync and rename. 'mode' is the final permission (e.g. 0644, 0600). */
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
/* 1 if 'path' is a directory. */
int zd_is_dir(const char *path);

#endif
