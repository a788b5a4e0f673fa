/* SPDX-License-Identifier: MIT
 * lazylib.c — loading a shared library on first use (see lazylib.h). */
#include "core/lazylib.h"
#include "core/msgs.h"

#include <dlfcn.h>
#include <stdlib.h>

void *zd_lazylib_sym(struct zd_lazylib *lib, const char *name)
{
  void *p;
  if(!lib->handle) {
    /* RTLD_LOCAL: its symbols stay its own; RTLD_NOW: a broken install
     * is found here, not in the middle of a run */
    if(!(lib->handle = dlopen(lib->soname, RTLD_NOW | RTLD_LOCAL))) {
      zd_errorf("this command needs %s, which cannot be loaded (%s); "
                "install the %s package", lib->soname, dlerror(),
                lib->package);
      exit(1);
    }
    if(lib->loaded)
      lib->loaded();
  }
  if(!(p = dlsym(lib->handle, name))) {
    zd_errorf("%s has no %s (%s); install a current %s package",
              lib->soname, name, dlerror(), lib->package);
    exit(1);
  }
  return p;
}
