// analyzers: feedback analysis of one session and of a history of sessions.
//
// Notes are tokenized once, split into clauses (sentences, and the pack's clause breaks such as
// "but"), and each clause is read with the pack's cue lexicons: strength cues ("clearly"),
// improve cues ("too", "forgot", "slow down"), softeners ("maybe", "a bit") and negators, which
// flip a cue within a few tokens ("not clear" improves, "no filler words" is a strength). The
// clause's aspect is the one its aspect words name most, else the question's. Ratings and yes/no
// answers add findings of their own. Weights and thresholds are pack data (feedback.weights).
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "feedback/internal.hpp"
#include "packs/feedback_rules.hpp"
#include "text/utf8.hpp"

namespace goalsmith {
namespace feedback {

AspectMatcher::AspectMatcher(const detail::CompiledPack& pack, const FeedbackTemplate* tmpl) : pack_(pack) {
  const auto& smart = pack.smart;
  from_smart_.assign(smart.aspect_list.size(), -1);
  custom_.set_inflection(&pack.inflection);
  auto add = [&](const std::string& id, const std::string& title) {
    const int k = static_cast<int>(ids_.size());
    ids_.push_back(id);
    titles_.push_back(title);
    const int s = smart.aspect_index(id);
    sentence_titles_.push_back(s >= 0 ? smart.aspect_list[static_cast<std::size_t>(s)].title : title);
    if (s >= 0) from_smart_[static_cast<std::size_t>(s)] = k;
    if (id == pack.feedback.general_aspect) general_ = k;
    return k;
  };
  if (tmpl) {
    for (const auto& a : tmpl->aspects) {
      const int k = add(a.id, a.title);
      for (const auto& word : a.words) {
        try {
          custom_.add(word, k, "");
        } catch (const Error&) {
          // validate_template rejects words that name two aspects or no word; a value built in
          // C++ and not validated loses only that word.
        }
      }
    }
  } else {
    for (const auto& a : smart.aspect_list) add(a.id, a.title);
  }
}

int AspectMatcher::index(std::string_view id) const {
  for (std::size_t k = 0; k < ids_.size(); ++k)
    if (ids_[k] == id) return static_cast<int>(k);
  return -1;
}

std::vector<packs::PhraseHit> scan_all(const packs::PhraseLexicon& lexicon, const std::vector<text::Token>& tokens) {
  // The feedback lexicons have no role index: every token is probed (one hash probe each).
  const std::vector<std::uint32_t> every(tokens.size(), 1u);
  return packs::scan_phrases(lexicon, 1u, tokens, every);
}

std::vector<AspectMatcher::Hit> AspectMatcher::find(const std::vector<text::Token>& tokens) const {
  std::vector<std::uint32_t> roles(tokens.size());
  for (std::size_t k = 0; k < tokens.size(); ++k) roles[k] = pack_.smart.roles_of(tokens[k]);
  std::vector<Hit> hits;
  auto take = [&](const std::vector<packs::PhraseHit>& found, bool smart_index) {
    for (const auto& h : found) {
      const int k = smart_index ? from_smart_[static_cast<std::size_t>(h.payload)] : h.payload;
      if (k < 0) continue;
      bool overlaps = false;
      for (const auto& o : hits) overlaps = overlaps || (o.aspect == k && o.first <= h.last && h.first <= o.last);
      if (!overlaps) hits.push_back({h.first, h.last, k});
    }
  };
  take(packs::find_aspects(pack_.smart, tokens, roles), true);
  take(scan_all(pack_.feedback.aspect_words, tokens), true);
  take(scan_all(custom_, tokens), false);
  std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.first < b.first; });
  return hits;
}

const FeedbackTemplate* resolve_template(const detail::CompiledPack& pack, const FeedbackSession& session,
                                         const FeedbackTemplate* tmpl) {
  if (tmpl) return tmpl;
  if (session.template_id == pack.feedback.default_template.id) return &pack.feedback.default_template;
  return nullptr;
}

std::string join_list(const detail::CompiledPack& pack, const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t k = 0; k < items.size(); ++k) {
    if (k > 0) out += pack.messages.format(k + 1 == items.size() ? "list_last_separator" : "list_separator");
    out += items[k];
  }
  return out;
}

