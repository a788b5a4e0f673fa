/* SPDX-License-Identifier: MIT
 * pool.h — an ordered pool of worker threads: jobs run on any worker, in
 * parallel, and each is then finished on the thread that submitted it,
 * in the order of submission. That order is what keeps output made in
 * parallel identical to output made one job after the other (`scan
 * --jobs N` against `--jobs 1`): a job writes into its own buffer while it
 * runs, and its finish appends that buffer to the shared output.
 *
 * With one thread (or none) there are no workers: zd_pool_submit runs
 * the job and finishes it before it returns, on the caller's thread, so
 * `--jobs 1` is the same code with no threads at all.
 *
 * Ownership: zd_pool_new returns a pool freed by zd_pool_free, which
 * finishes what is outstanding first. A job's memory is the caller's: it
 * may be freed in (or after) its finish function. One thread submits. */
#ifndef ZD_CORE_POOL_H
#define ZD_CORE_POOL_H

/* Runs 'job' on worker 'worker' (0 .. zd_pool_workers() - 1: index
 * per-thread state, such as a scanner clone, by it). */
typedef void (*zd_pool_run_fn)(void *job, unsigned worker);
/* Finishes 'job' on the submitting thread, after its run. */
typedef void (*zd_pool_done_fn)(void *job);

struct zd_pool;

/* A pool of 'threads' workers (0 and 1: none, jobs run inline) with up to
 * 'depth' jobs outstanding (submitted and not yet finished; at least
 * 'threads' + 1; 0 picks 4 per thread). Threads that cannot be started
 * leave fewer workers (at worst none), never an error. */
struct zd_pool *zd_pool_new(unsigned threads, unsigned depth);
/* How many scanners (per-worker states) the jobs index: the number of
 * workers, or 1 when jobs run inline. */
unsigned zd_pool_workers(const struct zd_pool *p);
/* Queues 'job': 'run' (may be NULL) on a worker, then 'done' (may be
 * NULL) here, after every job submitted before it. While 'depth' jobs are
 * outstanding, finishes the oldest first (so it may call earlier jobs'
 * 'done' before it returns). */
void zd_pool_submit(struct zd_pool *p, void *job, zd_pool_run_fn run,
                    zd_pool_done_fn done);
/* Finishes every outstanding job, in order. */
void zd_pool_drain(struct zd_pool *p);
/* Drains, stops the workers and frees 'p' (NULL is a no-op). */
void zd_pool_free(struct zd_pool *p);
/* The number of processors this process may run on (its affinity, as
 * taskset sets it; else those online; at least 1): --jobs's default. */
unsigned zd_pool_cores(void);

#endif
