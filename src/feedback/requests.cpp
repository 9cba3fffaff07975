#include "feedback/requests.hpp"

#include "packs/feedback_rules.hpp"

namespace goalsmith::feedback {

template <typename F>
auto under(const std::string& prefix, F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const Error& e) {
    if (prefix.empty() || e.where().empty() || e.where()[0] != '/' || e.where().rfind(prefix, 0) == 0) throw;
    throw packs::relocated(e, prefix, e.code());
  }
}

namespace {

constexpr std::string_view kRequestSchema = "goalsmith.feedback_request/1";

void check_request(const packs::JsonReader& r, std::initializer_list<std::string_view> keys) {
  r.expect_object(keys);
  if (auto schema = r.find("schema"); schema && schema->string() != kRequestSchema)
    schema->fail("unsupported schema \"" + schema->string() + "\" (expected \"" + std::string(kRequestSchema) + "\")");
}

std::vector<FeedbackSession> sessions_at(const packs::JsonReader& r) {
  std::vector<FeedbackSession> out;
  for (std::size_t i = 0, n = r.expect_array(); i < n; ++i) out.push_back(read_session_at(r.at(i)));
  return out;
}

RenderFormat format_at(const packs::JsonReader& r) {
  const std::string s = r.string();
  if (s == "markdown") return RenderFormat::markdown;
  if (s == "html") return RenderFormat::html;
  r.fail("expected \"markdown\" or \"html\", found \"" + s + "\"");
}

}  // namespace

FeedbackTemplate read_template_at(const packs::JsonReader& r) { return packs::read_feedback_template(r, nullptr, true); }

FeedbackSession read_session_at(const packs::JsonReader& r) { return packs::read_feedback_session(r); }

std::string analyze_request(const Engine& engine, const packs::JsonReader& request, int indent) {
  request.expect_any_object();
  if (request.has("answers")) {  // a bare session document
    const FeedbackSession session = read_session_at(request);
    return feedback_analysis_to_json(
        under(request.path(), [&] { return analyze_feedback(engine, session); }), indent);
  }
  check_request(request, {"schema", "session", "template"});
  const auto session_at = request.at("session");
  const FeedbackSession session = read_session_at(session_at);
  std::optional<FeedbackTemplate> tmpl;
  if (auto t = request.find("template"); t && !t->json().is_null()) tmpl = read_template_at(*t);
  return feedback_analysis_to_json(
      under(session_at.path(), [&] { return analyze_feedback(engine, session, tmpl ? &*tmpl : nullptr); }), indent);
}

std::string history_request(const Engine& engine, const packs::JsonReader& request, int indent) {
  check_request(request, {"schema", "sessions", "templates"});
  const auto sessions_reader = request.at("sessions");
  const std::vector<FeedbackSession> sessions = sessions_at(sessions_reader);
  std::vector<FeedbackTemplate> templates;
  if (auto t = request.find("templates"))
    for (std::size_t i = 0, n = t->expect_array(); i < n; ++i) templates.push_back(read_template_at(t->at(i)));
  return feedback_history_to_json(
      under(sessions_reader.path(), [&] { return analyze_history(engine, sessions, templates); }), indent);
}

std::string recommend_request(const Engine& engine, const packs::JsonReader& request, int indent) {
  check_request(request, {"schema", "template", "concerns", "history", "n"});
  FeedbackTemplate tmpl;
  if (auto t = request.find("template"); t && !t->json().is_null())
    tmpl = read_template_at(*t);
  else
    tmpl = default_feedback_template(engine);
  std::vector<std::string> concerns;
  if (auto c = request.find("concerns"))
    for (std::size_t i = 0, n = c->expect_array(); i < n; ++i) concerns.push_back(c->at(i).string());
  std::vector<FeedbackSession> history;
  std::string history_path = "/history";
  if (auto h = request.find("history")) {
    history = sessions_at(*h);
    history_path = h->path();
  }
  std::size_t n = 3;
  if (auto count = request.find("n")) n = static_cast<std::size_t>(count->integer_in(0, 1000000));
  return recommendation_to_json(
      under(request.path(), [&] {
        try {
          return recommend_questions(engine, tmpl, concerns, history, n);
        } catch (const Error& e) {
          // Errors of the history's analysis name a session by its index in the history.
          const std::string& where = e.where();
          if (where.empty() || where[0] != '/' || where.rfind("/n", 0) == 0 || where.rfind("/concerns", 0) == 0) throw;
          throw packs::relocated(e, history_path.substr(request.path().size()), e.code());
        }
      }),
      indent);
}

std::string render_request(const Engine& engine, const packs::JsonReader& request) {
  check_request(request, {"schema", "what", "format", "template", "questions", "session"});
  const std::string what = request.at("what").string();
  const RenderFormat format = request.has("format") ? format_at(request.at("format")) : RenderFormat::markdown;
  std::optional<FeedbackTemplate> tmpl;
  if (auto t = request.find("template"); t && !t->json().is_null()) tmpl = read_template_at(*t);
  if (what == "worksheet") {
    if (request.has("session")) request.at("session").fail("a worksheet takes no session");
    std::vector<std::string> ids;
    std::string questions_path = "/questions";
    if (auto q = request.find("questions")) {
      ids = q->string_list();
      questions_path = q->path();
    }
    const FeedbackTemplate t = tmpl ? *tmpl : default_feedback_template(engine);
    try {
      return render_worksheet(engine, t, ids, format);
    } catch (const Error& e) {
      if (e.where().rfind("/questions/", 0) != 0) throw;
      throw packs::relocated(e, questions_path.substr(0, questions_path.size() - 10), e.code());
    }
  }
  if (what == "report") {
    if (request.has("questions")) request.at("questions").fail("a report takes no question list");
    const auto session_at = request.at("session");
    const FeedbackSession session = read_session_at(session_at);
    const FeedbackTemplate* t = tmpl ? &*tmpl : nullptr;
    return under(session_at.path(), [&] {
      return render_session_report(engine, session, analyze_feedback(engine, session, t), format, t);
    });
  }
  request.at("what").fail("expected \"worksheet\" or \"report\", found \"" + what + "\"");
}

}  // namespace goalsmith::feedback

namespace goalsmith {

std::string feedback_request(const Engine& engine, FeedbackOp op, std::string_view request_json, int indent) {
  const packs::Json document = packs::parse_json(request_json, "feedback request");
  const packs::JsonReader root(document, "");
  switch (op) {
    case FeedbackOp::analyze: return feedback::analyze_request(engine, root, indent);
    case FeedbackOp::history: return feedback::history_request(engine, root, indent);
    case FeedbackOp::recommend: return feedback::recommend_request(engine, root, indent);
    case FeedbackOp::render: return feedback::render_request(engine, root);
  }
  throw Error(ErrorCode::invalid_argument, "unknown feedback operation");
}

std::string feedback_scales_to_json(const std::vector<RatingScale>& scales, int indent) {
  return feedback::scales_to_json(scales, indent);
}

}  // namespace goalsmith