namespace {

using packs::PhraseHit;
using text::Token;
using text::TokenKind;

struct Clause {
  std::size_t first = 0;  // inclusive token range
  std::size_t last = 0;
};

// Everything found in one text, tokenized once.
struct TextReading {
  text::TokenizedText tt;
  std::vector<bool> ignored;
  std::vector<PhraseHit> strength, improve, softeners, negators, breaks;
  std::vector<AspectMatcher::Hit> aspects;
};

std::vector<PhraseHit> not_ignored(std::vector<PhraseHit> hits, const std::vector<bool>& ignored) {
  hits.erase(std::remove_if(hits.begin(), hits.end(), [&](const PhraseHit& h) { return ignored[h.first]; }),
             hits.end());
  return hits;
}

TextReading read_text(const detail::CompiledPack& pack, const AspectMatcher& matcher, std::string_view source) {
  const auto& rules = pack.feedback;
  TextReading r{text::tokenize(source), {}, {}, {}, {}, {}, {}, {}};
  const auto& tokens = r.tt.tokens;
  r.ignored.assign(tokens.size(), false);
  for (const auto& h : scan_all(rules.ignore, tokens))
    for (std::size_t k = h.first; k <= h.last; ++k) r.ignored[k] = true;
  r.strength = not_ignored(scan_all(rules.strength, tokens), r.ignored);
  r.improve = not_ignored(scan_all(rules.improve, tokens), r.ignored);
  r.softeners = not_ignored(scan_all(rules.softeners, tokens), r.ignored);
  r.negators = not_ignored(scan_all(rules.negators, tokens), r.ignored);
  r.breaks = not_ignored(scan_all(rules.clause_breaks, tokens), r.ignored);
  r.aspects = matcher.find(tokens);
  return r;
}

std::vector<Clause> clauses_of(const TextReading& r) {
  const auto& tokens = r.tt.tokens;
  std::vector<Clause> out;
  std::vector<bool> starts(tokens.size(), false);
  for (std::size_t k = 0; k < tokens.size(); ++k)
    starts[k] = k == 0 || tokens[k].sentence_start || (tokens[k - 1].kind == TokenKind::punct && tokens[k - 1].norm == ";");
  for (const auto& h : r.breaks) starts[h.first] = true;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    if (starts[k]) out.push_back({k, k});
    out.back().last = k;
  }
  return out;
}

template <typename H>
bool inside(const H& h, const Clause& c) {
  return h.first >= c.first && h.last <= c.last;
}

Evidence cue(const TextReading& r, std::size_t first, std::size_t last, const char* rule) {
  return Evidence{Span{r.tt.tokens[first].begin, r.tt.tokens[last].end}, std::string(r.tt.raw(first, last)), rule};
}

struct ClauseReading {
  bool found = false;
  Polarity polarity = Polarity::strength;
  bool softened = false;
  int aspect = -1;
  Span span;
  std::string text;
  std::vector<Evidence> cues;
};

