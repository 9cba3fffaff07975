// analyzers: the growth-mindset check (docs/mindset.md).
//
// The text is tokenized once and split into sentences. In each sentence, the token patterns of
// the pack's "mindset" section are tried only at the tokens that can start them (an anchor
// index built at pack load). A pattern match is a candidate finding; the sentence around it then
// decides whether it stands: a question, a quote of someone else, reported feedback ("my mentor
// says ..."), a disclaimer before it ("I used to think ..."), a "yet" or a plan after it ("..., so
// I'm practising ...") each cancel the categories the pack says they cancel.
#include "mindset/check.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "goalsmith/error.hpp"
#include "packs/compiled_pack.hpp"
#include "smart/draft.hpp"
#include "text/sentences.hpp"
#include "text/tokenize.hpp"
#include "text/utf8.hpp"

namespace goalsmith::mindset {
namespace {

using packs::MindsetRules;
using packs::PatternElement;
using packs::TokenPattern;
using packs::TrapCategory;
using text::Token;
using text::TokenKind;

// Reflections are longer than goals (a journal entry, pasted interview notes), but a report is
// as large as its input: past this, ask the caller to split the text.
constexpr std::size_t kMaxTextBytes = 1024 * 1024;
constexpr std::size_t kNone = static_cast<std::size_t>(-1);

struct Range {
  std::size_t first = kNone;  // inclusive token range; first == kNone: not set
  std::size_t last = kNone;
  bool empty() const { return first == kNone || last == kNone || last < first; }
};

struct Candidate {
  std::size_t pattern = 0;
  std::size_t first = 0;  // trigger tokens, inclusive
  std::size_t last = 0;
  std::vector<Range> captures;
};

// Tries one pattern at one token with bounded backtracking. Each element has at most
// max(max_gap, max_repeat, max_rest_words) + 1 alternatives, so the cost of an attempt is
// bounded by the pattern alone.
class Matcher {
 public:
  Matcher(const MindsetRules& rules, const std::vector<Token>& tokens, const std::vector<std::uint32_t>& flags)
      : r_(rules), toks_(tokens), flags_(flags) {}

  bool match(const TokenPattern& p, std::size_t start, std::size_t limit, Candidate& out) {
    p_ = &p;
    limit_ = limit;
    caps_.assign(r_.capture_names.size(), Range{});
    std::size_t end = 0;
    if (!step(0, start, end) || end < start) return false;
    out.first = start;
    out.last = end;
    out.captures = caps_;
    return true;
  }

  bool is_phrase(const packs::PhraseLexicon& lexicon, std::uint32_t flag, std::size_t k) const {
    return (flags_[k] & flag) && lexicon.longest_at(toks_, k).has_value();
  }

 private:
  // A gap does not cross a negation or a colon or semicolon: "I'm not a failure" must not match
  // "I'm ~2 failure".
  bool blocks_gap(std::size_t k) const {
    const Token& t = toks_[k];
    if (t.kind == TokenKind::punct) return t.norm == ";" || t.norm == ":";
    return is_phrase(r_.negations, packs::kMsNegation, k);
  }
  bool ends_rest(std::size_t k) const {
    const Token& t = toks_[k];
    if (t.kind == TokenKind::punct) return true;
    return is_phrase(r_.clause_breaks, packs::kMsClauseBreak, k) || is_phrase(r_.rest_stops, packs::kMsRestStop, k);
  }

