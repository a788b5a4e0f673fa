/* SPDX-License-Identifier: MIT
 * test_mapfile.c — src/core/mapfile.c: a mapped file reads as the file,
 * pages given back read the same again, and a file cut short while
 * mapped reads zeros past its new end (no SIGBUS) and is reported cut,
 * at the right offset — the lowest page that faulted, even when two
 * threads fault at once and the file grows back before it is closed;
 * several files stay mapped at once, each cut on its own; a mapping is
 * refused for an empty file, and past ZD_MAP_MAX at once. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/mapfile.h"

enum { LEN = 1 << 20 };

/* A temporary file of LEN bytes, byte i == 'a' + i % 26; open for reading. */
static int make_file(char *path)
{
  char *data = malloc(LEN);
  int fd;
  strcpy(path, "/tmp/zd-mapfile-XXXXXX");
  fd = mkstemp(path);
  assert_true(fd >= 0);
  for(size_t i = 0; i < LEN; i++)
    data[i] = (char)('a' + i % 26);
  assert_int_equal(write(fd, data, LEN), LEN);
  free(data);
  return fd;
}

static void test_reads_the_file(void **state)
{
  char path[64];
  int fd = make_file(path);
  struct zd_map m;
  uint64_t cut_at = 7;
  (void)state;
  assert_int_equal(zd_map_open(&m, fd, LEN), 0);
  assert_int_equal(m.len, LEN);
  for(size_t i = 0; i < LEN; i += 4093)
    assert_int_equal(m.data[i], 'a' + i % 26);
  zd_map_drop(&m, LEN / 2 + 100);   /* whole pages below only */
  assert_int_equal(m.dropped % 4096, 0);
  assert_true(m.dropped <= LEN / 2 + 100 && m.dropped > LEN / 2 - 4096);
  assert_int_equal(m.data[10], 'a' + 10 % 26);   /* refaults the same */
  assert_int_equal(m.data[LEN - 1], 'a' + (LEN - 1) % 26);
  assert_int_equal(zd_map_close(&m, &cut_at), 0);
  assert_int_equal(cut_at, 7);   /* untouched when not cut */
  unlink(path);
  close(fd);
}

static void test_cut_while_mapped(void **state)
{
  char path[64];
  int fd = make_file(path);
  struct zd_map m;
  uint64_t cut_at = 0;
  unsigned long sum = 0;
  (void)state;
  assert_int_equal(zd_map_open(&m, fd, LEN), 0);
  assert_int_equal(m.data[0], 'a');
  assert_int_equal(truncate(path, 40000), 0);   /* mid-page */
  for(size_t i = 0; i < LEN; i++)   /* would die of SIGBUS past 40960 */
    sum += (unsigned char)m.data[i];
  assert_int_equal(m.data[39999], 'a' + 39999 % 26);
  assert_int_equal(m.data[40000], 0);   /* the kernel's zeros in the page */
  assert_int_equal(m.data[LEN - 1], 0);  /* ours after it */
  assert_true(sum > 0);
  assert_int_equal(zd_map_close(&m, &cut_at), -1);
  assert_int_equal(cut_at, 40000);
  /* The handler is gone with the mapping, and a new one works. */
  assert_int_equal(zd_map_open(&m, fd, 40000), 0);
  assert_int_equal(m.data[39999], 'a' + 39999 % 26);
  assert_int_equal(zd_map_close(&m, NULL), 0);
  unlink(path);
  close(fd);
}

struct reader { const char *data; size_t from, to; unsigned long sum; };

/* Reads [from, to) backwards, a page at a time: the highest page faults
 * first, so a cut offset kept by "last writer wins" would come out high. */
static void *read_back(void *arg)
{
  struct reader *r = arg;
  for(size_t i = r->to; i-- > r->from;)
    r->sum += (unsigned char)r->data[i];
  return NULL;
}

static void test_cut_lowest_page_from_two_threads(void **state)
{
  char path[64];
  int fd = make_file(path);
  struct zd_map m;
  uint64_t cut_at = 0;
  pthread_t t[2];
  struct reader r[2];
  (void)state;
  assert_int_equal(zd_map_open(&m, fd, LEN), 0);
  assert_int_equal(truncate(path, 40000), 0);
  r[0] = (struct reader){m.data, 0, LEN / 2, 0};
  r[1] = (struct reader){m.data, LEN / 2, LEN, 0};
  for(int i = 0; i < 2; i++)
    assert_int_equal(pthread_create(&t[i], NULL, read_back, &r[i]), 0);
  for(int i = 0; i < 2; i++)
    assert_int_equal(pthread_join(t[i], NULL), 0);
  assert_int_equal(r[1].sum, 0);   /* all past the cut: zeros */
  assert_true(r[0].sum > 0);
  /* Grown back before the close, the file's size no longer tells where
   * the zeros began: only the handler's record does. The page holding
   * byte 40000 read the kernel's zeros without a fault, so the first
   * page that faulted starts at 40960. */
  assert_int_equal(ftruncate(fd, LEN), 0);
  assert_int_equal(zd_map_close(&m, &cut_at), -1);
  assert_int_equal(cut_at, 40960);
  unlink(path);
  close(fd);
}