// Reads one clause. `fallback` is the polarity of a clause with no cue (the session's free
// texts say which side they are on), or nullopt for notes, where such a clause is no finding.
ClauseReading read_clause(const detail::CompiledPack& pack, const TextReading& r, const Clause& c,
                          std::optional<Polarity> fallback, int question_aspect) {
  const auto& tokens = r.tt.tokens;
  ClauseReading out;
  const auto window = static_cast<std::size_t>(pack.feedback.negation_window);
  std::vector<bool> negator_used;
  std::vector<PhraseHit> negators;
  for (const auto& h : r.negators)
    if (inside(h, c)) negators.push_back(h);
  negator_used.assign(negators.size(), false);
  // A cue is negated by a negator that ends at most `window` tokens before it.
  auto negated = [&](const PhraseHit& h) {
    for (std::size_t k = 0; k < negators.size(); ++k)
      if (negators[k].last < h.first && h.first - negators[k].last <= window) {
        negator_used[k] = true;
        return true;
      }
    return false;
  };
  int strengths = 0, improves = 0;
  for (const auto& h : r.strength) {
    if (!inside(h, c)) continue;
    const bool neg = negated(h);
    (neg ? improves : strengths) += 1;
    out.cues.push_back(cue(r, h.first, h.last, "strength_cue"));
  }
  for (const auto& h : r.improve) {
    if (!inside(h, c)) continue;
    bool overlaps_strength = false;
    for (const auto& s : r.strength) overlaps_strength = overlaps_strength || (s.first <= h.last && h.first <= s.last);
    if (overlaps_strength) continue;  // one stretch of words is one cue
    const bool neg = negated(h);
    (neg ? strengths : improves) += 1;
    out.cues.push_back(cue(r, h.first, h.last, "improve_cue"));
  }
  for (std::size_t k = 0; k < negators.size(); ++k) {
    out.cues.push_back(cue(r, negators[k].first, negators[k].last, "negation"));
    if (!negator_used[k]) ++improves;  // "you didn't test your code": a missing step
  }
  bool softener = false;
  for (const auto& h : r.softeners)
    if (inside(h, c)) {
      softener = true;
      out.cues.push_back(cue(r, h.first, h.last, "softener"));
    }
  if (strengths == 0 && improves == 0) {
    if (softener) {
      out.polarity = Polarity::improve;  // "perhaps a few more examples": a hedged suggestion
      out.found = true;
    } else if (fallback) {
      out.polarity = *fallback;
      out.found = true;
    }
  } else {
    out.polarity = improves >= strengths ? Polarity::improve : Polarity::strength;
    out.found = true;
  }
  if (!out.found) return out;
  out.softened = softener && out.polarity == Polarity::improve;

  // The aspect its words name most; on a tie the question's, else the first named.
  std::map<int, int> counts;
  int best = -1, best_count = 0;
  for (const auto& h : r.aspects) {
    if (!inside(h, c)) continue;
    const int n = ++counts[h.aspect];
    out.cues.push_back(cue(r, h.first, h.last, "aspect_word"));
    if (n > best_count) {
      best = h.aspect;
      best_count = n;
    }
  }
  if (best >= 0 && question_aspect >= 0 && counts[question_aspect] == best_count) best = question_aspect;
  out.aspect = best >= 0 ? best : question_aspect;

  // The clause without its leading break word and surrounding punctuation.
  std::size_t first = c.first, last = c.last;
  for (const auto& h : r.breaks)
    if (h.first == first && h.last < last) first = h.last + 1;
  while (first < last && tokens[first].kind == TokenKind::punct) ++first;
  while (last > first && tokens[last].kind == TokenKind::punct) --last;
  out.span = Span{tokens[first].begin, tokens[last].end};
  out.text = std::string(r.tt.raw(first, last));
  std::sort(out.cues.begin(), out.cues.end(), [](const Evidence& a, const Evidence& b) {
    return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.rule < b.rule;
  });
  return out;
}

[[noreturn]] void fail_session(const std::string& where, const std::string& message) {
  throw Error(ErrorCode::invalid_argument, message, where);
}

void require_utf8_at(const std::string& value, const std::string& where) {
  const std::size_t bad = text::first_invalid_utf8(value);
  if (bad != std::string::npos)
    throw Error(ErrorCode::invalid_utf8, "text is not valid UTF-8 (byte " + std::to_string(bad) + " of the string)",
                where);
}

void check_rating(const RatingScale& scale, const Rating& rating, const std::string& where) {
  if (rating.no_decision) {
    if (scale.no_decision.empty())
      fail_session(where, "the rating scale \"" + scale.id + "\" has no \"no decision\" choice");
    return;
  }
  if (!scale.level(rating.value)) {
    std::string values;
    for (const auto& l : scale.levels) values += (values.empty() ? "" : ", ") + std::to_string(l.value);
    fail_session(where, "rating " + std::to_string(rating.value) + " is not a level of the scale \"" + scale.id +
                            "\" (levels: " + values + ")");
  }
}

class Analyzer {
 public:
  Analyzer(const detail::CompiledPack& pack, const FeedbackSession& session, const FeedbackTemplate* tmpl)
      : pack_(pack), rules_(pack.feedback), session_(session), tmpl_(resolve_template(pack, session, tmpl)),
        matcher_(pack, tmpl_) {
    scale_ = tmpl_ ? &tmpl_->scale : session.scale ? &*session.scale : &rules_.default_template.scale;
  }

  FeedbackAnalysis run() {
    FeedbackAnalysis a;
    a.session_id = session_.id;
    a.date = session_.date;
    a.template_id = tmpl_ ? tmpl_->id : session_.template_id;
    a.locale = pack_.locale;
    ratings_.assign(matcher_.ids().size(), {});
    require_utf8_at(session_.id, "/id");
    for (std::size_t i = 0; i < session_.answers.size(); ++i) answer(a, i);
    if (session_.overall_rating) {
      check_rating(*scale_, *session_.overall_rating, "/overall_rating");
      if (!session_.overall_rating->no_decision) {
        a.overall_rating = scale_->normalized(session_.overall_rating->value);
        rating_finding(a, *session_.overall_rating, "", matcher_.general());
      }
    }
    free_text(a, session_.strengths, FindingSource::strengths, Polarity::strength, "/strengths");
    free_text(a, session_.improvements, FindingSource::improvements, Polarity::improve, "/improvements");
    summarize(a);
    return a;
  }

