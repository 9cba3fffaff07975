# Finds the header-only build dependencies (Boost >= 1.81 for Regex and Date_Time, nlohmann/json)
# and gathers them in the INTERFACE target goalsmith_private_deps.
#
# Order: an explicit GOALSMITH_BOOST_INCLUDE_DIR / GOALSMITH_NLOHMANN_JSON_INCLUDE_DIR; an
# installed CMake package (Debian's libboost1.81-dev, nlohmann-json3-dev); the headers of the
# PyPI packages boost-headers and nlohmann-json in the Python that runs the build (this is how
# `pip install .` works on a machine without any -dev package).

set(GOALSMITH_BOOST_INCLUDE_DIR "" CACHE PATH "Directory holding boost/ (overrides the search)")
set(GOALSMITH_NLOHMANN_JSON_INCLUDE_DIR "" CACHE PATH "Directory holding nlohmann/json.hpp (overrides the search)")

add_library(goalsmith_private_deps INTERFACE)

function(_goalsmith_python_package_include package out_var)
  if(NOT Python_EXECUTABLE)
    find_package(Python COMPONENTS Interpreter QUIET)
  endif()
  if(NOT Python_EXECUTABLE)
    return()
  endif()
  # Both packages keep their headers in <package>/include; asking the package for the path of
  # its module avoids depending on their get_include() helpers' own imports.
  execute_process(
    COMMAND "${Python_EXECUTABLE}" -c
      "import importlib.util, os, sys; s = importlib.util.find_spec(sys.argv[1]); print(os.path.join(os.path.dirname(s.origin), 'include') if s else '')"
      "${package}"
    OUTPUT_VARIABLE dir OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET RESULT_VARIABLE rc)
  if(rc EQUAL 0 AND dir AND EXISTS "${dir}")
    set(${out_var} "${dir}" PARENT_SCOPE)
  endif()
endfunction()

# One header-only dependency: an explicit include dir (cache variable <dir_var>), else the CMake
# package <package> (linking <target>), else the headers of PyPI package <pypi_module>. The
# header <probe> must exist under an include dir that is used. Sets <out_prefix>_INCLUDE_DIR in
# the caller when an include dir (not a CMake target) was chosen.
function(_goalsmith_header_dependency)
  cmake_parse_arguments(DEP "" "NAME;DIR_VAR;PACKAGE;VERSION;TARGET;PYPI_MODULE;PROBE;HINT" "" ${ARGN})
  set(dir "${${DEP_DIR_VAR}}")
  if(NOT dir)
    find_package(${DEP_PACKAGE} ${DEP_VERSION} CONFIG QUIET)
    if(${DEP_PACKAGE}_FOUND)
      target_link_libraries(goalsmith_private_deps INTERFACE ${DEP_TARGET})
      message(STATUS "goalsmith: ${DEP_NAME} ${${DEP_PACKAGE}_VERSION} from ${${DEP_PACKAGE}_DIR}")
      return()
    endif()
    _goalsmith_python_package_include(${DEP_PYPI_MODULE} dir)
  endif()
  if(NOT dir)
    message(FATAL_ERROR "goalsmith: ${DEP_NAME} >= ${DEP_VERSION} headers not found. ${DEP_HINT}, "
                        "`pip install ${DEP_PYPI_MODULE}`, or set ${DEP_DIR_VAR}.")
  endif()
  if(NOT EXISTS "${dir}/${DEP_PROBE}")
    message(FATAL_ERROR "goalsmith: no ${DEP_PROBE} under ${dir}")
  endif()
  target_include_directories(goalsmith_private_deps SYSTEM INTERFACE "${dir}")
  message(STATUS "goalsmith: ${DEP_NAME} headers from ${dir}")
  set(${DEP_DIR_VAR} "${dir}" PARENT_SCOPE)
endfunction()

_goalsmith_header_dependency(NAME Boost DIR_VAR GOALSMITH_BOOST_INCLUDE_DIR
  PACKAGE Boost VERSION 1.81 TARGET Boost::headers PYPI_MODULE boost_headers
  PROBE boost/version.hpp HINT "Install Debian's libboost1.81-dev")
if(GOALSMITH_BOOST_INCLUDE_DIR)
  # The CMake package checks its own version; plain headers are checked here.
  file(STRINGS "${GOALSMITH_BOOST_INCLUDE_DIR}/boost/version.hpp" _gs_boost_version_line
       REGEX "^#define BOOST_VERSION [0-9]+")
  string(REGEX MATCH "[0-9]+" _gs_boost_version "${_gs_boost_version_line}")
  if(_gs_boost_version LESS 108100)
    message(FATAL_ERROR "goalsmith: Boost >= 1.81 is required, found BOOST_VERSION ${_gs_boost_version}")
  endif()
endif()

_goalsmith_header_dependency(NAME nlohmann/json DIR_VAR GOALSMITH_NLOHMANN_JSON_INCLUDE_DIR
  PACKAGE nlohmann_json VERSION 3.10 TARGET nlohmann_json::nlohmann_json PYPI_MODULE nlohmann_json
  PROBE nlohmann/json.hpp HINT "Install Debian's nlohmann-json3-dev")