  // Matches elements [e, end) from token pos; on success `end` is the last matched token (or
  // pos - 1 when nothing was consumed).
  bool step(std::size_t e, std::size_t pos, std::size_t& end) {
    const auto& elements = p_->elements;
    if (e == elements.size()) {
      end = pos - 1;
      return true;
    }
    const PatternElement& el = elements[e];
    auto capture = [&](std::size_t from, std::size_t to_exclusive) {
      if (el.capture >= 0) caps_[static_cast<std::size_t>(el.capture)] = Range{from, to_exclusive - 1};
    };
    switch (el.kind) {
      case PatternElement::Kind::literal: {
        if (pos <= limit_ && toks_[pos].norm == el.word && step(e + 1, pos + 1, end)) {
          capture(pos, pos + 1);
          return true;
        }
        return el.min == 0 && step(e + 1, pos, end);
      }
      case PatternElement::Kind::cls: {
        // Greedy repetitions, then back off one at a time.
        std::size_t stops[8];
        std::size_t count = 0;
        stops[0] = pos;
        const auto& lexicon = r_.classes[el.cls];
        while (count < el.max && count < 7) {
          const std::size_t at = stops[count];
          if (at > limit_) break;
          auto m = lexicon.longest_at(toks_, at);
          if (!m || at + m->length - 1 > limit_) break;
          stops[++count] = at + m->length;
        }
        for (std::size_t c = count + 1; c-- > el.min;) {
          if (step(e + 1, stops[c], end)) {
            capture(pos, stops[c]);
            return true;
          }
        }
        return false;
      }
      case PatternElement::Kind::any_word: {
        if (pos <= limit_ && toks_[pos].kind == TokenKind::word && step(e + 1, pos + 1, end)) {
          capture(pos, pos + 1);
          return true;
        }
        return false;
      }
      case PatternElement::Kind::gap: {
        for (std::size_t g = 0; g <= el.max; ++g) {
          if (g > 0 && (pos + g - 1 > limit_ || blocks_gap(pos + g - 1))) break;
          if (step(e + 1, pos + g, end)) {
            capture(pos, pos + g);
            return true;
          }
        }
        return false;
      }
      case PatternElement::Kind::rest: {
        std::size_t k = pos;
        std::size_t words = 0;
        while (k <= limit_ && words < static_cast<std::size_t>(r_.max_rest_words) && !ends_rest(k)) {
          if (toks_[k].kind == TokenKind::word) ++words;
          ++k;
        }
        if (words == 0) return false;
        if (step(e + 1, k, end)) {
          capture(pos, k);
          return true;
        }
        return false;
      }
      case PatternElement::Kind::end: {
        for (std::size_t k = pos; k <= limit_; ++k)
          if (toks_[k].kind != TokenKind::punct) return false;
        return step(e + 1, pos, end);
      }
    }
    return false;
  }

  const MindsetRules& r_;
  const std::vector<Token>& toks_;
  const std::vector<std::uint32_t>& flags_;
  const TokenPattern* p_ = nullptr;
  std::size_t limit_ = 0;
  std::vector<Range> caps_;
};

// Captures may begin or end at clause punctuation; leave it out of the words shown in prompts.
Range trimmed(const text::TokenizedText& tt, Range range) {
  while (!range.empty() && tt.tokens[range.last].kind == TokenKind::punct) {
    if (range.last == range.first) return Range{};
    --range.last;
  }
  while (!range.empty() && tt.tokens[range.first].kind == TokenKind::punct) ++range.first;
  return range;
}

class SentenceReader {
 public:
  SentenceReader(const Engine& engine, const MindsetOptions& options, Date today, const text::TokenizedText& tt,
                 const std::vector<std::uint32_t>& flags, std::vector<std::uint32_t>& smart_roles)
      : engine_(engine),
        pack_(engine.pack().compiled()),
        r_(pack_.mindset),
        options_(options),
        today_(today),
        tt_(tt),
        flags_(flags),
        roles_(smart_roles),
        matcher_(r_, tt.tokens, flags),
        in_quote_(tt.tokens.size(), false) {}

