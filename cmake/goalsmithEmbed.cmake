# Compiles built-in language packs into the library: each pack's JSON becomes a byte array in a
# generated .cpp, regenerated whenever the JSON changes. The JSON stays the one source of truth
# in src/packs/; no word list is ever written into C++ by hand.
#
#   goalsmith_embed_packs(<out_var> <locale> <json> [<locale> <json> ...])
set(_GOALSMITH_EMBED_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/goalsmithEmbedScript.cmake")

function(goalsmith_embed_packs out_var)
  set(args ${ARGN})
  set(locales "")
  set(files "")
  while(args)
    list(POP_FRONT args locale file)
    list(APPEND locales "${locale}")
    list(APPEND files "${file}")
  endwhile()
  set(out "${CMAKE_CURRENT_BINARY_DIR}/generated/embedded_packs.cpp")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND "${CMAKE_COMMAND}" "-DOUT=${out}" "-DLOCALES=${locales}" "-DFILES=${files}"
            -P "${_GOALSMITH_EMBED_SCRIPT}"
    DEPENDS ${files} "${_GOALSMITH_EMBED_SCRIPT}"
    COMMENT "Embedding built-in language packs: ${locales}"
    VERBATIM)
  set(${out_var} "${out}" PARENT_SCOPE)
endfunction()
