/* SPDX-License-Identifier: MIT
 * mapfile.c — read-only file mappings that survive the file shrinking
 * (mapfile.h). The SIGBUS handler only calls mmap(2) and lowers one
 * lock-free atomic: both are safe in a signal handler, and two threads
 * faulting at once (scan --jobs reads one mapping from several) keep the
 * lower of their two offsets, whichever order they run in. */
#include "core/mapfile.h"

#include <signal.h>
#include <stdatomic.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

/* The one live mapping, as the handler sees it. */
static char *volatile live_base;
static volatile size_t live_len;
/* The lowest page zeros went in at; UINT64_MAX while none did. */
static _Atomic uint64_t live_cut_at = UINT64_MAX;
_Static_assert(ATOMIC_LONG_LOCK_FREE == 2 || ATOMIC_LLONG_LOCK_FREE == 2,
               "the SIGBUS handler needs a lock-free 64-bit atomic");
static size_t page_size;   /* sysconf is not for signal handlers */
static struct sigaction old_bus;

static void on_sigbus(int sig, siginfo_t *si, void *uc)
{
  char *base = live_base, *at = si ? (char *)si->si_addr : NULL;
  (void)uc;
  if(base && at >= base && at < base + live_len) {
    size_t off = (size_t)(at - base) & ~(page_size - 1);
    if(mmap(base + off, live_len - off, PROT_READ,
            MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) != MAP_FAILED) {
      uint64_t seen = atomic_load(&live_cut_at);
      while(off < seen &&
            !atomic_compare_exchange_weak(&live_cut_at, &seen, (uint64_t)off))
        ;
      return;   /* the read is retried, and finds zeros */
    }
  }
  /* Not ours (or no remedy): die of it as if nothing were installed. */
  sigaction(sig, &old_bus, NULL);
}

int zd_map_open(struct zd_map *m, int fd, uint64_t len)
{
  struct sigaction sa;
  void *p;
  memset(m, 0, sizeof(*m));
  if(len == 0 || len > SIZE_MAX || live_base)
    return -1;
  page_size = (size_t)sysconf(_SC_PAGESIZE);
  p = mmap(NULL, (size_t)len, PROT_READ, MAP_PRIVATE, fd, 0);
  if(p == MAP_FAILED)
    return -1;
  (void)madvise(p, (size_t)len, MADV_SEQUENTIAL);
  memset(&sa, 0, sizeof(sa));
  sa.sa_sigaction = on_sigbus;
  sa.sa_flags = SA_SIGINFO;
  sigemptyset(&sa.sa_mask);
  live_len = (size_t)len;
  atomic_store(&live_cut_at, UINT64_MAX);
  live_base = p;
  if(sigaction(SIGBUS, &sa, &old_bus)) {
    live_base = NULL;
    munmap(p, (size_t)len);
    return -1;
  }
  m->data = p;
  m->len = (size_t)len;
  m->fd = fd;
  return 0;
}

void zd_map_drop(struct zd_map *m, uint64_t upto)
{
  uint64_t to = upto & ~(uint64_t)(page_size - 1);
  if(to > m->len)
    to = m->len & ~(uint64_t)(page_size - 1);
  if(to <= m->dropped)
    return;
  (void)madvise((char *)m->data + m->dropped, (size_t)(to - m->dropped),
                MADV_DONTNEED);
  m->dropped = to;
}

int zd_map_close(struct zd_map *m, uint64_t *cut_at)
{
  struct stat sb;
  uint64_t at = m->len;
  int cut;
  if(!m->data)
    return 0;
  sigaction(SIGBUS, &old_bus, NULL);
  munmap((void *)m->data, m->len);
  live_base = NULL;
  if(atomic_load(&live_cut_at) < at)
    at = atomic_load(&live_cut_at);
  /* Cut inside its last page, a file raises no SIGBUS: it reads zeros. */
  if(fstat(m->fd, &sb) == 0 && (uint64_t)sb.st_size < at)
    at = (uint64_t)sb.st_size;
  cut = at < m->len;
  if(cut && cut_at)
    *cut_at = at;
  memset(m, 0, sizeof(*m));
  return cut ? -1 : 0;
}
