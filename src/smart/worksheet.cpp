// analyzers: the SMART goals worksheet as data — JSON (goalsmith.worksheet/1) and the Markdown
// form a learner fills in. Grading is in grade.cpp.
#include "goalsmith/worksheet.hpp"

#include <string>
#include <vector>

#include "packs/compiled_pack.hpp"
#include "packs/json_reader.hpp"
#include "packs/json_writer.hpp"
#include "smart/worksheet_internal.hpp"
#include "text/tokenize.hpp"
#include "text/utf8.hpp"

namespace goalsmith {
namespace {

using packs::Json;
using packs::JsonReader;
using packs::JsonWriter;

constexpr const char* kWorksheetSchema = "goalsmith.worksheet/1";
// A worksheet is a page or two of text; the limits keep a pasted book from becoming a grade.
constexpr std::size_t kMaxWorksheetBytes = 1024 * 1024;
constexpr std::size_t kMaxGoals = 100;
constexpr int kMaxBlankGoals = 20;

void check_size(std::string_view text) {
  if (text.size() > kMaxWorksheetBytes)
    throw Error(ErrorCode::invalid_argument,
                "worksheet is " + std::to_string(text.size()) + " bytes; the limit is " +
                    std::to_string(kMaxWorksheetBytes) + " bytes",
                "byte " + std::to_string(kMaxWorksheetBytes));
}

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos; }

std::string_view trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r\n\f\v");
  if (first == std::string_view::npos) return {};
  const auto last = s.find_last_not_of(" \t\r\n\f\v");
  return s.substr(first, last - first + 1);
}

// ------------------------------------------------------------------------------- JSON

void read_justifications(const JsonReader& r, WorksheetGoal& goal) {
  r.expect_any_object();
  std::array<bool, criterion_count> seen{};
  for (auto it = r.json().begin(); it != r.json().end(); ++it) {
    const auto item = r.at(it.key());
    const auto criterion = criterion_from_name(it.key());
    if (!criterion)
      item.fail("\"" + it.key() + "\" is not a SMART letter: use S, M, A, R, T or a criterion name");
    const auto k = static_cast<std::size_t>(*criterion);
    if (seen[k]) item.fail(std::string("a second justification for ") + to_string(*criterion));
    seen[k] = true;
    goal.justifications[k] = std::string(trim(item.string()));
  }
}

}  // namespace

Worksheet worksheet_from_json(std::string_view json) {
  check_size(json);
  const Json document = packs::parse_json(json, "worksheet");
  const JsonReader root(document, "");
  root.expect_object({"schema", "learner", "date", "feedback", "goals"});
  const std::string schema = root.at("schema").string();
  if (schema != kWorksheetSchema)
    root.at("schema").fail("unsupported worksheet schema \"" + schema + "\" (expected \"" + kWorksheetSchema + "\")");
  Worksheet w;
  if (auto learner = root.find("learner")) w.learner = std::string(trim(learner->string()));
  if (auto date = root.find("date"); date && !date->json().is_null()) w.date = date->iso_date();
  if (auto feedback = root.find("feedback")) {
    feedback->expect_object({"text", "aspects", "session"});
    if (auto text = feedback->find("text")) w.feedback.text = std::string(trim(text->string()));
    if (auto aspects = feedback->find("aspects")) w.feedback.aspects = aspects->string_list();
    if (auto session = feedback->find("session"); session && !session->json().is_null())
      w.feedback.session = session->non_empty_string();
  }
  const auto goals = root.at("goals");
  const std::size_t n = goals.expect_array();
  if (n == 0) goals.fail("a worksheet needs at least one goal");
  if (n > kMaxGoals) goals.fail("a worksheet has at most " + std::to_string(kMaxGoals) + " goals");
  for (std::size_t i = 0; i < n; ++i) {
    const auto item = goals.at(i);
    item.expect_object({"statement", "justifications"});
    WorksheetGoal goal;
    goal.statement = std::string(trim(item.at("statement").non_empty_string()));
    if (auto j = item.find("justifications")) read_justifications(*j, goal);
    w.goals.push_back(std::move(goal));
  }
  return w;
}

