// analyzers: the JSON requests of the feedback functions, shared by the C ABI
// (gs_feedback_*), the Python binding and `goalsmith batch`, so that each reads a request
// document the same way and names a problem with the same JSON path
// (docs/schemas/feedback_request.schema.json).
#pragma once

#include <string>
#include <string_view>

#include "goalsmith/feedback.hpp"
#include "packs/json_reader.hpp"

namespace goalsmith::feedback {

/// {"session": {...}, "template": {...}?} or a bare session document -> analysis JSON.
std::string analyze_request(const Engine& engine, const packs::JsonReader& request, int indent = -1);
/// {"sessions": [...], "templates": [...]?} -> history JSON.
std::string history_request(const Engine& engine, const packs::JsonReader& request, int indent = -1);
/// {"template": {...}?, "concerns": [...]?, "history": [...]?, "n": 3?} -> recommendation JSON.
std::string recommend_request(const Engine& engine, const packs::JsonReader& request, int indent = -1);
/// {"what": "worksheet" | "report", "format": "markdown" | "html", "template"?, "questions"?,
/// "session"?} -> the rendered text.
std::string render_request(const Engine& engine, const packs::JsonReader& request);

/// The rating scales as a JSON array of the template document's scale objects.
std::string scales_to_json(const std::vector<RatingScale>& scales, int indent = -1);

/// A template document at `r` (its errors carry r's path).
FeedbackTemplate read_template_at(const packs::JsonReader& r);
/// A session document at `r` (its errors carry r's path).
FeedbackSession read_session_at(const packs::JsonReader& r);

}  // namespace goalsmith::feedback
