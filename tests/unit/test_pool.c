/* SPDX-License-Identifier: MIT
 * test_pool.c — the ordered worker pool (core/pool.h): every job runs
 * once, on a worker index in range, and is finished on the submitting
 * thread in submission order, whatever order the runs end in; with one
 * thread jobs run inline. No timing: jobs differ in the work they do. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <pthread.h>
#include <stdlib.h>

#include "core/pool.h"

struct job {
  unsigned seq;
  unsigned spins;      /* work, so runs end out of order */
  volatile uint64_t sink;
  int ran;
  unsigned worker;
  pthread_t on;
};

static unsigned finished;        /* jobs finished so far, in order */
static unsigned nworkers;
static pthread_t submitter;

static void run(void *p, unsigned worker)
{
  struct job *j = p;
  uint64_t x = j->seq;
  for(unsigned i = 0; i < j->spins; i++)
    x = x * 6364136223846793005u + 1442695040888963407u;
  j->sink = x;
  j->worker = worker;
  j->ran++;
}

static void done(void *p)
{
  struct job *j = p;
  assert_int_equal(j->ran, 1);
  assert_true(j->worker < nworkers);
  assert_int_equal(j->seq, finished);
  assert_true(pthread_equal(pthread_self(), submitter));
  finished++;
}

static void test_order(void **state)
{
  static const unsigned threads[] = {0, 1, 2, 5};
  enum { N = 2000 };
  static struct job jobs[N];
  (void)state;
  submitter = pthread_self();
  for(size_t t = 0; t < sizeof(threads) / sizeof(threads[0]); t++) {
    struct zd_pool *p = zd_pool_new(threads[t], t == 3 ? 7 : 0);
    nworkers = zd_pool_workers(p);
    assert_int_equal(nworkers, threads[t] > 1 ? threads[t] : 1);
    finished = 0;
    for(unsigned i = 0; i < N; i++) {
      jobs[i] = (struct job){.seq = i, .spins = (i * 7919u) % 20000u};
      zd_pool_submit(p, &jobs[i], run, done);
      if(threads[t] <= 1)   /* inline: finished before submit returns */
        assert_int_equal(finished, i + 1);
    }
    zd_pool_drain(p);
    assert_int_equal(finished, N);
    zd_pool_free(p);
  }
}

int main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_order),
  };
  assert_true(zd_pool_cores() >= 1);
  return cmocka_run_group_tests(tests, NULL, NULL);
}
