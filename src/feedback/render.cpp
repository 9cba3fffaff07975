// analyzers: a template as a printable worksheet and a session as a report, in Markdown or
// HTML. Every label comes from the pack's messages; every user text is escaped for the format
// (HTML entities; Markdown backslash escapes), so notes cannot inject markup into an LMS page.
#include <cstdio>

#include "feedback/internal.hpp"

namespace goalsmith {
namespace feedback {
namespace {

std::string escape_html(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

// Backslash-escapes the ASCII punctuation that Markdown (CommonMark) would read as markup, and
// keeps a line break as a line break inside the current block.
std::string escape_markdown(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  for (char c : s) {
    switch (c) {
      case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>': case '#':
      case '|': case '&': case '~': case '!':
        out += '\\';
        out += c;
        break;
      case '\r': break;
      default: out += c;
    }
  }
  return out;
}

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

class Writer {
 public:
  Writer(const detail::CompiledPack& pack, RenderFormat format) : pack_(pack), html_(format == RenderFormat::html) {}

  std::string msg(std::string_view key, packs::Messages::Args args = {}) const { return pack_.messages.format(key, args); }
  std::string esc(std::string_view s) const { return html_ ? escape_html(s) : escape_markdown(s); }
  bool html() const { return html_; }

  void heading(int level, std::string_view text) {
    if (html_)
      out_ += "<h" + std::to_string(level) + ">" + esc(text) + "</h" + std::to_string(level) + ">\n";
    else
      out_ += std::string(static_cast<std::size_t>(level), '#') + " " + esc(text) + "\n\n";
  }
  void paragraph(std::string_view escaped, const char* css = nullptr) {
    if (html_)
      out_ += std::string("<p") + (css ? std::string(" class=\"") + css + "\"" : "") + ">" + std::string(escaped) + "</p>\n";
    else
      out_ += std::string(escaped) + "\n\n";
  }
  std::string strong(std::string_view escaped) const {
    return html_ ? "<strong>" + std::string(escaped) + "</strong>" : "**" + std::string(escaped) + "**";
  }
  std::string label(std::string_view key) const { return strong(esc(msg(key)) + ":"); }
  void list(const std::vector<std::string>& escaped_items, bool ordered = false) {
    if (escaped_items.empty()) return;
    if (html_) {
      out_ += ordered ? "<ol>\n" : "<ul>\n";
      for (const auto& i : escaped_items) out_ += "<li>" + i + "</li>\n";
      out_ += ordered ? "</ol>\n" : "</ul>\n";
    } else {
      for (std::size_t k = 0; k < escaped_items.size(); ++k)
        out_ += (ordered ? std::to_string(k + 1) + ". " : "- ") + escaped_items[k] + "\n";
      out_ += "\n";
    }
  }
  // A quoted block of user text (notes), line breaks kept.
  void quote(std::string_view text) {
    if (html_) {
      std::string body = escape_html(text);
      std::string with_breaks;
      for (char c : body) with_breaks += c == '\n' ? std::string("<br>\n") : std::string(1, c);
      out_ += "<blockquote>" + with_breaks + "</blockquote>\n";
      return;
    }
    std::string line;
    for (char c : std::string(text) + "\n") {
      if (c == '\n') {
        out_ += "> " + escape_markdown(line) + "\n";
        line.clear();
      } else {
        line += c;
      }
    }
    out_ += "\n";
  }
  void notes_box() {
    if (html_) {
      out_ += "<p>" + label("feedback_label_notes") +
              "</p>\n<div class=\"gs-notes\" style=\"min-height:9em;border:1px solid #999;border-radius:4px;"
              "margin-bottom:1.5em\"></div>\n";
    } else {
      out_ += label("feedback_label_notes") + "\n\n";
      for (int k = 0; k < 4; ++k) out_ += "> &nbsp;\n>\n";
      out_ += "\n";
    }
  }
  void raw(std::string_view s) { out_ += s; }
  std::string take() { return std::move(out_); }

 private:
  const detail::CompiledPack& pack_;
  bool html_;
  std::string out_;
};

std::string box(const Writer& w, std::string_view escaped_label) {
  return (w.html() ? "&#9744; " : "\xE2\x98\x90 ") + std::string(escaped_label);
}

std::string scale_boxes(const Writer& w, const RatingScale& scale) {
  std::string line;
  for (const auto& l : scale.levels) line += (line.empty() ? "" : "   ") + box(w, std::to_string(l.value) + " " + w.esc(l.label));
  if (!scale.no_decision.empty()) line += "   " + box(w, w.esc(scale.no_decision));
  return line;
}

std::string kind_label(const Writer& w, InterviewKind kind) {
  return w.msg(std::string("feedback_kind_") + to_string(kind));
}

}  // namespace
}  // namespace feedback

std::string render_worksheet(const Engine& engine, const FeedbackTemplate& tmpl,
                             const std::vector<std::string>& question_ids, RenderFormat format) {
  const auto& pack = engine.pack().compiled();
  validate_feedback_template(tmpl);
  std::vector<const FeedbackQuestion*> chosen;
  for (std::size_t i = 0; i < question_ids.size(); ++i) {
    const FeedbackQuestion* q = tmpl.find_question(question_ids[i]);
    if (!q)
      throw Error(ErrorCode::invalid_argument,
                  "question \"" + question_ids[i] + "\" is not in the template \"" + tmpl.id + "\"",
                  "/questions/" + std::to_string(i));
    chosen.push_back(q);
  }
  if (question_ids.empty())
    for (const auto& q : tmpl.questions) chosen.push_back(&q);

  feedback::Writer w(pack, format);
  if (w.html()) w.raw("<article class=\"goalsmith-worksheet\">\n");
  w.heading(1, tmpl.title);
  if (!tmpl.description.empty()) w.paragraph(w.esc(tmpl.description));
  const std::string blank = w.html() ? "______________" : "\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_";
  std::string kinds;
  for (InterviewKind k : {InterviewKind::peer_mock, InterviewKind::professional_mock, InterviewKind::real})
    kinds += "   " + feedback::box(w, w.esc(feedback::kind_label(w, k)));
  w.paragraph(w.label("feedback_label_date") + " " + blank + "   " + w.label("feedback_label_interviewer") + " " + blank,
              "gs-meta");
  w.paragraph(w.label("feedback_label_kind") + kinds, "gs-meta");
  for (std::size_t i = 0; i < chosen.size(); ++i) {
    const FeedbackQuestion& q = *chosen[i];
    const FeedbackAspect* aspect = tmpl.find_aspect(q.aspect);
    if (w.html()) w.raw("<section class=\"gs-question\">\n");
    w.heading(2, w.msg("feedback_label_question", {{"number", std::to_string(i + 1)}}) + " \xC2\xB7 " + aspect->title);
    w.paragraph(w.strong(w.esc(q.text)));
    if (q.kind == QuestionKind::rating)
      w.paragraph(w.label("feedback_label_rating") + " " + feedback::scale_boxes(w, tmpl.scale), "gs-scale");
    else if (q.kind == QuestionKind::yes_no)
      w.paragraph(feedback::box(w, w.esc(w.msg("feedback_label_yes"))) + "   " +
                      feedback::box(w, w.esc(w.msg("feedback_label_no"))),
                  "gs-yes-no");
    if (!q.follow_ups.empty()) {
      w.paragraph(w.label("feedback_label_follow_ups"));
      std::vector<std::string> items;
      for (const auto& f : q.follow_ups) items.push_back(w.esc(f));
      w.list(items);
    }
    w.notes_box();
    if (w.html()) w.raw("</section>\n");
  }
  w.paragraph(w.label("feedback_label_overall") + " " + feedback::scale_boxes(w, tmpl.scale), "gs-scale");
  if (!tmpl.follow_ups.empty()) {
    w.paragraph(w.label("feedback_label_learning"));
    std::vector<std::string> items;
    for (const auto& f : tmpl.follow_ups) items.push_back(w.esc(f));
    w.list(items);
  }
  if (w.html()) w.raw("</article>\n");
  return w.take();
}

std::string render_session_report(const Engine& engine, const FeedbackSession& session, const FeedbackAnalysis& analysis,
                                  RenderFormat format, const FeedbackTemplate* tmpl) {
  const auto& pack = engine.pack().compiled();
  if (analysis.session_id != session.id)
    throw Error(ErrorCode::invalid_argument, "the analysis is of session \"" + analysis.session_id +
                                                 "\", not of session \"" + session.id + "\"");
  tmpl = feedback::resolve_template(pack, session, tmpl);
  const feedback::AspectMatcher matcher(pack, tmpl);
  const RatingScale& scale = tmpl ? tmpl->scale : session.scale ? *session.scale : pack.feedback.default_template.scale;
  auto rating_label = [&](const Rating& r) -> std::string {
    if (r.no_decision) return scale.no_decision;
    const ScaleLevel* l = scale.level(r.value);
    return l ? l->label : std::to_string(r.value);
  };
  auto aspect_title = [&](const std::string& id) {
    const int k = matcher.index(id);
    return k >= 0 ? matcher.title(k) : id;
  };

  feedback::Writer w(pack, format);
  if (w.html()) w.raw("<article class=\"goalsmith-feedback-report\">\n");
  w.heading(1, w.msg("feedback_report_title", {{"date", session.date.to_iso()}}));
  std::string meta = w.label("feedback_label_kind") + " " + w.esc(feedback::kind_label(w, session.kind));
  if (!session.interviewer.empty()) meta += "   " + w.label("feedback_label_interviewer") + " " + w.esc(session.interviewer);
  if (session.overall_rating)
    meta += "   " + w.label("feedback_label_overall") + " " + w.esc(rating_label(*session.overall_rating));
  w.paragraph(meta, "gs-meta");
  w.paragraph(w.esc(analysis.summary), "gs-summary");

  for (std::size_t i = 0; i < session.answers.size(); ++i) {
    const SessionAnswer& a = session.answers[i];
    const FeedbackQuestion* q = tmpl ? tmpl->find_question(a.question_id)
                                     : pack.feedback.default_template.find_question(a.question_id);
    const std::string text = !a.question.empty() ? a.question : q ? q->text : a.question_id;
    const std::string aspect = !a.aspect.empty() ? a.aspect : q ? q->aspect : std::string();
    std::string heading = w.msg("feedback_label_question", {{"number", std::to_string(i + 1)}});
    if (!aspect.empty()) heading += " \xC2\xB7 " + aspect_title(aspect);
    if (w.html()) w.raw("<section class=\"gs-answer\">\n");
    w.heading(2, heading);
    w.paragraph(w.strong(w.esc(text)));
    if (a.rating) w.paragraph(w.label("feedback_label_rating") + " " + w.esc(rating_label(*a.rating)));
    if (a.answer)
      w.paragraph(w.esc(w.msg("feedback_label_answered",
                                {{"answer", w.msg(*a.answer ? "feedback_label_yes" : "feedback_label_no")}})));
    if (!a.notes.empty()) w.quote(a.notes);
    if (w.html()) w.raw("</section>\n");
  }

  auto finding_line = [&](const FeedbackFinding& f) {
    std::string line = f.source == FindingSource::rating ? w.esc(w.msg("feedback_label_from_rating", {{"label", f.text}}))
                                                         : w.esc(f.text);
    if (f.softened) line += " (" + w.esc(w.msg("feedback_label_softened")) + ")";
    return line;
  };
  w.heading(2, w.msg("feedback_label_strengths"));
  std::vector<std::string> items;
  for (const auto& s : analysis.aspects)
    if (!s.strengths.empty() && s.priority <= 0) {
      std::string item = w.strong(w.esc(s.title));
      std::string details;
      for (std::size_t k : s.strengths) details += (details.empty() ? " " : "; ") + finding_line(analysis.findings[k]);
      items.push_back(item + details);
    }
  if (items.empty()) w.paragraph(w.esc(w.msg("feedback_label_none")));
  w.list(items);
  w.heading(2, w.msg("feedback_label_improvements"));
  items.clear();
  for (const auto& area : analysis.areas_to_improve) {
    std::string item = w.strong(w.esc(area.title)) + " (" + feedback::number(area.priority) + ")";
    std::string details;
    for (std::size_t k : area.findings) details += (details.empty() ? " " : "; ") + finding_line(analysis.findings[k]);
    items.push_back(item + (details.empty() ? "" : ":" + details));
  }
  if (items.empty()) w.paragraph(w.esc(w.msg("feedback_label_none")));
  w.list(items, true);
  if (!session.strengths.empty()) {
    w.heading(3, w.msg("feedback_label_your_strengths"));
    w.quote(session.strengths);
  }
  if (!session.improvements.empty()) {
    w.heading(3, w.msg("feedback_label_your_improvements"));
    w.quote(session.improvements);
  }
  if (w.html()) w.raw("</article>\n");
  return w.take();
}

}  // namespace goalsmith