  void read(const text::Sentence& s, std::vector<MindsetFinding>& out) {
    s_ = &s;
    read_context();
    std::vector<std::optional<Candidate>> best(r_.categories.size());
    std::vector<std::uint32_t> tried;  // pattern ids tried at the current token
    for (std::size_t k = s.first_token; k <= s.last_token; ++k) {
      tried.clear();
      auto try_list = [&](const std::vector<std::uint32_t>* list) {
        if (!list) return;
        for (auto id : *list) {
          if (std::find(tried.begin(), tried.end(), id) != tried.end()) continue;
          tried.push_back(id);
          Candidate c;
          c.pattern = id;
          const auto& p = r_.patterns[id];
          if (!matcher_.match(p, k, s.last_token, c)) continue;
          if (!stands(p, c)) continue;
          auto& slot = best[p.category];
          // The most confident pattern wins; of equally confident ones, the longer trigger.
          const double held = slot ? r_.patterns[slot->pattern].confidence : -1;
          if (!slot || held < p.confidence ||
              (held == p.confidence && c.last - c.first > slot->last - slot->first))
            slot = std::move(c);
        }
      };
      const Token& t = tt_.tokens[k];
      try_list(r_.anchors.find(t.norm, t.hash));
      if (t.kind == TokenKind::word && !r_.inflected_anchors.empty()) {
        std::string scratch;
        packs::for_each_base_form(t.norm, *r_.inflection, scratch,
                                  [&](std::string_view form) { try_list(r_.inflected_anchors.find(form)); });
      }
    }
    // A category that replaces another drops it where their triggers overlap ("I'll never be as
    // good as my brother" compares; it does not also predict).
    for (std::size_t c = 0; c < best.size(); ++c) {
      if (!best[c]) continue;
      for (auto other : r_.categories[c].suppresses)
        if (best[other] && best[other]->first <= best[c]->last && best[c]->first <= best[other]->last)
          best[other].reset();
    }
    for (std::size_t c = 0; c < best.size(); ++c)
      if (best[c] && r_.patterns[best[c]->pattern].confidence >= options_.min_confidence)
        out.push_back(finding(*best[c]));
  }

 private:
  // What the sentence says around any trigger, read once per sentence so that judging each
  // candidate costs time bounded by the candidate, not by the sentence (a 1 MiB text may be one
  // sentence with thousands of candidates).
  struct Context {
    bool first_person = false;       // a word of the class "self" anywhere
    bool self_thought = false;       // "I kept thinking" outside quotes
    std::size_t disclaimer_end = kNone;  // smallest token index after a disclaimer
    std::size_t reported_end = kNone;    // smallest token index after reported speech by another
    std::size_t yet_start = kNone;       // largest token index where a "yet" word starts
    std::size_t plan_start = kNone;      // largest token index where a plan starts
  };

  void read_context() {
    const auto& toks = tt_.tokens;
    const std::size_t first = s_->first_token;
    const std::size_t last = s_->last_token;
    ctx_ = Context{};
    bool open = false;
    for (std::size_t k = first; k <= last; ++k) {
      const std::uint32_t f = flags_[k];
      if (f & packs::kMsQuoteToggle) open = !open;
      else if (f & packs::kMsQuoteOpen) open = true;
      else if (f & packs::kMsQuoteClose) open = false;
      in_quote_[k] = open && !(f & (packs::kMsQuoteToggle | packs::kMsQuoteOpen));
    }
    for (std::size_t k = first; k <= last; ++k) {
      const std::uint32_t f = flags_[k];
      if (f == 0) continue;
      ctx_.first_person = ctx_.first_person || (f & packs::kMsSelf);
      if (!in_quote_[k] && matcher_.is_phrase(r_.self_thought, packs::kMsSelfThought, k)) ctx_.self_thought = true;
      if (f & packs::kMsDisclaimer)
        if (auto m = r_.disclaimers.longest_at(toks, k)) ctx_.disclaimer_end = std::min(ctx_.disclaimer_end, k + m->length);
      // "My mentor says I always ramble" reports feedback; "I said I ..." does not.
      if ((f & packs::kMsReported) && !(k > first && (flags_[k - 1] & packs::kMsSelf)))
        if (auto m = r_.reported_speech.longest_at(toks, k)) ctx_.reported_end = std::min(ctx_.reported_end, k + m->length);
      if (matcher_.is_phrase(r_.yet_words, packs::kMsYet, k)) ctx_.yet_start = k;
      if ((f & packs::kMsPlanOpener) && plan_at(k)) ctx_.plan_start = k;
    }
  }

