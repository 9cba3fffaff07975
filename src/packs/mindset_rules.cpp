#include "packs/mindset_rules.hpp"

#include <algorithm>
#include <set>

namespace goalsmith::packs {

int MindsetRules::category_index(std::string_view id) const {
  for (std::size_t i = 0; i < categories.size(); ++i)
    if (categories[i].id == id) return static_cast<int>(i);
  return -1;
}

namespace {

// Placeholders every finding can fill, whatever pattern found it.
const std::vector<std::string> kAlwaysFilled = {"trigger", "thought"};
// Placeholders a finding fills when it has them (a skill, a rewrite) besides pattern captures.
const std::vector<std::string> kSometimesFilled = {"skill", "rewrite"};

bool is_name(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '_'; });
}

int capture_index(MindsetRules& out, const std::string& name) {
  for (std::size_t i = 0; i < out.capture_names.size(); ++i)
    if (out.capture_names[i] == name) return static_cast<int>(i);
  out.capture_names.push_back(name);
  return static_cast<int>(out.capture_names.size() - 1);
}

int class_index(const MindsetRules& out, std::string_view name) {
  for (std::size_t i = 0; i < out.class_names.size(); ++i)
    if (out.class_names[i] == name) return static_cast<int>(i);
  return -1;
}

// Parses one pattern string (syntax in mindset_rules.hpp) into elements.
void parse_pattern(const JsonReader& where, const std::string& source, MindsetRules& out, TokenPattern& p) {
  auto fail = [&](const std::string& what) { where.fail("pattern \"" + source + "\": " + what, ErrorCode::pack); };
  std::size_t i = 0;
  while (i < source.size()) {
    if (source[i] == ' ') {
      ++i;
      continue;
    }
    const std::size_t j = std::min(source.find(' ', i), source.size());
    std::string item = source.substr(i, j - i);
    i = j;
    int capture = -1;
    if (const auto eq = item.find('='); eq != std::string::npos && eq > 0 && item[0] != '=') {
      const std::string name = item.substr(0, eq);
      if (!is_name(name)) fail("capture name \"" + name + "\" must be lower-case letters and _");
      if (name == "trigger" || name == "thought" || name == "rewrite" || name == "date")
        fail("capture name \"" + name + "\" is reserved");
      capture = capture_index(out, name);
      item = item.substr(eq + 1);
      if (item.empty()) fail("nothing to capture after \"" + name + "=\"");
    }
    PatternElement e;
    e.capture = capture;
    if (item == "_") {
      e.kind = PatternElement::Kind::any_word;
    } else if (item == "$rest") {
      e.kind = PatternElement::Kind::rest;
    } else if (item == "$end") {
      e.kind = PatternElement::Kind::end;
    } else if (item[0] == '~') {
      e.kind = PatternElement::Kind::gap;
      const std::string n = item.substr(1);
      if (n.empty() || n.size() > 2 || !std::all_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; }))
        fail("a gap is ~N with N a number");
      const int len = std::stoi(n);
      if (len < 1 || len > out.max_gap) fail("gap ~" + n + " is outside 1.." + std::to_string(out.max_gap));
      e.min = 0;
      e.max = static_cast<std::uint8_t>(len);
    } else if (item[0] == '@') {
      e.kind = PatternElement::Kind::cls;
      std::string name = item.substr(1);
      const char last = name.empty() ? '\0' : name.back();
      if (last == '?' || last == '*' || last == '+') {
        name.pop_back();
        e.min = last == '+' ? 1 : 0;
        e.max = last == '?' ? 1 : static_cast<std::uint8_t>(out.max_repeat);
      }
      const int k = class_index(out, name);
      if (k < 0) fail("unknown class \"@" + name + "\"");
      e.cls = static_cast<std::size_t>(k);
    } else {
      bool optional = false;
      if (item.size() > 1 && item.back() == '?') {
        optional = true;
        item.pop_back();
      }
      const auto tokens = text::tokenize(item);
      if (tokens.tokens.empty()) fail("element \"" + item + "\" has no word");
      if (optional && tokens.tokens.size() != 1) fail("only a one-token literal can be optional");
      if (capture >= 0 && tokens.tokens.size() != 1) fail("only a one-token literal can be captured");
      for (const auto& t : tokens.tokens) {
        PatternElement lit;
        lit.kind = PatternElement::Kind::literal;
        lit.word = t.norm;
        lit.capture = capture;
        if (optional) lit.min = 0;
        p.elements.push_back(std::move(lit));
      }
      continue;
    }
    p.elements.push_back(std::move(e));
  }
  if (p.elements.empty()) fail("empty pattern");
  const auto& first = p.elements.front();
  if (first.min == 0 || first.kind == PatternElement::Kind::gap || first.kind == PatternElement::Kind::rest ||
      first.kind == PatternElement::Kind::end || first.kind == PatternElement::Kind::any_word)
    fail("a pattern must start with a word or a class that is not optional");
  for (std::size_t k = 0; k + 1 < p.elements.size(); ++k) {
    if (p.elements[k].kind == PatternElement::Kind::rest) fail("$rest must be the last element");
    if (p.elements[k].kind == PatternElement::Kind::end) fail("$end must be the last element");
  }
}

