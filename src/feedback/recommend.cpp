// analyzers: choosing the questions to ask after a mock interview.
//
// Each aspect of the template gets a score: concerns that name it (an aspect id, or free text
// whose aspect words name it) weigh most, then its priority as an area to improve in earlier
// sessions, with a bonus when it keeps coming back. Questions are taken one per aspect in order
// of score before a second one on any aspect, questions not asked before first; with nothing
// to go on, a broad question per aspect. Everything is ordered by score, then by the order of
// the concerns and of the template, so the answer is deterministic.
#include <algorithm>
#include <map>
#include <set>

#include "feedback/internal.hpp"
#include "packs/feedback_rules.hpp"
#include "text/utf8.hpp"

namespace goalsmith {

Recommendation recommend_questions(const Engine& engine, const FeedbackTemplate& tmpl,
                                   const std::vector<std::string>& concerns, const std::vector<FeedbackSession>& history,
                                   std::size_t n) {
  const auto& pack = engine.pack().compiled();
  const auto& rules = pack.feedback;
  const auto& w = rules.weights;
  if (n == 0 || n > rules.max_recommendations)
    throw Error(ErrorCode::invalid_argument, "the number of questions must be between 1 and " +
                                                 std::to_string(rules.max_recommendations) + ", not " + std::to_string(n),
                "/n");
  validate_feedback_template(tmpl);
  const feedback::AspectMatcher matcher(pack, &tmpl);
  const std::size_t aspects = matcher.ids().size();

  struct Score {
    double value = 0;
    std::size_t first_concern = static_cast<std::size_t>(-1);
    std::string reason_code;
    std::string reason;
  };
  std::vector<Score> scores(aspects);
  Recommendation out;
  out.template_id = tmpl.id;

  for (std::size_t i = 0; i < concerns.size(); ++i) {
    const std::string& concern = concerns[i];
    const std::string where = "/concerns/" + std::to_string(i);
    const std::size_t bad = text::first_invalid_utf8(concern);
    if (bad != std::string::npos)
      throw Error(ErrorCode::invalid_utf8, "concern is not valid UTF-8 (byte " + std::to_string(bad) + ")", where);
    if (concern.find_first_not_of(" \t\r\n") == std::string::npos)
      throw Error(ErrorCode::invalid_argument, "a concern is empty", where);
    ConcernMatch match;
    match.text = concern;
    std::map<int, double> share;  // aspect -> share of this concern
    if (const int k = matcher.index(concern); k >= 0) {
      share[k] = 1;
      match.aspects.push_back(concern);
    } else {
      const auto tt = text::tokenize(concern);
      const auto hits = matcher.find(tt.tokens);
      std::map<int, int> counts;
      std::vector<int> order;
      for (const auto& h : hits) {
        if (counts[h.aspect]++ == 0) order.push_back(h.aspect);
        match.evidence.push_back(Evidence{Span{tt.tokens[h.first].begin, tt.tokens[h.last].end},
                                          std::string(tt.raw(h.first, h.last)), "aspect_word"});
      }
      std::stable_sort(order.begin(), order.end(), [&](int x, int y) { return counts[x] > counts[y]; });
      for (int a : order) {
        share[a] = static_cast<double>(counts[a]) / static_cast<double>(hits.size());
        match.aspects.push_back(matcher.ids()[static_cast<std::size_t>(a)]);
      }
    }
    for (const auto& [k, part] : share) {
      Score& s = scores[static_cast<std::size_t>(k)];
      s.value += w.concern * part;
      if (s.first_concern == static_cast<std::size_t>(-1)) {
        s.first_concern = i;
        s.reason_code = "concern";
        const std::string& title = matcher.sentence_title(k);
        s.reason = match.evidence.empty() && match.aspects.size() == 1 && match.aspects[0] == concern
                       ? pack.messages.format("feedback_reason_concern_aspect", {{"aspect", title}})
                       : pack.messages.format("feedback_reason_concern", {{"aspect", title}, {"concern", concern}});
      }
    }
    out.concerns.push_back(std::move(match));
  }

  std::set<std::string> asked;
  if (!history.empty()) {
    const FeedbackHistory h = analyze_history(engine, history, {tmpl});
    for (const auto& s : history)
      for (const auto& a : s.answers) asked.insert(a.question_id);
    for (const auto& a : h.aspects) {
      const int k = matcher.index(a.aspect);
      if (k < 0 || a.sessions.empty()) continue;
      Score& s = scores[static_cast<std::size_t>(k)];
      s.value += w.history * a.priority + (a.recurring ? w.recurring : 0);
      if (!s.reason_code.empty()) continue;
      const std::string& title = matcher.sentence_title(k);
      if (a.recurring) {
        s.reason_code = "recurring";
        s.reason = pack.messages.format("feedback_reason_recurring",
                                        {{"aspect", title}, {"count", std::to_string(a.sessions.size())}});
      } else {
        // The latest session in which it was an area to improve.
        std::string date;
        for (const auto& analysis : h.analyses)
          if (analysis.session_id == a.sessions.back()) date = analysis.date.to_iso();
        s.reason_code = "history";
        s.reason = pack.messages.format("feedback_reason_history", {{"aspect", title}, {"date", date}});
      }
    }
  }

  // Questions of each aspect: not asked before first, then in template order.
  std::vector<std::vector<const FeedbackQuestion*>> queue(aspects);
  for (int pass = 0; pass < 2; ++pass)
    for (const auto& q : tmpl.questions)
      if ((asked.count(q.id) == 0) == (pass == 0)) queue[static_cast<std::size_t>(matcher.index(q.aspect))].push_back(&q);

  std::vector<std::size_t> ranked;
  for (std::size_t k = 0; k < aspects; ++k)
    if (scores[k].value > 0) ranked.push_back(k);
  std::stable_sort(ranked.begin(), ranked.end(), [&](std::size_t x, std::size_t y) {
    if (scores[x].value != scores[y].value) return scores[x].value > scores[y].value;
    return scores[x].first_concern < scores[y].first_concern;
  });

  std::vector<std::size_t> taken(aspects, 0);
  auto take = [&](std::size_t k, const std::string& code, const std::string& reason) {
    if (out.questions.size() >= n || taken[k] >= queue[k].size()) return false;
    RecommendedQuestion r;
    r.question = *queue[k][taken[k]++];
    r.aspect_title = matcher.title(static_cast<int>(k));
    r.reason_code = code;
    r.reason = reason;
    r.score = std::round(scores[k].value * 1000) / 1000;
    out.questions.push_back(std::move(r));
    return true;
  };
  // One question per worrying aspect, then more on the same aspects, best first.
  for (bool progress = true; progress && out.questions.size() < n;) {
    progress = false;
    for (std::size_t k : ranked) {
      const bool first = taken[k] == 0;
      const std::string& title = matcher.sentence_title(static_cast<int>(k));
      progress |= take(k, first ? scores[k].reason_code : "more",
                       first ? scores[k].reason : pack.messages.format("feedback_reason_more", {{"aspect", title}}));
    }
  }
  // Nothing (more) to go on: a broad question per remaining aspect, the general one first.
  std::vector<std::size_t> rest;
  if (matcher.general() >= 0) rest.push_back(static_cast<std::size_t>(matcher.general()));
  for (std::size_t k = 0; k < aspects; ++k)
    if (static_cast<int>(k) != matcher.general()) rest.push_back(k);
  for (bool progress = true; progress && out.questions.size() < n;) {
    progress = false;
    for (std::size_t k : rest) {
      if (scores[k].value > 0) continue;
      progress |= take(k, "coverage",
                       pack.messages.format("feedback_reason_coverage", {{"aspect", matcher.sentence_title(static_cast<int>(k))}}));
    }
  }
  return out;
}

}  // namespace goalsmith