  // Whether a candidate survives the sentence around it.
  bool stands(const TokenPattern& p, const Candidate& c) const {
    const auto& cat = r_.categories[p.category];
    if (s_->question && !cat.questions) return false;
    if (p.first_person && !ctx_.first_person) return false;
    // Quoted words are someone else's unless the learner says they thought them.
    if (!ctx_.self_thought)
      for (std::size_t k = c.first; k <= c.last; ++k)
        if (in_quote_[k]) return false;
    // "I used to think I was hopeless", "it's not true that I always ramble".
    if (ctx_.disclaimer_end != kNone && ctx_.disclaimer_end <= c.first) return false;
    if (cat.reported_speech_cancels && ctx_.reported_end != kNone && ctx_.reported_end <= c.first) return false;
    if (cat.yet_cancels && ctx_.yet_start != kNone && ctx_.yet_start > c.last) return false;
    if (cat.plan_cancels && ctx_.plan_start != kNone && ctx_.plan_start > c.last) return false;
    return true;
  }

  // "..., so I'm practising with a timer": a plan opener at k, a few fillers, then an action the
  // SMART lexicon knows (an action verb or a vague one such as "work on", not a state).
  bool plan_at(std::size_t k) const {
    const auto& toks = tt_.tokens;
    const std::size_t last = s_->last_token;
    const auto opener = r_.plan_openers.longest_at(toks, k);
    if (!opener) return false;
    std::size_t v = k + opener->length;
    for (int fillers = 0; fillers < 3 && v <= last; ++fillers) {
      if (is_plan_verb(v)) return true;
      auto filler = r_.plan_fillers.longest_at(toks, v);
      if (!filler) break;
      v += filler->length;
    }
    return v <= last && is_plan_verb(v);
  }
  bool is_plan_verb(std::size_t k) const {
    if (k > s_->last_token) return false;
    const auto& smart = pack_.smart;
    if (!(smart.roles_of(tt_.tokens[k]) & packs::kRoleVerb)) return false;
    auto m = smart.verbs.longest_at(tt_.tokens, k);
    return m && (m->payload == packs::kActionVerb || m->payload == packs::kVagueVerb);
  }

  std::optional<NamedSkill> find_skill(const Candidate& c) {
    const auto& smart = pack_.smart;
    const int skill_slot = capture_slot("skill");
    Range range{s_->first_token, s_->last_token};
    bool captured = false;
    if (skill_slot >= 0 && !c.captures[static_cast<std::size_t>(skill_slot)].empty()) {
      range = c.captures[static_cast<std::size_t>(skill_slot)];
      captured = true;
    }
    for (std::size_t k = range.first; k <= range.last; ++k) roles_[k] = smart.roles_of(tt_.tokens[k]);
    const auto hits = packs::scan_phrases(smart.aspects, packs::kRoleAspect, tt_.tokens, roles_, range.first, range.last);
    // A specific aspect ("salary" -> negotiation) wins over the general one ("interview").
    const packs::PhraseHit* hit = nullptr;
    for (const auto& h : hits) {
      const bool general = smart.aspect_list[static_cast<std::size_t>(h.payload)].general;
      if (!hit || (!general && smart.aspect_list[static_cast<std::size_t>(hit->payload)].general)) hit = &h;
      if (!general) break;
    }
    if (!captured && !hit) return std::nullopt;
    NamedSkill skill;
    const Range shown = trimmed(tt_, captured ? range : Range{hit->first, hit->last});
    if (shown.empty()) return std::nullopt;
    skill.text = std::string(tt_.raw(shown.first, shown.last));
    skill.span = Span{tt_.tokens[shown.first].begin, tt_.tokens[shown.last].end};
    if (hit) skill.aspect = smart.aspect_list[static_cast<std::size_t>(hit->payload)].id;
    return skill;
  }

