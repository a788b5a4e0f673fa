/* SPDX-License-Identifier: MIT
 * archive_lazy.c — libarchive, loaded by the first command that packs or
 * reads an evidence package (core/lazylib.h says why; curl_lazy.c does
 * the same for libcurl). This file defines the libarchive functions
 * zdaudit calls, each forwarding to libarchive's own; a function newly
 * used needs its line here (the link fails until it has one). */
#include <stdio.h>
#include <archive.h>
#include <archive_entry.h>
#include "core/lazylib.h"

static struct zd_lazylib la = {ZD_ARCHIVE_SONAME, ZD_ARCHIVE_PACKAGE, NULL,
                               NULL};

ZD_LAZY_FN(la, const char *, archive_error_string, (struct archive *a), (a))
ZD_LAZY_FN(la, struct archive *, archive_write_new, (void), ())
ZD_LAZY_FN(la, int, archive_write_set_format_pax_restricted,
           (struct archive *a), (a))
ZD_LAZY_FN(la, int, archive_write_add_filter_gzip, (struct archive *a), (a))
ZD_LAZY_FN(la, int, archive_write_set_filter_option,
           (struct archive *a, const char *m, const char *o, const char *v),
           (a, m, o, v))
ZD_LAZY_FN(la, int, archive_write_open_FILE, (struct archive *a, FILE *f),
           (a, f))
ZD_LAZY_FN(la, int, archive_write_header,
           (struct archive *a, struct archive_entry *e), (a, e))
ZD_LAZY_FN(la, la_ssize_t, archive_write_data,
           (struct archive *a, const void *p, size_t n), (a, p, n))
ZD_LAZY_FN(la, int, archive_write_close, (struct archive *a), (a))
ZD_LAZY_FN(la, int, archive_write_free, (struct archive *a), (a))
ZD_LAZY_FN(la, struct archive *, archive_read_new, (void), ())
ZD_LAZY_FN(la, int, archive_read_support_format_tar, (struct archive *a),
           (a))
ZD_LAZY_FN(la, int, archive_read_support_filter_gzip, (struct archive *a),
           (a))
ZD_LAZY_FN(la, int, archive_read_open_filename,
           (struct archive *a, const char *f, size_t n), (a, f, n))
ZD_LAZY_FN(la, int, archive_read_next_header,
           (struct archive *a, struct archive_entry **e), (a, e))
ZD_LAZY_FN(la, la_ssize_t, archive_read_data,
           (struct archive *a, void *p, size_t n), (a, p, n))
ZD_LAZY_FN(la, int, archive_read_free, (struct archive *a), (a))
ZD_LAZY_FN(la, struct archive_entry *, archive_entry_new, (void), ())
ZD_LAZY_VOID(la, archive_entry_free, (struct archive_entry *e), (e))
ZD_LAZY_FN(la, const char *, archive_entry_pathname,
           (struct archive_entry *e), (e))
ZD_LAZY_FN(la, __LA_MODE_T, archive_entry_filetype,
           (struct archive_entry *e), (e))
ZD_LAZY_VOID(la, archive_entry_set_pathname,
             (struct archive_entry *e, const char *p), (e, p))
ZD_LAZY_VOID(la, archive_entry_set_size,
             (struct archive_entry *e, la_int64_t n), (e, n))
ZD_LAZY_VOID(la, archive_entry_set_filetype,
             (struct archive_entry *e, unsigned int t), (e, t))
ZD_LAZY_VOID(la, archive_entry_set_perm,
             (struct archive_entry *e, __LA_MODE_T m), (e, m))
ZD_LAZY_VOID(la, archive_entry_set_uid,
             (struct archive_entry *e, la_int64_t id), (e, id))
ZD_LAZY_VOID(la, archive_entry_set_gid,
             (struct archive_entry *e, la_int64_t id), (e, id))
ZD_LAZY_VOID(la, archive_entry_set_mtime,
             (struct archive_entry *e, time_t t, long ns), (e, t, ns))
