# Strict warnings for goalsmith's own targets; errors when GOALSMITH_WARNINGS_AS_ERRORS is ON
# (as in CI).
function(goalsmith_set_warnings target)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE
      -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
      -Woverloaded-virtual -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough -Wundef)
    if(GOALSMITH_WARNINGS_AS_ERRORS)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  elseif(MSVC)
    target_compile_options(${target} PRIVATE /W4 $<$<BOOL:${GOALSMITH_WARNINGS_AS_ERRORS}>:/WX>)
  endif()
endfunction()

# Same for targets written in C (the C ABI test, the C example).
function(goalsmith_set_c_warnings target)
  if(CMAKE_C_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
      -Wstrict-prototypes -Wmissing-prototypes)
    if(GOALSMITH_WARNINGS_AS_ERRORS)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  endif()
endfunction()