  // A capture's words for a prompt. Captures are pack phrases ("they", "my classmates"), so one
  // that opens the sentence is capitalized only by its position: "What else could explain how
  // they reacted?", not "how They reacted".
  std::string capture_text(Range range) const {
    range = trimmed(tt_, range);
    if (range.empty()) return {};
    std::string out(tt_.raw(range.first, range.last));
    const Token& first = tt_.tokens[range.first];
    const bool pronoun_i = first.norm == "i" || first.norm.rfind("i'", 0) == 0;
    if (range.first == s_->first_token && !pronoun_i && out[0] >= 'A' && out[0] <= 'Z' &&
        (out.size() == 1 || !(out[1] >= 'A' && out[1] <= 'Z')))
      out[0] = static_cast<char>(out[0] - 'A' + 'a');
    return out;
  }

  int capture_slot(std::string_view name) const {
    for (std::size_t i = 0; i < r_.capture_names.size(); ++i)
      if (r_.capture_names[i] == name) return static_cast<int>(i);
    return -1;
  }

  // The sentence with "yet" at the end of the trigger's clause, and softeners ("just",
  // "simply") taken out of the trigger: "I'm simply not clever enough for coding rounds." ->
  // "I'm not clever enough for coding rounds yet."
  // The last token of the clause the trigger is in: up to the next punctuation or clause break.
  std::size_t clause_end(const Candidate& c) const {
    const auto& toks = tt_.tokens;
    std::size_t end = c.last;
    while (end > c.first && toks[end].kind == TokenKind::punct) --end;
    for (std::size_t k = c.last + 1; k <= s_->last_token; ++k) {
      if (toks[k].kind == TokenKind::punct || matcher_.is_phrase(r_.clause_breaks, packs::kMsClauseBreak, k)) break;
      end = k;
    }
    return end;
  }

  std::string yet_rewrite(const Candidate& c) {
    const auto& toks = tt_.tokens;
    const std::size_t first = s_->first_token;
    const std::size_t last = s_->last_token;
    const std::size_t insert_after = clause_end(c);
    std::string out;
    std::size_t at = toks[first].begin;
    for (std::size_t k = c.first; k <= c.last; ++k) {
      if (!matcher_.is_phrase(r_.yet_drop, packs::kMsYetDrop, k) || k == first) continue;
      // Drop the word and the space after it.
      out.append(tt_.text.substr(at, toks[k].begin - at));
      at = k + 1 <= last ? toks[k + 1].begin : toks[k].end;
    }
    const std::size_t yet_at = toks[insert_after].end;
    out.append(tt_.text.substr(at, yet_at - at));
    out.append(" ");
    out.append(r_.yet_word);
    out.append(tt_.text.substr(yet_at, s_->end - yet_at));
    return out;
  }

  std::vector<ReframePrompt> prompts(const TrapCategory& cat, const std::vector<std::pair<std::string, std::string>>& args) {
    std::vector<ReframePrompt> out;
    const std::size_t limit = std::min<std::size_t>(options_.max_prompts, static_cast<std::size_t>(r_.max_prompts));
    for (auto ti : cat.techniques) {
      if (out.size() >= limit) break;
      const auto& t = r_.techniques[ti];
      for (std::size_t j = 0; j < t.prompt_keys.size(); ++j) {
        bool fillable = true;
        for (const auto& name : t.placeholders[j]) {
          bool found = false;
          for (const auto& [key, value] : args) found = found || (key == name && !value.empty());
          fillable = fillable && found;
        }
        if (!fillable) continue;
        std::vector<std::pair<std::string_view, std::string_view>> views;
        for (const auto& [key, value] : args) views.emplace_back(key, value);
        out.push_back(ReframePrompt{t.id, r_.templates.format_with(t.prompt_keys[j], views)});
        break;
      }
    }
    return out;
  }

