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

# --- Boost
if(NOT GOALSMITH_BOOST_INCLUDE_DIR)
  find_package(Boost 1.81 CONFIG QUIET)
  if(Boost_FOUND)
    target_link_libraries(goalsmith_private_deps INTERFACE Boost::headers)
    message(STATUS "goalsmith: Boost ${Boost_VERSION} from ${Boost_DIR}")
  else()
    _goalsmith_python_package_include(boost_headers _gs_boost_dir)
    if(_gs_boost_dir)
      set(GOALSMITH_BOOST_INCLUDE_DIR "${_gs_boost_dir}")
    endif()
  endif()
endif()
if(GOALSMITH_BOOST_INCLUDE_DIR)
  if(NOT EXISTS "${GOALSMITH_BOOST_INCLUDE_DIR}/boost/version.hpp")
    message(FATAL_ERROR "goalsmith: no boost/version.hpp under ${GOALSMITH_BOOST_INCLUDE_DIR}")
  endif()
  file(STRINGS "${GOALSMITH_BOOST_INCLUDE_DIR}/boost/version.hpp" _gs_boost_version_line
       REGEX "^#define BOOST_VERSION [0-9]+")
  string(REGEX MATCH "[0-9]+" _gs_boost_version "${_gs_boost_version_line}")
  if(_gs_boost_version LESS 108100)
    message(FATAL_ERROR "goalsmith: Boost >= 1.81 is required, found BOOST_VERSION ${_gs_boost_version}")
  endif()
  target_include_directories(goalsmith_private_deps SYSTEM INTERFACE "${GOALSMITH_BOOST_INCLUDE_DIR}")
  message(STATUS "goalsmith: Boost headers (${_gs_boost_version}) from ${GOALSMITH_BOOST_INCLUDE_DIR}")
elseif(NOT Boost_FOUND)
  message(FATAL_ERROR "goalsmith: Boost >= 1.81 headers not found. Install Debian's libboost1.81-dev, "
                      "`pip install boost-headers`, or set GOALSMITH_BOOST_INCLUDE_DIR.")
endif()

# --- nlohmann/json
if(NOT GOALSMITH_NLOHMANN_JSON_INCLUDE_DIR)
  find_package(nlohmann_json 3.10 CONFIG QUIET)
  if(nlohmann_json_FOUND)
    target_link_libraries(goalsmith_private_deps INTERFACE nlohmann_json::nlohmann_json)
    message(STATUS "goalsmith: nlohmann_json ${nlohmann_json_VERSION} from ${nlohmann_json_DIR}")
  else()
    _goalsmith_python_package_include(nlohmann_json _gs_json_dir)
    if(_gs_json_dir)
      set(GOALSMITH_NLOHMANN_JSON_INCLUDE_DIR "${_gs_json_dir}")
    endif()
  endif()
endif()
if(GOALSMITH_NLOHMANN_JSON_INCLUDE_DIR)
  if(NOT EXISTS "${GOALSMITH_NLOHMANN_JSON_INCLUDE_DIR}/nlohmann/json.hpp")
    message(FATAL_ERROR "goalsmith: no nlohmann/json.hpp under ${GOALSMITH_NLOHMANN_JSON_INCLUDE_DIR}")
  endif()
  target_include_directories(goalsmith_private_deps SYSTEM INTERFACE "${GOALSMITH_NLOHMANN_JSON_INCLUDE_DIR}")
  message(STATUS "goalsmith: nlohmann/json headers from ${GOALSMITH_NLOHMANN_JSON_INCLUDE_DIR}")
elseif(NOT nlohmann_json_FOUND)
  message(FATAL_ERROR "goalsmith: nlohmann/json headers not found. Install Debian's nlohmann-json3-dev, "
                      "`pip install nlohmann-json`, or set GOALSMITH_NLOHMANN_JSON_INCLUDE_DIR.")
endif()
