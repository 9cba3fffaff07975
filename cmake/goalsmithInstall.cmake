# Install rules: the library, its public headers (C++ and C), the CMake package
# (goalsmithConfig.cmake, SameMajorVersion) and goalsmith.pc.
#
# Components: `runtime` holds what a program needs to run (the shared library); `development`
# holds headers, the static library / namelink, CMake files and pkg-config file. The Python
# wheel installs neither (it uses its own component).
include(CMakePackageConfigHelpers)

option(GOALSMITH_INSTALL_DOCS "Install docs/ to the documentation directory" OFF)
set(GOALSMITH_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/goalsmith"
    CACHE STRING "Where to install goalsmithConfig.cmake (relative to the prefix)")
mark_as_advanced(GOALSMITH_INSTALL_CMAKEDIR)

install(TARGETS goalsmith
  EXPORT goalsmithTargets
  RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}" COMPONENT runtime
  LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}" COMPONENT runtime
          NAMELINK_COMPONENT development
  ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}" COMPONENT development)
# (No INCLUDES DESTINATION: the target's $<INSTALL_INTERFACE:include> already says it.)

# Every public C++ header (including the inline nlohmann bridge json.hpp, which a consumer only
# compiles if it includes it and has nlohmann/json itself).
install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/goalsmith/"
  DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}/goalsmith"
  COMPONENT development
  FILES_MATCHING PATTERN "*.hpp")
install(FILES "${PROJECT_SOURCE_DIR}/capi/goalsmith.h"
  DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}"
  COMPONENT development)

# Boost and nlohmann/json reach only goalsmith_objects (header-only, at build time), so the export
# names neither; the install test checks it. A static library still carries its PRIVATE link to
# Threads::Threads as $<LINK_ONLY:...>, hence find_dependency(Threads) in the config file.
install(EXPORT goalsmithTargets
  NAMESPACE goalsmith::
  DESTINATION "${GOALSMITH_INSTALL_CMAKEDIR}"
  COMPONENT development)

if(BUILD_SHARED_LIBS)
  set(GOALSMITH_CONFIG_STATIC OFF)
else()
  set(GOALSMITH_CONFIG_STATIC ON)
endif()
configure_package_config_file(
  "${CMAKE_CURRENT_LIST_DIR}/goalsmithConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/goalsmithConfig.cmake"
  INSTALL_DESTINATION "${GOALSMITH_INSTALL_CMAKEDIR}")
# 0.x releases follow the same rule: a consumer asking for 0.1 accepts 0.2 only if the major
# version matches, which for 0.x is the same promise the SOVERSION makes.
write_basic_package_version_file(
  "${PROJECT_BINARY_DIR}/goalsmithConfigVersion.cmake"
  VERSION "${PROJECT_VERSION}"
  COMPATIBILITY SameMajorVersion)
install(FILES
    "${PROJECT_BINARY_DIR}/goalsmithConfig.cmake"
    "${PROJECT_BINARY_DIR}/goalsmithConfigVersion.cmake"
  DESTINATION "${GOALSMITH_INSTALL_CMAKEDIR}"
  COMPONENT development)

# pkg-config. Paths are written relative to ${prefix} when they lie under the install prefix,
# so the installed tree can be moved (and `cmake --install --prefix` gives a correct file).
function(_goalsmith_pc_dir var dir)
  if(IS_ABSOLUTE "${dir}")
    set(${var} "${dir}" PARENT_SCOPE)
  else()
    set(${var} "\${prefix}/${dir}" PARENT_SCOPE)
  endif()
endfunction()
_goalsmith_pc_dir(GOALSMITH_PC_LIBDIR "${CMAKE_INSTALL_LIBDIR}")
_goalsmith_pc_dir(GOALSMITH_PC_INCLUDEDIR "${CMAKE_INSTALL_INCLUDEDIR}")
if(BUILD_SHARED_LIBS)
  set(GOALSMITH_PC_LIBS_PRIVATE "")
  set(GOALSMITH_PC_CFLAGS "")
else()
  # A static libgoalsmith needs the C++ runtime and threads of whoever links it; a C program
  # linking it through pkg-config gets them from Libs.private (`pkg-config --static`) or, for
  # the C++ runtime, from its linker driver.
  set(GOALSMITH_PC_LIBS_PRIVATE "-lstdc++ -lm -lpthread")
  set(GOALSMITH_PC_CFLAGS " -DGOALSMITH_STATIC")
endif()
# The prefix is only known at install time (`cmake --install build --prefix /opt/x`), so the
# file is configured twice: now for everything else, and by the install script for `prefix`.
set(GOALSMITH_PC_PREFIX "@GOALSMITH_PC_PREFIX@")
configure_file("${CMAKE_CURRENT_LIST_DIR}/goalsmith.pc.in" "${PROJECT_BINARY_DIR}/goalsmith.pc.in" @ONLY)
install(CODE "
  set(GOALSMITH_PC_PREFIX \"\${CMAKE_INSTALL_PREFIX}\")
  configure_file(\"${PROJECT_BINARY_DIR}/goalsmith.pc.in\" \"${PROJECT_BINARY_DIR}/goalsmith.pc\" @ONLY)
  " COMPONENT development)
install(FILES "${PROJECT_BINARY_DIR}/goalsmith.pc"
  DESTINATION "${CMAKE_INSTALL_LIBDIR}/pkgconfig"
  COMPONENT development)

if(GOALSMITH_INSTALL_DOCS AND EXISTS "${PROJECT_SOURCE_DIR}/docs")
  install(DIRECTORY "${PROJECT_SOURCE_DIR}/docs/"
    DESTINATION "${CMAKE_INSTALL_DOCDIR}"
    COMPONENT development)
endif()