 private:
  void answer(FeedbackAnalysis& a, std::size_t i) {
    const SessionAnswer& ans = session_.answers[i];
    const std::string where = "/answers/" + std::to_string(i);
    require_utf8_at(ans.question_id, where + "/question_id");
    require_utf8_at(ans.notes, where + "/notes");
    require_utf8_at(ans.aspect, where + "/aspect");
    if (ans.question_id.empty()) fail_session(where + "/question_id", "the question id is empty");
    const FeedbackQuestion* question = tmpl_ ? tmpl_->find_question(ans.question_id)
                                             : rules_.default_template.find_question(ans.question_id);
    if (tmpl_ && !question)
      fail_session(where + "/question_id", "question \"" + ans.question_id + "\" is not in the template \"" +
                                               tmpl_->id + "\"");
    int aspect = -1;
    if (!ans.aspect.empty()) {
      aspect = matcher_.index(ans.aspect);
      if (aspect < 0) {
        std::string known;
        for (const auto& id : matcher_.ids()) known += (known.empty() ? "" : ", ") + id;
        fail_session(where + "/aspect", "unknown aspect \"" + ans.aspect + "\" (known: " + known + ")");
      }
    } else if (question) {
      aspect = matcher_.index(question->aspect);
    }
    if (ans.rating) {
      check_rating(*scale_, *ans.rating, where + "/rating");
      if (!ans.rating->no_decision) {
        if (aspect >= 0) ratings_[static_cast<std::size_t>(aspect)].push_back(scale_->normalized(ans.rating->value));
        rating_finding(a, *ans.rating, ans.question_id, aspect);
      }
    }
    if (ans.answer && question && question->kind == QuestionKind::yes_no) {
      FeedbackFinding f = base(ans.question_id, aspect, FindingSource::answer);
      const bool good = *ans.answer == question->yes_is_good;
      f.polarity = good ? Polarity::strength : Polarity::improve;
      f.text = pack_.messages.format(*ans.answer ? "feedback_label_yes" : "feedback_label_no");
      f.weight = rules_.weights.answer;
      a.findings.push_back(std::move(f));
    }
    notes(a, ans.notes, FindingSource::notes, std::nullopt, ans.question_id, aspect, rules_.weights.note);
  }

  FeedbackFinding base(const std::string& question_id, int aspect, FindingSource source) const {
    FeedbackFinding f;
    f.session_id = session_.id;
    f.question_id = question_id;
    f.aspect = aspect >= 0 ? matcher_.ids()[static_cast<std::size_t>(aspect)] : std::string();
    f.source = source;
    return f;
  }

  void rating_finding(FeedbackAnalysis& a, const Rating& rating, const std::string& question_id, int aspect) {
    FeedbackFinding f = base(question_id, aspect, FindingSource::rating);
    const double norm = scale_->normalized(rating.value);
    const bool ready = scale_->ready(rating.value);
    f.polarity = ready ? Polarity::strength : Polarity::improve;
    f.weight = rules_.weights.rating * (ready ? norm : 1 - norm);
    f.text = scale_->level(rating.value)->label;
    if (f.weight <= 0) return;  // a lowest "ready" level on a two-level scale says nothing either way
    a.findings.push_back(std::move(f));
  }

  void free_text(FeedbackAnalysis& a, const std::string& text, FindingSource source, Polarity side,
                 const char* where) {
    require_utf8_at(text, where);
    notes(a, text, source, side, "", matcher_.general(), rules_.weights.free_text);
  }