std::string worksheet_to_json(const Worksheet& w, int indent) {
  JsonWriter out(indent);
  out.begin_object().member("schema", kWorksheetSchema).member("learner", w.learner);
  out.key("date");
  if (w.date)
    out.value(w.date->to_iso());
  else
    out.null();
  out.key("feedback").begin_object().member("text", w.feedback.text);
  out.key("aspects").begin_array();
  for (const auto& a : w.feedback.aspects) out.value(a);
  out.end_array();
  out.key("session");
  if (w.feedback.session)
    out.value(*w.feedback.session);
  else
    out.null();
  out.end_object();
  out.key("goals").begin_array();
  for (const auto& g : w.goals) {
    out.begin_object().member("statement", g.statement).key("justifications").begin_object();
    for (std::size_t k = 0; k < criterion_count; ++k)
      if (!g.justifications[k].empty()) out.member(smart::kLetters[k], g.justifications[k]);
    out.end_object().end_object();
  }
  out.end_array().end_object();
  return out.take();
}

// --------------------------------------------------------------------------- Markdown
namespace {

constexpr std::string_view kEscapedComment = "&lt;!--";

// Where a Markdown line puts its text.
enum class Section { header, feedback, goal };

struct MarkdownReader {
  const packs::WorksheetRules& rules;
  Worksheet w;
  Section section = Section::header;
  std::string* field = nullptr;  // the field a plain line continues, if any
  std::vector<std::size_t> goal_lines;
  std::vector<std::array<std::size_t, criterion_count + 1>> field_lines;  // per goal: S..T, statement

  explicit MarkdownReader(const packs::WorksheetRules& r) : rules(r) {}

  [[noreturn]] static void fail(std::size_t line, const std::string& message) {
    throw Error(ErrorCode::invalid_argument, "worksheet form, line " + std::to_string(line) + ": " + message,
                "line " + std::to_string(line));
  }

  // Whether the whole of `words` is one phrase of `lexicon`; returns its payload.
  static std::optional<std::int32_t> whole(const packs::PhraseLexicon& lexicon, std::string_view words) {
    const auto tokens = text::tokenize(words).tokens;
    if (tokens.empty()) return std::nullopt;
    const auto m = lexicon.longest_at(tokens, 0);
    if (!m || m->length != tokens.size()) return std::nullopt;
    return m->payload;
  }

  void heading(std::size_t line, std::string_view title) {
    field = nullptr;
    if (whole(rules.feedback_headings, title)) {
      section = Section::feedback;
      return;
    }
    const auto tt = text::tokenize(title);
    const auto m = tt.tokens.empty() ? std::nullopt : rules.goal_headings.longest_at(tt.tokens, 0);
    if (!m)
      fail(line, "unknown section \"" + std::string(title) + "\": expected \"" + rules.messages.format("form_feedback") +
                     "\" or \"" + rules.messages.format("form_goal", {{"n", "1"}}) + "\"");
    if (w.goals.size() >= kMaxGoals) fail(line, "a worksheet has at most " + std::to_string(kMaxGoals) + " goals");
    section = Section::goal;
    w.goals.emplace_back();
    goal_lines.push_back(line);
    field_lines.emplace_back();
    // "Goal 2: Rehearse ...": the goal number, then punctuation, then the statement.
    std::size_t k = m->length;
    if (k < tt.tokens.size() && tt.tokens[k].kind == text::TokenKind::number) ++k;
    while (k < tt.tokens.size() && tt.tokens[k].kind == text::TokenKind::punct) ++k;
    if (k < tt.tokens.size()) {
      w.goals.back().statement = std::string(trim(title.substr(tt.tokens[k].begin)));
      field_lines.back()[criterion_count] = line;
      field = &w.goals.back().statement;
    }
  }

