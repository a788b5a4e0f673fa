# zd_lazy_library(PREFIX) — for a library zdaudit loads on first use
# (src/core/lazylib.h) instead of linking it: reads the soname off the
# file pkg-config found (PREFIX_LINK_LIBRARIES) and asks dpkg which
# package holds it, into PREFIX_SONAME and PREFIX_PACKAGE (also used as
# the .deb's dependencies, which dpkg-shlibdeps cannot see).
function(zd_lazy_library prefix fallback_soname fallback_package)
  set(soname ${fallback_soname})
  set(package ${fallback_package})
  list(GET ${prefix}_LINK_LIBRARIES 0 lib)
  if(lib)
    get_filename_component(real "${lib}" REALPATH)
    get_filename_component(dir "${real}" DIRECTORY)
    execute_process(COMMAND objdump -p "${real}" OUTPUT_VARIABLE dump
                    ERROR_QUIET RESULT_VARIABLE rc)
    if(rc EQUAL 0 AND dump MATCHES "SONAME +([^ \n]+)")
      set(soname ${CMAKE_MATCH_1})
    endif()
    execute_process(COMMAND dpkg-query -S "${dir}/${soname}"
                    OUTPUT_VARIABLE owner ERROR_QUIET RESULT_VARIABLE rc)
    if(rc EQUAL 0 AND owner MATCHES "^([^:, \n]+)")
      set(package ${CMAKE_MATCH_1})
    endif()
  endif()
  set(${prefix}_SONAME ${soname} PARENT_SCOPE)
  set(${prefix}_PACKAGE ${package} PARENT_SCOPE)
  message(STATUS "${prefix}: loaded on first use from ${soname} (${package})")
endfunction()