  std::optional<GoalDraft> goal_draft(const NamedSkill& skill, bool captured, const MindsetFinding& f) {
    // The learner's own words first ("Practise salary talks in 3 mock interviews by ..."); only
    // a draft that meets all five criteria is offered.
    if (captured) {
      const std::string date =
          Date::from_days_since_epoch(today_.days_since_epoch() + r_.goal_draft_days).to_iso();
      GoalDraft d;
      d.text = r_.templates.format(r_.goal_with_skill, {{"skill", skill.text}, {"date", date}});
      CheckOptions o;
      o.today = today_;
      if (skill.aspect) o.focus.push_back(*skill.aspect);
      set_verdicts(d, engine_.check_goal(d.text, o));
      if (d.smart()) return d;
    }
    // Then the goal patterns of the aspect, as goal drafts from feedback use them, with the
    // sentence as the evidence whose cue words pick the pattern.
    if (!skill.aspect) return std::nullopt;
    const int aspect = pack_.smart.aspect_index(*skill.aspect);
    if (aspect < 0) return std::nullopt;
    GoalSource source;
    source.kind = "mindset";
    source.aspect = *skill.aspect;
    source.field = "reflection";
    source.span = f.span;
    source.text = f.text;
    const auto drafted = smart::draft_for_aspect(engine_, static_cast<std::size_t>(aspect), source, today_);
    if (!drafted) return std::nullopt;
    GoalDraft d;
    d.text = drafted->text;
    d.aspect = drafted->aspect;
    set_verdicts(d, drafted->report);
    return d;
  }

  static void set_verdicts(GoalDraft& d, const SmartReport& report) {
    d.score = report.score;
    for (std::size_t k = 0; k < criterion_count; ++k) d.verdicts[k] = report.criteria[k].verdict;
  }

  MindsetFinding finding(const Candidate& c) {
    const auto& p = r_.patterns[c.pattern];
    const auto& cat = r_.categories[p.category];
    const auto& toks = tt_.tokens;
    MindsetFinding f;
    f.category = cat.id;
    f.title = cat.title;
    f.span = Span{s_->begin, s_->end};
    f.text = std::string(tt_.text.substr(s_->begin, s_->end - s_->begin));
    Range trigger{c.first, c.last};
    while (trigger.last > trigger.first && toks[trigger.last].kind == TokenKind::punct) --trigger.last;
    f.trigger = Span{toks[trigger.first].begin, toks[trigger.last].end};
    f.trigger_text = std::string(tt_.raw(trigger.first, trigger.last));
    f.confidence = p.confidence;
    std::vector<std::pair<std::string, std::string>> args;
    args.emplace_back("trigger", f.trigger_text);
    // The thought as the learner wrote it: from the trigger to the end of its clause ("I will
    // never get through an onsite", where the trigger stops at "through").
    args.emplace_back("thought", std::string(tt_.raw(trigger.first, std::max(trigger.last, clause_end(c)))));
    for (std::size_t i = 0; i < r_.capture_names.size(); ++i)
      if (!c.captures[i].empty()) args.emplace_back(r_.capture_names[i], capture_text(c.captures[i]));
    if (p.yet_rewrite) {
      f.rewrite = yet_rewrite(c);
      args.emplace_back("rewrite", *f.rewrite);
    }
    f.skill = find_skill(c);
    if (f.skill) {
      bool has_skill_capture = false;
      for (const auto& a : args) has_skill_capture = has_skill_capture || a.first == "skill";
      // A captured skill is a phrase of the learner's ("salary talks"); an aspect found elsewhere
      // in the sentence is one word of it ("nervous", "answer"), so prompts name the aspect by
      // its title instead ("body language and presence", "communication").
      if (!has_skill_capture && f.skill->aspect) {
        const int k = pack_.smart.aspect_index(*f.skill->aspect);
        if (k >= 0) args.emplace_back("skill", pack_.smart.aspect_list[static_cast<std::size_t>(k)].title);
      }
      if (options_.goal_drafts) {
        const int slot = capture_slot("skill");
        f.goal_draft = goal_draft(*f.skill, slot >= 0 && !c.captures[static_cast<std::size_t>(slot)].empty(), f);
      }
    }
    f.prompts = prompts(cat, args);
    return f;
  }

