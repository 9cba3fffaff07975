#include "packs/json_reader.hpp"

#include <cmath>

#include "text/utf8.hpp"

namespace goalsmith::packs {

namespace {

// nlohmann messages start with "[json.exception.parse_error.101] parse error at line 1,
// column 5: "; keep only the human part (the byte offset is reported separately).
std::string human_part(const char* what) {
  std::string message = what;
  const auto colon = message.find(": ");
  if (colon != std::string::npos) return message.substr(colon + 2);
  const auto bracket = message.find("] ");
  if (message.rfind("[json.exception", 0) == 0 && bracket != std::string::npos) return message.substr(bracket + 2);
  return message;
}

// A SAX handler that builds nothing and only remembers where parsing failed. The DOM parser
// reports some failures (a number such as 1e999 that overflows a double) as out_of_range
// exceptions that carry no position; re-reading with this handler finds it. Only the public
// json_sax interface is used, so any nlohmann/json 3.10+ works.
class ErrorLocator final : public Json::json_sax_t {
 public:
  std::size_t position = 0;
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t pos, const std::string&, const nlohmann::detail::exception&) override {
    position = pos;
    return false;
  }
};

Error syntax_error(const char* what, const std::string& message, std::size_t position) {
  return Error(ErrorCode::json_syntax, std::string(what) + " is not valid JSON: " + message,
               "byte " + std::to_string(position == 0 ? 0 : position - 1));
}

}  // namespace

Json parse_json(std::string_view text, const char* what) {
  text::require_utf8(text, what);
  try {
    return Json::parse(text.begin(), text.end());
  } catch (const nlohmann::json::parse_error& e) {
    throw syntax_error(what, human_part(e.what()), e.byte);
  } catch (const nlohmann::json::exception& e) {
    ErrorLocator locator;
    Json::sax_parse(text.begin(), text.end(), &locator);
    throw syntax_error(what, human_part(e.what()), locator.position);
  }
}

std::string JsonReader::escape_pointer_token(std::string_view key) {
  std::string out;
  for (char c : key) {
    if (c == '~')
      out += "~0";
    else if (c == '/')
      out += "~1";
    else
      out += c;
  }
  return out;
}

const char* JsonReader::type_name() const { return value_->type_name(); }

void JsonReader::fail(const std::string& message, ErrorCode code) const {
  throw Error(code, message, where());
}

bool JsonReader::has(std::string_view key) const {
  return value_->is_object() && value_->find(key) != value_->end();
}

JsonReader JsonReader::at(std::string_view key) const {
  expect_any_object();
  auto it = value_->find(key);
  if (it == value_->end()) fail("missing required key \"" + std::string(key) + "\"");
  return JsonReader(*it, path_ + "/" + escape_pointer_token(key));
}

std::optional<JsonReader> JsonReader::find(std::string_view key) const {
  expect_any_object();
  auto it = value_->find(key);
  if (it == value_->end()) return std::nullopt;
  return JsonReader(*it, path_ + "/" + escape_pointer_token(key));
}

JsonReader JsonReader::at(std::size_t index) const {
  return JsonReader((*value_)[index], path_ + "/" + std::to_string(index));
}

void JsonReader::expect_any_object() const {
  if (!value_->is_object())
    fail(std::string("expected an object, found ") + type_name());
}

void JsonReader::expect_object(std::initializer_list<std::string_view> allowed) const {
  expect_any_object();
  for (auto it = value_->begin(); it != value_->end(); ++it) {
    bool known = false;
    for (auto a : allowed) known = known || a == it.key();
    if (!known) {
      std::string list;
      for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
      throw Error(ErrorCode::json_schema,
                  "unknown key \"" + it.key() + "\" (expected one of: " + list + ")",
                  path_ + "/" + escape_pointer_token(it.key()));
    }
  }
}

std::size_t JsonReader::expect_array() const {
  if (!value_->is_array()) fail(std::string("expected an array, found ") + type_name());
  return value_->size();
}

std::string JsonReader::string() const {
  if (!value_->is_string()) fail(std::string("expected a string, found ") + type_name());
  return value_->get<std::string>();
}

std::string JsonReader::non_empty_string() const {
  std::string s = string();
  if (s.find_first_not_of(" \t\r\n") == std::string::npos) fail("expected a non-empty string");
  return s;
}

double JsonReader::number() const {
  if (!value_->is_number()) fail(std::string("expected a number, found ") + type_name());
  const double d = value_->get<double>();
  if (!std::isfinite(d)) fail("expected a finite number");
  return d;
}

double JsonReader::number_in(double lo, double hi) const {
  const double d = number();
  if (d < lo || d > hi) {
    auto fmt = [](double v) {
      std::string s = std::to_string(v);
      s.erase(s.find_last_not_of('0') + 1);
      if (!s.empty() && s.back() == '.') s.pop_back();
      return s;
    };
    fail("expected a number between " + fmt(lo) + " and " + fmt(hi) + ", found " + fmt(d));
  }
  return d;
}

long JsonReader::integer_in(long lo, long hi) const {
  if (!value_->is_number_integer())
    fail(std::string("expected an integer, found ") +
         (value_->is_number() ? "a fractional number" : type_name()));
  const long v = value_->get<long>();
  if (v < lo || v > hi)
    fail("expected an integer between " + std::to_string(lo) + " and " + std::to_string(hi) +
         ", found " + std::to_string(v));
  return v;
}

bool JsonReader::boolean() const {
  if (!value_->is_boolean()) fail(std::string("expected true or false, found ") + type_name());
  return value_->get<bool>();
}

Date JsonReader::iso_date() const {
  const std::string iso = string();
  try {
    return Date::from_iso(iso);
  } catch (const Error& e) {
    fail(e.what());  // from_iso names no location; the JSON path is added here
  }
}

std::vector<std::string> JsonReader::string_list() const {
  const std::size_t n = expect_array();
  std::vector<std::string> out;
  out.reserve(n);
  for (std::size_t i = 0; i < n; ++i) out.push_back(at(i).non_empty_string());
  return out;
}

}  // namespace goalsmith::packs
