#include "goalsmith/pack.hpp"

#include <fstream>
#include <mutex>
#include <sstream>
#include <unordered_map>

#include "packs/compiled_pack.hpp"
#include "packs/embedded.hpp"

namespace goalsmith {
namespace {

constexpr std::string_view kPackSchema = "goalsmith.pack/1";

// The message keys the analyzers use; a pack without one of them fails to load, so a missing
// message can never surface later in a check. Documented in docs/pack-format.md.
const std::vector<std::string_view> kRequiredMessages = {
    "label_specific", "label_measurable", "label_achievable", "label_attainable",
    "label_actionable", "label_relevant", "label_result_focused", "label_time_bound",
    "label_timely", "label_time_dependent", "verdict_met", "verdict_partial", "verdict_missing",
    "specific_met", "specific_partial_vague_verb", "specific_partial_no_object",
    "specific_partial_no_verb", "specific_missing_vague", "specific_missing_state", "specific_missing",
    "suggest_specific_verb", "suggest_specific_object", "suggest_specific_example",
    "measurable_met_quantity", "measurable_met_frequency", "measurable_met_threshold",
    "measurable_partial_frequency", "measurable_partial_number", "measurable_missing",
    "suggest_measurable_count", "suggest_measurable_frequency", "suggest_measurable_threshold",
    "achievable_met", "achievable_met_workload", "achievable_partial_ambitious",
    "achievable_missing_absolute", "achievable_missing_outside_control",
    "achievable_missing_workload", "achievable_missing_duration", "suggest_achievable_absolute",
    "suggest_achievable_control", "suggest_achievable_workload", "suggest_achievable_spread",
    "relevant_met", "relevant_met_focus", "relevant_met_other_focus", "relevant_partial_weak",
    "relevant_missing", "suggest_relevant_aspect", "suggest_relevant_focus", "time_met_deadline",
    "time_met_window", "time_met_recurrence_bounded", "time_partial_recurrence",
    "time_missing_past", "time_missing_vague", "time_missing", "suggest_time_deadline",
    "suggest_time_end_recurrence", "suggest_time_future", "summary_all_met", "summary_some",
    "summary_none_met", "list_separator", "list_last_separator", "suggest_specific_verb_missing",
    "example_goal", "example_object_default", "example_count_activity", "example_count_default",
    "example_frequency_activity", "example_frequency_default", "period_day", "period_week",
    "period_month", "period_year", "unit_minutes", "unit_minute", "time_partial_event",
    "suggest_time_event_date", "specific_met_unlisted"};

std::shared_ptr<detail::CompiledPack> compile(packs::Json document) {
  auto pack = std::make_shared<detail::CompiledPack>();
  pack->source = std::move(document);
  const packs::JsonReader root(pack->source, "");
  root.expect_object({"schema", "locale", "name", "version", "description", "inflection", "numbers",
                      "time", "smart", "worksheet", "mindset", "feedback", "goal_patterns", "improve",
                      "journal",
                      "messages", "demo"});
  const std::string schema = root.at("schema").string();
  if (schema != kPackSchema)
    root.at("schema").fail("unsupported pack schema \"" + schema + "\" (expected \"" +
                           std::string(kPackSchema) + "\")");
  pack->locale = root.at("locale").non_empty_string();
  pack->name = root.at("name").non_empty_string();
  pack->version = root.at("version").non_empty_string();
  if (auto d = root.find("description")) d->string();

  const auto inflection = root.at("inflection");
  inflection.expect_object({"suffixes", "restore_e", "undouble"});
  pack->inflection.suffixes = inflection.at("suffixes").string_list();
  // Longest suffix first, so "es" is tried before "s".
  std::stable_sort(pack->inflection.suffixes.begin(), pack->inflection.suffixes.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  pack->inflection.restore_e = inflection.at("restore_e").boolean();
  pack->inflection.undouble = inflection.at("undouble").boolean();

  packs::compile_number_rules(root.at("numbers"), pack->numbers);
  packs::compile_time_rules(root.at("time"), pack->inflection, pack->time);
  packs::compile_smart_rules(root.at("smart"), pack->inflection, pack->smart);
  packs::compile_worksheet_rules(root.at("worksheet"), pack->inflection, pack->worksheet);
  packs::compile_improve_rules(root.at("improve"), pack->inflection, pack->smart, pack->improve);
  packs::compile_mindset_rules(root.at("mindset"), pack->inflection, pack->mindset);
  packs::compile_feedback_rules(root.at("feedback"), pack->inflection, pack->smart, pack->feedback);
  packs::compile_goal_rules(root.at("goal_patterns"), pack->inflection, pack->smart, pack->goals);
  packs::compile_journal_rules(root.at("journal"), pack->journal);
  const auto messages = root.at("messages");
  pack->messages.load(messages);
  pack->messages.require(messages, kRequiredMessages);
  pack->messages.require(messages, packs::feedback_message_keys());
  const auto demo = root.at("demo");
  demo.expect_object({"goals"});
  pack->demo_goals = demo.at("goals").string_list();
  return pack;
}

std::shared_ptr<detail::CompiledPack> compile_text(std::string_view json, const char* what) {
  return compile(packs::parse_json(json, what));
}

}  // namespace

Pack::Pack(std::shared_ptr<const detail::CompiledPack> impl) : impl_(std::move(impl)) {}

Pack Pack::builtin(std::string_view locale) {
  static std::mutex mutex;
  static std::unordered_map<std::string, std::shared_ptr<const detail::CompiledPack>> cache;
  const std::lock_guard<std::mutex> lock(mutex);
  auto it = cache.find(std::string(locale));
  if (it != cache.end()) return Pack(it->second);
  for (const auto& embedded : packs::embedded_packs()) {
    if (embedded.locale != locale) continue;
    auto compiled = compile_text(embedded.json, "built-in pack");
    cache.emplace(std::string(locale), compiled);
    return Pack(std::move(compiled));
  }
  std::string known;
  for (const auto& l : builtin_locales()) known += (known.empty() ? "" : ", ") + l;
  throw Error(ErrorCode::not_found,
              "no built-in language pack for locale \"" + std::string(locale.substr(0, 40)) +
                  "\" (built-in: " + known + ")");
}

std::vector<std::string> Pack::builtin_locales() {
  std::vector<std::string> out;
  for (const auto& embedded : packs::embedded_packs()) out.emplace_back(embedded.locale);
  return out;
}

Pack Pack::from_json(std::string_view json) { return Pack(compile_text(json, "pack")); }

Pack Pack::from_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::not_found, "cannot open pack file \"" + path + "\"");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) throw Error(ErrorCode::io, "cannot read pack file \"" + path + "\"");
  return Pack(compile_text(buffer.str(), "pack file"));
}

const std::string& Pack::locale() const noexcept { return impl_->locale; }
const std::string& Pack::name() const noexcept { return impl_->name; }
const std::string& Pack::version() const noexcept { return impl_->version; }
std::string Pack::to_json(int indent) const { return impl_->source.dump(indent); }
std::vector<std::string> Pack::demo_goals() const { return impl_->demo_goals; }

std::vector<std::string> Pack::aspect_ids() const {
  std::vector<std::string> out;
  for (const auto& a : impl_->smart.aspect_list) out.push_back(a.id);
  return out;
}

}  // namespace goalsmith