  const Engine& engine_;
  const detail::CompiledPack& pack_;
  const MindsetRules& r_;
  const MindsetOptions& options_;
  Date today_;
  const text::TokenizedText& tt_;
  const std::vector<std::uint32_t>& flags_;
  std::vector<std::uint32_t>& roles_;
  Matcher matcher_;
  const text::Sentence* s_ = nullptr;
  std::vector<bool> in_quote_;  // sized once; each sentence writes its own range
  Context ctx_;
};

}  // namespace

void validate_options(const MindsetOptions& options) {
  if (options.max_prompts < 1 || options.max_prompts > 3)
    throw Error(ErrorCode::invalid_argument,
                "max_prompts is " + std::to_string(options.max_prompts) + "; it must be 1, 2 or 3");
  if (!(options.min_confidence >= 0 && options.min_confidence <= 1))
    throw Error(ErrorCode::invalid_argument, "min_confidence must be between 0 and 1");
  if (options.today && !options.today->valid())
    throw Error(ErrorCode::invalid_argument, "reference date " + options.today->to_iso() + " is not a real date");
}

MindsetReport check(const Engine& engine, std::string_view text, const MindsetOptions& options) {
  text::require_utf8(text, "reflection text");
  if (text.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos)
    throw Error(ErrorCode::invalid_argument, "reflection text is empty");
  if (text.size() > kMaxTextBytes)
    throw Error(ErrorCode::invalid_argument,
                "reflection text is " + std::to_string(text.size()) + " bytes; the limit is " +
                    std::to_string(kMaxTextBytes) + " bytes: check it in parts",
                "byte " + std::to_string(kMaxTextBytes));
  validate_options(options);
  const auto& pack = engine.pack().compiled();
  const auto& r = pack.mindset;
  MindsetReport report;
  report.text = std::string(text);
  report.locale = pack.locale;
  report.today = options.today ? *options.today : Date::today();
  const auto tt = text::tokenize(report.text);
  const auto sentences = text::split_sentences(tt);
  report.sentences = sentences.size();
  std::vector<std::uint32_t> flags(tt.tokens.size());
  for (std::size_t k = 0; k < tt.tokens.size(); ++k) flags[k] = r.flags_of(tt.tokens[k]);
  std::vector<std::uint32_t> smart_roles(tt.tokens.size(), 0);
  SentenceReader reader(engine, options, report.today, tt, flags, smart_roles);
  for (const auto& s : sentences) reader.read(s, report.findings);

  auto msg = [&](const char* key, packs::Messages::Args args = {}) {
    return r.templates.format(std::string("msg:") + key, args);
  };
  const std::string n_sentences = report.sentences == 1
                                      ? msg("count_one_sentence")
                                      : msg("count_sentences", {{"n", std::to_string(report.sentences)}});
  if (report.findings.empty()) {
    report.summary = msg("summary_none", {{"sentences", n_sentences}});
  } else {
    std::vector<std::string> titles;
    for (const auto& f : report.findings)
      if (std::find(titles.begin(), titles.end(), f.title) == titles.end()) titles.push_back(f.title);
    std::string joined;
    for (std::size_t k = 0; k < titles.size(); ++k) {
      if (k > 0)
        joined += pack.messages.format(k + 1 == titles.size() ? "list_last_separator" : "list_separator");
      joined += titles[k];
    }
    const std::string n_traps = report.findings.size() == 1
                                    ? msg("count_one_trap")
                                    : msg("count_traps", {{"n", std::to_string(report.findings.size())}});
    report.summary = msg("summary_some", {{"count", n_traps}, {"sentences", n_sentences}, {"categories", joined}});
  }
  return report;
}

}  // namespace goalsmith::mindset