  void notes(FeedbackAnalysis& a, std::string_view text, FindingSource source, std::optional<Polarity> fallback,
             const std::string& question_id, int question_aspect, double weight) {
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) return;
    const TextReading r = read_text(pack_, matcher_, text);
    for (const auto& c : clauses_of(r)) {
      ClauseReading cr = read_clause(pack_, r, c, fallback, question_aspect);
      if (!cr.found) continue;
      FeedbackFinding f = base(question_id, cr.aspect, source);
      f.polarity = cr.polarity;
      f.softened = cr.softened;
      f.span = cr.span;
      f.text = std::move(cr.text);
      f.cues = std::move(cr.cues);
      f.weight = weight * (f.softened ? rules_.weights.softened : 1.0);
      a.findings.push_back(std::move(f));
    }
  }

  void summarize(FeedbackAnalysis& a) {
    const std::size_t n = matcher_.ids().size();
    std::vector<AspectFeedback> per(n);
    std::vector<bool> present(n, false);
    for (std::size_t k = 0; k < n; ++k) {
      per[k].aspect = matcher_.ids()[k];
      per[k].title = matcher_.title(static_cast<int>(k));
      if (!ratings_[k].empty()) {
        double sum = 0;
        for (double v : ratings_[k]) sum += v;
        per[k].rating = sum / static_cast<double>(ratings_[k].size());
        present[k] = true;
      }
    }
    for (std::size_t i = 0; i < a.findings.size(); ++i) {
      const auto& f = a.findings[i];
      const int k = matcher_.index(f.aspect);
      if (k < 0) continue;
      auto& s = per[static_cast<std::size_t>(k)];
      present[static_cast<std::size_t>(k)] = true;
      if (f.polarity == Polarity::strength) {
        s.strengths.push_back(i);
        s.strength_score += f.weight;
      } else {
        s.improvements.push_back(i);
        s.improve_score += f.weight;
      }
    }
    std::vector<std::size_t> order;
    for (std::size_t k = 0; k < n; ++k) {
      if (!present[k]) continue;
      auto& s = per[k];
      s.strength_score = std::round(s.strength_score * 1000) / 1000;
      s.improve_score = std::round(s.improve_score * 1000) / 1000;
      s.priority = std::round((s.improve_score - rules_.weights.strength_offset * s.strength_score) * 1000) / 1000;
      a.aspects.push_back(s);
      if (s.priority > 0) order.push_back(a.aspects.size() - 1);
    }
    // Highest priority first; then the lower rating; then template order (already the order).
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
      const auto& ax = a.aspects[x];
      const auto& ay = a.aspects[y];
      if (ax.priority != ay.priority) return ax.priority > ay.priority;
      return ax.rating.value_or(1) < ay.rating.value_or(1);
    });
    std::vector<std::string> areas, strengths;
    for (std::size_t k : order) {
      const auto& s = a.aspects[k];
      a.areas_to_improve.push_back(AreaToImprove{s.aspect, s.title, s.priority, s.improvements});
      if (areas.size() < 3) areas.push_back(matcher_.sentence_title(matcher_.index(s.aspect)));
    }
    std::vector<std::size_t> strong;
    for (std::size_t k = 0; k < a.aspects.size(); ++k)
      if (a.aspects[k].strength_score > 0 && a.aspects[k].priority <= 0) strong.push_back(k);
    std::stable_sort(strong.begin(), strong.end(), [&](std::size_t x, std::size_t y) {
      return a.aspects[x].strength_score > a.aspects[y].strength_score;
    });
    for (std::size_t k : strong)
      if (strengths.size() < 3) strengths.push_back(matcher_.sentence_title(matcher_.index(a.aspects[k].aspect)));
    const auto& m = pack_.messages;
    if (!areas.empty() && !strengths.empty())
      a.summary = m.format("feedback_summary_both", {{"strengths", join_list(pack_, strengths)},
                                                      {"areas", join_list(pack_, areas)}});
    else if (!areas.empty())
      a.summary = m.format("feedback_summary_improve_only", {{"areas", join_list(pack_, areas)}});
    else if (!strengths.empty())
      a.summary = m.format("feedback_summary_strengths_only", {{"strengths", join_list(pack_, strengths)}});
    else
      a.summary = m.format("feedback_summary_empty");
  }

  const detail::CompiledPack& pack_;
  const packs::FeedbackRules& rules_;
  const FeedbackSession& session_;
  const FeedbackTemplate* tmpl_;
  AspectMatcher matcher_;
  const RatingScale* scale_ = nullptr;
  std::vector<std::vector<double>> ratings_;  // normalized ratings per aspect
};

}  // namespace
}  // namespace feedback

FeedbackAnalysis analyze_feedback(const Engine& engine, const FeedbackSession& session, const FeedbackTemplate* tmpl) {
  const auto& pack = engine.pack().compiled();
  if (tmpl) validate_feedback_template(*tmpl);
  return feedback::Analyzer(pack, session, tmpl).run();
}