  // A "Key: value" line. Returns false when the key names no field, so the line is plain text.
  bool keyed(std::size_t line, std::string_view key, std::string_view value, bool bulleted) {
    if (const auto criterion = criterion_from_name(key)) {
      if (section != Section::goal)
        fail(line, "the justification \"" + std::string(key) + "\" comes before the first goal heading (\"## " +
                       rules.messages.format("form_goal", {{"n", "1"}}) + "\")");
      const auto k = static_cast<std::size_t>(*criterion);
      auto& lines = field_lines.back();
      if (lines[k] != 0)
        fail(line, "goal " + std::to_string(w.goals.size()) + " already has a justification for " +
                       smart::kLetters[k] + " (line " + std::to_string(lines[k]) + ")");
      lines[k] = line;
      w.goals.back().justifications[k] = std::string(value);
      field = &w.goals.back().justifications[k];
      return true;
    }
    if (section == Section::goal && whole(rules.statement_keys, key)) {
      auto& lines = field_lines.back();
      if (lines[criterion_count] != 0)
        fail(line, "goal " + std::to_string(w.goals.size()) + " already has a statement (line " +
                       std::to_string(lines[criterion_count]) + ")");
      lines[criterion_count] = line;
      w.goals.back().statement = std::string(value);
      field = &w.goals.back().statement;
      return true;
    }
    if (section != Section::goal) {
      if (const auto f = whole(rules.header_keys, key)) {
        field = nullptr;
        switch (*f) {
          case packs::kFieldLearner: w.learner = std::string(value); break;
          case packs::kFieldDate:
            if (!value.empty()) {
              try {
                w.date = Date::from_iso(value);
              } catch (const Error& e) {
                fail(line, e.what());
              }
            }
            break;
          case packs::kFieldSession:
            if (!value.empty()) w.feedback.session = std::string(value);
            break;
          case packs::kFieldAspects:
            for (std::size_t start = 0; start <= value.size();) {
              std::size_t end = value.find_first_of(",;", start);
              if (end == std::string_view::npos) end = value.size();
              const auto item = trim(value.substr(start, end - start));
              if (!item.empty()) w.feedback.aspects.emplace_back(item);
              start = end + 1;
            }
            break;
          default: break;
        }
        return true;
      }
    }
    if (bulleted && section == Section::goal)
      fail(line, "\"" + std::string(key) + "\" is not a SMART letter: start the line with S, M, A, R or T");
    return false;
  }

  void plain(std::size_t line, std::string_view text) {
    if (field) {
      if (!field->empty()) *field += ' ';
      *field += text;
      return;
    }
    switch (section) {
      case Section::feedback:
        // Lines of a paragraph join with a space; paragraphs stay apart.
        if (!w.feedback.text.empty() && w.feedback.text.back() != '\n') w.feedback.text += ' ';
        w.feedback.text += text;
        return;
      case Section::goal:
        if (field_lines.back()[criterion_count] == 0) {
          field_lines.back()[criterion_count] = line;
          w.goals.back().statement = std::string(text);
          field = &w.goals.back().statement;
          return;
        }
        fail(line, "this line belongs to no letter: start it with \"- S:\", \"- M:\", \"- A:\", \"- R:\" or \"- T:\"");
      case Section::header:
        fail(line, "text outside any section: write \"" + rules.messages.format("form_learner") + ": ...\", \"" +
                       rules.messages.format("form_date") + ": ...\" or put it under a heading such as \"## " +
                       rules.messages.format("form_feedback") + "\"");
    }
  }