/* Two files mapped at once, one padded with zeros; cutting one is seen by
 * zd_map_cut on that one only, while both stay mapped. */
static void test_two_at_once(void **state)
{
  char path[64], path2[64];
  int fd = make_file(path), fd2 = make_file(path2);
  struct zd_map a, b;
  uint64_t cut_at = 0;
  unsigned long sum = 0;
  (void)state;
  assert_int_equal(zd_map_open_pad(&a, fd, 4096, 64), 0);   /* a whole page */
  assert_int_equal(zd_map_open(&b, fd2, LEN), 0);
  assert_int_equal(a.data[4095], 'a' + 4095 % 26);
  for(size_t i = 4096; i < 4096 + 64; i++)
    assert_int_equal(a.data[i], 0);
  assert_true(a.span >= 4096 + 64);
  assert_int_equal(truncate(path2, 40000), 0);
  for(size_t i = 0; i < LEN; i++)
    sum += (unsigned char)b.data[i];
  assert_true(sum > 0);
  assert_int_equal(zd_map_cut(&a, &cut_at), 0);
  assert_int_equal(zd_map_cut(&b, &cut_at), -1);
  assert_int_equal(cut_at, 40000);
  zd_map_release(&a, 0, 4096);
  assert_int_equal(a.data[5], 'a' + 5);   /* read again from the file */
  assert_int_equal(zd_map_close(&b, NULL), -1);
  assert_int_equal(zd_map_close(&a, NULL), 0);
  unlink(path);
  unlink(path2);
  close(fd);
  close(fd2);
}

/* Past the file's last page the padding stays zeros when the file grows
 * while mapped: a parser that runs to the first NUL after the file's end
 * finds one inside the mapping. (The rest of that last page is the
 * file's: a MAP_PRIVATE page shows what is written there later.) */
static void test_padding_stays_zero(void **state)
{
  char path[64] = "/tmp/zd-mapfile-XXXXXX", more[8192];
  int fd = mkstemp(path);
  size_t pg = (size_t)sysconf(_SC_PAGESIZE), i = 100;
  struct zd_map m;
  (void)state;
  assert_true(fd >= 0 && pg <= sizeof(more));
  memset(more, 'x', sizeof(more));
  assert_int_equal(write(fd, more, 100), 100);
  assert_int_equal(zd_map_open_pad(&m, fd, 100, 64), 0);
  for(size_t k = 100; k < 164; k++)
    assert_int_equal(m.data[k], 0);
  /* another process appends to the file, past its last page */
  assert_int_equal(pwrite(fd, more, pg, 100), (ssize_t)pg);
  while(i < m.span && m.data[i])
    i++;
  assert_true(i < m.span);
  assert_true(m.span >= 100 + 64);
  zd_map_close(&m, NULL);
  unlink(path);
  close(fd);
}

static void test_refused(void **state)
{
  char path[64];
  int fd = make_file(path);
  static struct zd_map ms[ZD_MAP_MAX + 1];
  struct zd_map m;
  (void)state;
  assert_int_equal(zd_map_open(&m, fd, 0), -1);
  assert_null(m.data);
  /* up to ZD_MAP_MAX at once, then refused (the caller reads instead) */
  for(int i = 0; i < ZD_MAP_MAX; i++)
    assert_int_equal(zd_map_open(&ms[i], fd, LEN), 0);
  assert_int_equal(zd_map_open(&ms[ZD_MAP_MAX], fd, LEN), -1);
  assert_int_equal(ms[ZD_MAP_MAX - 1].data[LEN - 1], 'a' + (LEN - 1) % 26);
  for(int i = 0; i <= ZD_MAP_MAX; i++)   /* the last was never opened */
    assert_int_equal(zd_map_close(&ms[i], NULL), 0);
  unlink(path);
  close(fd);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_reads_the_file),
    cmocka_unit_test(test_cut_while_mapped),
    cmocka_unit_test(test_cut_lowest_page_from_two_threads),
    cmocka_unit_test(test_two_at_once),
    cmocka_unit_test(test_padding_stays_zero),
    cmocka_unit_test(test_refused),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