FeedbackHistory analyze_history(const Engine& engine, const std::vector<FeedbackSession>& sessions,
                                const std::vector<FeedbackTemplate>& templates) {
  const auto& pack = engine.pack().compiled();
  const auto& rules = pack.feedback;
  for (const auto& t : templates) validate_feedback_template(t);
  std::vector<std::size_t> order(sessions.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    if (sessions[x].date != sessions[y].date) return sessions[x].date < sessions[y].date;
    return sessions[x].id < sessions[y].id;
  });
  FeedbackHistory h;
  h.session_count = sessions.size();
  std::set<std::string> ids;
  for (std::size_t pos = 0; pos < order.size(); ++pos) {
    const auto& s = sessions[order[pos]];
    if (!ids.insert(s.id).second)
      throw Error(ErrorCode::invalid_argument, "two sessions have the id \"" + s.id + "\"",
                  "/" + std::to_string(order[pos]) + "/id");
    const FeedbackTemplate* tmpl = nullptr;
    for (const auto& t : templates)
      if (t.id == s.template_id) tmpl = &t;
    try {
      h.analyses.push_back(feedback::Analyzer(pack, s, tmpl).run());
    } catch (const Error& e) {
      // Name the session inside the list, as a JSON path of the sessions array.
      const std::string message = e.what();
      throw Error(e.code(), message.substr(0, message.rfind(" (at ")), "/" + std::to_string(order[pos]) + e.where());
    }
    h.session_ids.push_back(s.id);
  }

  struct Track {
    AspectHistory out;
    std::vector<double> priorities;  // per session where the aspect appears, oldest first
    std::size_t first_seen = 0;
  };
  std::vector<Track> tracks;
  auto track = [&](const AspectFeedback& a, std::size_t pos) -> Track& {
    for (auto& t : tracks)
      if (t.out.aspect == a.aspect) return t;
    tracks.push_back({});
    tracks.back().out.aspect = a.aspect;
    tracks.back().out.title = a.title;
    tracks.back().first_seen = pos;
    return tracks.back();
  };
  const std::size_t n = h.analyses.size();
  for (std::size_t pos = 0; pos < n; ++pos) {
    const auto& analysis = h.analyses[pos];
    const double recency = std::pow(rules.weights.history_decay, static_cast<double>(n - 1 - pos));
    for (const auto& a : analysis.aspects) {
      Track& t = track(a, pos);
      t.priorities.push_back(a.priority);
      t.out.improve_findings += a.improvements.size();
      t.out.strength_findings += a.strengths.size();
      if (a.priority > 0) {
        t.out.sessions.push_back(analysis.session_id);
        t.out.priority += a.priority * recency;
      } else if (a.strength_score > 0) {
        t.out.strength_sessions.push_back(analysis.session_id);
      }
    }
  }
  for (auto& t : tracks) {
    auto& o = t.out;
    o.priority = std::round(o.priority * 1000) / 1000;
    o.recurring = o.sessions.size() >= static_cast<std::size_t>(rules.recurring_min_sessions);
    if (t.priorities.size() < 2) {
      o.trend = "new";
    } else {
      const double change = t.priorities.back() - t.priorities.front();
      o.trend = change < -rules.trend_threshold ? "improving" : change > rules.trend_threshold ? "worsening" : "steady";
    }
  }
  std::stable_sort(tracks.begin(), tracks.end(), [](const Track& x, const Track& y) {
    if (x.out.recurring != y.out.recurring) return x.out.recurring;
    if (x.out.priority != y.out.priority) return x.out.priority > y.out.priority;
    return x.first_seen < y.first_seen;
  });
  std::vector<std::string> recurring;
  const feedback::AspectMatcher pack_aspects(pack, nullptr);
  for (auto& t : tracks) {
    if (t.out.recurring) {
      const int k = pack_aspects.index(t.out.aspect);
      recurring.push_back(k >= 0 ? pack_aspects.sentence_title(k) : t.out.title);
    }
    h.aspects.push_back(std::move(t.out));
  }
  if (sessions.empty())
    h.summary = pack.messages.format("feedback_history_empty");
  else if (recurring.empty())
    h.summary = pack.messages.format("feedback_history_none");
  else
    h.summary = pack.messages.format("feedback_history_recurring", {{"aspects", feedback::join_list(pack, recurring)}});
  return h;
}

}  // namespace goalsmith