  void line(std::size_t number, std::string_view raw) {
    // The writer escapes "<!--" inside values (a comment would otherwise hide the rest).
    std::string unescaped(raw);
    for (std::size_t at = 0; (at = unescaped.find(kEscapedComment, at)) != std::string::npos; at += 4)
      unescaped.replace(at, kEscapedComment.size(), "<!--");
    const std::string_view s = trim(unescaped);
    if (section == Section::feedback && !s.empty() && s[0] == '>') {
      // Quoted feedback ("> ..."): plain text, never a heading or a field.
      const std::string_view quoted = trim(s.substr(1));
      if (quoted.empty()) {
        if (!w.feedback.text.empty() && w.feedback.text.back() != '\n') w.feedback.text += "\n\n";
      } else {
        plain(number, quoted);
      }
      return;
    }
    if (s.empty()) {
      field = nullptr;  // a blank line ends a field; the feedback keeps its paragraphs
      if (section == Section::feedback && !w.feedback.text.empty() && w.feedback.text.back() != '\n')
        w.feedback.text += "\n\n";
      return;
    }
    if (s[0] == '#') {
      std::size_t level = s.find_first_not_of('#');
      if (level == std::string_view::npos) level = s.size();
      std::string_view title = trim(s.substr(level));
      while (!title.empty() && title.back() == '#') title = trim(title.substr(0, title.size() - 1));
      if (level >= 2) heading(number, title);
      else field = nullptr;  // "# Title": the form's title
      return;
    }
    std::string_view body = s;
    bool bulleted = false;
    if (body.size() >= 2 && (body[0] == '-' || body[0] == '*' || body[0] == '+') && (body[1] == ' ' || body[1] == '\t')) {
      bulleted = true;
      body = trim(body.substr(2));
    }
    const std::size_t colon = body.find(':');
    if (colon != std::string_view::npos && colon > 0 && colon <= 40) {
      std::string key;
      for (char c : body.substr(0, colon))
        if (c != '*' && c != '_') key += c;
      // "Specific (S): ..." names the letter twice; the word before the parenthesis is enough.
      if (const auto paren = key.find('('); paren != std::string::npos && paren > 0) key.erase(paren);
      std::string_view value = body.substr(colon + 1);
      while (!value.empty() && (value[0] == '*' || value[0] == '_')) value.remove_prefix(1);
      const std::string_view k = trim(key);
      if (!k.empty() && keyed(number, k, trim(value), bulleted)) return;
    }
    if (section == Section::goal && bulleted && field == nullptr && field_lines.back()[criterion_count] != 0)
      fail(number, "this line belongs to no letter: start it with \"- S:\", \"- M:\", \"- A:\", \"- R:\" or \"- T:\"");
    plain(number, body);
  }

  Worksheet finish(std::size_t last_line) {
    if (w.goals.empty())
      fail(last_line, "the worksheet has no goal: add a section \"## " + rules.messages.format("form_goal", {{"n", "1"}}) +
                          "\" with the goal and one line per letter");
    for (std::size_t i = 0; i < w.goals.size(); ++i)
      if (blank(w.goals[i].statement))
        fail(goal_lines[i], "goal " + std::to_string(i + 1) + " has no statement: write it after \"" +
                                rules.messages.format("form_statement") + ":\"");
    while (!w.feedback.text.empty() && w.feedback.text.back() == '\n') w.feedback.text.pop_back();
    return std::move(w);
  }
};

// Removes "<!-- ... -->" comments (the hints of the blank form), also across lines. The
// replacement keeps line breaks, so line numbers stay right.
std::string strip_comments(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    if (text.compare(i, 4, "<!--") == 0) {
      const std::size_t end = text.find("-->", i + 4);
      const std::size_t stop = end == std::string_view::npos ? text.size() : end + 3;
      for (std::size_t k = i; k < stop; ++k)
        if (text[k] == '\n') out += '\n';
      i = stop;
    } else {
      out += text[i++];
    }
  }
  return out;
}

}  // namespace

Worksheet worksheet_from_markdown(const Engine& engine, std::string_view markdown) {
  check_size(markdown);
  text::require_utf8(markdown, "worksheet");
  const std::string text = strip_comments(markdown);
  MarkdownReader reader(engine.pack().compiled().worksheet);
  std::size_t number = 0;
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    reader.line(++number, std::string_view(text).substr(start, end - start));
    start = end + 1;
  }
  return reader.finish(number);
}

Worksheet parse_worksheet(const Engine& engine, std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n\f\v");
  if (first != std::string_view::npos && text[first] == '{') return worksheet_from_json(text);
  return worksheet_from_markdown(engine, text);
}

