/* SPDX-License-Identifier: MIT
 * pool.c — the ordered worker pool (pool.h): a ring of 'depth' slots
 * filled by the submitting thread and taken in order by the workers under
 * one mutex; the submitter finishes slots in ring order as they are run. */
#define _GNU_SOURCE   /* sched_getaffinity, CPU_COUNT */
#include "core/pool.h"
#include "core/alloc.h"

#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <unistd.h>

enum { SLOT_QUEUED, SLOT_RUNNING, SLOT_RUN };

struct slot {
  void *job;
  zd_pool_run_fn run;
  zd_pool_done_fn done;
  int state;
};

struct worker {
  struct zd_pool *p;
  unsigned id;
  pthread_t tid;
};

struct zd_pool {
  pthread_mutex_t mu;
  pthread_cond_t work;      /* a slot was queued, or quit */
  pthread_cond_t ran;       /* a slot was run */
  struct slot *ring;
  unsigned depth;
  unsigned long head;       /* oldest outstanding (not finished) */
  unsigned long next;       /* next to run */
  unsigned long tail;       /* next to submit */
  int quit;
  struct worker *w;
  unsigned nw;
};

static void *worker_main(void *arg)
{
  struct worker *w = arg;
  struct zd_pool *p = w->p;
  pthread_mutex_lock(&p->mu);
  for(;;) {
    struct slot *s;
    while(!p->quit && p->next == p->tail)
      pthread_cond_wait(&p->work, &p->mu);
    if(p->next == p->tail)
      break;   /* quit, and nothing is left */
    s = &p->ring[p->next++ % p->depth];
    s->state = SLOT_RUNNING;
    pthread_mutex_unlock(&p->mu);
    if(s->run)
      s->run(s->job, w->id);
    pthread_mutex_lock(&p->mu);
    s->state = SLOT_RUN;
    pthread_cond_broadcast(&p->ran);
  }
  pthread_mutex_unlock(&p->mu);
  return NULL;
}

unsigned zd_pool_cores(void)
{
  cpu_set_t set;
  long n;
  /* the processors this process may run on (taskset), else all online */
  if(!sched_getaffinity(0, sizeof(set), &set) && CPU_COUNT(&set) > 0)
    return (unsigned)CPU_COUNT(&set);
  n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? (unsigned)n : 1;
}

struct zd_pool *zd_pool_new(unsigned threads, unsigned depth)
{
  struct zd_pool *p = zd_calloc(1, sizeof(*p));
  pthread_mutex_init(&p->mu, NULL);
  pthread_cond_init(&p->work, NULL);
  pthread_cond_init(&p->ran, NULL);
  if(threads <= 1)
    return p;
  if(depth == 0)
    depth = 4 * threads;
  if(depth < threads + 1)
    depth = threads + 1;
  p->depth = depth;
  p->ring = zd_calloc(depth, sizeof(*p->ring));
  p->w = zd_calloc(threads, sizeof(*p->w));
  for(unsigned i = 0; i < threads; i++) {
    p->w[p->nw].p = p;
    p->w[p->nw].id = p->nw;
    if(pthread_create(&p->w[p->nw].tid, NULL, worker_main, &p->w[p->nw]))
      break;   /* fewer workers; with none, jobs run inline */
    p->nw++;
  }
  return p;
}

unsigned zd_pool_workers(const struct zd_pool *p)
{
  return p->nw ? p->nw : 1;
}

/* Waits for the oldest outstanding slot to be run and finishes it. */
static void finish_oldest(struct zd_pool *p)
{
  struct slot *s, copy;
  pthread_mutex_lock(&p->mu);
  s = &p->ring[p->head % p->depth];
  while(s->state != SLOT_RUN)
    pthread_cond_wait(&p->ran, &p->mu);
  copy = *s;
  pthread_mutex_unlock(&p->mu);
  if(copy.done)
    copy.done(copy.job);
  /* only this thread moves 'head' and refills the slot */
  pthread_mutex_lock(&p->mu);
  p->head++;
  pthread_mutex_unlock(&p->mu);
}

/* 1 when the oldest outstanding slot has been run. */
static int oldest_run(struct zd_pool *p)
{
  int r;
  pthread_mutex_lock(&p->mu);
  r = p->head < p->tail && p->ring[p->head % p->depth].state == SLOT_RUN;
  pthread_mutex_unlock(&p->mu);
  return r;
}

void zd_pool_submit(struct zd_pool *p, void *job, zd_pool_run_fn run,
                    zd_pool_done_fn done)
{
  struct slot *s;
  if(!p->nw) {
    if(run)
      run(job, 0);
    if(done)
      done(job);
    return;
  }
  /* finish what is ready, so output flows while the scan goes on */
  while(oldest_run(p))
    finish_oldest(p);
  while(p->tail - p->head >= p->depth)
    finish_oldest(p);
  pthread_mutex_lock(&p->mu);
  s = &p->ring[p->tail % p->depth];
  s->job = job;
  s->run = run;
  s->done = done;
  s->state = SLOT_QUEUED;
  p->tail++;
  pthread_cond_signal(&p->work);
  pthread_mutex_unlock(&p->mu);
}

void zd_pool_drain(struct zd_pool *p)
{
  if(!p || !p->nw)
    return;
  while(p->head < p->tail)
    finish_oldest(p);
}

void zd_pool_free(struct zd_pool *p)
{
  if(!p)
    return;
  zd_pool_drain(p);
  pthread_mutex_lock(&p->mu);
  p->quit = 1;
  pthread_cond_broadcast(&p->work);
  pthread_mutex_unlock(&p->mu);
  for(unsigned i = 0; i < p->nw; i++)
    pthread_join(p->w[i].tid, NULL);
  pthread_cond_destroy(&p->ran);
  pthread_cond_destroy(&p->work);
  pthread_mutex_destroy(&p->mu);
  free(p->w);
  free(p->ring);
  free(p);
}