void add_anchor(MindsetRules& out, const TokenPattern& p, std::uint32_t index) {
  const auto& first = p.elements.front();
  if (first.kind == PatternElement::Kind::literal) {
    out.anchors[first.word].push_back(index);
    return;
  }
  const auto& lexicon = out.classes[first.cls];
  lexicon.for_each_first_word([&](const std::string& word) {
    out.anchors[word].push_back(index);
    if (lexicon.inflected()) out.inflected_anchors[word].push_back(index);
  });
}

bool read_flag(const JsonReader& item, std::string_view key, bool fallback) {
  if (auto v = item.find(key)) return v->boolean();
  return fallback;
}

}  // namespace

void compile_mindset_rules(const JsonReader& section, const Inflection& inflection,
                           MindsetRules& out) {
  section.expect_object({"limits", "classes", "negations", "clause_breaks", "rest_stops", "yet_words", "disclaimers",
                         "reported_speech", "self_thought", "plan_openers", "plan_fillers", "quote_open",
                         "quote_close", "quote_toggle", "yet_word", "yet_drop", "categories", "techniques", "goal_drafts",
                         "feedback_guidance", "messages"});
  out.inflection = &inflection;
  {
    const auto limits = section.at("limits");
    limits.expect_object({"max_gap", "max_repeat", "max_rest_words", "max_prompts", "goal_draft_days"});
    out.max_gap = static_cast<int>(limits.at("max_gap").integer_in(1, 12));
    out.max_repeat = static_cast<int>(limits.at("max_repeat").integer_in(1, 6));
    out.max_rest_words = static_cast<int>(limits.at("max_rest_words").integer_in(1, 16));
    out.max_prompts = static_cast<int>(limits.at("max_prompts").integer_in(1, 3));
    out.goal_draft_days = static_cast<int>(limits.at("goal_draft_days").integer_in(1, 365));
  }
  {
    const auto classes = section.at("classes");
    classes.expect_any_object();
    // Classes live in a vector that pattern elements index into, so size it once.
    out.classes = std::vector<PhraseLexicon>(classes.json().size());
    std::size_t k = 0;
    for (auto it = classes.json().begin(); it != classes.json().end(); ++it, ++k) {
      if (!is_name(it.key())) classes.fail("class name \"" + it.key() + "\" must be lower-case letters and _", ErrorCode::pack);
      const auto item = classes.at(it.key());
      out.class_names.push_back(it.key());
      if (item.is_object()) {
        item.expect_object({"inflect", "words"});
        if (item.at("inflect").boolean()) out.classes[k].set_inflection(&inflection);
        out.classes[k].add_all(item.at("words"), 0);
      } else {
        out.classes[k].add_all(item, 0);
      }
      if (out.classes[k].empty()) item.fail("a class needs at least one phrase", ErrorCode::pack);
    }
    const int self = class_index(out, "self");
    if (self < 0) classes.fail("missing required class \"self\" (first-person words)", ErrorCode::pack);
    out.self_class = static_cast<std::size_t>(self);
  }
  const std::pair<const char*, PhraseLexicon*> lists[] = {
      {"negations", &out.negations},       {"clause_breaks", &out.clause_breaks},
      {"rest_stops", &out.rest_stops},     {"yet_words", &out.yet_words},
      {"disclaimers", &out.disclaimers},   {"reported_speech", &out.reported_speech},
      {"self_thought", &out.self_thought}, {"plan_openers", &out.plan_openers},
      {"plan_fillers", &out.plan_fillers}, {"quote_open", &out.quote_open},
      {"quote_close", &out.quote_close},   {"quote_toggle", &out.quote_toggle},
      {"yet_drop", &out.yet_drop}};
  for (const auto& [key, lexicon] : lists) lexicon->add_all(section.at(key), 0);
  out.yet_word = section.at("yet_word").non_empty_string();
  const std::pair<const PhraseLexicon*, std::uint32_t> flagged[] = {
      {&out.negations, kMsNegation},         {&out.clause_breaks, kMsClauseBreak},
      {&out.rest_stops, kMsRestStop},        {&out.yet_words, kMsYet},
      {&out.disclaimers, kMsDisclaimer},     {&out.reported_speech, kMsReported},
      {&out.self_thought, kMsSelfThought},   {&out.plan_openers, kMsPlanOpener},
      {&out.quote_open, kMsQuoteOpen},       {&out.quote_close, kMsQuoteClose},
      {&out.quote_toggle, kMsQuoteToggle},   {&out.classes[out.self_class], kMsSelf},
      {&out.yet_drop, kMsYetDrop}};
  for (const auto& [lexicon, flag] : flagged)
    lexicon->for_each_first_word([&, f = flag](const std::string& word) { out.word_flags[word] |= f; });

  // Techniques first: categories refer to them.
  {
    const auto techniques = section.at("techniques");
    const std::size_t n = techniques.expect_array();
    std::set<std::string> seen;
    for (std::size_t i = 0; i < n; ++i) {
      const auto item = techniques.at(i);
      item.expect_object({"id", "title", "prompts"});
      Technique t;
      t.id = item.at("id").non_empty_string();
      if (!seen.insert(t.id).second) item.at("id").fail("duplicate id \"" + t.id + "\"", ErrorCode::pack);
      t.title = item.at("title").non_empty_string();
      const auto prompts = item.at("prompts");
      const std::size_t m = prompts.expect_array();
      if (m == 0) prompts.fail("a technique needs at least one prompt", ErrorCode::pack);
      for (std::size_t j = 0; j < m; ++j) {
        const std::string key = "prompt:" + t.id + ":" + std::to_string(j);
        out.templates.add(key, prompts.at(j));
        t.prompt_keys.push_back(key);
        t.placeholders.push_back(out.templates.placeholders(key));
      }
      out.techniques.push_back(std::move(t));
    }
  }

  {
    const auto categories = section.at("categories");
    const std::size_t n = categories.expect_array();
    if (n == 0) categories.fail("a pack needs at least one thinking-trap category", ErrorCode::pack);
    std::set<std::string> seen;
    std::vector<std::vector<std::string>> suppress_ids(n);
    for (std::size_t i = 0; i < n; ++i) {
      const auto item = categories.at(i);
      item.expect_object({"id", "title", "description", "confidence", "first_person", "questions", "yet_cancels",
                          "plan_cancels", "reported_speech_cancels", "techniques", "suppresses", "patterns"});
      TrapCategory c;
      c.id = item.at("id").non_empty_string();
      if (!seen.insert(c.id).second) item.at("id").fail("duplicate id \"" + c.id + "\"", ErrorCode::pack);
      c.title = item.at("title").non_empty_string();
      c.description = item.at("description").non_empty_string();
      c.confidence = item.at("confidence").number_in(0.01, 1);
      c.first_person = read_flag(item, "first_person", true);
      c.questions = read_flag(item, "questions", false);
      c.yet_cancels = read_flag(item, "yet_cancels", true);
      c.plan_cancels = read_flag(item, "plan_cancels", true);
      c.reported_speech_cancels = read_flag(item, "reported_speech_cancels", true);
      const auto techniques = item.at("techniques");
      const std::size_t nt = techniques.expect_array();
      if (nt == 0) techniques.fail("a category needs at least one technique", ErrorCode::pack);
      for (std::size_t j = 0; j < nt; ++j) {
        const std::string id = techniques.at(j).non_empty_string();
        std::size_t k = 0;
        while (k < out.techniques.size() && out.techniques[k].id != id) ++k;
        if (k == out.techniques.size()) techniques.at(j).fail("unknown technique \"" + id + "\"", ErrorCode::pack);
        c.techniques.push_back(k);
      }
      if (auto s = item.find("suppresses")) suppress_ids[i] = s->string_list();
      const auto patterns = item.at("patterns");
      const std::size_t np = patterns.expect_array();
      if (np == 0) patterns.fail("a category needs at least one pattern", ErrorCode::pack);
      for (std::size_t j = 0; j < np; ++j) {
        const auto pj = patterns.at(j);
        TokenPattern p;
        p.category = i;
        p.where = pj.where();
        p.confidence = c.confidence;
        p.first_person = c.first_person;
        if (pj.is_object()) {
          pj.expect_object({"pattern", "confidence", "rewrite", "first_person"});
          p.source = pj.at("pattern").non_empty_string();
          if (auto conf = pj.find("confidence")) p.confidence = conf->number_in(0.01, 1);
          if (auto rw = pj.find("rewrite")) {
            if (rw->string() != "yet") rw->fail("the only rewrite is \"yet\"", ErrorCode::pack);
            p.yet_rewrite = true;
          }
          p.first_person = read_flag(pj, "first_person", c.first_person);
          parse_pattern(pj.at("pattern"), p.source, out, p);
        } else {
          p.source = pj.non_empty_string();
          parse_pattern(pj, p.source, out, p);
        }
        add_anchor(out, p, static_cast<std::uint32_t>(out.patterns.size()));
        out.patterns.push_back(std::move(p));
      }
      out.categories.push_back(std::move(c));
    }
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = 0; j < suppress_ids[i].size(); ++j) {
        const int k = out.category_index(suppress_ids[i][j]);
        if (k < 0 || static_cast<std::size_t>(k) == i)
          categories.at(i).at("suppresses").at(j).fail("unknown or own category \"" + suppress_ids[i][j] + "\"",
                                                        ErrorCode::pack);
        out.categories[i].suppresses.push_back(static_cast<std::size_t>(k));
      }
  }

  // Every placeholder of a prompt must be one a finding can fill, and the last prompt of each
  // technique must need nothing beyond the trigger, so every category always gets its prompts.
  {
    std::set<std::string> known(kAlwaysFilled.begin(), kAlwaysFilled.end());
    known.insert(kSometimesFilled.begin(), kSometimesFilled.end());
    known.insert(out.capture_names.begin(), out.capture_names.end());
    const auto techniques = section.at("techniques");
    for (std::size_t i = 0; i < out.techniques.size(); ++i) {
      const auto& t = out.techniques[i];
      for (std::size_t j = 0; j < t.placeholders.size(); ++j)
        for (const auto& name : t.placeholders[j])
          if (!known.count(name))
            techniques.at(i).at("prompts").at(j).fail("unknown placeholder {" + name + "}", ErrorCode::pack);
      for (const auto& name : t.placeholders.back())
        if (std::find(kAlwaysFilled.begin(), kAlwaysFilled.end(), name) == kAlwaysFilled.end())
          techniques.at(i).at("prompts").at(t.placeholders.size() - 1)
              .fail("the last prompt of a technique may use only {trigger} and {thought}, found {" + name + "}",
                    ErrorCode::pack);
    }
  }

  {
    const auto drafts = section.at("goal_drafts");
    drafts.expect_object({"days", "with_skill"});
    out.goal_draft_days = static_cast<int>(drafts.at("days").integer_in(1, 365));
    out.templates.add("goal:with_skill", drafts.at("with_skill"));
    out.goal_with_skill = "goal:with_skill";
  }

  {
    const auto guidance = section.at("feedback_guidance");
    guidance.expect_object({"before", "after"});
    std::set<std::string> seen;
    for (const char* moment : {"before", "after"}) {
      const auto list = guidance.at(moment);
      const std::size_t n = list.expect_array();
      if (n == 0) list.fail("feedback guidance needs at least one prompt", ErrorCode::pack);
      for (std::size_t i = 0; i < n; ++i) {
        const auto item = list.at(i);
        item.expect_object({"id", "text"});
        GuidanceItem g;
        g.id = item.at("id").non_empty_string();
        if (!seen.insert(g.id).second) item.at("id").fail("duplicate id \"" + g.id + "\"", ErrorCode::pack);
        g.text = item.at("text").non_empty_string();
        g.after = std::string_view(moment) == "after";
        out.guidance.push_back(std::move(g));
      }
    }
  }

  {
    const auto messages = section.at("messages");
    messages.expect_any_object();
    for (auto it = messages.json().begin(); it != messages.json().end(); ++it)
      out.templates.add("msg:" + it.key(), messages.at(it.key()));
    for (const char* key : {"summary_none", "summary_some", "count_one_trap", "count_traps", "count_one_sentence",
                            "count_sentences"})
      if (!out.templates.has(std::string("msg:") + key))
        messages.fail(std::string("missing required message \"") + key + "\"", ErrorCode::pack);
  }
}

}  // namespace goalsmith::packs