namespace {

// "<!--" inside a value would start a comment when read back.
std::string escape_comments(std::string s) {
  for (std::size_t at = 0; (at = s.find("<!--", at)) != std::string::npos; at += kEscapedComment.size())
    s.replace(at, 4, kEscapedComment);
  return s;
}

// One line of the form: newlines inside a value would start new fields when read back.
std::string one_line(std::string_view s) {
  std::string out;
  for (char c : s) out += (c == '\n' || c == '\r') ? ' ' : c;
  return escape_comments(std::move(out));
}

std::string join_aspect_ids(const Engine& engine) {
  std::string out;
  for (const auto& id : engine.pack().aspect_ids()) out += (out.empty() ? "" : ", ") + id;
  return out;
}

struct FormWriter {
  const packs::Messages& m;
  std::string out;
  void field(const char* label_key, const std::string& value, const char* hint_key, bool hints,
             packs::Messages::Args hint_args = {}) {
    out += m.format(label_key) + ":";
    if (!value.empty()) out += " " + one_line(value);
    if (hints && value.empty()) out += " <!-- " + m.format(hint_key, hint_args) + " -->";
    out += '\n';
  }
};

std::string render(const Engine& engine, const Worksheet& w, bool hints) {
  const auto& m = engine.pack().compiled().worksheet.messages;
  FormWriter f{m, {}};
  f.out += "# " + m.format("form_title") + "\n\n";
  const std::string aspects = join_aspect_ids(engine);
  f.field("form_learner", w.learner, "form_hint_learner", hints);
  f.field("form_date", w.date ? w.date->to_iso() : "", "form_hint_date", hints);
  if (hints || w.feedback.session) f.field("form_session", w.feedback.session.value_or(""), "form_hint_session", hints);
  std::string given;
  for (const auto& a : w.feedback.aspects) given += (given.empty() ? "" : ", ") + a;
  if (hints || !given.empty()) f.field("form_aspects", given, "form_hint_aspects", hints, {{"aspects", aspects}});
  if (hints || !w.feedback.text.empty()) {
    f.out += "\n## " + m.format("form_feedback") + "\n\n";
    if (w.feedback.text.empty())
      f.out += "<!-- " + m.format("form_hint_feedback") + " -->\n";
    else
      // Quoted, so that no line of the feedback reads back as a heading or a field.
      for (std::size_t start = 0; start <= w.feedback.text.size();) {
        std::size_t end = w.feedback.text.find('\n', start);
        if (end == std::string::npos) end = w.feedback.text.size();
        const auto part = std::string_view(w.feedback.text).substr(start, end - start);
        f.out += part.empty() ? ">\n" : "> " + escape_comments(std::string(part)) + "\n";
        start = end + 1;
      }
  }
  static constexpr const char* kHints[] = {"form_hint_specific", "form_hint_measurable", "form_hint_achievable",
                                           "form_hint_relevant", "form_hint_time_bound"};
  for (std::size_t i = 0; i < w.goals.size(); ++i) {
    const auto& g = w.goals[i];
    f.out += "\n## " + m.format("form_goal", {{"n", std::to_string(i + 1)}}) + "\n\n";
    f.field("form_statement", g.statement, "form_hint_statement", hints);
    for (std::size_t k = 0; k < criterion_count; ++k) {
      f.out += "- ";
      f.out += smart::kLetters[k];
      f.out += ":";
      if (!g.justifications[k].empty()) f.out += " " + one_line(g.justifications[k]);
      else if (hints) f.out += " <!-- " + m.format(kHints[k]) + " -->";
      f.out += '\n';
    }
  }
  return f.out;
}

}  // namespace

std::string worksheet_to_markdown(const Engine& engine, const Worksheet& worksheet) {
  return render(engine, worksheet, false);
}

std::string worksheet_blank_markdown(const Engine& engine, int goals) {
  if (goals < 1 || goals > kMaxBlankGoals)
    throw Error(ErrorCode::invalid_argument,
                "a blank worksheet has 1 to " + std::to_string(kMaxBlankGoals) + " goals, not " + std::to_string(goals));
  Worksheet w;
  w.goals.resize(static_cast<std::size_t>(goals));
  return render(engine, w, true);
}

}  // namespace goalsmith
