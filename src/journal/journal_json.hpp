// journal: JSON of the journal's items, shared by the document writer/reader and by the op
// results (apply_journal_op returns the item it added in the same form as the document holds it).
#pragma once

#include <string>
#include <string_view>

#include "goalsmith/journal.hpp"
#include "packs/json_reader.hpp"
#include "packs/json_writer.hpp"

namespace goalsmith::journal {

inline constexpr const char* kJournalSchema = "goalsmith.journal/1";
inline constexpr const char* kJournalSchemaV0 = "goalsmith.journal/0";
inline constexpr const char* kProgressSchema = "goalsmith.progress/1";
inline constexpr const char* kTrendsSchema = "goalsmith.trends/1";
inline constexpr const char* kOpSchema = "goalsmith.journal_op/1";
inline constexpr const char* kSessionSchema = "goalsmith.feedback_session/1";
inline constexpr const char* kMindsetSchema = "goalsmith.mindset_report/1";

void write_goal(packs::JsonWriter& w, const Goal& g);
void write_check_in(packs::JsonWriter& w, const CheckIn& c);
void write_reflection(packs::JsonWriter& w, const Reflection& r);
void write_interview(packs::JsonWriter& w, const Interview& i);
/// Writes a JSON text that is already known to be valid (a stored document) as a value.
void write_raw(packs::JsonWriter& w, const std::string& json);

Goal read_goal(const packs::JsonReader& r);
CheckIn read_check_in(const packs::JsonReader& r);
Reflection read_reflection(const packs::JsonReader& r);
Interview read_interview(const packs::JsonReader& r);
JournalSource read_source(const packs::JsonReader& r);
Target read_target(const packs::JsonReader& r);
std::map<std::string, AspectRating> read_ratings(const packs::JsonReader& r);
/// Reads a journal document. A goalsmith.journal/0 document is migrated when `engine` is given
/// and is a json_schema error at "/schema" otherwise.
Journal read_journal_document(std::string_view json, const Engine* engine);
/// An embedded document (a session, a mindset report): an object whose "schema", when present,
/// must be `schema`. Returned as compact JSON text.
std::string read_embedded(const packs::JsonReader& r, const char* schema);

}  // namespace goalsmith::journal
