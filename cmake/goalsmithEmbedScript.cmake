# Script mode helper of goalsmithEmbed.cmake: writes OUT, a C++ file defining
# goalsmith::packs::embedded_packs() over the JSON FILES for LOCALES.
set(body "// Generated from the built-in pack JSON by cmake/goalsmithEmbedScript.cmake. Do not edit.\n")
string(APPEND body "#include \"packs/embedded.hpp\"\n\nnamespace goalsmith::packs {\nnamespace {\n")
set(table "")
set(index 0)
foreach(locale file IN ZIP_LISTS LOCALES FILES)
  # Drop the indentation of the pretty-printed source: it is a sizeable share of the bytes the
  # JSON parser reads when the pack is compiled. Strings in a pack never hold a raw line
  # break, so only whitespace between tokens is removed.
  file(READ "${file}" text)
  string(REGEX REPLACE "\n[ ]*" "" text "${text}")
  file(WRITE "${OUT}.min.json" "${text}")
  file(READ "${OUT}.min.json" hex HEX)
  file(REMOVE "${OUT}.min.json")
  string(LENGTH "${hex}" hex_length)
  math(EXPR size "${hex_length} / 2")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
  string(REGEX REPLACE "(0x[0-9a-f][0-9a-f],0x[0-9a-f][0-9a-f],0x[0-9a-f][0-9a-f],0x[0-9a-f][0-9a-f],0x[0-9a-f][0-9a-f],0x[0-9a-f][0-9a-f],0x[0-9a-f][0-9a-f],0x[0-9a-f][0-9a-f],0x[0-9a-f][0-9a-f],0x[0-9a-f][0-9a-f],0x[0-9a-f][0-9a-f],0x[0-9a-f][0-9a-f],0x[0-9a-f][0-9a-f],0x[0-9a-f][0-9a-f],0x[0-9a-f][0-9a-f],0x[0-9a-f][0-9a-f])" "\\1\n" bytes "${bytes}")
  string(APPEND body "const unsigned char pack_${index}[] = {\n${bytes}0x00};\n")
  string(APPEND table "    {\"${locale}\", std::string_view(reinterpret_cast<const char*>(pack_${index}), ${size})},\n")
  math(EXPR index "${index} + 1")
endforeach()
string(APPEND body "const EmbeddedPack packs[] = {\n${table}};\n}  // namespace\n\n")
string(APPEND body "std::vector<EmbeddedPack> embedded_packs() {\n  return {std::begin(packs), std::end(packs)};\n}\n\n}  // namespace goalsmith::packs\n")
file(WRITE "${OUT}.tmp" "${body}")
file(RENAME "${OUT}.tmp" "${OUT}")
