# cmake/install.cmake — installing zdaudit like a Debian tool:
# `cmake --install build --prefix DIR` puts the binary in DIR/bin, the man page
# zdaudit(1) in DIR/share/man/man1, bash and zsh completion where Debian's
# shells look, and the controls (Lua, for reading and --controls-dir) in
# DIR/share/zdaudit/controls. The man page and the completion files are
# generated from the built binary's own --help (tools/mkman.sh,
# tools/mkcompletion.sh), so they cannot drift from it.
# `cpack -G DEB` (in the build directory) makes a .deb whose dependencies
# dpkg-shlibdeps reads from the binary: the runtime libraries only.
include(GNUInstallDirs)

set(ZD_GEN_DIR ${CMAKE_BINARY_DIR}/share)
add_custom_command(
  OUTPUT ${ZD_GEN_DIR}/zdaudit.1
  COMMAND ${CMAKE_COMMAND} -E make_directory ${ZD_GEN_DIR}
  COMMAND sh ${CMAKE_SOURCE_DIR}/tools/mkman.sh $<TARGET_FILE:zdaudit>
          > ${ZD_GEN_DIR}/zdaudit.1
  DEPENDS zdaudit ${CMAKE_SOURCE_DIR}/tools/mkman.sh
  COMMENT "Generating the man page zdaudit(1) from --help")
add_custom_command(
  OUTPUT ${ZD_GEN_DIR}/zdaudit.bash ${ZD_GEN_DIR}/_zdaudit
  COMMAND ${CMAKE_COMMAND} -E make_directory ${ZD_GEN_DIR}
  COMMAND sh ${CMAKE_SOURCE_DIR}/tools/mkcompletion.sh $<TARGET_FILE:zdaudit>
          bash > ${ZD_GEN_DIR}/zdaudit.bash
  COMMAND sh ${CMAKE_SOURCE_DIR}/tools/mkcompletion.sh $<TARGET_FILE:zdaudit>
          zsh > ${ZD_GEN_DIR}/_zdaudit
  DEPENDS zdaudit ${CMAKE_SOURCE_DIR}/tools/mkcompletion.sh
  COMMENT "Generating bash and zsh completion from --help")
add_custom_target(zd_docs ALL DEPENDS ${ZD_GEN_DIR}/zdaudit.1
                  ${ZD_GEN_DIR}/zdaudit.bash ${ZD_GEN_DIR}/_zdaudit)

install(TARGETS zdaudit RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${ZD_GEN_DIR}/zdaudit.1
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${ZD_GEN_DIR}/zdaudit.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME zdaudit)
install(FILES ${ZD_GEN_DIR}/_zdaudit
        DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/controls/
        DESTINATION ${CMAKE_INSTALL_DATADIR}/zdaudit/controls
        FILES_MATCHING PATTERN "*.lua")
install(FILES ${CMAKE_SOURCE_DIR}/README.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_PACKAGE_NAME zdaudit)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "zdaudit maintainers <zdaudit@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "audit a Zendesk account against the HIPAA/HDS minimum security baseline")
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# loaded on first use, so dpkg-shlibdeps cannot see them (core/lazylib.h)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${CURL_PACKAGE}, ${ARCHIVE_PACKAGE}")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS ca-certificates)
set(CPACK_STRIP_FILES ON)
include(CPack)
