// Shared pieces of the `goalsmith` command line (see cli_support.hpp).
#include "cli_support.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <istream>
#include <iterator>
#include <ostream>
#include <sstream>
#include <utility>

namespace goalsmith::cli {

using nlohmann::json;

void print_error(std::ostream& err, std::string_view message) {
  err << "goalsmith: error: " << message << '\n';
}

// ------------------------------------------------------------------ arguments

std::optional<std::string> Parsed::value(const std::string& name) const {
  const auto it = values.find(name);
  if (it == values.end() || it->second.empty()) return std::nullopt;
  return it->second.back();
}

bool Parsed::flag(std::string_view name) const {
  return std::find(flags.begin(), flags.end(), name) != flags.end();
}

namespace {

Date parse_date_option(const std::string& value, const std::string& command) {
  try {
    return Date::from_iso(value);
  } catch (const Error& e) {
    throw UsageError{"--today: " + std::string(e.what()), command};
  }
}

}  // namespace

Parsed parse_args(const Arguments& args, std::size_t first, const std::string& command,
                  const std::vector<std::string_view>& allowed, bool takes_words,
                  const std::vector<std::string_view>& flags) {
  Parsed p;
  bool options_done = false;
  for (std::size_t i = first; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (options_done || a.size() < 2 || a[0] != '-') {
      if (!takes_words) throw UsageError{"unexpected argument '" + a + "'", command};
      p.words.push_back(a);
      continue;
    }
    if (a == "--") {
      options_done = true;
      continue;
    }
    if (a == "-h" || a == "--help") {
      p.help = true;
      continue;
    }
    std::string name = a;
    std::optional<std::string> value;
    if (const auto eq = a.find('='); a.rfind("--", 0) == 0 && eq != std::string::npos) {
      name = a.substr(0, eq);
      value = a.substr(eq + 1);
    }
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
      throw UsageError{"unknown option '" + name + "'", command};
    }
    if (std::find(flags.begin(), flags.end(), name) != flags.end()) {
      if (value) throw UsageError{"option '" + name + "' takes no value", command};
      if (name == "--json") p.json = true;
      p.flags.push_back(name);
      continue;
    }
    if (!value) {
      if (i + 1 >= args.size()) throw UsageError{"option '" + name + "' needs a value", command};
      value = args[++i];
    }
    if (name == "--today") {
      p.today = parse_date_option(*value, command);
    } else if (name == "--focus") {
      p.focus.push_back(*value);
    } else if (name == "--options") {
      p.options_json = *value;
    }
    p.values[name].push_back(*value);
  }
  return p;
}

std::string join_words(const std::vector<std::string>& words) {
  std::string text;
  for (const std::string& w : words) {
    if (!text.empty()) text += ' ';
    text += w;
  }
  return text;
}

std::string read_file_or_stdin(const std::string& path, std::istream& in) {
  if (path == "-") {
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) throw Error(ErrorCode::io, "cannot read the standard input");
    return text;
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) throw Error(ErrorCode::not_found, "cannot open \"" + path + "\"");
  std::ostringstream buffer;
  buffer << file.rdbuf();
  if (file.bad()) throw Error(ErrorCode::io, "cannot read \"" + path + "\"");
  return buffer.str();
}

std::optional<std::string> unknown_aspect(const Engine& engine,
                                          const std::vector<std::string>& focus) {
  const std::vector<std::string> known = engine.pack().aspect_ids();
  for (const std::string& f : focus) {
    if (std::find(known.begin(), known.end(), f) == known.end()) return f;
  }
  return std::nullopt;
}

std::string known_aspects_list(const Engine& engine) {
  std::string list;
  for (const std::string& id : engine.pack().aspect_ids()) {
    if (!list.empty()) list += ", ";
    list += id;
  }
  return list;
}

// ------------------------------------------------------------------ readable output

std::size_t display_width(std::string_view s) {
  std::size_t n = 0;
  for (const char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) ++n;
  }
  return n;
}

std::string pad(std::string_view s, std::size_t width) {
  std::string r(s);
  for (std::size_t w = display_width(s); w < width; ++w) r += ' ';
  return r;
}

std::string fixed2(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", x);
  return buf;
}

std::string in_quotes(std::string_view s) { return "\"" + std::string(s) + "\""; }

// ------------------------------------------------------------------ batch lines

void schema_error(const std::string& message, const std::string& where) {
  throw LineError{ErrorCode::json_schema, message, where};
}

void allow_keys(const json& line, std::initializer_list<std::string_view> allowed,
                const std::string& expected) {
  for (const auto& item : line.items()) {
    const std::string& key = item.key();
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
      schema_error("unknown key \"" + key + "\" (expected " + expected + ")", "/" + key);
    }
  }
}

std::string line_text(const json& line) {
  const auto text = line.find("text");
  if (text == line.end()) schema_error("missing required key \"text\"", "/text");
  if (!text->is_string()) schema_error("\"text\" must be a string", "/text");
  return text->get<std::string>();
}

std::optional<Date> line_today(const json& line, std::optional<Date> fallback) {
  if (const auto t = line.find("today"); t != line.end() && !t->is_null()) {
    if (!t->is_string()) schema_error("\"today\" must be a string YYYY-MM-DD", "/today");
    try {
      return Date::from_iso(t->get<std::string>());
    } catch (const Error& e) {
      throw LineError{e.code(), e.what(), "/today"};
    }
  }
  return fallback;
}

std::string line_document(const json& line, const std::string& key) {
  const auto value = line.find(key);
  if (value == line.end()) schema_error("missing required key \"" + key + "\"", "/" + key);
  if (!value->is_object()) schema_error("\"" + key + "\" must be an object", "/" + key);
  return value->dump();
}

}  // namespace goalsmith::cli
