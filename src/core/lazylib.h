/* SPDX-License-Identifier: MIT
 * lazylib.h — a shared library loaded the first time one of its functions
 * is called, not at start-up. libcurl brings 40 shared objects and
 * libarchive 11; mapping and relocating them cost ~9 ms of every start,
 * although only collect/doctor/assess --subdomain use the network and
 * only evidence/verify pack archives. The parts that use such a library
 * define the functions they call with ZD_LAZY_FN / ZD_LAZY_VOID (one line
 * each, same names and prototypes as the library's header), and each
 * forwards to the real function found with dlsym. Not for threads: the
 * first call of each function must not race (collect and evidence run
 * their library calls on one thread). */
#ifndef ZD_CORE_LAZYLIB_H
#define ZD_CORE_LAZYLIB_H

struct zd_lazylib {
  const char *soname;   /* e.g. "libcurl.so.4" (from the build) */
  const char *package;  /* the Debian package to install when missing */
  void (*loaded)(void); /* called once after loading, or NULL */
  void *handle;
};

/* The address of 'name' in 'lib', loading 'lib' on first use. When the
 * library or the symbol cannot be found, says which package to install
 * and exits with status 1: the command cannot do anything without it. */
void *zd_lazylib_sym(struct zd_lazylib *lib, const char *name);

/* Defines 'ret name params' forwarding 'args' to the library's 'name'. */
#define ZD_LAZY_FN(lib, ret, name, params, args)                           \
  ret name params                                                          \
  {                                                                        \
    static ret (*fn) params;                                               \
    if(!fn)                                                                \
      *(void **)(&fn) = zd_lazylib_sym(&(lib), #name);                     \
    return fn args;                                                        \
  }
#define ZD_LAZY_VOID(lib, name, params, args)                              \
  void name params                                                         \
  {                                                                        \
    static void (*fn) params;                                              \
    if(!fn)                                                                \
      *(void **)(&fn) = zd_lazylib_sym(&(lib), #name);                     \
    fn args;                                                               \
  }

#endif
