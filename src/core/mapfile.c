/* SPDX-License-Identifier: MIT
 * mapfile.c — read-only file mappings that survive the file shrinking
 * (mapfile.h). The SIGBUS handler only reads the table of live mappings,
 * calls mmap(2) and lowers one lock-free atomic per mapping: all safe in
 * a signal handler, and two threads faulting at once (scan --jobs reads
 * one mapping from several) keep the lower of their two offsets,
 * whichever order they run in. The table is changed under a lock,
 * outside the handler; an entry is filled before its base is published. */
#include "core/mapfile.h"

#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

/* The live mappings, as the handler sees them. */
struct live {
  char *volatile base;   /* NULL: a free entry */
  volatile size_t span;
  /* the lowest page zeros went in at; UINT64_MAX while none did */
  _Atomic uint64_t cut_at;
};
_Static_assert(ATOMIC_LONG_LOCK_FREE == 2 || ATOMIC_LLONG_LOCK_FREE == 2,
               "the SIGBUS handler needs a lock-free 64-bit atomic");
static struct live live[ZD_MAP_MAX];
static int nlive;
static pthread_mutex_t live_lock = PTHREAD_MUTEX_INITIALIZER;
static size_t page_size;   /* sysconf is not for signal handlers */
static pthread_once_t page_size_once = PTHREAD_ONCE_INIT;

static void read_page_size(void)   /* once: threads map files at once */
{
  page_size = (size_t)sysconf(_SC_PAGESIZE);
}
static struct sigaction old_bus;

static void on_sigbus(int sig, siginfo_t *si, void *uc)
{
  char *at = si ? (char *)si->si_addr : NULL;
  (void)uc;
  for(int i = 0; at && i < ZD_MAP_MAX; i++) {
    char *base = live[i].base;
    size_t span = live[i].span;
    if(base && at >= base && at < base + span) {
      size_t off = (size_t)(at - base) & ~(page_size - 1);
      if(mmap(base + off, span - off, PROT_READ,
              MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == MAP_FAILED)
        break;
      uint64_t seen = atomic_load(&live[i].cut_at);
      while(off < seen &&
            !atomic_compare_exchange_weak(&live[i].cut_at, &seen,
                                          (uint64_t)off))
        ;
      return;   /* the read is retried, and finds zeros */
    }
  }
  /* Not ours (or no remedy): die of it as if nothing were installed. */
  sigaction(sig, &old_bus, NULL);
}

/* Enters 'base' in the table (the handler installed with the first);
 * the entry's index, or -1 when the table is full. */
static int enter(char *base, size_t span)
{
  int slot = -1;
  pthread_mutex_lock(&live_lock);
  for(int i = 0; i < ZD_MAP_MAX && slot < 0; i++)
    if(!live[i].base)
      slot = i;
  if(slot >= 0 && !nlive) {
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_sigaction = on_sigbus;
    sa.sa_flags = SA_SIGINFO;
    sigemptyset(&sa.sa_mask);
    if(sigaction(SIGBUS, &sa, &old_bus))
      slot = -1;
  }
  if(slot >= 0) {
    live[slot].span = span;
    atomic_store(&live[slot].cut_at, UINT64_MAX);
    __atomic_store_n(&live[slot].base, base, __ATOMIC_RELEASE);
    nlive++;
  }
  pthread_mutex_unlock(&live_lock);
  return slot;
}

static void leave(int slot)
{
  pthread_mutex_lock(&live_lock);
  live[slot].base = NULL;
  if(--nlive == 0)
    sigaction(SIGBUS, &old_bus, NULL);
  pthread_mutex_unlock(&live_lock);
}

int zd_map_open_pad(struct zd_map *m, int fd, uint64_t len, size_t pad)
{
  size_t flen, span;
  char *p;
  memset(m, 0, sizeof(*m));
  m->slot = -1;
  if(len == 0 || len > SIZE_MAX / 2)
    return -1;
  pthread_once(&page_size_once, read_page_size);
  flen = ((size_t)len + page_size - 1) & ~(page_size - 1);
  /* The padding in pages of its own after the file's last page: the
   * zeros at the end of that page are the file's, and are no longer
   * zeros once it grows (a MAP_PRIVATE page shows later writes until it
   * is written), where a parser relying on them would run on past the
   * mapping. */
  span = pad ? flen + ((pad + page_size - 1) & ~(page_size - 1)) : flen;
  if(span > flen) {
    /* zero pages after the file's: reserve the whole span, then map the
     * file over its start (the kernel zeroes the end of its last page) */
    p = mmap(NULL, span, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if(p == MAP_FAILED)
      return -1;
    if(mmap(p, flen, PROT_READ, MAP_PRIVATE | MAP_FIXED, fd, 0) ==
       MAP_FAILED) {
      munmap(p, span);
      return -1;
    }
  }
  else {
    p = mmap(NULL, span, PROT_READ, MAP_PRIVATE, fd, 0);
    if(p == MAP_FAILED)
      return -1;
  }
  (void)madvise(p, (size_t)len, MADV_SEQUENTIAL);
  m->slot = enter(p, span);
  if(m->slot < 0) {
    munmap(p, span);
    return -1;
  }
  m->data = p;
  m->len = (size_t)len;
  m->span = span;
  m->fd = fd;
  return 0;
}

int zd_map_open(struct zd_map *m, int fd, uint64_t len)
{
  return zd_map_open_pad(m, fd, len, 0);
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

void zd_map_release(const struct zd_map *m, uint64_t from, uint64_t to)
{
  uint64_t a = (from + page_size - 1) & ~(uint64_t)(page_size - 1);
  uint64_t b = (to > m->len ? m->len : to) & ~(uint64_t)(page_size - 1);
  if(!m->data || b <= a)
    return;
  (void)madvise((char *)m->data + a, (size_t)(b - a), MADV_DONTNEED);
}

int zd_map_cut(const struct zd_map *m, uint64_t *cut_at)
{
  struct stat sb;
  uint64_t at = m->len;
  if(!m->data)
    return 0;
  if(atomic_load(&live[m->slot].cut_at) < at)
    at = atomic_load(&live[m->slot].cut_at);
  /* Cut inside its last page, a file raises no SIGBUS: it reads zeros. */
  if(fstat(m->fd, &sb) == 0 && (uint64_t)sb.st_size < at)
    at = (uint64_t)sb.st_size;
  if(at >= m->len)
    return 0;
  if(cut_at)
    *cut_at = at;
  return -1;
}

int zd_map_close(struct zd_map *m, uint64_t *cut_at)
{
  int cut;
  if(!m->data)
    return 0;
  cut = zd_map_cut(m, cut_at);
  /* out of the table before the range is unmapped: once unmapped, another
   * thread's mmap may be given the same addresses, and the handler, still
   * finding this entry, would lay zeros over that mapping by this span */
  leave(m->slot);
  munmap((void *)m->data, m->span);
  memset(m, 0, sizeof(*m));
  m->slot = -1;
  return cut;
}
