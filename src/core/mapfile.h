/* SPDX-License-Identifier: MIT
 * mapfile.h — a regular file mapped read-only, for scanning or parsing it
 * where the kernel keeps it instead of copying it in with read(2).
 *
 * A mapped file that shrinks while mapped (truncated by another process)
 * would kill the reader with SIGBUS on the first page past its new end.
 * Here the handler maps zero pages over the rest of the mapping instead
 * and notes where that happened: the reader carries on over NUL bytes and
 * zd_map_close() (or zd_map_cut(), for a mapping kept to the end) reports
 * the file as cut, so the caller can fail the file honestly. Up to
 * ZD_MAP_MAX files are mapped at once (a snapshot's large endpoint files
 * stay mapped for a whole assessment). */
#ifndef ZD_MAPFILE_H
#define ZD_MAPFILE_H
#include <stddef.h>
#include <stdint.h>

#define ZD_MAP_MAX 64

struct zd_map {
  const char *data;
  size_t len;
  uint64_t dropped;   /* pages below this offset were given back */
  int fd;             /* the file, to see its size at the end */
  int slot;           /* the signal handler's entry for it */
  size_t span;        /* bytes mapped: 'len', and the zero padding */
};

/* Maps the open regular file 'fd' (size 'len' > 0). Returns 0, or -1 when
 * it cannot be mapped (the caller reads it instead). */
int zd_map_open(struct zd_map *m, int fd, uint64_t len);
/* The same with at least 'pad' readable zero bytes after the file's
 * (a parser that looks a few bytes ahead needs no bounds check). */
int zd_map_open_pad(struct zd_map *m, int fd, uint64_t len, size_t pad);
/* Gives back the pages wholly below 'upto', which will not be read again,
 * so memory stays bounded on a file of any size. */
void zd_map_drop(struct zd_map *m, uint64_t upto);
/* Gives back the pages wholly inside [from, to); read again, they come
 * back from the file (it is never written through the mapping). */
void zd_map_release(const struct zd_map *m, uint64_t from, uint64_t to);
/* 0 while the file is whole; -1 when it shrank while mapped, with
 * '*cut_at' set to where (as zd_map_close). The mapping stays. */
int zd_map_cut(const struct zd_map *m, uint64_t *cut_at);
/* Unmaps. Returns 0, or -1 when the file shrank while mapped, with
 * '*cut_at' set to where: the first page found gone, or the file's size
 * now if smaller. Bytes from there on were read as zeros. */
int zd_map_close(struct zd_map *m, uint64_t *cut_at);

#endif
